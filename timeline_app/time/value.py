"""TimeValue: an instant with the precision it was written in, and its ISO 8601 parser."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

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
)


class Precision(str, Enum):
    """How much of a time was written; orders from coarse to fine (YEAR < MONTH < ... < MILLISECOND)."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"
    MILLISECOND = "millisecond"

    @property
    def rank(self) -> int:
        """0 for YEAR up to 5 for MILLISECOND: bigger is finer."""
        return _RANK[self]

    def finer_than(self, other: Precision) -> bool:
        return _RANK[self] > _RANK[other]

    def coarser_than(self, other: Precision) -> bool:
        return _RANK[self] < _RANK[other]

    # str's own comparisons would order by spelling ("day" < "minute" < "month"); order by fineness.
    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Precision):
            return NotImplemented
        return _RANK[self] < _RANK[other]

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Precision):
            return NotImplemented
        return _RANK[self] <= _RANK[other]

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Precision):
            return NotImplemented
        return _RANK[self] > _RANK[other]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Precision):
            return NotImplemented
        return _RANK[self] >= _RANK[other]


_RANK = {p: i for i, p in enumerate(Precision)}

_YEAR, _MONTH, _DAY = Precision.YEAR, Precision.MONTH, Precision.DAY
_MINUTE, _SECOND, _MILLISECOND = Precision.MINUTE, Precision.SECOND, Precision.MILLISECOND

# Length of the units that have a fixed length; years and months use calendar arithmetic.
_FIXED_LENGTH = {_DAY: MS_PER_DAY, _MINUTE: MS_PER_MINUTE, _SECOND: MS_PER_SECOND, _MILLISECOND: 1}


