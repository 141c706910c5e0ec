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

from timeline_app.importers.builder import TimelineBuilder, short, title_from_source
from timeline_app.importers.icalendar_taming import MAX_ATTENDEES, MAX_FILE_ATTENDEES  # noqa: F401 (limits named here too)
from timeline_app.importers.icalendar_taming import cap_attendees, tame_timezones
from timeline_app.importers.icalendar_left_out import warn_left_out
from timeline_app.importers.icalendar_values import (
    as_text,
    base_event,
    day_iso,
    end_of,
    ical_text,
    iso_span,
    join_lines,
    occurrence_key,
    person,
    reason,
    single,
)
from timeline_app.model.limits import MAX_EVENTS
from timeline_app.model.load import Loaded, shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem, TimelineError
from timeline_app.model.speed import trace_hook

FORMAT = "icalendar"
MAX_OCCURRENCES = 1000
MAX_YEARS = 10
MAX_TOTAL_OCCURRENCES = 50_000
MAX_EXPAND_SECONDS = 5.0
# What the copies of repeating events (all occurrences after the first) may add in one file:
# records (attendees, tags, links) and characters of text; see _Budget.copies.
MAX_COPIED_RECORDS = 200_000
MAX_COPIED_TEXT = 50_000_000

def read(data: bytes, source: str | Path | None) -> Loaded:
    """Bytes of an .ics file to a checked timeline."""
    import icalendar

    data, zone_warnings = tame_timezones(data)
    data, attendee_warnings = cap_attendees(data)
    zone_warnings += attendee_warnings
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # the parser raises ValueError, KeyError, ... on bad input
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "not a readable iCalendar file ({reason})"), reason=reason(exc)))]) from None
    if isinstance(cal, list):  # several VCALENDARs in one file
        calendars = cal
    else:
        calendars = [cal]
    b = TimelineBuilder(source, FORMAT)
    b.warnings += zone_warnings
    problems: list[Problem] = []
    name, description, vevents, counts = _contents(calendars)
    overrides = _overrides(vevents)
    if len(vevents) > MAX_EVENTS:
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "{count:,} events (VEVENT); the limit is {limit:,}"),
                                                             count=len(vevents), limit=MAX_EVENTS))])
    dropped: dict[str, int] = {}
    zero_length_days = 0
    budget = _Budget()
    for i, ev in enumerate(vevents):
        here = f"VEVENT {i + 1}"
        try:
            summary = as_text(ev.get("SUMMARY")).strip()
            if summary:
                here += f' "{short(summary)[:60]}"'
            zero_length_days += _read_event(ev, here, summary, b, problems, dropped, overrides, budget)
        except OverflowError:
            problems.append(Problem(here, QT_TRANSLATE_NOOP("problems", "a date or duration runs outside the years 1 to 9999 that "
                                                                      "iCalendar holds")))
        except (ValueError, TypeError) as exc:  # icalendar's BrokenCalendarProperty is a ValueError
            problems.append(Problem(here, Message(QT_TRANSLATE_NOOP("problems", "cannot be read ({reason})"), reason=reason(exc))))
        if len(problems) > 100:
            break
    if problems:
        raise TimelineError(source, problems)
    warn_left_out(b, budget, zero_length_days, counts, dropped)
    return b.finish(name or title_from_source(source, "Calendar"), description or None)


def _contents(calendars: list) -> tuple[str | None, str | None, list, dict[str, int]]:
    """The first title and description, every VEVENT, and the count of each kind of component not kept."""
    counts: dict[str, int] = {}
    name = None
    description = None
    vevents = []
    for c in calendars:
        name = name or as_text(c.get("X-WR-CALNAME"))
        description = description or as_text(c.get("X-WR-CALDESC"))
        for comp in c.walk():
            if comp.name == "VEVENT":
                vevents.append(comp)
            elif comp.name in ("VTODO", "VJOURNAL", "VALARM", "VFREEBUSY"):
                counts[comp.name] = counts.get(comp.name, 0) + 1
    return name, description, vevents, counts


def _overrides(vevents: list) -> dict[str, set[Any]]:
    """Per UID, the occurrences that RECURRENCE-ID events replace in the series with that UID."""
    overrides: dict[str, set[Any]] = {}
    for ev in vevents:
        rid = single(ev, "RECURRENCE-ID")
        if rid is not None:
            try:
                overrides.setdefault(as_text(ev.get("UID")) or "", set()).add(occurrence_key(rid.dt))
            except ValueError:
                continue  # a broken RECURRENCE-ID replaces nothing; its event is read (or reported) below
    return overrides


