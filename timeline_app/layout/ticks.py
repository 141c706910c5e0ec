"""The tick ladder as data (after d3-time): rungs, calendar-aligned floor/offset, and tick labels.

Every rung steps through real calendar time: months and years with calendar arithmetic,
never with their nominal lengths, which exist only to choose a rung for a zoom level.
Ticks align to calendar multiples (months 1, 4, 7, 10 for a 3-month rung; years on round
numbers as labelled: 1900, 2000, 500 BCE), never to the start of the view, so panning does not
make them jump.

Year labels. A rung of 10,000 years or more (`DEEP_RUNG`) labels every tick as a distance from
year 0 (see time/format.py): "13.8 Ga", "65 Ma", "500 ka", "0", "in 1 Gyr" in the minor row, and
"65 million years ago" in the major row above it (a rung of 100,000 years or more). The style is
chosen by the rung, never tick by tick, so one axis never mixes "10,000 BCE" with "20 ka". A tick
is named by the multiple of its rung step it stands for: deep ticks sit exactly on those, and the
10,000 to 50,000-year rungs' ticks on round BCE/CE years (10,000 BCE is astronomical -9,999;
1 CE follows 1 BCE) sit one year off them and read as the round number.

Finer rungs keep calendar years ("500 BCE", "1 CE", "2019") within 100,000 years of year 0, and
beyond that (where format_date also switches, and where their ticks fall on astronomical
multiples) show the compact distance with the decimals the step needs ("65.001 Ma"). Their
ticks change alignment at 100,000 BCE, so one of them straddling it reads "100 ka | 95,000 BCE".
"""

from __future__ import annotations

from functools import lru_cache

import math
from bisect import bisect_left
from dataclasses import dataclass, replace

from timeline_app.time.calendar import (
    MS_PER_DAY,
    MS_PER_HOUR,
    MS_PER_MINUTE,
    MS_PER_SECOND,
    add_months,
    civil_from_days,
    days_from_civil,
    days_in_month,
    fields_from_ms,
)
from timeline_app.time.format import MONTHS, MONTHS_SHORT, WEEKDAYS_SHORT, ago_label, is_deep_year, year_label


def _locale_format():
    """time/locale_format.py, imported on first use: English never loads babel's CLDR data."""
    from timeline_app.time import locale_format

    return locale_format


_YEAR_MS = 365.2425 * MS_PER_DAY
_MONTH_MS = 30 * MS_PER_DAY
_WEEK_MS = 7 * MS_PER_DAY

# Units whose ticks are plain multiples of a fixed length. Every step on the ladder divides a
# day evenly, so "multiples within the day" and "multiples since 1970" are the same ticks.
_FIXED = {"ms": 1, "second": MS_PER_SECOND, "minute": MS_PER_MINUTE, "hour": MS_PER_HOUR}


@dataclass(frozen=True)
class Rung:
    """One tick interval: `step` units; `nominal_ms` is its rough length, only for choosing a rung."""

    unit: str
    step: int
    nominal_ms: float
    week_start: int = 0  # week rungs: the weekday ticks fall on, 0 = Monday ... 6 = Sunday


def in_locale(rung: Rung, lang: str) -> Rung:
    """The rung as the language counts it: weeks start on the locale's first day (Sunday in
    Korean). English keeps its Monday weeks; other rungs are the same everywhere."""
    if rung.unit != "week" or lang == "en":
        return rung
    return replace(rung, week_start=_locale_format().first_weekday(lang))


def on_ladder(rung: Rung) -> Rung:
    """The ladder's own rung for a rung moved to a locale (for stepping up and down the ladder)."""
    return _BY_KEY[rung.unit, rung.step]


def _rung(unit: str, step: int) -> Rung:
    size = {**_FIXED, "day": MS_PER_DAY, "week": _WEEK_MS, "month": _MONTH_MS, "year": _YEAR_MS}[unit]
    return Rung(unit, step, float(size * step))


LADDER: tuple[Rung, ...] = (
    *(_rung("ms", s) for s in (1, 5, 10, 50, 100, 500)),
    *(_rung("second", s) for s in (1, 5, 15, 30)),
    *(_rung("minute", s) for s in (1, 5, 15, 30)),
    *(_rung("hour", s) for s in (1, 3, 6, 12)),
    *(_rung("day", s) for s in (1, 2)),
    _rung("week", 1),
    *(_rung("month", s) for s in (1, 3)),
    *(_rung("year", m * 10**k) for k in range(9) for m in (1, 2, 5)),
    _rung("year", 10**9),
)

