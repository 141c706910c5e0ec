"""Time values as English text for people: years, dates, ranges and lengths.

Deep time. At astronomical year -100,000 and before, and at year 100,000 and after, a year is
written as a distance instead of a calendar year: "250,000 years ago", "65 million years ago",
"13.8 billion years ago", "in 1 billion years". Between the two the calendar year means
something and is written as one: "10,000 BCE", "500 BCE", "2019", "12,345".

The distance counts from astronomical year 0 (1 BCE), not from 1950 as geologists' "before
present" (BP, Ma) does: "N years ago" is astronomical year -N, and "in N years" is year N. That
is what data files mean by a deep year (TimelineJS's cosmological year -13800000000 is shown by
TimelineJS as "13.80 billion years ago"), so a value and its text agree exactly, and the round
astronomical years that deep tick marks sit on read as round numbers. The 1,950 years between
year 0 and 1950 are under 2% of the smallest deep distance (100,000 years).

Tick marks use a compact form of the same distances (see `ago_label`): "65 Ma", "500 ka",
"13.8 Ga", "0", "in 1 Gyr"; "Ma" is a million years ago, "Myr" a million years as a length.

Every function takes a `lang` code ("en" by default); other languages are written from CLDR
data by `time/locale_format.py` ("2019년 10월 14일 월요일", "138억 년 전").
"""

from __future__ import annotations

from timeline_app.time.calendar import CLOCK_UNITS, MS_PER_DAY, Fields
from timeline_app.time.offset_text import offset_suffix
from timeline_app.time.value import Precision, TimeValue

MONTHS = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_SHORT = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

DASH = " \u2013 "  # an en dash with spaces: "1939 – 1945"

# Years at or before this astronomical year are shown as "... years ago" (the TimelineJS
# importer maps years with the same boundary, so do not move it alone).
DEEP_TIME_YEAR = -100_000
# Years at or after this one are shown as "in ... years".
DEEP_FUTURE_YEAR = 100_000

# (size, long word, compact past symbol, compact future symbol), biggest first.
_AGO_UNITS = (
    (1_000_000_000, "billion", "Ga", "Gyr"),
    (1_000_000, "million", "Ma", "Myr"),
    (1_000, "thousand", "ka", "kyr"),
)


def _locale_format():
    """time/locale_format.py, imported on first use: English never loads babel's CLDR data."""
    from timeline_app.time import locale_format

    return locale_format


def is_deep_year(year: int) -> bool:
    """Is this astronomical year written as a distance ("65 million years ago") rather than a year?"""
    return year <= DEEP_TIME_YEAR or year >= DEEP_FUTURE_YEAR


def year_label(year: int, lang: str = "en") -> str:
    """An astronomical year for people: "2019", "12,345", "1 BCE" (year 0), "10,000 BCE", "65 million years ago".

    Years after 0 are shown as written, with thousands separators from 10,000 on. Years 0 to
    -99,999 are BCE (year 0 is 1 BCE, -499 is 500 BCE). Deep years (see the module docstring)
    are exact distances from year 0, abbreviated: "250,000 years ago", "65 million years ago",
    "13.8 billion years ago", "in 250,000 years", "in 1 billion years".
    """
    if lang != "en":
        return _locale_format().year_text(year, lang)
    if is_deep_year(year):
        return ago_label(-year)
    if year >= 1:
        return str(year) if year < 10_000 else f"{year:,}"
    bce = 1 - year
    return f"{bce} BCE" if bce < 10_000 else f"{bce:,} BCE"


def _ago_parts(years_ago: int) -> tuple[str, str]:
    """The number and the unit word of a long distance: 65_000_000 -> ("65", "million years")."""
    n = abs(years_ago)
    for size, word, _past, _future in _AGO_UNITS[:2]:  # "250,000 years", not "250 thousand years"
        if n >= size:
            return _scaled(n, size), f"{word} years"
    return f"{n:,}", "year" if n == 1 else "years"


def ago_label(years_ago: int, compact: bool = False, lang: str = "en") -> str:
    """A distance from year 0, exact: 65_000_000 -> "65 million years ago", -10**9 -> "in 1 billion years".

    Negative distances are in the future. `compact` is the tick-mark form: "65 Ma", "2.5 Ma",
    "500 ka", "13.8 Ga", "in 1 Gyr", and "0" for year 0 itself; as many decimals as the number
    needs, never rounded.
    """
    if lang != "en":
        return _locale_format().ago_text(years_ago, lang)
    n = abs(years_ago)
    if compact:
        for size, _word, past, future in _AGO_UNITS:
            if n >= size:
                number = _scaled(n, size)
                return f"{number} {past}" if years_ago > 0 else f"in {number} {future}"
        if n == 0:
            return "0"
    number, unit = _ago_parts(years_ago)
    return f"{number} {unit} ago" if years_ago >= 0 else f"in {number} {unit}"


def years_text(n: int, lang: str = "en") -> str:
    """A number of years for people: "50 years", "250,000 years", "1.5 million years"."""
    if lang != "en":
        return _locale_format().years_text(n, lang)
    number, unit = _ago_parts(n)
    return f"{number} {unit}"


