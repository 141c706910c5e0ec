"""Times for a drag: snapping to the axis's tick unit, and dates that keep their precision.

    snap(ms, unit, step=1, week_start=0) -> int      the nearest tick of that unit (the axis's own ticks)
    at_precision(ms, precision, offset)  -> TimeValue the nearest boundary of that precision
    shift(value, delta)                  -> TimeValue `value` moved by a CalendarDelta, precision kept
    delta_between(old, new)              -> CalendarDelta  how far a start moved, in its own unit

`unit` is a tick rung's unit ("ms", "second", "minute", "hour", "day", "week", "month", "year"),
as a string or as the layout's enum of the same values.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.layout.ladder import Rung, floor, offset
from timeline_app.time import MS_PER_MINUTE, Precision, TimeValue, add_months, add_years, fields_from_ms, ms_from_fields


def snap(ms: float, unit: str, step: int = 1, week_start: int = 0) -> int:
    """The tick of `step` `unit`s nearest to `ms` (ticks as the axis draws them)."""
    rung = Rung(str(getattr(unit, "value", unit)), step, 0.0, week_start)
    before = floor(rung, ms)
    after = offset(rung, ms, 1)
    return before if ms - before <= after - ms else after


def _unit_floor(local_ms: int, precision: Precision) -> int:
    f = fields_from_ms(local_ms)
    if precision is Precision.YEAR:
        return ms_from_fields(f.year)
    if precision is Precision.MONTH:
        return ms_from_fields(f.year, f.month)
    if precision is Precision.DAY:
        return ms_from_fields(f.year, f.month, f.day)
    if precision is Precision.MINUTE:
        return ms_from_fields(f.year, f.month, f.day, f.hour, f.minute)
    if precision is Precision.SECOND:
        return ms_from_fields(f.year, f.month, f.day, f.hour, f.minute, f.second)
    return local_ms


def at_precision(ms: float, precision: Precision, offset_minutes: int | None = None) -> TimeValue:
    """The unit boundary of `precision` nearest to `ms`, counted in the wall time of the offset."""
    shift_ms = (offset_minutes or 0) * MS_PER_MINUTE
    local = round(ms) + shift_ms
    start = _unit_floor(local, precision)
    end = TimeValue(start, precision).end_ms
    chosen = start if local - start <= end - local else end
    return TimeValue(chosen - shift_ms, precision, offset_minutes)


@dataclass(frozen=True)
class CalendarDelta:
    """A move in calendar terms: whole years, whole months, or milliseconds (days and finer)."""

    years: int = 0
    months: int = 0
    ms: int = 0


def delta_between(old: TimeValue, new: TimeValue) -> CalendarDelta:
    """How far `new` is from `old` in `old`'s own unit (a year start moves by years)."""
    if old.precision is Precision.YEAR:
        return CalendarDelta(years=new.year - old.year)
    if old.precision is Precision.MONTH:
        a, b = old.local_fields, new.local_fields
        return CalendarDelta(months=(b.year - a.year) * 12 + b.month - a.month)
    return CalendarDelta(ms=new.ms - old.ms)


def shift(value: TimeValue, delta: CalendarDelta) -> TimeValue:
    """`value` moved by `delta`, keeping its precision and offset (Jan 31 + 1 month = Feb 28)."""
    ms = value.ms
    if delta.years:
        ms = add_years(ms, delta.years)
    if delta.months:
        ms = add_months(ms, delta.months)
    return TimeValue(ms + delta.ms, value.precision, value.offset_minutes)
