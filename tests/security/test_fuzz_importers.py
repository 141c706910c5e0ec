"""Fuzz the CSV, .timeline (XML) and iCalendar importers with random bytes and shaped input."""

from __future__ import annotations

import csv
import io
from xml.sax.saxutils import escape

from hypothesis import given, strategies as st
from fuzzing import fuzz_settings, outcome, parse_any_outcome

from timeline_app.importers import icalendar_ics, thetimelineproj, timelinejs_csv

cell_text = st.one_of(st.text(max_size=20), st.sampled_from([
    "", "2019", "-500", "0", "13", "99999999999999", "1,815", "14:30", "2:30 PM", "25:00", "1.2.3.4.5", "x",
    "https://example.org/a", "javascript:alert(1)", "file:///etc/passwd", "data:,x", "<a href='//e.org'>l</a>",
    "title", "era", "TITLE", "<blockquote>q<cite>A</cite></blockquote>", '"', "\r", "\x00", "a" * 1200]))
COLUMNS = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
           "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
           "Background", "Extra"]


@fuzz_settings(120)
@given(st.lists(st.sampled_from(COLUMNS), min_size=0, max_size=8, unique=True),
       st.lists(st.lists(cell_text, max_size=9), max_size=5), st.sampled_from([",", "\t", ";"]))
def test_csv_rows(columns, rows, delimiter):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["Year", "Headline"] + columns)
    try:
        writer.writerows(rows)
    except csv.Error:  # Python before 3.11 cannot write a NUL; such a file is still worth reading
        out.write("\r\n".join(delimiter.join(f'"{c}"' for c in row) for row in rows))
    data = out.getvalue().encode("utf-8", "surrogatepass")
    parse_any_outcome(data, "fuzz.csv")
    outcome(timelinejs_csv.read, data, "fuzz.csv")


@fuzz_settings(100)
@given(st.binary(max_size=200))
def test_csv_header_then_random_bytes(tail):
    parse_any_outcome(b"Year,Month,Day,Time,Headline,Text,Media\n" + tail, "fuzz.csv")


xml_text = st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                             max_size=15),
                     st.sampled_from(["2019-10-14 13:23:09", "2019-2-30 0:0:0", "-500-1-1 0:0:0", "99999999999999-1-1",
                                      "2019-10-14", "True", "False", "255,128,0", "999,999,999", "1" * 30 + ",1,1",
                                      "[1]Box", "(1)Sub", "(9)Orphan", "[]x", "https://e.org;javascript:x;ftp://y",
                                      "numtime", "gregoriantime", "", " "]))
TAGS = ["start", "end", "text", "description", "category", "hyperlink", "fuzzy", "fuzzy_start", "milestone",
        "progress", "alert", "icon", "locked", "labels", "color", "name", "parent"]


def _element(tag: str, children) -> str:
    return f"<{tag}>{children}</{tag}>"


xml_event = st.lists(st.tuples(st.sampled_from(TAGS), xml_text), max_size=6).map(
    lambda pairs: _element("event", "".join(_element(t, escape(v)) for t, v in pairs)))
xml_category = st.lists(st.tuples(st.sampled_from(["name", "color", "parent"]), xml_text), max_size=3).map(
    lambda pairs: _element("category", "".join(_element(t, escape(v)) for t, v in pairs)))
xml_era = st.lists(st.tuples(st.sampled_from(["name", "start", "end", "color"]), xml_text), max_size=4).map(
    lambda pairs: _element("era", "".join(_element(t, escape(v)) for t, v in pairs)))


@fuzz_settings(120)
@given(st.lists(xml_event, max_size=4), st.lists(xml_category, max_size=3), st.lists(xml_era, max_size=2),
       st.sampled_from(["", "<version>2.0.0</version>", "<timetype>numtime</timetype>", "<now>x</now>"]),
       st.sampled_from(["timeline", "timeline", "timelines", "Timeline"]))
