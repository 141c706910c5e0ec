"""A whole timeline, or one event, as iCalendar text ("add to calendar"), via the `icalendar` package.

Day-precision events are all-day events whose DTEND is exclusive (end "2019-12-07" is DTEND
20191208). Month- and year-precision events become all-day events over the whole month or
year, with a warning, since a calendar has no "sometime in October". Times with a UTC offset
are written in UTC (an instant every calendar shows in its own zone); times without one are
floating (the same wall-clock time everywhere). Milliseconds are dropped (iCalendar counts in
seconds). Years before 1 or after 9999 cannot be written in iCalendar; such events are left
out with a warning.
"""

from __future__ import annotations

import datetime as dt

from timeline_app.exporters.plain import one_line, text_lines
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem
from timeline_app.model.timeline import Event, Timeline
from timeline_app.time import Precision, TimeValue, fields_from_ms

PRODID = "-//timeline-app//timeline-app//EN"
# A date coarser than a day, by how coarse it is (one text each, so that a translation reads whole).
_COARSE = {
    Precision.YEAR: QT_TRANSLATE_NOOP("problems", '"{value}" is a year, not a day; written as an all-day event over '
                                      "the whole of it"),
    Precision.MONTH: QT_TRANSLATE_NOOP("problems", '"{value}" is a month, not a day; written as an all-day event over '
                                       "the whole of it"),
}


class _Unwritable(ValueError):
    pass


def _date(v: TimeValue) -> dt.date:
    f = v.local_fields
    if not 1 <= f.year <= 9999:
        raise _Unwritable
    return dt.date(f.year, f.month, f.day)


def _after(v: TimeValue) -> dt.date:
    """The day after the last day the value covers (an exclusive DTEND)."""
    f = fields_from_ms(v.end_ms + (v.offset_minutes or 0) * 60_000)
    if not 1 <= f.year <= 9999:
        raise _Unwritable
    return dt.date(f.year, f.month, f.day)


def _instant(v: TimeValue) -> dt.datetime:
    if v.offset_minutes is None:
        f = v.local_fields
        if not 1 <= f.year <= 9999:
            raise _Unwritable
        return dt.datetime(f.year, f.month, f.day, f.hour, f.minute, f.second)
    f = fields_from_ms(v.ms)
    if not 1 <= f.year <= 9999:
        raise _Unwritable
    return dt.datetime(f.year, f.month, f.day, f.hour, f.minute, f.second, tzinfo=dt.timezone.utc)


def event_component(event: Event, timeline: Timeline, stamp: dt.datetime, warnings: list[Problem], where: str):
    """One VEVENT, or None (with a warning) when its dates cannot be written."""
    from icalendar import Event as VEvent

    ve = VEvent()
    ve.add("uid", f"{one_line(event.id)}@timeline-app")
    ve.add("dtstamp", stamp)
    ve.add("summary", one_line(event.title))
    start, end = event.start, event.end or event.start
    try:
        if start.precision <= Precision.DAY:
            if start.precision < Precision.DAY or end.precision < Precision.DAY:
                warnings.append(Problem(where, Message(_COARSE[min(start.precision, end.precision)], value=start.to_iso())))
            ve.add("dtstart", _date(start))
            ve.add("dtend", _after(end) if end.precision <= Precision.DAY else _after(TimeValue(end.ms, Precision.DAY)))
        else:
            if start.precision is Precision.MILLISECOND or (event.end and event.end.precision is Precision.MILLISECOND):
                warnings.append(Problem(where, QT_TRANSLATE_NOOP("problems", "milliseconds dropped (iCalendar counts in seconds)")))
            ve.add("dtstart", _instant(start))
            if event.end is not None and event.end != event.start:
                if event.end.precision <= Precision.DAY:
                    ve.add("dtend", _instant(TimeValue(event.end.end_ms, Precision.MINUTE, event.end.offset_minutes)))
                else:
                    ve.add("dtend", _instant(event.end))
    except _Unwritable:
        warnings.append(Problem(where, Message(QT_TRANSLATE_NOOP("problems", '"{value}" is outside the years 1 to 9999 that iCalendar can write; left out'),
                                               value=start.to_iso())))
        return None
    description = []
    if event.date_note:
        description.append(event.date_note)
    if event.summary:
        description.append(event.summary)
    for sid in event.sources:
        s = timeline.source_by_id.get(sid)
        if s is not None:
            description.append(f"Source: {s.title}" + (f", {s.publisher}" if s.publisher else "")
                               + (f" <{s.url}>" if s.url else ""))
    if description:
        ve.add("description", text_lines("\n\n".join(description)))
    if event.location is not None:
        loc = event.location
        ve.add("location", one_line(", ".join(x for x in (loc.name, loc.place, loc.country) if x)))
    urls = [timeline.source_by_id[s].url for s in event.sources
            if s in timeline.source_by_id and timeline.source_by_id[s].url]
    if urls:
        ve.add("url", one_line(urls[0]))
    if event.category is not None:
        cat = timeline.category_by_id.get(event.category)
        ve.add("categories", [one_line(cat.label if cat else event.category)])
    return ve


def to_ics(timeline: Timeline, event_id: str | None = None,
           stamp: dt.datetime | None = None) -> tuple[str, list[Problem]]:
    """iCalendar text of the whole timeline, or of the one event `event_id`; and warnings.

    Raises KeyError when `event_id` is not the id of an event.
    """
    from icalendar import Calendar, vText

    stamp = stamp or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    warnings: list[Problem] = []
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", vText(one_line(timeline.title)))  # an X- property is not escaped unless typed as TEXT
    if event_id is not None:
        if event_id not in timeline.event_by_id:
            raise KeyError(event_id)
        chosen = [(i, e) for i, e in enumerate(timeline.events) if e.id == event_id]
    else:
        chosen = list(enumerate(timeline.events))
    for i, ev in chosen:
        ve = event_component(ev, timeline, stamp, warnings, f"events[{i}]")
        if ve is not None:
            cal.add_component(ve)
    return cal.to_ical().decode("utf-8"), warnings
