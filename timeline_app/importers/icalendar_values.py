"""One VEVENT's own fields: property values as text, dates to our ISO text, the end of an event
(DTEND or DURATION), title, summary, place, categories, link, organizer and attendees, notes;
and parser errors in one line. Recurrence is icalendar_ics.py's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from timeline_app.importers.builder import TimelineBuilder, long_text, short
from timeline_app.importers.html_text import web_url
from timeline_app.model.load import shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message
from timeline_app.time import MS_PER_MINUTE, Precision, TimeValue, ms_from_fields

# Bookkeeping properties that carry nothing a reader of a timeline needs.
_QUIET = {
    "UID", "DTSTAMP", "SEQUENCE", "CREATED", "LAST-MODIFIED", "TRANSP", "CLASS", "PRIORITY",
    "STATUS", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
    "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "CATEGORIES", "ORGANIZER", "ATTENDEE", "COMMENT",
}


def ical_text(prop) -> str:
    value = prop.to_ical()
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def single(ev, name: str):
    """A property that may appear once; a file that repeats it gets its first (with a warning, see _read_event)."""
    value = ev.get(name)
    return (value[0] if value else None) if isinstance(value, list) else value


def reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    broken = re.match(r"Cannot access '\w+' on broken property '([^']+)' \([^)]*\): (.*)", text)
    if broken:  # icalendar's wording for a property whose value did not parse
        text = f"{broken.group(1)}: {broken.group(2)}"
    if text.startswith("Found no components where exactly one is required"):
        text = "a BEGIN: line without its END: line, such as a missing END:VCALENDAR"
    return text[:200]


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(as_text(v) for v in value)
    return str(value)


def join_lines(a: str | None, b: str) -> str:
    return f"{a}\n{b}" if a else b


def occurrence_key(value: Any) -> Any:
    """A comparable key for an occurrence start (aware datetimes in UTC)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None), True
    return value, False


def end_of(ev, start):
    end_prop = single(ev, "DTEND")
    if end_prop is not None:
        end = end_prop.dt
        if not isinstance(end, dt.date):
            raise ValueError(f"DTEND {shown(ical_text(end_prop))} is not a date or a date-time")
        # A DATE end with a DATE-TIME start (or the reverse) is malformed; line it up with the start.
        if isinstance(start, dt.datetime) and not isinstance(end, dt.datetime):
            end = dt.datetime.combine(end, dt.time(), start.tzinfo)
        elif not isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
            end = end.date()
        return end
    duration = single(ev, "DURATION")
    if duration is not None and isinstance(duration.dt, dt.timedelta):
        if isinstance(start, dt.datetime):
            return start + duration.dt  # Python adds wall-clock time within the zone, as RFC 5545 asks for days
        return start + dt.timedelta(days=duration.dt.days)
    return None


def iso_span(start, end) -> tuple[str, str | None]:
    if not isinstance(start, dt.datetime):
        s = day_iso(start)
        if end is None:
            return s, None
        last = end - dt.timedelta(days=1)  # DTEND of an all-day event is exclusive
        return s, (day_iso(last) if last > start else None)
    return instant_iso(start), (None if end is None else instant_iso(end))


def day_iso(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def instant_iso(t: dt.datetime) -> str:
    precision = Precision.MINUTE
    if t.second or t.microsecond:
        precision = Precision.MILLISECOND if t.microsecond >= 1000 else Precision.SECOND
    local = ms_from_fields(t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond // 1000)
    offset = t.utcoffset()
    if offset is None:
        return TimeValue(local, precision).to_iso()
    minutes = int(offset.total_seconds() // 60)
    return TimeValue(local - minutes * MS_PER_MINUTE, precision, minutes).to_iso()


def person(value, role: str) -> dict[str, Any] | None:
    name = value.params.get("CN") if hasattr(value, "params") else None
    address = str(value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    name = " ".join(str(name or address).split())
    if not name:
        return None
    return {"kind": "person", "name": short(name), "role": role}


def base_event(ev, summary: str, b: TimelineBuilder, here: str, dropped: dict[str, int]) -> dict[str, Any]:
    """The fields every occurrence of the VEVENT shares; properties with no place here are counted in `dropped`."""
    title = summary or "Untitled event"
    if not summary:
        b.warn(here, QT_TRANSLATE_NOOP("problems", 'has no SUMMARY; titled "Untitled event"'))
    event: dict[str, Any] = {"title": short(title)}
    description = as_text(ev.get("DESCRIPTION")).strip()
    if description:
        event["summary"] = long_text(description)
    location = " ".join(as_text(ev.get("LOCATION")).split())
    if location:
        event["location"] = {"name": short(location)}
    cats: list[str] = []
    raw_cats = ev.get("CATEGORIES")
    for item in raw_cats if isinstance(raw_cats, list) else ([raw_cats] if raw_cats is not None else []):
        for c in getattr(item, "cats", [item]):
            c = " ".join(str(c).split())
            if c and c not in cats:
                cats.append(c)
    if cats:
        event["category"] = b.category(cats[0])
        event["tags"] = [short(c) for c in cats]
    url = web_url(as_text(ev.get("URL")))
    if url:
        event["sources"] = [b.source(url, title=title)]
    elif ev.get("URL") is not None:
        b.warn(here, Message(QT_TRANSLATE_NOOP("problems", "URL {url} is not an http(s) link; dropped"), url=shown(as_text(ev.get("URL")), 80)))
    people = []
    organizer = ev.get("ORGANIZER")
    if organizer is not None:
        people.append(person(organizer, "organizer"))
    attendees = ev.get("ATTENDEE")
    for att in attendees if isinstance(attendees, list) else ([attendees] if attendees is not None else []):
        people.append(person(att, "attendee"))
    people = [p for p in people if p is not None]
    if people:
        event["participants"] = people
    notes = []
    if as_text(ev.get("STATUS")).upper() == "CANCELLED":
        notes.append("Cancelled (STATUS:CANCELLED).")
    comments = ev.get("COMMENT")
    for c in comments if isinstance(comments, list) else ([comments] if comments is not None else []):
        if as_text(c).strip():
            notes.append(as_text(c).strip())
    if notes:
        event["note"] = long_text("\n".join(notes))
    for prop in ev.keys():
        if prop not in _QUIET and not prop.startswith("X-"):
            dropped[prop] = dropped.get(prop, 0) + 1
    return event