def _read_event(ev, here: str, summary: str, b: TimelineBuilder, problems: list[Problem],
                dropped: dict[str, int], overrides: dict[str, set[Any]], budget: "_Budget") -> int:
    """Add the events of one VEVENT (one per occurrence); 1 when an all-day end was not after its start."""
    zero_length_days = 0
    for prop in ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID"):
        if isinstance(ev.get(prop), list):
            b.warn(here, Message(QT_TRANSLATE_NOOP("problems", "{what} appears {count} times; the first is used"), what=prop, count=len(ev.get(prop))))
    start_prop = single(ev, "DTSTART")
    if start_prop is None:
        problems.append(Problem(here, QT_TRANSLATE_NOOP("problems", "has no DTSTART; an event needs a start")))
        return 0
    start = start_prop.dt
    if not isinstance(start, dt.date):  # the value parsed as a duration, period or bare time
        problems.append(Problem(here, Message(QT_TRANSLATE_NOOP("problems", "DTSTART {value} is not a date or a date-time"),
                                                    value=shown(ical_text(start_prop)))))
        return 0
    end = end_of(ev, start)
    if isinstance(start, dt.datetime) and start.tzinfo is None and start_prop.params.get("TZID"):
        b.warn(here, Message(QT_TRANSLATE_NOOP("problems", "time zone {zone} is not defined in the file nor known; times are read as written, "
                                             "with no UTC offset"),
                           zone=shown(str(start_prop.params["TZID"]))))
    if not isinstance(start, dt.datetime) and end is not None and end <= start:
        zero_length_days += 1
        end = None
    uid = as_text(ev.get("UID")).strip()
    base = base_event(ev, summary, b, here, dropped)
    occurrences = _occurrences(ev, start, end, overrides.get(uid, set()), b, here, budget)
    if len(occurrences) > 1:
        occurrences = budget.copies(occurrences, base, b, here)
    if len(b.events) + len(occurrences) > MAX_EVENTS:
        raise TimelineError(b.origin, [Problem(here, Message(QT_TRANSLATE_NOOP("problems", "more than {limit:,} events; that is the limit"), limit=MAX_EVENTS))])
    if len(occurrences) > 1:
        rules = ev.get("RRULE")
        rules = rules if isinstance(rules, list) else ([rules] if rules is not None else [])
        what = ("; ".join(r.to_ical().decode() for r in rules) or "RDATE")[:200]
    for k, (s, e) in enumerate(occurrences):
        event = dict(base)
        start_iso, end_iso = iso_span(s, e)
        event["start"] = start_iso
        if end_iso is not None and end_iso != start_iso:
            event["end"] = end_iso
        rid = single(ev, "RECURRENCE-ID")
        wanted = uid
        if len(occurrences) > 1 or rid is not None:
            wanted = f"{uid or 'event'}/{start_iso}"
        event["id"] = b.event_id(wanted or None, summary or "event", len(b.events), here)
        if len(occurrences) > 1:
            event["note"] = join_lines(event.get("note"), f"Occurrence {k + 1} of a repeating event ({what}).")
        b.events.append(event)
    return zero_length_days


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
    all_day = not isinstance(start, dt.datetime)
    first = dt.datetime.combine(start, dt.time()) if all_day else start
    length = (end - start) if end is not None else None
    horizon = _years_later(first, MAX_YEARS)
    try:
        rset = _rule_set(ev, rule, rdates, first)
    except (ValueError, TypeError) as exc:
        b.warn(here, Message(QT_TRANSLATE_NOOP("problems", "its repeat rule cannot be read ({reason}); only the first occurrence is kept"),
                             reason=reason(exc)))
        return [(start, end)]
    out: list[tuple[Any, Any]] = []
    cut = None
    seen = 0
    try:
        with budget.guard(horizon.year):
            for occ in rset:
                if occ > horizon:
                    cut = Message(QT_TRANSLATE_NOOP("problems", "none after {day}, {years} years after the first"), day=day_iso(horizon.date()), years=MAX_YEARS)
                    break
                if seen >= MAX_OCCURRENCES:
                    cut = Message(QT_TRANSLATE_NOOP("problems", "at most {most} occurrences"), most=MAX_OCCURRENCES)
                    break
                if budget.occurrences >= MAX_TOTAL_OCCURRENCES:
                    cut = budget.spent = Message(QT_TRANSLATE_NOOP("problems", "at most {most:,} occurrences of repeating events in one file"), most=MAX_TOTAL_OCCURRENCES)
                    break
                seen += 1
                budget.occurrences += 1
                s = occ.date() if all_day else occ
                if occurrence_key(s) in overridden:
                    continue  # a RECURRENCE-ID event in the file replaces this one
                out.append((s, (s + length) if length is not None else None))
    except _PastHorizon:
        pass  # the rule matches nothing more before the horizon
    except _OutOfTime:
        cut = budget.spent = Message(QT_TRANSLATE_NOOP("problems", "expanding the repeat rules of this file took more than {seconds:g} s"), seconds=MAX_EXPAND_SECONDS)
    except OverflowError:
        pass  # the next occurrence would be after the year 9999
    except (ValueError, TypeError) as exc:
        b.warn(here, Message(QT_TRANSLATE_NOOP("problems", "its repeat rule cannot be expanded ({reason}); kept the occurrences before the problem"),
                             reason=reason(exc)))
    if cut:
        kept = len(out) or 1
        bound = dict(cut=cut, most=MAX_OCCURRENCES, years=MAX_YEARS)
        b.warn(here, Message(QT_TRANSLATE_NOOP("problems", "repeats beyond the import bound; kept 1 occurrence ({cut}; the bound is at most "
                                         "{most} occurrences within {years} years)"), **bound) if kept == 1 else
               Message(QT_TRANSLATE_NOOP("problems", "repeats beyond the import bound; kept {kept} occurrences ({cut}; the bound is at "
                                 "most {most} occurrences within {years} years)"), kept=kept, **bound))
    return out or [(start, end)]


def _rule_set(ev, rule, rdates, first: dt.datetime):
    """The VEVENT's RRULEs, RDATEs and EXDATEs as one dateutil rruleset starting at `first`."""
    from dateutil.rrule import rruleset, rrulestr

    rset = rruleset()
    for r in rule if isinstance(rule, list) else ([rule] if rule is not None else []):
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
    return rset


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
        self.spent: Message | None = None  # why the file's budget ran out, once it has
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
            b.warn(here, Message(QT_TRANSLATE_NOOP("problems", "kept {kept:,} of its {count:,} occurrences: the copies of repeating "
                                             "events in one file may hold at most {records:,} attendees, tags and links "
                                             "and {chars:,} characters of text"),
                               kept=room + 1, count=len(occurrences), records=MAX_COPIED_RECORDS, chars=MAX_COPIED_TEXT))
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
