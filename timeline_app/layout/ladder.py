"""The tick ladder as data (after d3-time): rungs, and calendar-aligned floor / offset / ticks.

Every rung steps through real calendar time: months and years with calendar arithmetic,
never with their nominal lengths, which exist only to choose a rung for a zoom level.
Ticks align to calendar multiples (months 1, 4, 7, 10 for a 3-month rung; years on round
numbers as labelled: 1900, 2000, 500 BCE), never to the start of the view, so panning does not
make them jump. What a tick says is in tick_labels.py.

Year ticks within 100,000 years of year 0 fall on round CE years and round BCE years
(500 BCE is astronomical -499; 1 CE follows 1 BCE), so they read as round numbers; deep
time and rungs of 100,000 years or more fall on astronomical multiples, as their "years ago"
labels count. Finer rungs change alignment at 100,000 BCE.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from timeline_app.time.calendar import (
    MS_PER_DAY,
    MS_PER_HOUR,
    MS_PER_MINUTE,
    MS_PER_SECOND,
    add_months,
    civil_from_days,
    days_from_civil,
    days_in_month,
)


def _locale_format():
    """time/locale_format.py, imported on first use: English never loads babel's CLDR data."""
    from timeline_app.time import locale_format

    return locale_format


_YEAR_MS = 365.2425 * MS_PER_DAY
_MONTH_MS = 30 * MS_PER_DAY
_WEEK_MS = 7 * MS_PER_DAY



class TickUnit(StrEnum):
    """The calendar unit a rung steps in (equal to its name as a string: "day")."""

    MS = "ms"
    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


# Each unit as a module constant too: on Python 3.11 looking a member up on its Enum class
# costs ~0.4 us, and drawing the axis compares units some thousands of times per frame.
MS, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR = TickUnit


# Units whose ticks are plain multiples of a fixed length. Every step on the ladder divides a
# day evenly, so "multiples within the day" and "multiples since 1970" are the same ticks.
_FIXED = {MS: 1, SECOND: MS_PER_SECOND, MINUTE: MS_PER_MINUTE,
          HOUR: MS_PER_HOUR}
_NOMINAL_MS = {**_FIXED, DAY: MS_PER_DAY, WEEK: _WEEK_MS, MONTH: _MONTH_MS,
               YEAR: _YEAR_MS}


@dataclass(frozen=True)
class Rung:
    """One tick interval: `step` units; `nominal_ms` is its rough length, only for choosing a rung."""

    unit: TickUnit
    step: int
    nominal_ms: float
    week_start: int = 0  # week rungs: the weekday ticks fall on, 0 = Monday ... 6 = Sunday


def in_locale(rung: Rung, lang: str) -> Rung:
    """The rung as the language counts it: weeks start on the locale's first day (Sunday in
    Korean). English keeps its Monday weeks; other rungs are the same everywhere."""
    if rung.unit != WEEK or lang == "en":
        return rung
    return replace(rung, week_start=_locale_format().first_weekday(lang))


def on_ladder(rung: Rung) -> Rung:
    """The ladder's own rung for a rung moved to a locale (for stepping up and down the ladder)."""
    return _BY_KEY[rung.unit, rung.step]


def _rung(unit: TickUnit, step: int) -> Rung:
    return Rung(unit, step, float(_NOMINAL_MS[unit] * step))


# The ladder, finest first: a zoom level takes the finest rung whose ticks are far enough apart.
LADDER: tuple[Rung, ...] = (
    *(_rung(MS, s) for s in (1, 5, 10, 50, 100, 500)),
    *(_rung(SECOND, s) for s in (1, 5, 15, 30)),
    *(_rung(MINUTE, s) for s in (1, 5, 15, 30)),
    *(_rung(HOUR, s) for s in (1, 3, 6, 12)),
    *(_rung(DAY, s) for s in (1, 2)),
    _rung(WEEK, 1),
    *(_rung(MONTH, s) for s in (1, 3)),
    *(_rung(YEAR, m * 10**k) for k in range(9) for m in (1, 2, 5)),
    _rung(YEAR, 10**9),
)

# Year rungs of this step or more label their ticks as distances from year 0 ("65 Ma").
DEEP_RUNG = 10_000

_NOMINALS = tuple(r.nominal_ms for r in LADDER)
_BY_KEY = {(r.unit, r.step): r for r in LADDER}
# The calendar unit of the context row above a row of ticks of each unit (years: see major_rung).
_UNIT_ABOVE = {MS: SECOND, SECOND: MINUTE, MINUTE: HOUR,
               HOUR: DAY, DAY: MONTH, WEEK: MONTH,
               MONTH: YEAR}


def floor(rung: Rung, ms: int) -> int:
    """The largest tick of `rung` at or before `ms`."""
    ms = math.floor(ms)
    unit, step = rung.unit, rung.step
    size = _FIXED.get(unit)
    if size is not None:
        return ms - ms % (size * step)
    days = ms // MS_PER_DAY
    if unit == DAY:
        if step == 1:
            return days * MS_PER_DAY
        # As in d3, multi-day ticks restart on the 1st of each month (1, 3, 5, ... for 2 days).
        d = civil_from_days(days)[2]
        return (days - (d - 1) % step) * MS_PER_DAY
    if unit == WEEK:
        return (days - (days + 3 - rung.week_start) % 7) * MS_PER_DAY  # back to Monday (or week_start)
    y, m, _ = civil_from_days(days)
    if unit == MONTH:
        return days_from_civil(y, m - (m - 1) % step, 1) * MS_PER_DAY
    if unit == YEAR:
        return days_from_civil(_year_floor(y, step), 1, 1) * MS_PER_DAY
    raise ValueError(f"unknown tick unit {unit!r}")


