"""Time values on an unbounded proleptic Gregorian calendar: parsing, arithmetic, formatting."""

from timeline_app.time.calendar import (
    MS_PER_DAY,
    MS_PER_HOUR,
    MS_PER_MINUTE,
    MS_PER_SECOND,
    Fields,
    add_months,
    add_years,
    civil_from_days,
    days_from_civil,
    days_in_month,
    fields_from_ms,
    is_leap,
    ms_from_fields,
    weekday,
)
from timeline_app.time.format import format_date, format_length, format_range, year_label
from timeline_app.time.value import Precision, TimeParseError, TimeValue, parse_range, parse_time

__all__ = [
    "MS_PER_DAY",
    "MS_PER_HOUR",
    "MS_PER_MINUTE",
    "MS_PER_SECOND",
    "Fields",
    "Precision",
    "TimeParseError",
    "TimeValue",
    "add_months",
    "add_years",
    "civil_from_days",
    "days_from_civil",
    "days_in_month",
    "fields_from_ms",
    "format_date",
    "format_length",
    "format_range",
    "is_leap",
    "ms_from_fields",
    "parse_range",
    "parse_time",
    "weekday",
    "year_label",
]
