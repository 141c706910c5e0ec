"""TimelineJS date objects ({"year": 1969, "month": 7, ...}) to our ISO text, at the precision
written.

Years. TimelineJS hands `year` to JavaScript's Date (setFullYear), whose years are astronomical,
but it *displays* a negative year y as "|y| BCE" (src/js/language/Language.js: formatJSDate
writes Math.abs(y) when the locale has a negative-year suffix, and _applyEra appends "BCE"; the
English era_labels.negative_year.suffix is "BCE"). So an author who wrote -500 saw "500 BCE".
Our years are astronomical (500 BCE is -499), so a negative TimelineJS year y becomes y + 1.
Year 0 is shown by TimelineJS as "0"; it has no BCE/CE name and is read as 1 BCE, with a warning.
From 100,000 years back our app writes "N years ago" with N = -year (time/format.py,
DEEP_TIME_YEAR), as TimelineJS's BigDate does for cosmological years ("13.80 billion years
ago" for -13800000000, Language.formatBigYear), so those years are kept exactly as written.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from timeline_app.model.limits import MAX_ABS_YEAR
from timeline_app.model.load import shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem
from timeline_app.time import Precision, TimeValue, days_in_month, ms_from_fields
from timeline_app.time.historical_years import historical_to_astronomical

Where = Callable[[str], tuple[str, int | None]]  # a date part -> (path, line) of the problem

# TimelineJS date fields from coarse to fine, with the precision each one gives.
_FIELDS = (
    ("year", Precision.YEAR),
    ("month", Precision.MONTH),
    ("day", Precision.DAY),
    ("hour", Precision.MINUTE),
    ("minute", Precision.MINUTE),
    ("second", Precision.SECOND),
    ("millisecond", Precision.MILLISECOND),
)
_LIMITS = {"month": (1, 12), "hour": (0, 23), "minute": (0, 59), "second": (0, 59), "millisecond": (0, 999)}


def parse_int(value: Any) -> int | None:
    """A TimelineJS date part: a number or a numeric string; "" and null mean unset."""
    if value is None or isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != int(value):
            raise ValueError
        return int(value)
    if isinstance(value, str):
        text = re.sub(r"[\s,]", "", value)  # spreadsheets write "1,815" and " 05 "
        if text == "":
            return None
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
    raise ValueError


def convert_date(raw: Any, cosmological: bool, where: Where,
                 problems: list[Problem], warn: Callable[[str, str, int | None], None]) -> str | None:
    """A TimelineJS date object to our ISO text at the precision written, or None (problem noted)."""
    if not isinstance(raw, dict):
        path, line = where("")
        problems.append(Problem(path, QT_TRANSLATE_NOOP("problems", "must be an object like {\"year\": 1969, \"month\": 7}"), line=line))
        return None
    read = _read_parts(raw, where, problems)
    if read is None:
        return None
    parts, precision = read
    if "year" not in parts:
        path, line = where("year")
        problems.append(Problem(path, QT_TRANSLATE_NOOP("problems", "is required (a date needs at least a year)"), line=line))
        return None
    if cosmological and precision is not Precision.YEAR:
        path, line = where("")
        warn(path, QT_TRANSLATE_NOOP("problems", "the timeline is on the cosmological scale, where TimelineJS uses only "
                                                 "the year; the month, day and time are kept"), line)
    for name, (lo, hi) in _LIMITS.items():
        if name in parts and not lo <= parts[name] <= hi:
            path, line = where(name)
            problems.append(Problem(path, Message(QT_TRANSLATE_NOOP("problems", "{value} is out of range ({low} to {high})"),
                                                    value=parts[name], low=lo, high=hi), line=line))
            return None
    written_year = parts["year"]
    if abs(written_year) > MAX_ABS_YEAR:
        path, line = where("year")
        problems.append(Problem(path, Message(QT_TRANSLATE_NOOP("problems", "{year} is outside the supported span "
                                                                  "(years within 100 billion of year 0)"), year=shown(written_year)),
                                line=line))
        return None
    year = historical_to_astronomical(written_year)
    if written_year == 0:
        path, line = where("year")
        warn(path, QT_TRANSLATE_NOOP("problems", "year 0 has no BCE/CE name (TimelineJS shows \"0\"); read as 1 BCE"), line)
    month = parts.get("month", 1)
    day = parts.get("day", 1)
    if "day" in parts and not _day_exists(year, month, day, "month" in parts, where, problems):
        return None
    if precision.finer_than(Precision.DAY) and "day" not in parts:
        # A time without a day: TimelineJS fills in day 1 of the month (and January).
        path, line = where("day")
        warn(path, QT_TRANSLATE_NOOP("problems", "a time of day without a day; read as day 1, as TimelineJS does"), line)
    ms = ms_from_fields(year, month, day, parts.get("hour", 0), parts.get("minute", 0),
                        parts.get("second", 0), parts.get("millisecond", 0))
    return TimeValue(ms, precision).to_iso()


def _read_parts(raw: dict, where: Where, problems: list[Problem]) -> tuple[dict[str, int], Precision] | None:
    """The date parts that are set, and the precision of the finest; None when one is not a number."""
    parts: dict[str, int] = {}
    precision = None
    for name, prec in _FIELDS:
        if name not in raw:
            continue
        try:
            value = parse_int(raw[name])
        except ValueError:
            path, line = where(name)
            problems.append(Problem(path, Message(QT_TRANSLATE_NOOP("problems", "{value} is not a whole number"), value=shown(raw[name])), line=line))
            return None
        if value is None:
            continue
        parts[name] = value
        precision = prec
    return parts, precision


def _day_exists(year: int, month: int, day: int, has_month: bool, where: Where, problems: list[Problem]) -> bool:
    if not has_month:
        path, line = where("month")
        problems.append(Problem(path, QT_TRANSLATE_NOOP("problems", "is required when a day is given"), line=line))
        return False
    if not 1 <= day <= days_in_month(year, month):
        path, line = where("day")
        problems.append(Problem(path, Message(QT_TRANSLATE_NOOP("problems", "{day} does not exist in that month, which has {days} days"),
                                                    day=day, days=days_in_month(year, month)), line=line))
        return False
    return True


def has_year(raw: dict) -> bool:
    try:
        return parse_int(raw.get("year")) is not None
    except ValueError:
        return True  # let the date conversion report it


def same_date(a: Any, b: Any) -> bool:
    """TimelineJS drops an end_date equal to the start_date, part by part ("05" == 5)."""
    if not isinstance(a, dict) or not isinstance(b, dict):
        return False
    for key in set(a) | set(b):
        if key == "display_date":
            continue
        try:
            if parse_int(a.get(key)) != parse_int(b.get(key)):
                return False
        except ValueError:
            if a.get(key) != b.get(key):
                return False
    return True