@dataclass(frozen=True, slots=True)
class TimeValue:
    """The UTC start of the unit that was written, its precision, and the written UTC offset."""

    ms: int
    precision: Precision
    offset_minutes: int | None = None

    @property
    def end_ms(self) -> int:
        """Exclusive end of the written unit ("2019-10" ends at the start of 2019-11-01)."""
        p = self.precision
        if p is _YEAR:
            return add_years(self.ms, 1)
        if p is _MONTH:
            return add_months(self.ms, 1)
        return self.ms + _FIXED_LENGTH[p]

    @property
    def local_ms(self) -> int:
        """The instant shifted into the written offset: its fields are the wall-clock fields."""
        return self.ms + (self.offset_minutes or 0) * MS_PER_MINUTE

    @property
    def local_fields(self) -> Fields:
        """Calendar fields as written (in the written UTC offset)."""
        return fields_from_ms(self.local_ms)

    @property
    def year(self) -> int:
        """The astronomical year as written."""
        return civil_from_days(self.local_ms // MS_PER_DAY)[0]

    def to_iso(self) -> str:
        """ISO 8601 text of exactly this precision; parse_time(v.to_iso()) == v."""
        f = self.local_fields
        y = f.year
        text = f"{y:04d}" if 0 <= y <= 9999 else f"{y:+05d}"
        p = self.precision
        if p is _YEAR:
            return text
        text += f"-{f.month:02d}"
        if p is _MONTH:
            return text
        text += f"-{f.day:02d}"
        if p is _DAY:
            return text
        text += f"T{f.hour:02d}:{f.minute:02d}"
        if p is _SECOND:
            text += f":{f.second:02d}"
        elif p is _MILLISECOND:
            text += f":{f.second:02d}.{f.millisecond:03d}"
        off = self.offset_minutes
        if off is not None:
            if off == 0:
                text += "Z"
            else:
                h, m = divmod(abs(off), 60)
                text += f"{'-' if off < 0 else '+'}{h:02d}:{m:02d}"
        return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 -- the name pyside6-lupdate looks for
    """Marks a message template for translation; the model's Problem says it in the reader's language
    (model/problems.py), and this layer stays free of Qt and of the layers above it."""
    return text


class TimeParseError(ValueError):
    """Text that is not a date we accept; str() is one sentence quoting the text. The sentence is
    also kept as its template and values, so that a Problem can say it in another language."""

    def __init__(self, template: str, values: dict | None = None, **params) -> None:
        params = {**(values or {}), **params}
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


# One precompiled pattern for every accepted shape; ASCII so other scripts' digits don't match.
# A bare year is exactly 4 digits; a signed year is 4 or more (ISO 8601 expanded years).
_PATTERN = re.compile(
    r"(?:([+-])(\d{4,})|(\d{4}))"
    r"(?:-(\d\d)"
    r"(?:-(\d\d)"
    r"(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?"
    r"(?:(Z)|([+-])(\d\d):?(\d\d))?"
    r")?)?)?",
    re.ASCII,
)
_fullmatch = _PATTERN.fullmatch
_FRACTION_SCALE = (0, 100, 10, 1)  # ".5" is 500 ms, ".25" is 250 ms


# The supported span: 100 billion years either side of year 0 (the Big Bang is 13.8 billion
# years back). Beyond it, labels and drawing would lose meaning and floats their precision.
MAX_ABS_YEAR = 100_000_000_000
_MAX_YEAR_DIGITS = len(str(MAX_ABS_YEAR))
_NO_HOUR = QT_TRANSLATE_NOOP("problems", '"{text}" is not a time (hour {hour} does not exist; hours run 00 to 23)')
_NO_MINUTE = QT_TRANSLATE_NOOP("problems", '"{text}" is not a time (minute {minute} does not exist; minutes run 00 to 59)')
_NO_SECOND = QT_TRANSLATE_NOOP("problems", '"{text}" is not a time (second {second} does not exist; seconds run 00 to 59)')
_NO_OFFSET = QT_TRANSLATE_NOOP("problems", '"{text}" is not a time (the UTC offset {offset} does not exist)')
_NOT_TEXT = QT_TRANSLATE_NOOP("problems", "{text!r} is not a date (expected text, got {kind})")
_OUTSIDE = QT_TRANSLATE_NOOP("problems", "{q} is outside the supported span (years within 100 billion of year 0)")


def parse_time(text: str) -> TimeValue:
    """Parse ISO 8601 text ("2019", "2019-10", "2019-10-14T15:00+09:00", "-0500", "-13800000000")."""
    try:
        m = _fullmatch(text)
    except TypeError:
        raise TimeParseError(_NOT_TEXT, text=text, kind=type(text).__name__) from None
    if m is None:
        raise TimeParseError(*_why_not(text))
    sign, big_year, year4, month, day, hour, minute, second, frac, zulu, osign, oh, om = m.groups()
    if big_year is None:
        year = int(year4)
    else:
        if len(big_year.lstrip("0")) > _MAX_YEAR_DIGITS:
            raise TimeParseError(_OUTSIDE, q=_quote(text))
        year = -int(big_year) if sign == "-" else int(big_year)
        if abs(year) > MAX_ABS_YEAR:
            raise TimeParseError(_OUTSIDE, q=_quote(text))
    if month is None:
        return TimeValue(days_from_civil(year, 1, 1) * MS_PER_DAY, _YEAR)
    mo = int(month)
    if not 1 <= mo <= 12:
        raise TimeParseError(QT_TRANSLATE_NOOP("problems", '"{text}" is not a date (month {month} does not exist)'), text=text, month=mo)
    if day is None:
        return TimeValue(days_from_civil(year, mo, 1) * MS_PER_DAY, _MONTH)
    d = int(day)
    if not 1 <= d <= days_in_month(year, mo):
        raise TimeParseError(*_bad_day(text, year, mo, d))
    days_ms = days_from_civil(year, mo, d) * MS_PER_DAY
    if hour is None:
        return TimeValue(days_ms, _DAY)
    h, mi = int(hour), int(minute)
    if h > 23:
        raise TimeParseError(_NO_HOUR, text=text, hour=h)
    if mi > 59:
        raise TimeParseError(_NO_MINUTE, text=text, minute=mi)
    ms = days_ms + h * MS_PER_HOUR + mi * MS_PER_MINUTE
    if second is None:
        precision = _MINUTE
    else:
        s = int(second)
        if s > 59:
            raise TimeParseError(_NO_SECOND, text=text, second=s)
        ms += s * MS_PER_SECOND
        if frac is None:
            precision = _SECOND
        else:
            ms += int(frac) * _FRACTION_SCALE[len(frac)]
            precision = _MILLISECOND
    if zulu is not None:
        return TimeValue(ms, precision, 0)
    if osign is None:
        return TimeValue(ms, precision)
    off_h, off_m = int(oh), int(om)
    if off_h > 23 or off_m > 59:
        raise TimeParseError(_NO_OFFSET, text=text, offset=f"{osign}{oh}:{om}")
    offset = off_h * 60 + off_m
    if osign == "-":
        offset = -offset
    # The text is local time at `offset`; the stored instant is UTC.
    return TimeValue(ms - offset * MS_PER_MINUTE, precision, offset)


def parse_range(start: str | None, end: str | None) -> tuple[int | None, int | None]:
    """A from-to range as (start ms, exclusive end ms); `end` names the last unit included
    ("2019-10" runs to the end of October). Blank sides are None; TimeParseError for a bad
    date or an end that is not after the start."""
    start, end = (start or "").strip(), (end or "").strip()
    lo = parse_time(start).ms if start else None
    hi = parse_time(end).end_ms if end else None
    if lo is not None and hi is not None and hi <= lo:
        raise TimeParseError(QT_TRANSLATE_NOOP("problems", "{end} is not after {start}"), end=_quote(end), start=_quote(start))
    return lo, hi


def _quote(text: str) -> str:
    # A whole file pasted into a date field should not become a whole-file error message.
    return f'"{text}"' if len(text) <= 60 else f'"{text[:57]}..."'


def _bad_day(text: str, year: int, month: int, day: int) -> tuple[str, dict]:
    if month == 2 and day == 29:
        return QT_TRANSLATE_NOOP("problems", '"{text}" is not a date ({year} is not a leap year, so February has 28 '
                                 "days)"), {"text": text, "year": year}
    return QT_TRANSLATE_NOOP("problems", '"{text}" is not a date (day {day} does not exist in that month, which has '
                             "{days} days)"), {"text": text, "day": day, "days": days_in_month(year, month)}


_SHAPES = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss[.sss]] with an optional Z or +hh:mm'


