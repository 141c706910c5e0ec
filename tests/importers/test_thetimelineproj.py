"""thetimelineproj "Timeline" XML (.timeline), versions 1.x and 2.x."""

from __future__ import annotations

import pytest

from timeline_app.importers import open_timeline, parse_any
from timeline_app.model import TimelineError
from timeline_app.time import format_date


def by_title(loaded):
    return {e.title: e for e in loaded.timeline.events}


def test_fixture_version_1(fixtures):
    loaded = open_timeline(fixtures / "old-style.timeline")
    t = loaded.timeline
    assert len(t.events) == 3
    assert [(c.label, c.color) for c in t.categories] == [("Work", "#ff8000"), ("Meetings", "#0080ff")]
    events = by_title(loaded)
    week = events["Conference week"]
    # Midnight to midnight: whole days, the end instant being the start of the day after.
    assert (week.start.to_iso(), week.end.to_iso()) == ("2014-03-03", "2014-03-07")
    assert week.date_note == "Fuzzy: the start and end are approximate"
    assert week.summary == "Five days & a keynote"
    assert week.tags == ("Work",)  # the parent of its category "Meetings"
    assert [t.source_by_id[s].url for s in week.sources] == ["https://example.org/conference"]
    assert "file:///home/me/notes.txt" in week.note
    plan = events["(draft) plan"]  # timelinelib's added space before "(" is removed
    assert plan.start.to_iso() == "2014-03-05T09:30" and plan.end is None
    assert format_date(events["Ides of March, astronomical year -43"].start).endswith("44 BCE, 12:00")
    messages = [str(w) for w in loaded.warnings]
    assert any("parent" in m for m in messages)
    assert any("alerts of 1 event" in m for m in messages)


def test_gregorian_sample_2x(peer_data):
    loaded = open_timeline(peer_data / "thetimelineproj" / "rogerlindberg-timelinejs__gregorian-sample.timeline")
    t = loaded.timeline
    assert len(t.events) == 25
    assert len(t.categories) == 4
    assert t.category_by_id[t.events[5].category].label == "Välkommen"
    assert [c.color for c in t.categories if c.label == "Välkommen"] == ["#eb52ff"]
    era3 = [e for e in t.eras if e.label == "Sample Era3"][0]
    assert (era3.start.to_iso(), era3.end.to_iso(), era3.color) == ("2021-11-27", "2021-12-16", "#eedbf0")
    events = by_title(loaded)
    welcome = events["Välkommen till Timeline"]
    assert welcome.start.to_iso() == "2021-11-06T10:07:13" and welcome.summary == "HoHo"
    assert events["Sparar"].start.to_iso() == "2021-11-24"
    # Containers "[2]Box-5" and subevents "(2)..." are linked through related.
    box5 = events["Box-5"]
    assert "container" in box5.tags
    assert events["Den här händelsen har en hyperlänk"].related == (box5.id,)
    assert events["<"].start.to_iso() == "2021-11-02"
    assert any("container" in str(w) for w in loaded.warnings)


def test_versions_2x(peer_data):
    loaded = open_timeline(peer_data / "thetimelineproj" / "thetimelineproj__versions.timeline")
    t = loaded.timeline
    assert len(t.events) == 59
    assert [(c.label, c.color) for c in t.categories][0] == ("Planned Release", "#80ff80")
    events = by_title(loaded)
    assert events["Timeline 0.20.0"].start.to_iso() == "2013-03-30T11:16"
    assert events["Timeline 2.2.0"].start.to_iso() == "2020-05-14"
    assert events["Timeline 2.2.0"].summary.startswith("Version 2.2.0")


def test_numeric_time_is_refused_clearly():
    data = b"<timeline><version>2.0.0</version><timetype>numtime</timetype><categories/><events/></timeline>"
    with pytest.raises(TimelineError) as err:
        parse_any(data, "n.timeline")
    assert err.value.message() == ("n.timeline: timetype: this timeline uses the numeric time type, "
                                   "not Gregorian dates; only Gregorian timelines can be opened")


def test_entity_expansion_is_refused():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE timeline [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><timeline>&b;</timeline>')
    with pytest.raises(TimelineError, match="unsafe XML"):
        parse_any(bomb, "bomb.timeline")


def test_bad_time_names_the_event():
    data = (b"<timeline><version>2.0.0</version><categories/><events><event><start>yesterday</start>"
            b"<end>yesterday</end><text>x</text></event></events></timeline>")
    with pytest.raises(TimelineError, match=r"events\[0\].start: 'yesterday' is not a time"):
        parse_any(data, "bad.timeline")
