"""iCalendar (.ics): all-day ends, time zones, bounded recurrence."""

from __future__ import annotations

import pytest

from timeline_app.importers import open_timeline, parse_any
from timeline_app.importers.icalendar_ics import MAX_OCCURRENCES
from timeline_app.model import TimelineError


def by_title(loaded):
    out: dict = {}
    for e in loaded.timeline.events:
        out.setdefault(e.title, []).append(e)
    return out


def test_fixture_weekly_rrule_with_tzid_exdate_and_override(fixtures):
    loaded = open_timeline(fixtures / "weekly-standup.ics")
    t = loaded.timeline
    assert t.title == "Team calendar"
    events = by_title(loaded)
    standups = events["Weekly stand-up"]
    # 1, 8, (15 moved), (22 excluded), 29 March and 5 April; New York moved to EDT on 12 March.
    assert [(e.start.to_iso(), e.end.to_iso()) for e in standups] == [
        ("2023-03-01T09:30-05:00", "2023-03-01T09:45-05:00"),
        ("2023-03-08T09:30-05:00", "2023-03-08T09:45-05:00"),
        ("2023-03-29T09:30-04:00", "2023-03-29T09:45-04:00"),
        ("2023-04-05T09:30-04:00", "2023-04-05T09:45-04:00"),
    ]
    moved = events["Weekly stand-up (moved)"][0]
    assert moved.start.to_iso() == "2023-03-15T11:00-04:00"
    first = standups[0]
    assert first.location.name == "Room 4, 2nd floor"
    assert t.category_by_id[first.category].label == "Meetings" and first.tags == ("Meetings", "Team")
    assert first.participants[0].name == "Dana Lee" and first.participants[0].role == "organizer"
    offsite = events["Offsite"][0]
    assert (offsite.start.to_iso(), offsite.end.to_iso()) == ("2019-12-05", "2019-12-07")  # DTEND is exclusive
    assert t.source_by_id[offsite.sources[0]].url == "https://example.org/offsite"
    berlin = events["Call with Berlin"][0]  # a Windows time-zone name, DURATION instead of DTEND
    assert (berlin.start.to_iso(), berlin.end.to_iso()) == ("2023-07-04T10:00+02:00", "2023-07-04T11:30+02:00")
    monthly = events["Monthly report"]
    assert len(monthly) == 121 and monthly[-1].start.to_iso() == "2030-01-01"
    warnings = [str(w) for w in loaded.warnings]
    assert any("repeats beyond the import bound" in w and "10 years" in w for w in warnings)
    assert any("alarms" in w for w in warnings)


def test_google_daily_across_dst(peer_data):
    loaded = open_timeline(peer_data / "ics" / "icalevents__google_2024.ics")
    assert loaded.timeline.title == "test"
    assert len(loaded.timeline.events) == 32
    events = by_title(loaded)
    daily = events["07:00-08:00-daily-30x"]
    assert len(daily) == 30
    assert (daily[0].start.to_iso(), daily[0].end.to_iso()) == ("2024-03-25T07:00+01:00", "2024-03-25T08:00+01:00")
    assert daily[6].start.to_iso() == "2024-03-31T07:00+02:00"  # Zurich's clocks went forward that night
    assert daily[-1].start.to_iso() == "2024-04-23T07:00+02:00"
    one = events["all day"][0]
    assert (one.start.to_iso(), one.end) == ("2024-03-25", None)
    two = events["all 2 days"][0]
    assert (two.start.to_iso(), two.end.to_iso()) == ("2024-03-27", "2024-03-28")


def test_ms_windows_timezone_file(peer_data):
    loaded = open_timeline(peer_data / "ics" / "icalevents__ms_tz.ics")
    (busy,) = loaded.timeline.events
    assert (busy.title, busy.start.to_iso(), busy.end.to_iso()) == ("Busy", "2021-03-24", "2021-03-26")


def test_example_with_dtend_equal_to_dtstart(peer_data):
    loaded = open_timeline(peer_data / "ics" / "icalendar__example.ics")
    t = loaded.timeline
    assert t.title == "Holidays"
    assert [(e.title, e.start.to_iso(), e.end) for e in t.events] == [
        ("New Year's Day", "2022-01-01", None),
        ("Orthodox Christmas", "2022-01-07", None),
        ("International Women's Day", "2022-03-08", None),
    ]
    assert t.events[1].location.name == "Russia"
    assert t.events[0].summary == "Happy New Year!"
    assert any("not after its DTSTART" in str(w) for w in loaded.warnings)


def test_occurrence_count_bound():
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:h\r\nDTSTAMP:20240101T000000Z\r\n"
            b"DTSTART:20240101T000000Z\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:Tick\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    loaded = parse_any(data, "h.ics")
    assert len(loaded.timeline.events) == MAX_OCCURRENCES
    assert any(f"at most {MAX_OCCURRENCES} occurrences" in str(w) for w in loaded.warnings)


def test_unknown_timezone_warns_and_keeps_wall_time():
    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20240101T000000Z\r\n"
            b"DTSTART;TZID=Nowhere/Land:20240101T090000\r\nSUMMARY:Where\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    loaded = parse_any(data, "u.ics")
    assert loaded.timeline.events[0].start.to_iso() == "2024-01-01T09:00"
    assert any("Nowhere/Land" in str(w) for w in loaded.warnings)


def test_event_without_dtstart_is_an_error():
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    with pytest.raises(TimelineError, match='VEVENT 1 "No start": has no DTSTART'):
        parse_any(data, "n.ics")