def _why_not(text: str) -> tuple[str, dict]:
    """Why `text` did not match, as a template and its values; only runs on failure, so speed is no concern."""
    said = {"q": _quote(text)}
    if text == "":
        return QT_TRANSLATE_NOOP("problems", '"" is not a date (the text is empty)'), said
    if text.strip() == "":
        return QT_TRANSLATE_NOOP("problems", "{q} is not a date (it is only spaces)"), said
    if text != text.strip():
        return QT_TRANSLATE_NOOP("problems", "{q} is not a date (remove the spaces around it)"), said
    head = re.match(r"(\d+)(?=-|$)", text, re.ASCII)
    if head and len(head.group(1)) > 4:
        return QT_TRANSLATE_NOOP("problems", "{q} is not a date (years after 9999 need a sign, as in +{digits})"), \
            {**said, "digits": head.group(1)}
    if head and len(head.group(1)) < 4:
        return QT_TRANSLATE_NOOP("problems", "{q} is not a date (write the year with 4 digits, as in {year:04d})"), \
            {**said, "year": int(head.group(1))}
    if re.fullmatch(r"[+-]\d{1,3}(?:-.*)?", text, re.ASCII):
        return QT_TRANSLATE_NOOP("problems", "{q} is not a date (a signed year needs at least 4 digits, as in -0500)"), said
    if re.fullmatch(r"[+-]?\d{4,}-\d\d-\d\d \d.*", text, re.ASCII):
        return QT_TRANSLATE_NOOP("problems", "{q} is not a date (separate the date and the time with T, as in 2019-10-14T15:00)"), said
    return QT_TRANSLATE_NOOP("problems", "{q} is not a date (expected {shapes})"), {**said, "shapes": _SHAPES}
