"""Proleptic Gregorian calendar arithmetic on integer milliseconds since 1970-01-01T00:00Z.

Years are astronomical (year 0 = 1 BCE) and unbounded: everything is Python ints and floor
division, so the same code serves 2019, 500 BCE and 13.8 billion years ago. Python's
`datetime` is not used because it stops at year 1.
"""

from __future__ import annotations

from typing import NamedTuple

MS_PER_SECOND = 1000
MS_PER_MINUTE = 60 * MS_PER_SECOND
MS_PER_HOUR = 60 * MS_PER_MINUTE
MS_PER_DAY = 24 * MS_PER_HOUR
# A duration's clock units, largest first ("3 days 4 hours"), in every language's wording.
CLOCK_UNITS = (
    (MS_PER_DAY, "day"),
    (MS_PER_HOUR, "hour"),
    (MS_PER_MINUTE, "minute"),
    (MS_PER_SECOND, "second"),
    (1, "millisecond"),
)

# Days in each month of a common year; index 0 is unused so months index directly.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class Fields(NamedTuple):
    """The calendar fields of one UTC instant; weekday 0 is Monday."""

    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    millisecond: int
    weekday: int


def is_leap(year: int) -> bool:
    """True for Gregorian leap years (year 0 is one, 1900 is not, 2000 is)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Length of `month` (1-12) in `year`."""
    if month == 2 and is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a date (Howard Hinnant's algorithm, any int year)."""
    # Count years from March so the leap day is the last day of the "year".
    y = year - 1 if month <= 2 else year
    era = y // 400  # floor division makes negative years work without special cases
    yoe = y - era * 400
    doy = (153 * (month - 3 if month > 2 else month + 9) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """(year, month, day) of a day number counted from 1970-01-01."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (month <= 2), month, day


def weekday(days: int) -> int:
    """Day of the week of a day number: 0 is Monday (1970-01-01 was a Thursday)."""
    return (days + 3) % 7


def ms_from_fields(
    year: int,
    month: int = 1,
    day: int = 1,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    millisecond: int = 0,
) -> int:
    """The UTC instant of the given calendar fields (not range-checked)."""
    return (
        days_from_civil(year, month, day) * MS_PER_DAY
        + hour * MS_PER_HOUR
        + minute * MS_PER_MINUTE
        + second * MS_PER_SECOND
        + millisecond
    )


def fields_from_ms(ms: int) -> Fields:
    """The calendar fields of a UTC instant."""
    days, rest = divmod(ms, MS_PER_DAY)
    year, month, day = civil_from_days(days)
    hour, rest = divmod(rest, MS_PER_HOUR)
    minute, rest = divmod(rest, MS_PER_MINUTE)
    second, millisecond = divmod(rest, MS_PER_SECOND)
    return Fields(year, month, day, hour, minute, second, millisecond, (days + 3) % 7)


def add_months(ms: int, n: int) -> int:
    """`ms` moved by `n` calendar months, keeping the time of day; the day is clamped (Jan 31 + 1 = Feb 28/29)."""
    days, time_of_day = divmod(ms, MS_PER_DAY)
    year, month, day = civil_from_days(days)
    year, month0 = divmod(year * 12 + month - 1 + n, 12)
    month = month0 + 1
    day = min(day, days_in_month(year, month))
    return days_from_civil(year, month, day) * MS_PER_DAY + time_of_day


def add_years(ms: int, n: int) -> int:
    """`ms` moved by `n` calendar years, keeping the time of day; Feb 29 becomes Feb 28 in common years."""
    days, time_of_day = divmod(ms, MS_PER_DAY)
    year, month, day = civil_from_days(days)
    year += n
    day = min(day, days_in_month(year, month))
    return days_from_civil(year, month, day) * MS_PER_DAY + time_of_day
