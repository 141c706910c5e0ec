"""Exports: our timeline to TimelineJS JSON and to iCalendar, checked by reading them back."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from tests.helpers import timeline_dict
from timeline_app.exporters import export_text, target_for
from timeline_app.exporters.ics import to_ics
from timeline_app.exporters.timelinejs import to_timelinejs
from timeline_app.importers import open_timeline, parse_any
from timeline_app.model import timeline_from_data
from timeline_app.paths import bundled_timeline

STAMP = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)


def sample():
    return timeline_from_data(timeline_dict(
        {"id": "sym", "title": "Symposium <8th>", "start": "2019-12-05", "end": "2019-12-07", "category": "c",
         "summary": "Three days & talks", "quotes": [{"text": "Welcome", "speaker": "Lee"}]},
        {"id": "oct", "title": "Sometime in October", "start": "2019-10"},
        {"id": "sign", "title": "Signing", "start": "2019-10-14T15:00+09:00", "end": "2019-10-14T16:30+09:00"},
        {"id": "rome", "title": "Founding of Rome", "start": "-0752"},
        {"id": "bang", "title": "Big Bang", "start": "-13800000000"},
    )).timeline


def test_timelinejs_round_trip_keeps_dates_titles_and_precision():
    t = sample()
    doc, warnings = to_timelinejs(t)
    assert doc["events"][3]["start_date"] == {"year": -753}  # 753 BCE, as TimelineJS shows it
    assert doc["events"][1]["start_date"] == {"year": 2019, "month": 10}
    assert "&lt;8th&gt;" in doc["events"][0]["text"]["headline"]
    assert any("time zone" in str(w) for w in warnings)
    back = parse_any(json.dumps(doc).encode(), "back.json")
    assert back.source_format == "timelinejs"
    for a, b in zip(t.events, back.timeline.events):
        assert (a.id, a.title) == (b.id, b.title)
        assert a.start.precision == b.start.precision
        assert a.start.local_fields == b.start.local_fields  # wall-clock kept; the offset is not
    assert back.timeline.event_by_id["sym"].end.to_iso() == "2019-12-07"
    assert "Welcome" in back.timeline.event_by_id["sym"].summary  # quotes travel as slide text


def test_timelinejs_export_of_the_bundled_timeline_is_valid_timelinejs():
    text, _ = export_text(open_timeline(bundled_timeline()).timeline, "timelinejs")
    back = parse_any(text.encode(), "songdo-tljs.json")
    assert len(back.timeline.events) == 3
    assert back.timeline.event_by_id["2019-12-05-asian-pain-symposium"].end.to_iso() == "2019-12-07"


def test_ics_all_day_end_is_exclusive_and_coarse_dates_warn():
    text, warnings = to_ics(sample(), stamp=STAMP)
    cal = icalendar.Calendar.from_ical(text)
    vevents = {str(v["UID"]): v for v in cal.walk("VEVENT")}
    sym = vevents["sym@timeline-app"]
    assert sym["DTSTART"].dt == dt.date(2019, 12, 5) and sym["DTEND"].dt == dt.date(2019, 12, 8)
    oct_ = vevents["oct@timeline-app"]
    assert oct_["DTSTART"].dt == dt.date(2019, 10, 1) and oct_["DTEND"].dt == dt.date(2019, 11, 1)
    sign = vevents["sign@timeline-app"]
    assert sign["DTSTART"].dt == dt.datetime(2019, 10, 14, 6, 0, tzinfo=dt.timezone.utc)
    assert "bang@timeline-app" not in vevents and "rome@timeline-app" not in vevents
    messages = [str(w) for w in warnings]
    assert any("month" in m and "all-day" in m for m in messages)
    assert sum("outside the years 1 to 9999" in m for m in messages) == 2


def test_ics_round_trip_through_our_importer():
    text, _ = to_ics(sample(), stamp=STAMP)
    back = parse_any(text.encode(), "back.ics").timeline
    by_title = {e.title: e for e in back.events}
    sym = by_title["Symposium <8th>"]
    assert (sym.start.to_iso(), sym.end.to_iso()) == ("2019-12-05", "2019-12-07")
    sign = by_title["Signing"]
    assert sign.start.ms == sample().event_by_id["sign"].start.ms
    assert sign.end.ms == sample().event_by_id["sign"].end.ms


def test_one_event_to_ics():
    text, _ = to_ics(sample(), event_id="sym", stamp=STAMP)
    assert text.count("BEGIN:VEVENT") == 1
    with pytest.raises(KeyError):
        to_ics(sample(), event_id="nope")


def test_target_from_suffix_and_to():
    assert target_for("x.ics") == "ics"
    assert target_for("x.json") == "timeline-app"
    assert target_for("x.json", "timelinejs") == "timelinejs"
    with pytest.raises(ValueError):
        export_text(sample(), "timelinejs", event_id="sym")