# Before this astronomical year, labels count "years ago" (see year_label), so ticks fall on
# astronomical multiples; after it, BCE ticks fall on round BCE numbers ("500 BCE").
_DEEP_YEAR = -100_000


def _year_floor(y: int, step: int) -> int:
    """The largest tick year <= y.

    Within historical time the labels decide: ticks fall on round CE years and round BCE
    years (astronomical 1 - k*step, "100 BCE"), with year 1 between them, since 1 BCE is
    followed by 1 CE. Deep time and rungs of 100,000 years or more use astronomical
    multiples, as the "years ago" labels there do.
    """
    if step >= -_DEEP_YEAR or y <= _DEEP_YEAR:
        return y - y % step
    if y >= 1:
        return max(y - y % step, 1)
    t = 1 - -(-(1 - y) // step) * step  # the round BCE year at or before y
    # Keep a step clear of the first deep tick so two ticks never sit a year apart.
    return t if t >= _DEEP_YEAR + step else _DEEP_YEAR


def _year_after(y: int, step: int) -> int:
    """The first tick year after tick year y (gaps vary by at most one year near year 1)."""
    t = _year_floor(y + step, step)
    return t if t > y else _year_floor(y + 2 * step, step)


def _year_before(y: int, step: int) -> int:
    return _year_floor(y - 1, step)


@lru_cache(maxsize=8192)  # pure, and the same ticks come back frame after frame
def offset(rung: Rung, ms: int, k: int = 1) -> int:
    """The tick `k` steps after the tick at or before `ms` (k may be negative or zero)."""
    t = floor(rung, ms)
    unit, step = rung.unit, rung.step
    size = _FIXED.get(unit)
    if size is not None:
        return t + k * size * step
    if unit == WEEK:
        return t + k * _WEEK_MS
    if unit == MONTH:
        return add_months(t, k * step)
    if unit == YEAR:
        y = civil_from_days(t // MS_PER_DAY)[0]
        if step >= -_DEEP_YEAR or y + k * step <= _DEEP_YEAR:
            return days_from_civil(y + k * step, 1, 1) * MS_PER_DAY
        for _ in range(abs(k)):  # historical years: irregular by a year around year 1
            y = _year_after(y, step) if k > 0 else _year_before(y, step)
        return days_from_civil(y, 1, 1) * MS_PER_DAY
    if step == 1:  # days
        return t + k * MS_PER_DAY
    days = t // MS_PER_DAY
    y, m, d = civil_from_days(days)
    while k > 0:  # the last tick of a month is followed by the 1st of the next
        k -= 1
        if d + step <= days_in_month(y, m):
            d += step
            days += step
        else:
            days += days_in_month(y, m) - d + 1
            y, m, d = civil_from_days(days)
    while k < 0:
        k += 1
        if d > 1:
            d -= step
            days -= step
        else:
            days -= 1
            y, m, d = civil_from_days(days)
            back = (d - 1) % step
            d -= back
            days -= back
    return days * MS_PER_DAY


def ticks(rung: Rung, start_ms: int, end_ms: int, limit: int = 10_000) -> list[int]:
    """The ticks t with start_ms <= t <= end_ms; ValueError if there would be more than `limit`."""
    if end_ms < start_ms:
        return []
    # Refuse early, before stepping, when the window is far too wide for this rung. The nominal
    # length is only approximate (a month is 28-31 days), hence the margin; the loop is exact.
    if (end_ms - start_ms) / rung.nominal_ms > limit * 1.1 + 2:
        raise ValueError(f"more than {limit} ticks of {rung.step} {rung.unit} in this window; use a coarser rung")
    t = floor(rung, start_ms)
    if t < start_ms:
        t = offset(rung, t)
    out: list[int] = []
    while t <= end_ms:
        if len(out) == limit:
            raise ValueError(f"more than {limit} ticks of {rung.step} {rung.unit} in this window; use a coarser rung")
        out.append(t)
        t = offset(rung, t)
    return out


def rung_for_spacing(ms_per_px: float, min_px: float) -> Rung:
    """The finest rung whose ticks are at least `min_px` apart; the coarsest rung if none is."""
    i = bisect_left(_NOMINALS, ms_per_px * min_px)
    return LADDER[min(i, len(LADDER) - 1)]


def major_rung(minor: Rung) -> Rung | None:
    """The rung of the context row above `minor`: the next calendar unit up, None at the top."""
    unit, step = minor.unit, minor.step
    if unit == MINUTE and step >= 30:
        # A 30-minute row under an hourly row would label every other tick twice over.
        return _BY_KEY[DAY, 1]
    if unit != YEAR:
        return _BY_KEY[_UNIT_ABOVE[unit], 1]
    power = 10 ** len(str(step))  # the next power of ten above the step: 1 -> 10, 5 -> 10, 10 -> 100
    return _BY_KEY.get((YEAR, power))


def next_rung(rung: Rung) -> Rung | None:
    """The next coarser rung of the ladder, None at the top."""
    i = LADDER.index(on_ladder(rung))
    return LADDER[i + 1] if i + 1 < len(LADDER) else None