# Year rungs of this step or more label their ticks as distances from year 0 ("65 Ma").
DEEP_RUNG = 10_000

_NOMINALS = tuple(r.nominal_ms for r in LADDER)
_BY_KEY = {(r.unit, r.step): r for r in LADDER}


def floor(rung: Rung, ms: int) -> int:
    """The largest tick of `rung` at or before `ms`."""
    ms = math.floor(ms)
    unit, step = rung.unit, rung.step
    size = _FIXED.get(unit)
    if size is not None:
        return ms - ms % (size * step)
    days = ms // MS_PER_DAY
    if unit == "day":
        if step == 1:
            return days * MS_PER_DAY
        # As in d3, multi-day ticks restart on the 1st of each month (1, 3, 5, ... for 2 days).
        d = civil_from_days(days)[2]
        return (days - (d - 1) % step) * MS_PER_DAY
    if unit == "week":
        return (days - (days + 3 - rung.week_start) % 7) * MS_PER_DAY  # back to Monday (or week_start)
    y, m, _ = civil_from_days(days)
    if unit == "month":
        return days_from_civil(y, m - (m - 1) % step, 1) * MS_PER_DAY
    if unit == "year":
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
    if unit == "week":
        return t + k * _WEEK_MS
    if unit == "month":
        return add_months(t, k * step)
    if unit == "year":
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
    if unit == "ms":
        return _BY_KEY["second", 1]
    if unit == "second":
        return _BY_KEY["minute", 1]
    if unit == "minute":
        # A 30-minute row under an hourly row would label every other tick twice over.
        return _BY_KEY["hour", 1] if step < 30 else _BY_KEY["day", 1]
    if unit == "hour":
        return _BY_KEY["day", 1]
    if unit in ("day", "week"):
        return _BY_KEY["month", 1]
    if unit == "month":
        return _BY_KEY["year", 1]
    power = 10 ** len(str(step))  # the next power of ten above the step: 1 -> 10, 5 -> 10, 10 -> 100
    return _BY_KEY.get(("year", power))


def _time(f) -> str:
    return f"{f.hour:02d}:{f.minute:02d}"


def _date(f, lang: str = "en") -> str:
    if lang != "en":
        return _locale_format().skeleton_text("yMMMd", f, lang)
    return f"{f.day} {MONTHS_SHORT[f.month]} {year_label(f.year)}"


def _month_short(f, lang: str) -> str:
    return MONTHS_SHORT[f.month] if lang == "en" else _locale_format().skeleton_text("MMM", f, lang)


def _day_month(f, lang: str) -> str:
    return f"{f.day} {MONTHS_SHORT[f.month]}" if lang == "en" else _locale_format().skeleton_text("MMMd", f, lang)


def _tick_year_label(year: int, lang: str = "en") -> str:
    # The tick after "1 BCE" or "100 BCE" says which era it starts.
    if year == 1:
        return "1 CE" if lang == "en" else _locale_format().era_year_text(year, lang)
    return year_label(year, lang=lang)


