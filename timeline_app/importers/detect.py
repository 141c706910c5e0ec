"""Which format a file is in, from its content; the file name only words the error."""

from __future__ import annotations

import json
import re
from pathlib import Path

from timeline_app.model.problems import QT_TRANSLATE_NOOP, FixedMessage, Message

TIMELINE_APP = "timeline-app"
TIMELINEJS = "timelinejs"
TIMELINEJS_CSV = "timelinejs-csv"
THETIMELINEPROJ = "thetimelineproj"
ICALENDAR = "icalendar"

# What each suffix promises, for the message when the content is none of the formats.
_BY_SUFFIX = {
    ".json": "JSON",
    ".csv": FixedMessage(QT_TRANSLATE_NOOP("problems", "a TimelineJS spreadsheet (CSV)")),
    ".tsv": FixedMessage(QT_TRANSLATE_NOOP("problems", "a TimelineJS spreadsheet (CSV)")),
    ".timeline": FixedMessage(QT_TRANSLATE_NOOP("problems", "a Timeline (thetimelineproj) XML file")),
    ".xml": FixedMessage(QT_TRANSLATE_NOOP("problems", "a Timeline (thetimelineproj) XML file")),
    ".ics": FixedMessage(QT_TRANSLATE_NOOP("problems", "an iCalendar file")),
    ".ical": FixedMessage(QT_TRANSLATE_NOOP("problems", "an iCalendar file")),
    ".ifb": FixedMessage(QT_TRANSLATE_NOOP("problems", "an iCalendar file")),
}
_BOMS = (b"\xef\xbb\xbf",)


def _head(data: bytes, size: int = 4096) -> str:
    head = data[:size]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
    return head.decode("utf-8", "replace").lstrip()


def detect_format(data: bytes) -> str | None:
    """The format name for these bytes, or None when they are none of the supported formats."""
    head = _head(data)
    if head.startswith(("{", "[")):
        return _json_kind(data)
    if re.match(r"BEGIN:VCALENDAR\b", head, re.IGNORECASE):
        return ICALENDAR
    if head.startswith("<"):
        m = re.search(r"<([A-Za-z_][\w.-]*)", re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", head, flags=re.S))
        if m and m.group(1) == "timeline":
            return THETIMELINEPROJ
        return None
    from timeline_app.importers.timelinejs_csv import sniff_header

    if sniff_header(head):
        return TIMELINEJS_CSV
    return None


def _json_kind(data: bytes) -> str:
    """Our JSON or TimelineJS JSON; anything unreadable is ours, so our parser words the error."""
    from timeline_app.importers.timelinejs_json import is_timelinejs

    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return TIMELINE_APP
    return TIMELINEJS if is_timelinejs(raw) else TIMELINE_APP


def unknown_format_message(source: str | Path | None) -> Message:
    """Why a file was not opened, worded after what its name promised."""
    suffix = Path(str(source)).suffix.lower() if source is not None else ""
    promised = _BY_SUFFIX.get(suffix)
    supported = Message(QT_TRANSLATE_NOOP("problems", "timeline-app JSON, TimelineJS JSON or CSV, Timeline (.timeline) "
                                          "XML, or iCalendar (.ics)"))
    if promised:
        return Message(QT_TRANSLATE_NOOP("problems", "the name says {promised}, but the content is not ({expected}); "
                                         "supported: {supported}"),
                       promised=promised, expected=_expectation(suffix), supported=supported)
    return Message(QT_TRANSLATE_NOOP("problems", "not a supported timeline format; supported: {supported}"),
                   supported=supported)


def _expectation(suffix: str) -> Message:
    if suffix in (".csv", ".tsv"):
        return FixedMessage(QT_TRANSLATE_NOOP("problems", "the first line must be the TimelineJS template's header, with "
                                           "at least Year and Headline"))
    if suffix in (".timeline", ".xml"):
        return FixedMessage(QT_TRANSLATE_NOOP("problems", "the XML root must be <timeline>"))
    if suffix in (".ics", ".ical", ".ifb"):
        return FixedMessage(QT_TRANSLATE_NOOP("problems", "it must start with BEGIN:VCALENDAR"))
    return FixedMessage(QT_TRANSLATE_NOOP("problems", "it must start with { or ["))