def test_timeline_xml_trees(events, categories, eras, extra, root):
    data = (f"<?xml version='1.0' encoding='utf-8'?><{root}>{extra}<categories>{''.join(categories)}</categories>"
            f"<eras>{''.join(eras)}</eras><events>{''.join(events)}</events></{root}>").encode()
    parse_any_outcome(data, "fuzz.timeline")
    outcome(thetimelineproj.read, data, "fuzz.timeline")


@fuzz_settings(100)
@given(st.binary(max_size=200))
def test_timeline_xml_random_bytes(tail):
    parse_any_outcome(b"<?xml version='1.0'?><timeline>" + tail, "fuzz.timeline")
    parse_any_outcome(b"<!DOCTYPE timeline [" + tail, "fuzz.timeline")


ics_values = st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=15), st.sampled_from([
    "20191014", "20191014T150000", "20191014T150000Z", "20191301", "00010101", "99991231T235959", "2019",
    "P1D", "-P5D", "PT1H", "P99999999999D", "P1000D", "mailto:a@b.c", "https://example.org", "javascript:x",
    "FREQ=DAILY;COUNT=5", "FREQ=SECONDLY;COUNT=100000000", "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30",
    "FREQ=YEARLY;INTERVAL=0", "FREQ=MINUTELY;BYHOUR=9;BYMINUTE=0;BYSECOND=0", "FREQ=WEEKLY;UNTIL=20200101",
    "FREQ=DAILY;UNTIL=2000", "FREQ=MONTHLY;BYDAY=5FR;BYMONTHDAY=1", "FREQ=HOURLY;BYSETPOS=400", "FREQ=BOGUS",
    "FREQ=DAILY;INTERVAL=7;BYDAY=MO", "CANCELLED", "a,b,c"]))
PROPS = ["DTSTART", "DTSTART;VALUE=DATE", "DTSTART;TZID=Europe/Paris", "DTSTART;TZID=Nowhere/Land", "DTEND",
         "DTEND;VALUE=DATE", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "SUMMARY", "DESCRIPTION",
         "LOCATION", "URL", "CATEGORIES", "ORGANIZER;CN=Ada", "ATTENDEE", "COMMENT", "STATUS", "UID", "GEO",
         "X-FOO", "BEGIN", "END", ""]


def _vevent(props) -> str:
    return "BEGIN:VEVENT\r\n" + "".join(f"{k}:{v}\r\n" for k, v in props) + "END:VEVENT\r\n"


vevent = st.lists(st.tuples(st.sampled_from(PROPS), ics_values), max_size=7).map(_vevent)


@fuzz_settings(150, deadline_ms=8000)
@given(st.lists(vevent, max_size=3), st.booleans(), st.sampled_from(["", "X-WR-CALNAME:Cal\r\n", "BEGIN:VTODO\r\n"]))
def test_icalendar_text(events, closed, extra):
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + extra + "".join(events) + ("END:VCALENDAR\r\n" if closed else "")
    data = text.encode("utf-8", "surrogatepass")
    parse_any_outcome(data, "fuzz.ics")
    outcome(icalendar_ics.read, data, "fuzz.ics")


@fuzz_settings(100)
@given(st.binary(max_size=200))
def test_icalendar_random_bytes(tail):
    parse_any_outcome(b"BEGIN:VCALENDAR\r\n" + tail, "fuzz.ics")


@fuzz_settings(60)
@given(st.lists(st.sampled_from(["BEGIN:VEVENT", "END:VEVENT", " folded", "\tfolded", "DTSTART:20190101",
                                 "SUMMARY:x", ":", ";;;", "BEGIN:VALARM", "END:VALARM", "RRULE:FREQ=DAILY",
                                 "END:VCALENDAR", "BEGIN:VCALENDAR", "DTSTART;VALUE=DATE:2019010"]), max_size=12),
       st.sampled_from(["\r\n", "\n", "\r"]))
def test_icalendar_broken_lines(lines, newline):
    data = newline.join(["BEGIN:VCALENDAR", *lines]).encode()
    parse_any_outcome(data, "fuzz.ics")