def _tick_years_ago(year: int, step: int) -> int:
    """The distance a tick stands for: years before year 0, to the nearest multiple of the step."""
    return (-year + step // 2) // step * step


def _year_tick_label(rung: Rung, year: int, lang: str = "en") -> str:
    """Compact label of a year tick: "65 Ma", "13.8 Ga", "0" on deep rungs; "500 BCE", "2019" on finer ones."""
    if rung.step >= DEEP_RUNG or is_deep_year(year):
        return ago_label(_tick_years_ago(year, rung.step), compact=True, lang=lang)
    return _tick_year_label(year, lang)


@lru_cache(maxsize=8192)  # pure, and the same ticks come back frame after frame
def minor_label(rung: Rung, ms: int, lang: str = "en") -> str:
    """Short label of a tick, by the biggest boundary it sits on: a month tick in January says "2019"."""
    unit = rung.unit
    if unit == "year":
        return _year_tick_label(rung, civil_from_days(ms // MS_PER_DAY)[0], lang)
    f = fields_from_ms(ms)
    if f.millisecond:
        return f".{f.millisecond:03d}"
    if f.second:
        return f"{_time(f)}:{f.second:02d}"
    if f.hour or f.minute:
        return _time(f)
    if f.day != 1:
        if unit == "day":
            return str(f.day) if lang == "en" else _locale_format().skeleton_text("d", f, lang)
        return _day_month(f, lang)
    if f.month != 1:
        return _month_short(f, lang)
    return year_label(f.year, lang=lang)


@lru_cache(maxsize=8192)  # pure, and the same ticks come back frame after frame
def major_label(rung: Rung, ms: int, lang: str = "en") -> str:
    """Long context label of a tick of a major (upper-row) rung: "October 2019", "Mon 14 Oct 2019", "1900s"."""
    unit = rung.unit
    f = fields_from_ms(ms)
    if unit == "year":
        # Decades and centuries of the common era read best as "2010s" and "1900s".
        if rung.step in (10, 100) and f.year >= 1 and f.year % rung.step == 0:
            return f"{year_label(f.year)}s" if lang == "en" else _locale_format().decade_text(f.year, lang)
        # A major row speaks in the style of the minor row under it, whose rung is ten times finer.
        if rung.step >= 10 * DEEP_RUNG:
            ago = _tick_years_ago(f.year, rung.step)
            # Year 0 is named by the calendar: "0 years ago" would claim to be the present.
            return ago_label(ago, lang=lang) if ago else _tick_year_label(f.year, lang)
        return _tick_year_label(f.year, lang)
    if lang != "en":
        return _major_label_locale(unit, f, lang)
    if unit == "month":
        return f"{MONTHS[f.month]} {year_label(f.year)}"
    if unit in ("day", "week"):
        return f"{WEEKDAYS_SHORT[f.weekday]} {_date(f)}"
    if unit in ("hour", "minute"):
        return f"{_date(f)}, {_time(f)}"
    if unit == "second":
        return f"{_date(f)}, {_time(f)}:{f.second:02d}"
    return f"{_date(f)}, {_time(f)}:{f.second:02d}.{f.millisecond:03d}"


def _major_label_locale(unit: str, f, lang: str) -> str:
    """major_label's calendar forms in another language, from CLDR skeletons: "2019년 10월"."""
    if unit == "month":
        return _locale_format().skeleton_text("yMMMM", f, lang)
    if unit in ("day", "week"):
        return _locale_format().skeleton_text("yMMMEd", f, lang)
    clock = _time(f)
    if unit == "second":
        clock += f":{f.second:02d}"
    elif unit == "ms":
        clock += f":{f.second:02d}.{f.millisecond:03d}"
    return f"{_date(f, lang)} {clock}"


def minor_label_under(rung: Rung, major: Rung | None, ms: int, lang: str = "en") -> str:
    """The minor-row label of a tick when the row above is `major`: a tick on a boundary of
    the major row does not repeat what that row says there ("Jan" under "2020", "1" under
    "October 2019", "00:00" under "Mon 14 Oct 2019"), it names its own unit."""
    text = minor_label(rung, ms, lang)
    if major is None or rung.unit == "year" or floor(major, ms) != ms:
        return text
    f = fields_from_ms(ms)
    unit = rung.unit
    if unit == "month":
        return _month_short(f, lang)
    if unit == "day":
        return str(f.day) if lang == "en" else _locale_format().skeleton_text("d", f, lang)
    if unit == "week":
        return _day_month(f, lang)
    if unit in ("hour", "minute"):
        return _time(f)
    if unit == "second":
        return f":{f.second:02d}"
    return f".{f.millisecond:03d}"


def major_label_forms(rung: Rung, ms: int, lang: str = "en") -> tuple[str, ...]:
    """The context label of a major tick, longest first, then shorter forms for a label that
    must fit the part of its period left at an edge of the view ("September 2019", "Sep 2019", "Sep")."""
    full = major_label(rung, ms, lang)
    unit = rung.unit
    f = fields_from_ms(ms)
    if lang != "en" and unit in ("month", "day", "week", "hour", "minute"):
        if unit == "month":
            short = _locale_format().skeleton_text("yMMM", f, lang)
            forms = (full, short, _month_short(f, lang))
        elif unit in ("day", "week"):
            forms = (full, _date(f, lang), _day_month(f, lang))
        else:
            forms = (full, f"{_day_month(f, lang)} {_time(f)}", _time(f))
        return tuple(dict.fromkeys(forms))  # Korean "2019년 10월" is both the long and the short form
    if unit == "month":
        return (full, f"{MONTHS_SHORT[f.month]} {year_label(f.year)}", MONTHS_SHORT[f.month])
    if unit in ("day", "week"):
        return (full, _date(f), f"{f.day} {MONTHS_SHORT[f.month]}")
    if unit in ("hour", "minute"):
        return (full, f"{f.day} {MONTHS_SHORT[f.month]}, {_time(f)}", _time(f))
    if unit == "second":
        return (full, f"{_time(f)}:{f.second:02d}")
    return (full,)
