"""Memory and time stay bounded: big files are refused before reading, counts stop early,
and repeating iCalendar events stay within their occurrence bounds."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from timeline_app.importers import icalendar_ics, open_timeline, parse_any
from timeline_app.model import TimelineError, json_text as load_module  # (where the file is read)


def _ics(*vevents: str) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(vevents) + "END:VCALENDAR\r\n").encode()


def _vevent(uid: str, *props: str) -> str:
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{uid}\r\n" + "".join(p + "\r\n" for p in props) + "END:VEVENT\r\n"


def test_a_file_over_the_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    path = tmp_path / "big.json"
    with open(path, "wb") as f:
        f.write(b'{"title": "x", "events": []}')
    os.truncate(path, 64 * 1024 * 1024 * 1024)  # 64 GiB, sparse: takes no disk
    opened: list[Path] = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    started = time.monotonic()
    with pytest.raises(TimelineError) as info:
        open_timeline(path)
    assert time.monotonic() - started < 1
    assert opened == []  # refused from its size alone
    assert "the limit is 512 MiB" in str(info.value) and "65,536 MiB" in str(info.value)


def test_the_limit_is_one_byte_exact(tmp_path, monkeypatch):
    monkeypatch.setattr(load_module, "MAX_FILE_BYTES", 100)
    path = tmp_path / "t.json"
    path.write_bytes(b'{"title": "x", "events": []}'.ljust(100))
    open_timeline(path)
    path.write_bytes(b'{"title": "x", "events": []}'.ljust(101))
    with pytest.raises(TimelineError, match="101 bytes; the limit is 100 bytes"):
        open_timeline(path)


def test_a_file_that_grows_after_stat_is_read_only_to_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(load_module, "MAX_FILE_BYTES", 100)
    path = tmp_path / "grows.json"
    path.write_bytes(b"{}")
    reads: list[int] = []

    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def read(self, n=-1):
            reads.append(n)
            return b" " * n

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: Endless())
    with pytest.raises(TimelineError, match="larger than the limit of 100 bytes"):
        open_timeline(path)
    assert reads == [101]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a Unix thing")
def test_a_pipe_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.json"
    os.mkfifo(path)
    with pytest.raises(TimelineError, match="is not a regular file"):
        open_timeline(path)


def test_a_device_is_refused():
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(TimelineError, match="is not a regular file"):
        open_timeline("/dev/zero")


def test_an_endless_rrule_stays_within_the_occurrence_bound():
    data = _ics(_vevent("a", "DTSTART:20191014T000000Z", "RRULE:FREQ=SECONDLY"),
                _vevent("b", "DTSTART:20191014", "RRULE:FREQ=YEARLY"))
    loaded = parse_any(data, "endless.ics")
    by_series = [e for e in loaded.timeline.events if e.id.startswith("a/")]
    assert len(by_series) == icalendar_ics.MAX_OCCURRENCES
    assert len([e for e in loaded.timeline.events if e.id.startswith("b/")]) == icalendar_ics.MAX_YEARS + 1
    assert any("repeats beyond the import bound" in str(w) for w in loaded.warnings)


def test_secondly_count_of_a_hundred_million_is_fast():
    started = time.monotonic()
    loaded = parse_any(_ics(_vevent("a", "DTSTART:20191014T000000Z", "RRULE:FREQ=SECONDLY;COUNT=100000000")), "s.ics")
    assert len(loaded.timeline.events) == icalendar_ics.MAX_OCCURRENCES
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;INTERVAL=7;BYDAY=TU",
                                  "FREQ=YEARLY;BYYEARDAY=400", "FREQ=YEARLY;INTERVAL=0", "FREQ=DAILY;INTERVAL=0"])
def test_a_rule_that_never_matches_is_not_searched_to_the_year_9999(rule):
    # dateutil alone searches these day by day (or forever, for INTERVAL=0): minutes, or a hang.
    started = time.monotonic()
    loaded = parse_any(_ics(_vevent("a", "DTSTART:20191014T000000Z", f"RRULE:{rule}")), "never.ics")
    assert time.monotonic() - started < 2
    assert len(loaded.timeline.events) == 1  # DTSTART itself


def test_a_slow_rule_stops_at_the_files_time_budget(monkeypatch):
    monkeypatch.setattr(icalendar_ics, "MAX_EXPAND_SECONDS", 0.3)
    started = time.monotonic()
    # Each occurrence of this rule costs dateutil a search through a day of seconds.
    loaded = parse_any(_ics(*[_vevent(f"s{i}", "DTSTART:20191014T000000Z",
                                      "RRULE:FREQ=SECONDLY;BYHOUR=9;BYMINUTE=0;BYSECOND=0") for i in range(5)]), "slow.ics")
    assert time.monotonic() - started < 3
    text = "\n".join(str(w) for w in loaded.warnings)
    assert "took more than 0.3 s" in text
    assert "kept only their first occurrence" in text  # the later series, in one warning


def test_many_repeating_events_stay_within_the_files_occurrence_budget(monkeypatch):
    monkeypatch.setattr(icalendar_ics, "MAX_TOTAL_OCCURRENCES", 2_500)
    data = _ics(*[_vevent(f"r{i}", "DTSTART:20191014T000000Z", "RRULE:FREQ=DAILY") for i in range(6)])
    loaded = parse_any(data, "many.ics")
    assert len(loaded.timeline.events) == 2_500 + 3  # 1000 + 1000 + 500, then the first of each of the rest
    warnings = [str(w) for w in loaded.warnings]
    assert sum("kept only" in w for w in warnings) == 1


def test_event_count_limit_stops_early_in_every_importer(monkeypatch):
    for module in ("timeline_app.importers.timelinejs_csv", "timeline_app.importers.timelinejs_json",
                   "timeline_app.importers.thetimelineproj", "timeline_app.importers.icalendar_ics",
                   "timeline_app.model.load"):
        monkeypatch.setattr(f"{module}.MAX_EVENTS", 3)
    csv = b"Year,Headline\n" + b"".join(b"%d,e%d\n" % (2000 + i, i) for i in range(10))
    with pytest.raises(TimelineError, match="line 5: more than 3 rows"):
        parse_any(csv, "many.csv")
    tl = b'{"events": [%s]}' % b",".join(b'{"start_date": {"year": 2000}}' for _ in range(4))
    with pytest.raises(TimelineError, match="4 slides; the limit is 3"):
        parse_any(tl, "many.json")
    xml = b"<timeline><events>%s</events></timeline>" % (b"<event><start>2000-1-1 0:0:0</start><text>x</text></event>" * 4)
    with pytest.raises(TimelineError, match="events: 4 events; the limit is 3"):
        parse_any(xml, "many.timeline")
    ics = _ics(_vevent("a", "DTSTART:20191014", "RRULE:FREQ=DAILY;COUNT=5"))
    with pytest.raises(TimelineError, match="more than 3 events"):
        parse_any(ics, "many.ics")
    ours = b'{"title": "x", "events": [%s]}' % b",".join(b'{"id": "e%d", "title": "x", "start": "2000"}' % i
                                                          for i in range(4))
    with pytest.raises(TimelineError, match="4 events; the limit is 3"):
        parse_any(ours, "many.json")


def test_long_texts_are_cut_with_a_warning_in_importers():
    csv = b'Year,Headline,Text\n2019,"' + b"h" * 5000 + b'","' + b"t" * 120_000 + b'"\n'
    loaded = parse_any(csv, "long.csv")
    event = loaded.timeline.events[0]
    assert len(event.title) == 1000 and len(event.summary) == 100_000
    warnings = [str(w) for w in loaded.warnings]
    assert "events[0].title: longer than 1,000 characters; cut to that length (the most this format holds)" in warnings
    assert any(w.startswith("events[0].summary: longer than 100,000 characters") for w in warnings)


def test_long_texts_in_our_format_are_errors_with_a_place():
    with pytest.raises(TimelineError, match=r"events\[0\].title: string should have at most 1000 characters"):
        parse_any(b'{"title": "x", "events": [{"id": "a", "title": "%s", "start": "2019"}]}' % (b"t" * 1001), "x.json")


def test_a_huge_csv_cell_is_an_error_with_its_line():
    with pytest.raises(TimelineError, match="line 2: CSV error: a cell longer than 131,072 characters"):
        parse_any(b'Year,Headline,Text\n2019,x,"' + b"t" * 200_000 + b'"\n', "cell.csv")
