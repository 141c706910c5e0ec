"""The text of an .ics file made safe for the icalendar parser before it reads it: repeat rules
of time zones that are not yearly changes are dropped, and in a file of very many attendees
each event keeps its first MAX_ATTENDEES. Both with a warning (importers/icalendar_ics.py).
"""

from __future__ import annotations

import re

from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem

# Attendees read per event (VEVENT, with its alarms) in a file of more than MAX_FILE_ATTENDEES:
# the icalendar parser costs about 0.1-0.2 ms a line, so 50 events of 2,000 attendees took 20 s
# before anything else was done. The lines past the cap are dropped from the text before it is
# parsed, with a warning; a file of fewer attendees in all keeps every one.
MAX_ATTENDEES = 100
MAX_FILE_ATTENDEES = 10_000

_ZONE_START = re.compile(rb"(?im)^BEGIN:VTIMEZONE[ \t]*\r?$")
_ZONE_END = re.compile(rb"(?im)^END:VTIMEZONE[ \t]*\r?$")
_FOLD = re.compile(rb"\r?\n[ \t]")
_ZONE_RULE = re.compile(rb"(?im)^RRULE[;:].*$")
# What a real time zone's rule uses: one change a year, on a named day of a month. The
# parser turns a zone into a table of every change since its DTSTART, once, when it reads the
# file (icalendar caches it for the process): FREQ=SECONDLY from 1970 is a billion entries.
_ZONE_RULE_PARTS = {b"FREQ", b"BYMONTH", b"BYDAY", b"BYMONTHDAY", b"UNTIL", b"COUNT", b"INTERVAL", b"WKST"}
_ZONE_RULE_VALUES = {b"BYMONTH": 2, b"BYDAY": 2, b"BYMONTHDAY": 7}


def _zone_rule_ok(line: bytes) -> bool:
    value = line.split(b":", 1)[1] if b":" in line else b""
    parts = dict(part.partition(b"=")[::2] for part in value.strip().upper().split(b";") if part)
    if parts.get(b"FREQ") != b"YEARLY" or not set(parts) <= _ZONE_RULE_PARTS:
        return False
    return all(len(parts[k].split(b",")) <= n for k, n in _ZONE_RULE_VALUES.items() if k in parts)


def tame_timezones(data: bytes) -> tuple[bytes, list[Problem]]:
    """The file without the repeat rules of its VTIMEZONEs that are not yearly changes (see above)."""
    out: list[bytes] = []
    dropped: list[bytes] = []
    at = 0
    while (begin := _ZONE_START.search(data, at)) is not None:
        end = _ZONE_END.search(data, begin.end())
        if end is None:
            break
        block = _FOLD.sub(b"", data[begin.start():end.end()])

        def drop(m: re.Match) -> bytes:
            if _zone_rule_ok(m.group(0)):
                return m.group(0)
            dropped.append(m.group(0).strip())
            return b"X-DROPPED-RRULE:" + m.group(0)[6:]

        out += [data[at:begin.start()], _ZONE_RULE.sub(drop, block)]
        at = end.end()
    if not dropped:
        return data, []
    out.append(data[at:])
    rule = dropped[0][:60].decode("utf-8", "replace")
    said = QT_TRANSLATE_NOOP("problems", "{count} time zone repeat rules that are not a yearly change, such as {rule!r}, ignored "
                                         "(a zone changes its offset at most a few times a year)") \
        if len(dropped) > 1 else QT_TRANSLATE_NOOP("problems", "1 time zone repeat rule that is not a yearly change, such as {rule!r}, "
                                                   "ignored (a zone changes its offset at most a few times a year)")
    warning = Problem("", Message(said, count=len(dropped), rule=rule))
    return b"".join(out), [warning]


_ATTENDEE_CAP_STEP = re.compile(
    rb"(?im)^(?:(BEGIN:VEVENT)[ \t]*\r?$|ATTENDEE[;:][^\n]*(?:\n[ \t][^\n]*)*(?:\n|\Z))")
_ATTENDEE_LINE = re.compile(rb"(?im)^ATTENDEE[;:]")


def cap_attendees(data: bytes) -> tuple[bytes, list[Problem]]:
    """The file without the ATTENDEE lines (with their folded continuations) past the first
    MAX_ATTENDEES of each event, when it has more than MAX_FILE_ATTENDEES in all."""
    if len(_ATTENDEE_LINE.findall(data)) <= MAX_FILE_ATTENDEES:
        return data, []
    kept: list[bytes] = []
    at = 0
    seen = dropped = events = 0
    for m in _ATTENDEE_CAP_STEP.finditer(data):
        if m.group(1) is not None:
            seen = 0
            continue
        seen += 1
        if seen > MAX_ATTENDEES:
            events += seen == MAX_ATTENDEES + 1
            dropped += 1
            kept.append(data[at:m.start()])
            at = m.end()
    if not dropped:
        return data, []
    kept.append(data[at:])
    said = QT_TRANSLATE_NOOP("problems", "{dropped:,} attendees of {events:,} events not kept (in a file of more than "
                             "{most:,} attendees, an event keeps its first {first:,})") if events != 1 else \
        QT_TRANSLATE_NOOP("problems", "{dropped:,} attendees of 1 event not kept (in a file of more than {most:,} attendees, "
                          "an event keeps its first {first:,})")
    warning = Problem("", Message(said, dropped=dropped, events=events, most=MAX_FILE_ATTENDEES, first=MAX_ATTENDEES))
    return b"".join(kept), [warning]
