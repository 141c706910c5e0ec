"""The warnings an iCalendar import ends with: what the file had that the timeline does not keep
as written (repeats cut short, zero-length all-day events, to-dos and alarms, unkept properties)."""

from __future__ import annotations

from timeline_app.importers.builder import TimelineBuilder
from timeline_app.model.problems import QT_TRANSLATE_NOOP, FixedMessage, Message

# Components other than events, named as a reader knows them.
_COMPONENTS = {
    "VTODO": QT_TRANSLATE_NOOP("problems", "to-dos"),
    "VJOURNAL": QT_TRANSLATE_NOOP("problems", "journal entries"),
    "VALARM": QT_TRANSLATE_NOOP("problems", "alarms (reminders)"),
    "VFREEBUSY": QT_TRANSLATE_NOOP("problems", "free/busy blocks"),
}


def warn_left_out(b: TimelineBuilder, budget, zero_length_days: int, counts: dict[str, int],
                  dropped: dict[str, int]) -> None:
    """One warning for each kind of thing the file had that the timeline does not keep as written."""
    if budget.skipped:
        b.warn("", Message(QT_TRANSLATE_NOOP("problems", "{count:,} more repeating events kept only their first occurrence ({why})"), count=budget.skipped,
                           why=budget.spent) if budget.skipped != 1 else
               Message(QT_TRANSLATE_NOOP("problems", "1 more repeating event kept only its first occurrence ({why})"), why=budget.spent))
    if zero_length_days:
        b.warn("", Message(QT_TRANSLATE_NOOP("problems", "{count} all-day events have a DTEND that is not after its DTSTART "
                                             "(DTEND is exclusive); read as one day"),
                           count=zero_length_days) if zero_length_days > 1 else
               QT_TRANSLATE_NOOP("problems", "1 all-day event has a DTEND that is not after its DTSTART (DTEND is exclusive); "
                                 "read as one day"))
    for comp, n in sorted(counts.items()):
        b.warn("", Message(QT_TRANSLATE_NOOP("problems", "{count} {what} not kept (only events are)"), count=n,
                           what=FixedMessage(_COMPONENTS[comp])))
    for prop, n in sorted(dropped.items()):
        b.warn("", Message(QT_TRANSLATE_NOOP("problems", "{what} of 1 event not kept (no place in this format)"), what=prop) if n == 1 else
               Message(QT_TRANSLATE_NOOP("problems", "{what} of {count} events not kept (no place in this format)"), what=prop, count=n))