def _scaled(n: int, unit: int) -> str:
    """n / unit as exact decimal text without trailing zeros: 13_800_000_000 / 10**9 -> "13.8"."""
    whole, rest = divmod(n, unit)
    if rest == 0:
        return f"{whole:,}"
    digits = len(str(unit)) - 1
    return f"{whole:,}.{rest:0{digits}d}".rstrip("0")


def _deep_year_range(a: int, b: int) -> str | None:
    """Two deep years in the same unit and direction, said once: "538.8 \u2013 251.902 million years ago"."""
    if not (is_deep_year(a) and is_deep_year(b)) or (a < 0) != (b < 0):
        return None
    (na, unit_a), (nb, unit_b) = _ago_parts(-a), _ago_parts(-b)
    if unit_a != unit_b:
        return None
    return f"{na}{DASH}{nb} {unit_a} ago" if a < 0 else f"in {na}{DASH}{nb} {unit_a}"


def _day_text(f: Fields) -> str:
    return f"{WEEKDAYS[f.weekday]} {f.day} {MONTHS[f.month]} {year_label(f.year)}"


def _clock_text(f: Fields, precision: Precision) -> str:
    text = f"{f.hour:02d}:{f.minute:02d}"
    if precision is Precision.SECOND:
        text += f":{f.second:02d}"
    elif precision is Precision.MILLISECOND:
        text += f":{f.second:02d}.{f.millisecond:03d}"
    return text


def format_date(v: TimeValue, lang: str = "en") -> str:
    """A time value at its own precision: "October 2019", "Monday 14 October 2019, 15:00 (UTC+09:00)"."""
    if lang != "en":
        return _locale_format().date_text(v, lang)
    f = v.local_fields
    p = v.precision
    if p is Precision.YEAR:
        return year_label(f.year)
    if p is Precision.MONTH:
        return f"{MONTHS[f.month]} {year_label(f.year)}"
    if p is Precision.DAY:
        return _day_text(f)
    return f"{_day_text(f)}, {_clock_text(f, p)}{offset_suffix(v)}"


def format_range(start: TimeValue, end: TimeValue | None, lang: str = "en") -> str:
    """A range with an inclusive end, eliding what both sides share: "Thursday 5 – Saturday 7 December 2019"."""
    if lang != "en":
        return _locale_format().range_text(start, end, lang)
    if end is None or end == start:
        return format_date(start)
    p = start.precision
    if end.precision is not p:
        return format_date(start) + DASH + format_date(end)
    a, b = start.local_fields, end.local_fields
    if p is Precision.YEAR:
        return _deep_year_range(a.year, b.year) or year_label(a.year) + DASH + year_label(b.year)
    same_year = a.year == b.year
    if p is Precision.MONTH:
        if same_year:
            return f"{MONTHS[a.month]}{DASH}{MONTHS[b.month]} {year_label(b.year)}"
        return format_date(start) + DASH + format_date(end)
    if p is Precision.DAY:
        if same_year and a.month == b.month:
            return f"{WEEKDAYS[a.weekday]} {a.day}{DASH}{_day_text(b)}"
        if same_year:
            return f"{WEEKDAYS[a.weekday]} {a.day} {MONTHS[a.month]}{DASH}{_day_text(b)}"
        return _day_text(a) + DASH + _day_text(b)
    # Clock times: one date when both are on the same day in the same written offset.
    if start.offset_minutes == end.offset_minutes and (a.year, a.month, a.day) == (b.year, b.month, b.day):
        return f"{_day_text(a)}, {_clock_text(a, p)}{DASH}{_clock_text(b, p)}{offset_suffix(end)}"
    return format_date(start) + DASH + format_date(end)


def _plural(n: int, unit: str) -> str:
    return f"{n:,} {unit}" if n == 1 else f"{n:,} {unit}s"


def format_length(start: TimeValue, end: TimeValue | None, lang: str = "en") -> str | None:
    """How long a range lasts ("3 days" for 2019-12-05..2019-12-07), or None for a single unit.

    Years, months and days count whole units with the end included, in the coarser of the two
    precisions. Clock times are instants, so 15:00..17:30 lasts "2 hours 30 minutes" (the two
    biggest units are shown).
    """
    if lang != "en":
        return _locale_format().length_text(start, end, lang)
    if end is None:
        return None
    p = start.precision if start.precision.coarser_than(end.precision) else end.precision
    if p.finer_than(Precision.DAY):
        return _clock_length(end.ms - start.ms)
    a, b = start.local_fields, end.local_fields
    if p is Precision.YEAR:
        n, unit = b.year - a.year + 1, "year"
        if n >= 1_000_000:
            return years_text(n)
    elif p is Precision.MONTH:
        n, unit = (b.year * 12 + b.month) - (a.year * 12 + a.month) + 1, "month"
    else:
        n, unit = (end.local_ms // MS_PER_DAY) - (start.local_ms // MS_PER_DAY) + 1, "day"
    return _plural(n, unit) if n > 1 else None


def _clock_length(ms: int) -> str | None:
    if ms <= 0:
        return None
    parts = []
    for size, unit in CLOCK_UNITS:
        n, ms = divmod(ms, size)
        if n or parts:
            if n:
                parts.append(_plural(n, unit))
            if len(parts) == 2 or (parts and not n):
                break
    return " ".join(parts)
