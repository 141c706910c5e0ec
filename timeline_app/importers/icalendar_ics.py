"""iCalendar (.ics, RFC 5545) to our model, parsed by the `icalendar` package.

What maps to what (each VEVENT, or each occurrence of a recurring one, is an event):
  SUMMARY -> title, DESCRIPTION -> summary, LOCATION -> location.name, URL -> a source,
  CATEGORIES -> category (the first) and tags, ORGANIZER / ATTENDEE -> participants,
  COMMENT and STATUS:CANCELLED -> note, UID -> id; X-WR-CALNAME -> the timeline's title.
Dates: an all-day event (DTSTART;VALUE=DATE) is a day-precision event whose DTEND is
exclusive, so 5-7 December is DTEND 20191208 and becomes end "2019-12-07". A timed event keeps
its wall-clock time and UTC offset in its own time zone (VTIMEZONE definitions, IANA names
and Windows names such as "W. Europe Standard Time" are all resolved by `icalendar`); its end
is DTEND (or DTSTART + DURATION) as written.
Recurring events (RRULE, RDATE, EXDATE, and RECURRENCE-ID overrides) are expanded, but only
within a bound: at most MAX_OCCURRENCES occurrences of one event, and none starting more than
MAX_YEARS years after its first; a warning names the bound whenever it cut a series short.
A whole file expands to at most MAX_TOTAL_OCCURRENCES occurrences of repeating events (a small
file must not become millions of events), and a repeat rule that never matches (FREQ=SECONDLY;
BYMONTH=2;BYMONTHDAY=30) stops being searched past MAX_YEARS, or after MAX_EXPAND_SECONDS for the
whole file: dateutil itself would search day by day up to the year 9999. A VEVENT that cannot be
read (a broken date, a date outside the years 1 to 9999) is an error naming the VEVENT.
Dropped, with a warning: alarms, to-dos, journal entries, attachments, GEO.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from timeline_app.importers.builder import TimelineBuilder, long_text, short, title_from_source
from timeline_app.importers.html_text import web_url
from timeline_app.model.limits import MAX_EVENTS
from timeline_app.model.load import Loaded, shown
from timeline_app.model.problems import Problem, TimelineError
from timeline_app.model.speed import trace_hook
from timeline_app.time import MS_PER_MINUTE, Precision, TimeValue, ms_from_fields

FORMAT = "icalendar"
MAX_OCCURRENCES = 1000
MAX_YEARS = 10
MAX_TOTAL_OCCURRENCES = 50_000
MAX_EXPAND_SECONDS = 5.0
# What the copies of repeating events (all occurrences after the first) may add in one file:
# records (attendees, tags, links) and characters of text; see _Budget.copies.
MAX_COPIED_RECORDS = 200_000
MAX_COPIED_TEXT = 50_000_000
# Attendees read per event (VEVENT, with its alarms) in a file of more than MAX_FILE_ATTENDEES:
# the icalendar parser costs about 0.1-0.2 ms a line, so 50 events of 2,000 attendees took 20 s
# before anything else was done. The lines past the cap are dropped from the text before it is
# parsed, with a warning; a file of fewer attendees in all keeps every one.
MAX_ATTENDEES = 100
MAX_FILE_ATTENDEES = 10_000

# Bookkeeping properties that carry nothing a reader of a timeline needs.
_QUIET = {
    "UID", "DTSTAMP", "SEQUENCE", "CREATED", "LAST-MODIFIED", "TRANSP", "CLASS", "PRIORITY",
    "STATUS", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID",
    "SUMMARY", "DESCRIPTION", "LOCATION", "URL", "CATEGORIES", "ORGANIZER", "ATTENDEE", "COMMENT",
}


def read(data: bytes, source: str | Path | None) -> Loaded:
    """Bytes of an .ics file to a checked timeline."""
    import icalendar

    data, zone_warnings = _tame_timezones(data)
    data, attendee_warnings = _cap_attendees(data)
    zone_warnings += attendee_warnings
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # the parser raises ValueError, KeyError, ... on bad input
        raise TimelineError(source, [Problem("", f"not a readable iCalendar file ({_reason(exc)})")]) from None
    if isinstance(cal, list):  # several VCALENDARs in one file
        calendars = cal
    else:
        calendars = [cal]
    b = TimelineBuilder(source, FORMAT)
    b.warnings += zone_warnings
    problems: list[Problem] = []
    counts: dict[str, int] = {}
    name = None
    description = None
    vevents = []
    for c in calendars:
        name = name or _str(c.get("X-WR-CALNAME"))
        description = description or _str(c.get("X-WR-CALDESC"))
        for comp in c.walk():
            if comp.name == "VEVENT":
                vevents.append(comp)
            elif comp.name in ("VTODO", "VJOURNAL", "VALARM", "VFREEBUSY"):
                counts[comp.name] = counts.get(comp.name, 0) + 1

    # RECURRENCE-ID events replace one occurrence of the series with the same UID.
    overrides: dict[str, set[Any]] = {}
    for ev in vevents:
        rid = _single(ev, "RECURRENCE-ID")
        if rid is not None:
            try:
                overrides.setdefault(_str(ev.get("UID")) or "", set()).add(_key(rid.dt))
            except ValueError:
                continue  # a broken RECURRENCE-ID replaces nothing; its event is read (or reported) below

    if len(vevents) > MAX_EVENTS:
        raise TimelineError(source, [Problem("", f"{len(vevents):,} events (VEVENT); the limit is {MAX_EVENTS:,}")])
    dropped: dict[str, int] = {}
    zero_length_days = 0
    budget = _Budget()
    for i, ev in enumerate(vevents):
        here = f"VEVENT {i + 1}"
        try:
            summary = _str(ev.get("SUMMARY")).strip()
            if summary:
                here += f' "{short(summary)[:60]}"'
            zero_length_days += _read_event(ev, here, summary, b, problems, dropped, overrides, budget)
        except OverflowError:
            problems.append(Problem(here, "a date or duration runs outside the years 1 to 9999 that iCalendar holds"))
        except (ValueError, TypeError) as exc:  # icalendar's BrokenCalendarProperty is a ValueError
            problems.append(Problem(here, f"cannot be read ({_reason(exc)})"))
        if len(problems) > 100:
            break
    if problems:
        raise TimelineError(source, problems)
    if budget.skipped:
        b.warn("", f"{budget.skipped:,} more repeating event{'s' if budget.skipped != 1 else ''} kept only "
               f"{'their' if budget.skipped != 1 else 'its'} first occurrence ({budget.spent})")
    if zero_length_days:
        b.warn("", f"{zero_length_days} all-day event{'s have' if zero_length_days > 1 else ' has'} a DTEND "
               "that is not after its DTSTART (DTEND is exclusive); read as one day")
    for comp, n in sorted(counts.items()):
        what = {"VTODO": "to-dos", "VJOURNAL": "journal entries", "VALARM": "alarms (reminders)",
                "VFREEBUSY": "free/busy blocks"}[comp]
        b.warn("", f"{n} {what} not kept (only events are)")
    for prop, n in sorted(dropped.items()):
        b.warn("", f"{prop} of {n} event{'s' if n != 1 else ''} not kept (no place in this format)")
    return b.finish(name or title_from_source(source, "Calendar"), description or None)


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


def _tame_timezones(data: bytes) -> tuple[bytes, list[Problem]]:
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
    warning = Problem("", f"{len(dropped)} time zone repeat rule{'s' if len(dropped) > 1 else ''} that "
                      f"{'are' if len(dropped) > 1 else 'is'} not a yearly change, such as {rule!r}, ignored "
                      "(a zone changes its offset at most a few times a year)")
    return b"".join(out), [warning]


_ATTENDEE_CAP_STEP = re.compile(
    rb"(?im)^(?:(BEGIN:VEVENT)[ \t]*\r?$|ATTENDEE[;:][^\n]*(?:\n[ \t][^\n]*)*(?:\n|\Z))")
_ATTENDEE_LINE = re.compile(rb"(?im)^ATTENDEE[;:]")


def _cap_attendees(data: bytes) -> tuple[bytes, list[Problem]]:
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
    warning = Problem("", f"{dropped:,} attendees of {events:,} event{'s' if events != 1 else ''} not kept "
                      f"(in a file of more than {MAX_FILE_ATTENDEES:,} attendees, an event keeps its first "
                      f"{MAX_ATTENDEES:,})")
    return b"".join(kept), [warning]


def _read_event(ev, here: str, summary: str, b: TimelineBuilder, problems: list[Problem],
                dropped: dict[str, int], overrides: dict[str, set[Any]], budget: "_Budget") -> int:
    """Add the events of one VEVENT (one per occurrence); 1 when an all-day end was not after its start."""
    zero_length_days = 0
    for prop in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"):
        if isinstance(ev.get(prop), list):
            b.warn(here, f"{prop} appears {len(ev.get(prop))} times; the first is used")
    start_prop = _single(ev, "DTSTART")
    if start_prop is None:
        problems.append(Problem(here, "has no DTSTART; an event needs a start"))
        return 0
    start = start_prop.dt
    if not isinstance(start, dt.date):  # the value parsed as a duration, period or bare time
        problems.append(Problem(here, f"DTSTART {shown(_ical_text(start_prop))} is not a date "
                                "or a date-time"))
        return 0
    end = _end(ev, start)
    if isinstance(start, dt.datetime) and start.tzinfo is None and start_prop.params.get("TZID"):
        b.warn(here, f'time zone {shown(str(start_prop.params["TZID"]))} is not defined in the file nor known; '
               "times are read as written, with no UTC offset")
    if not isinstance(start, dt.datetime) and end is not None and end <= start:
        zero_length_days += 1
        end = None
    uid = _str(ev.get("UID")).strip()
    base = _base_event(ev, summary, b, here, dropped)
    occurrences = _occurrences(ev, start, end, overrides.get(uid, set()), b, here, budget)
    if len(occurrences) > 1:
        occurrences = budget.copies(occurrences, base, b, here)
    if len(b.events) + len(occurrences) > MAX_EVENTS:
        raise TimelineError(b.origin, [Problem(here, f"more than {MAX_EVENTS:,} events; that is the limit")])
    if len(occurrences) > 1:
        rules = ev.get("RRULE")
        rules = rules if isinstance(rules, list) else ([rules] if rules is not None else [])
        what = ("; ".join(r.to_ical().decode() for r in rules) or "RDATE")[:200]
    for k, (s, e) in enumerate(occurrences):
        event = dict(base)
        start_iso, end_iso = _span(s, e)
        event["start"] = start_iso
        if end_iso is not None and end_iso != start_iso:
            event["end"] = end_iso
        rid = _single(ev, "RECURRENCE-ID")
        wanted = uid
        if len(occurrences) > 1 or rid is not None:
            wanted = f"{uid or 'event'}/{start_iso}"
        event["id"] = b.event_id(wanted or None, summary or "event", len(b.events), here)
        if len(occurrences) > 1:
            event["note"] = _join(event.get("note"), f"Occurrence {k + 1} of a repeating event ({what}).")
        b.events.append(event)
    return zero_length_days


def _ical_text(prop) -> str:
    value = prop.to_ical()
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _single(ev, name: str):
    """A property that may appear once; a file that repeats it gets its first (with a warning, see _read_event)."""
    value = ev.get(name)
    return (value[0] if value else None) if isinstance(value, list) else value


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    broken = re.match(r"Cannot access '\w+' on broken property '([^']+)' \([^)]*\): (.*)", text)
    if broken:  # icalendar's wording for a property whose value did not parse
        text = f"{broken.group(1)}: {broken.group(2)}"
    if text.startswith("Found no components where exactly one is required"):
        text = "a BEGIN: line without its END: line, such as a missing END:VCALENDAR"
    return text[:200]


def _str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_str(v) for v in value)
    return str(value)


def _join(a: str | None, b: str) -> str:
    return f"{a}\n{b}" if a else b


def _key(value: Any) -> Any:
    """A comparable key for an occurrence start (aware datetimes in UTC)."""
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None), True
    return value, False


def _end(ev, start):
    end_prop = _single(ev, "DTEND")
    if end_prop is not None:
        end = end_prop.dt
        if not isinstance(end, dt.date):
            raise ValueError(f"DTEND {shown(_ical_text(end_prop))} is not a date or a date-time")
        # A DATE end with a DATE-TIME start (or the reverse) is malformed; line it up with the start.
        if isinstance(start, dt.datetime) and not isinstance(end, dt.datetime):
            end = dt.datetime.combine(end, dt.time(), start.tzinfo)
        elif not isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
            end = end.date()
        return end
    duration = _single(ev, "DURATION")
    if duration is not None and isinstance(duration.dt, dt.timedelta):
        if isinstance(start, dt.datetime):
            return start + duration.dt  # Python adds wall-clock time within the zone, as RFC 5545 asks for days
        return start + dt.timedelta(days=duration.dt.days)
    return None


def _span(start, end) -> tuple[str, str | None]:
    if not isinstance(start, dt.datetime):
        s = _day_iso(start)
        if end is None:
            return s, None
        last = end - dt.timedelta(days=1)  # DTEND of an all-day event is exclusive
        return s, (_day_iso(last) if last > start else None)
    return _instant_iso(start), (None if end is None else _instant_iso(end))


def _day_iso(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _instant_iso(t: dt.datetime) -> str:
    precision = Precision.MINUTE
    if t.second or t.microsecond:
        precision = Precision.MILLISECOND if t.microsecond >= 1000 else Precision.SECOND
    local = ms_from_fields(t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond // 1000)
    offset = t.utcoffset()
    if offset is None:
        return TimeValue(local, precision).to_iso()
    minutes = int(offset.total_seconds() // 60)
    return TimeValue(local - minutes * MS_PER_MINUTE, precision, minutes).to_iso()


def _base_event(ev, summary: str, b: TimelineBuilder, here: str, dropped: dict[str, int]) -> dict[str, Any]:
    title = summary or "Untitled event"
    if not summary:
        b.warn(here, 'has no SUMMARY; titled "Untitled event"')
    event: dict[str, Any] = {"title": short(title)}
    description = _str(ev.get("DESCRIPTION")).strip()
    if description:
        event["summary"] = long_text(description)
    location = " ".join(_str(ev.get("LOCATION")).split())
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
    url = web_url(_str(ev.get("URL")))
    if url:
        event["sources"] = [b.source(url, title=title)]
    elif ev.get("URL") is not None:
        b.warn(here, f"URL {shown(_str(ev.get('URL')), 80)} is not an http(s) link; dropped")
    people = []
    organizer = ev.get("ORGANIZER")
    if organizer is not None:
        people.append(_person(organizer, "organizer"))
    attendees = ev.get("ATTENDEE")
    for att in attendees if isinstance(attendees, list) else ([attendees] if attendees is not None else []):
        people.append(_person(att, "attendee"))
    people = [p for p in people if p is not None]
    if people:
        event["participants"] = people
    notes = []
    if _str(ev.get("STATUS")).upper() == "CANCELLED":
        notes.append("Cancelled (STATUS:CANCELLED).")
    comments = ev.get("COMMENT")
    for c in comments if isinstance(comments, list) else ([comments] if comments is not None else []):
        if _str(c).strip():
            notes.append(_str(c).strip())
    if notes:
        event["note"] = long_text("\n".join(notes))
    for prop in ev.keys():
        if prop not in _QUIET and not prop.startswith("X-"):
            dropped[prop] = dropped.get(prop, 0) + 1
    return event


def _person(value, role: str) -> dict[str, Any] | None:
    name = value.params.get("CN") if hasattr(value, "params") else None
    address = str(value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    name = " ".join(str(name or address).split())
    if not name:
        return None
    return {"kind": "person", "name": short(name), "role": role}


def _occurrences(ev, start, end, overridden: set, b: TimelineBuilder, here: str,
                 budget: "_Budget") -> list[tuple[Any, Any]]:
    """(start, end) of each occurrence, the series bounded (see the module docstring)."""
    rule = ev.get("RRULE")
    rdates = ev.get("RDATE")
    if ev.get("RECURRENCE-ID") is not None or (rule is None and rdates is None):
        return [(start, end)]
    if budget.spent:
        budget.skipped += 1
        return [(start, end)]
    from dateutil.rrule import rruleset, rrulestr

    all_day = not isinstance(start, dt.datetime)
    first = dt.datetime.combine(start, dt.time()) if all_day else start
    length = (end - start) if end is not None else None
    horizon = _years_later(first, MAX_YEARS)
    rset = rruleset()
    rules = rule if isinstance(rule, list) else ([rule] if rule is not None else [])
    try:
        for r in rules:
            text = r.to_ical().decode()
            interval = re.search(r"(?:^|;)INTERVAL=([^;]*)", text, re.IGNORECASE)
            if interval and not re.fullmatch(r"0*[1-9]\d{0,17}", interval.group(1).strip()):
                raise ValueError(f"INTERVAL={interval.group(1)[:20]} is not a whole number of 1 or more")  # 0 loops forever
            rset.rrule(rrulestr(_fit_until(text, first), dtstart=first, ignoretz=False))
        for group in rdates if isinstance(rdates, list) else ([rdates] if rdates is not None else []):
            for d in group.dts:
                rset.rdate(_like(d.dt, first))
        exdates = ev.get("EXDATE")
        for group in exdates if isinstance(exdates, list) else ([exdates] if exdates is not None else []):
            for d in group.dts:
                rset.exdate(_like(d.dt, first))
    except (ValueError, TypeError) as exc:
        b.warn(here, f"its repeat rule cannot be read ({_reason(exc)}); only the first occurrence is kept")
        return [(start, end)]
    out: list[tuple[Any, Any]] = []
    cut = None
    seen = 0
    try:
        with budget.guard(horizon.year):
            for occ in rset:
                if occ > horizon:
                    cut = f"none after {_day_iso(horizon.date())}, {MAX_YEARS} years after the first"
                    break
                if seen >= MAX_OCCURRENCES:
                    cut = f"at most {MAX_OCCURRENCES} occurrences"
                    break
                if budget.occurrences >= MAX_TOTAL_OCCURRENCES:
                    cut = budget.spent = f"at most {MAX_TOTAL_OCCURRENCES:,} occurrences of repeating events in one file"
                    break
                seen += 1
                budget.occurrences += 1
                s = occ.date() if all_day else occ
                if _key(s) in overridden:
                    continue  # a RECURRENCE-ID event in the file replaces this one
                out.append((s, (s + length) if length is not None else None))
    except _PastHorizon:
        pass  # the rule matches nothing more before the horizon
    except _OutOfTime:
        cut = budget.spent = f"expanding the repeat rules of this file took more than {MAX_EXPAND_SECONDS:g} s"
    except OverflowError:
        pass  # the next occurrence would be after the year 9999
    except (ValueError, TypeError) as exc:
        b.warn(here, f"its repeat rule cannot be expanded ({_reason(exc)}); kept the occurrences before the problem")
    if cut:
        kept = len(out) or 1
        b.warn(here, f"repeats beyond the import bound; kept {kept} occurrence{'s' if kept != 1 else ''} "
               f"({cut}; the bound is at most {MAX_OCCURRENCES} occurrences within {MAX_YEARS} years)")
    return out or [(start, end)]


def _weight(event: dict[str, Any]) -> tuple[int, int]:
    """What one more copy of an event costs: (records such as participants, characters of text)."""
    items = 1 + sum(len(event.get(k, ())) for k in ("participants", "tags", "sources"))
    text = sum(len(event.get(k) or "") for k in ("title", "summary", "note"))
    return items, text + len((event.get("location") or {}).get("name", ""))


class _PastHorizon(Exception):
    pass


class _OutOfTime(Exception):
    pass


# dateutil methods that start scanning a new year, month or day, with that year as an argument.
_SCAN_STEPS = frozenset({"rebuild", "ydayset", "mdayset", "wdayset", "ddayset"})


class _Budget:
    """What one file may spend on expanding repeat rules: occurrences, and seconds of searching."""

    def __init__(self) -> None:
        self.occurrences = 0
        self.spent: str | None = None  # why the file's budget ran out, once it has
        self.skipped = 0  # repeating events kept with their first occurrence only, after that
        self.deadline = time.monotonic() + MAX_EXPAND_SECONDS
        self.items = 0  # records and characters the copies of repeating events have added so far
        self.text = 0

    def copies(self, occurrences: list, base: dict[str, Any], b: TimelineBuilder, here: str) -> list:
        """The occurrences whose copies of the event fit the file's budget (at least the first).

        Every occurrence repeats the event's attendees and texts: 50 events of 2,000 attendees
        repeating daily would be a hundred million participants from a 7 MB file.
        """
        items, text = _weight(base)
        room = len(occurrences) - 1
        if items > 1:
            room = min(room, (MAX_COPIED_RECORDS - self.items) // items)
        if text:
            room = min(room, (MAX_COPIED_TEXT - self.text) // text)
        room = max(0, room)
        self.items += items * room
        self.text += text * room
        if room < len(occurrences) - 1:
            b.warn(here, f"kept {room + 1:,} of its {len(occurrences):,} occurrences: the copies of repeating events "
                   f"in one file may hold at most {MAX_COPIED_RECORDS:,} attendees, tags and links and "
                   f"{MAX_COPIED_TEXT:,} characters of text")
            return occurrences[: room + 1]
        return occurrences

    @contextmanager
    def guard(self, last_year: int):
        """Stop dateutil when it scans past `last_year` or the file's time runs out.

        dateutil checks UNTIL and COUNT only on dates that match the rule, so a rule that never
        matches is searched period by period up to the year 9999 (minutes for FREQ=SECONDLY).
        A trace hook on Python calls sees each step of that search and ends it; the previous
        hook (a debugger, coverage) is put back afterwards.
        """
        deadline = self.deadline

        def hook(frame, event, arg):
            if event == "call":
                if time.monotonic() > deadline:
                    raise _OutOfTime
                code = frame.f_code
                if code.co_name in _SCAN_STEPS and "dateutil" in code.co_filename:
                    year = frame.f_locals.get("year")
                    if isinstance(year, int) and year > last_year:
                        raise _PastHorizon
            return None

        with trace_hook(hook):
            yield


def _years_later(t: dt.datetime, years: int) -> dt.datetime:
    if t.year + years > dt.MAXYEAR:
        return t.replace(year=dt.MAXYEAR, month=12, day=31, hour=23, minute=59, second=59)
    try:
        return t.replace(year=t.year + years)
    except ValueError:  # 29 February
        return t.replace(year=t.year + years, day=28)


def _like(value, first: dt.datetime) -> dt.datetime:
    """An RDATE/EXDATE value as a datetime comparable with the series' first start."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, first.time() if isinstance(first, dt.datetime) else dt.time())
    if first.tzinfo is not None and value.tzinfo is None:
        value = value.replace(tzinfo=first.tzinfo)
    elif first.tzinfo is None and value.tzinfo is not None:
        value = value.replace(tzinfo=None)
    return value


def _fit_until(rule: str, first: dt.datetime) -> str:
    """dateutil wants UNTIL in UTC when DTSTART has a zone, and without a zone when it has none."""
    parts = rule.split(";")
    for i, part in enumerate(parts):
        if part.upper().startswith("UNTIL="):
            value = part[6:]
            if first.tzinfo is None and value.endswith("Z"):
                parts[i] = "UNTIL=" + value[:-1]
            elif first.tzinfo is not None and not value.endswith("Z"):
                if "T" not in value:
                    value += "T235959"
                local = dt.datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=first.tzinfo)
                parts[i] = "UNTIL=" + local.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return ";".join(parts)
