"""No text from a timeline can become structure in a written file: every control character
(CR, LF, NUL, ESC, the C1 range, the Unicode line separators) in a title, summary, place, id or
category is escaped or removed by each writer, and the file reads back with the text intact
apart from those characters."""

from __future__ import annotations

import json
import os
import stat

import pytest

from timeline_app.cli import main
from timeline_app.exporters.ics import to_ics
from timeline_app.exporters.timelinejs import timelinejs_json
from timeline_app.importers import parse_any
from timeline_app.render.details.markdown import details_markdown

CONTROLS = "".join(map(chr, [*range(0x00, 0x20), *range(0x7f, 0xa0), 0x2028, 0x2029])) + "\r\n"
NASTY = f"Start{CONTROLS}ATTENDEE:mailto:evil@example.org{CONTROLS}End"


def _timeline():
    doc = {"format": "timeline-app", "version": 1, "title": NASTY,
           "categories": [{"id": "c", "label": NASTY, "color": "#336699"}],
           "events": [{"id": "e1", "title": NASTY, "start": "2000-01-02", "summary": NASTY,
                       "location": {"name": NASTY}, "category": "c"}]}
    return parse_any(json.dumps(doc).encode(), "controls.json").timeline


def _no_controls(text: str, allowed: str = "") -> None:
    allowed += "\t"  # a tab is text (RFC 5545 WSP, JSON escapes it)
    bad = [c for c in text if (ord(c) < 0x20 or 0x7f <= ord(c) < 0xa0 or c in "\u2028\u2029") and c not in allowed]
    assert not bad, f"control characters written: {sorted(set(map(hex, map(ord, bad))))}"


def test_ics_has_no_bare_line_breaks_and_no_injected_property():
    text, _ = to_ics(_timeline())
    body = text.replace("\r\n", "")
    _no_controls(body)
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in text.split("\r\n") if line and not line.startswith(" ")]
    assert "ATTENDEE" not in names
    from icalendar import Calendar

    cal = Calendar.from_ical(text)
    [event] = cal.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Start") and str(event["SUMMARY"]).endswith("End")
    assert "ATTENDEE:mailto:evil@example.org" in str(event["SUMMARY"])  # kept as text, not a property
    assert str(cal["X-WR-CALNAME"]).endswith("End")
    assert "\n" in str(event["DESCRIPTION"])  # line breaks in a summary stay line breaks (escaped as \n)


def test_timelinejs_json_holds_no_control_character_and_reads_back():
    text, _ = timelinejs_json(_timeline())
    doc = json.loads(text)
    slide = doc["events"][0]
    _no_controls(slide["text"]["headline"])
    _no_controls(doc["title"]["text"]["headline"])
    _no_controls(slide["group"])
    _no_controls(slide["text"]["text"], allowed="\n")
    again = parse_any(text.encode(), "again.json").timeline
    assert again.events[0].title.startswith("Start ") and again.events[0].title.endswith(" End")


def test_markdown_holds_no_control_character_but_line_breaks():
    t = _timeline()
    _no_controls(details_markdown(t, t.events), allowed="\n")


def test_an_output_that_is_a_pipe_or_device_is_refused_not_replaced(tmp_path, capsys):
    source = tmp_path / "in.json"
    source.write_text(json.dumps({"format": "timeline-app", "version": 1, "title": "T",
                                  "events": [{"id": "a", "title": "A", "start": "2000"}]}))
    fifo = tmp_path / "out.ics"
    os.mkfifo(fifo)
    assert main(["convert", str(source), "-o", str(fifo)]) == 1
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert "named pipe" in capsys.readouterr().err
    assert main(["convert", str(source), "-o", os.devnull, "--to", "ics"]) == 1
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert "is a device" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["A\rB", "A\nB", "A\r\nB", "A\x00B\x1bC"])
def test_one_line_fields_become_one_line(text):
    from timeline_app.exporters.plain import one_line

    assert "\r" not in one_line(text) and "\n" not in one_line(text) and "\x1b" not in one_line(text)
