"""The hostile and ordinary-but-large files of issue 17: each ends in one clear message (or opens),
with no traceback, no hang and no flood, and what comes out is bounded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import hostile_files as hostile
import pytest

from timeline_app.importers import open_timeline
from timeline_app.importers.icalendar_ics import MAX_ATTENDEES, MAX_COPIED_RECORDS, MAX_COPIED_TEXT
from timeline_app.model import TimelineError

REPO = Path(__file__).resolve().parents[2]


def _error(path: Path) -> TimelineError:
    with pytest.raises(TimelineError) as info:
        open_timeline(path)
    return info.value


@pytest.mark.parametrize("where, place", [("date", "events[0].start"), ("title", "events[0].title"),
                                          ("key", "events[0]")])
def test_a_lone_surrogate_is_one_message_naming_its_place(tmp_path, where, place):
    exc = _error(hostile.lone_surrogate(tmp_path, where))
    assert [p.path for p in exc.problems] == [place]
    assert "\\ud800" in exc.message() and "surrogate" in exc.message()
    exc.message().encode("utf-8")  # printable as it is: the character itself is shown escaped


def test_a_lone_surrogate_in_timelinejs_is_refused_and_a_full_pair_opens(tmp_path):
    assert "surrogate" in _error(hostile.tljs_lone_surrogate(tmp_path)).message()
    ok = tmp_path / "pair.json"
    ok.write_text('{"events":[{"start_date":{"year":2000},"text":{"headline":"smile \\ud83d\\ude00"}}]}')
    assert open_timeline(ok).timeline.events[0].title == "smile \U0001f600"


def test_an_xml_encoding_python_cannot_read_is_named(tmp_path):
    exc = _error(hostile.timeline_utf7(tmp_path))
    assert "'UTF-7'" in exc.message() and "UTF-8" in exc.message()


def test_control_characters_in_a_message_are_escaped_and_long_values_cut(tmp_path):
    message = _error(hostile.ours_escape_in_error(tmp_path)).message()
    assert "\x1b" not in message and "\\x1b" in message
    assert len(message) < 400  # the 4,000-character value is cut


def test_a_never_ending_time_zone_rule_is_ignored_with_a_warning(tmp_path):
    loaded = open_timeline(hostile.ics_secondly_timezone(tmp_path))
    assert len(loaded.timeline.events) == 1
    assert any("not a yearly change" in str(w) for w in loaded.warnings)


def test_attendees_of_a_repeating_event_are_copied_within_the_budget(tmp_path):
    loaded = open_timeline(hostile.ics_attendees_times_occurrences(tmp_path, events=20, attendees=1_000))
    events = loaded.timeline.events
    assert sum(len(e.participants) for e in events) <= MAX_COPIED_RECORDS + 20 * 1_001
    assert len(events) > 20  # the series are still expanded as far as the budget goes
    kept = [str(w) for w in loaded.warnings if "occurrences" in str(w)]
    assert len(kept) == 1 and "times; first at VEVENT" in kept[0]  # one line, not one per VEVENT


def test_a_file_of_many_attendees_keeps_the_first_hundred_of_each_event(tmp_path):
    people = "".join(f"ATTENDEE;CN=Person {k}\r\n :mailto:p{k}@example.org\r\n" for k in range(10_001))  # folded
    path = tmp_path / "crowd.ics"
    path.write_text(hostile.ICS_HEAD + "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20000101T100000Z\r\nSUMMARY:Crowd\r\n"
                    f"{people}ORGANIZER;CN=Boss:mailto:b@example.org\r\nEND:VEVENT\r\n" + hostile.ICS_TAIL)
    loaded = open_timeline(path)
    [event] = loaded.timeline.events
    assert [p.name for p in event.participants] == ["Boss"] + [f"Person {k}" for k in range(MAX_ATTENDEES)]
    assert [str(w) for w in loaded.warnings] == [
        "9,901 attendees of 1 event not kept (in a file of more than 10,000 attendees, an event keeps its first 100)"]


def test_a_file_of_fewer_attendees_keeps_every_one(tmp_path):
    loaded = open_timeline(hostile.ics_attendees_times_occurrences(tmp_path, events=2, attendees=600))
    assert {len(e.participants) for e in loaded.timeline.events} == {600}
    assert not any("attendees of" in str(w) for w in loaded.warnings)


def test_a_long_description_repeated_over_occurrences_is_copied_within_the_budget(tmp_path):
    loaded = open_timeline(hostile.ics_long_description_repeated(tmp_path, events=10, chars=100_000))
    total = sum(len(e.summary or "") for e in loaded.timeline.events)
    assert total <= MAX_COPIED_TEXT + 10 * 100_000


def test_a_repeated_id_is_renamed_with_a_bounded_number_of_warnings(tmp_path):
    loaded = open_timeline(hostile.tljs_same_unique_id(tmp_path, 2_000))
    ids = [e.id for e in loaded.timeline.events]
    assert len(set(ids)) == 2_000 and ids[:3] == ["dup", "dup-2", "dup-3"]
    assert len(loaded.warnings) < 10
    assert any("1,994 more ids" in str(w) for w in loaded.warnings)


def test_an_unknown_key_on_every_event_is_one_warning(tmp_path):
    loaded = open_timeline(hostile.ours_unknown_key_everywhere(tmp_path, 2_000))
    [warning] = loaded.warnings
    assert str(warning).startswith("events[*].x_note: unknown key") and "2,000 times; first at events[0].x_note" in str(warning)


def test_an_unknown_key_keeps_events_on_the_fast_path_and_reads_as_the_plain_file(tmp_path):
    loaded = open_timeline(hostile.ours_unknown_key_everywhere(tmp_path, 50_000)).timeline
    plain = tmp_path / "plain.json"
    plain.write_text((tmp_path / "unknown-keys.json").read_text().replace(',"x_note":1', ""))
    expected = open_timeline(plain).timeline
    assert loaded.table.rich == {}  # no pydantic Event per event, no copy of the ignored value
    assert list(loaded.table.ids) == list(expected.table.ids) and loaded.events[49_999] == expected.events[49_999]
    assert (loaded.table.start_ms == expected.table.start_ms).all()


def test_an_unknown_key_on_a_few_events_is_named_at_each_and_many_once(tmp_path):
    events = [{"id": f"e{i}", "title": "E", "start": "2000"} for i in range(8)]
    for i in (1, 4, 6):
        events[i]["x_a"] = {"nested": [1, 2]}
    events[5].update(summary="rich", x_b=1)
    for i in (0, 2, 3, 7):
        events[i]["x_b"] = i
    path = tmp_path / "few.json"
    path.write_text(json.dumps({"format": "timeline-app", "version": 1, "title": "T", "events": events}))
    assert [str(w) for w in open_timeline(path).warnings] == [
        "events[*].x_b: unknown key, ignored (5 times; first at events[0].x_b)",
        "events[1].x_a: unknown key, ignored", "events[4].x_a: unknown key, ignored",
        "events[6].x_a: unknown key, ignored"]


def test_every_case_through_the_command_line(tmp_path):
    """validate, and convert to .ics and TimelineJS: exit 0 or 1, no traceback, short lines."""
    made = [hostile.tljs_same_headline(tmp_path, 2_000), hostile.tljs_many_links(tmp_path, 2_000),
            hostile.timeline_same_text(tmp_path, 2_000), hostile.ics_same_uid(tmp_path, 500),
            hostile.csv_spaced_time(tmp_path, 20_000), hostile.csv_many_columns(tmp_path, 100_000),
            hostile.ours_huge_year(tmp_path), hostile.ours_long_start(tmp_path),
            hostile.lone_surrogate(tmp_path, "title"), hostile.timeline_utf7(tmp_path),
            hostile.ours_escape_in_error(tmp_path), hostile.ics_secondly_timezone(tmp_path),
            hostile.ours_with_title(tmp_path, "A\nB\rC\x1b", "controls.json")]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    runs = [["validate", *map(str, made)]]
    runs += [["convert", str(made[-1]), "-o", str(tmp_path / f"out{suffix}"), "--to", to]
             for suffix, to in ((".ics", "ics"), (".json", "timelinejs"))]
    for args in runs:
        result = subprocess.run([sys.executable, "-m", "timeline_app", *args], env=env, capture_output=True,
                                text=True, timeout=300)
        out = result.stdout + result.stderr
        assert result.returncode in (0, 1), out[-2000:]
        assert "Traceback" not in out, out[-3000:]
        assert "\x1b" not in out and "\r" not in out
        assert max(map(len, out.splitlines())) < 900, max(out.splitlines(), key=len)[:300]
    assert (tmp_path / "out.ics").read_bytes().count(b"\r") == (tmp_path / "out.ics").read_bytes().count(b"\r\n")
