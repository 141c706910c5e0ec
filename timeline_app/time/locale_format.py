"""Time values as text in a language other than English, from CLDR data (babel); no Qt.

English keeps its own hand-tuned forms in `time/format.py`, which call in here for any other
language. Everything comes from CLDR patterns, names and interval formats; babel's own
`format_date` is not used because it needs a `datetime.date`, and our values run to 13.8 billion
years ago: a small interpreter fills CLDR patterns from our calendar `Fields` instead.

The only words not in CLDR are the deep-time phrases ("138억 년 전") and decades ("2010년대"),
kept in `_PHRASES` below, keyed by language.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import get_date_format, get_time_format, tokenize_pattern
from babel.numbers import format_compact_decimal, format_decimal
from babel.units import format_unit

from timeline_app.time.offset_text import offset_suffix  # "(UTC+09:00)" reads the same in every language
from timeline_app.time.calendar import CLOCK_UNITS, MS_PER_DAY, Fields
from timeline_app.time.value import Precision, TimeValue

# Phrases CLDR does not have. "{n}" is a number already written in the locale's digits.
_PHRASES = {
    "ko": {"ago": "{n} 년 전", "in": "{n} 년 후", "years": "{n} 년", "decade": "{n}년대"},
}
_ENGLISH_PHRASES = {"ago": "{n} years ago", "in": "in {n} years", "years": "{n} years", "decade": "{n}s"}

DEEP_TIME_YEAR = -100_000  # the same bounds as time/format.py
DEEP_FUTURE_YEAR = 100_000


@lru_cache(maxsize=16)
def locale_of(lang: str) -> Locale:
    """The CLDR locale of a language code; English for a code CLDR does not know."""
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def _phrase(lang: str, key: str, n: str) -> str:
    return _PHRASES.get(lang, _ENGLISH_PHRASES).get(key, _ENGLISH_PHRASES[key]).format(n=n)


def number_text(n: int, lang: str) -> str:
    """A whole number with the locale's grouping: 12345 -> "12,345" (ko), "12 345" (fr)."""
    return format_decimal(n, locale=locale_of(lang))


def first_weekday(lang: str) -> int:
    """The first day of the week in the locale, 0 = Monday ... 6 = Sunday."""
    loc = locale_of(lang)
    if not loc.territory:  # "ko" alone has no week data: take the language's likely country (KR)
        loc = Locale.parse(get_global("likely_subtags").get(loc.language, loc.language))
    return loc.first_week_day


# -- deep time ---------------------------------------------------------------------------------

def _compact(n: int, lang: str) -> str:
    """n in the locale's compact decimal form, exact: 13_800_000_000 -> "138억", 251_902_000 -> "2.51902억"."""
    loc = locale_of(lang)
    formats = loc.compact_decimal_formats["short"]["other"]  # by plural form, then by size
    size = max((int(k) for k in formats if int(k) <= n), default=0)
    if size == 0:
        return format_decimal(n, locale=loc)
    zeros = formats[str(size)].pattern.count("0")
    divisor = size // 10 ** (zeros - 1) if zeros else 1
    if n % divisor and _counts_in_myriads(formats) and n >= 10_000:
        # Korean, Japanese and Chinese name every fourth power of ten: 137억 9963만, not 137.9963억.
        head = format_compact_decimal(n - n % divisor, locale=loc)
        return f"{head} {_compact(n % divisor, lang)}"
    exact = Decimal(n) / Decimal(divisor)
    digits = max(0, -exact.normalize().as_tuple().exponent)
    return format_compact_decimal(n, locale=loc, fraction_digits=digits)


def _counts_in_myriads(formats) -> bool:
    """Does the locale have a word of its own for 10,000 ("0만"), rather than "10K"?"""
    pattern = formats.get("10000")
    return pattern is not None and pattern.pattern.count("0") == 1


def ago_text(years_ago: int, lang: str) -> str:
    """A distance from year 0: 13_800_000_000 -> "138억 년 전", -10**9 -> "10억 년 후"; 0 -> "0"."""
    if years_ago == 0:
        return number_text(0, lang)
    n = _compact(abs(years_ago), lang)
    return _phrase(lang, "ago" if years_ago > 0 else "in", n)


def years_text(n: int, lang: str) -> str:
    """A number of years: 50 -> "50년", 1_500_000 -> "150만 년"."""
    if n >= 100_000:
        return _phrase(lang, "years", _compact(n, lang))
    return format_unit(n, "duration-year", length="long", locale=locale_of(lang))


def unit_text(n: int, unit: str, lang: str) -> str:
    """A count of a calendar unit ("second", "day", "week", "month", "year", "ms"): 1 week -> "1주"."""
    if unit == "year":
        return years_text(n, lang)
    name = "millisecond" if unit == "ms" else unit
    return format_unit(n, f"duration-{name}", length="long", locale=locale_of(lang))


# -- CLDR patterns over our own calendar fields -------------------------------------------------

def _is_deep(year: int) -> bool:
    return year <= DEEP_TIME_YEAR or year >= DEEP_FUTURE_YEAR


def _year_number(year: int, lang: str) -> str:
    y = year if year >= 1 else 1 - year  # the era says which side of year 1 it is
    return str(y) if y < 10_000 else number_text(y, lang)


def _field(char: str, count: int, f: Fields, loc: Locale, lang: str) -> str:
    if char == "G":
        # The wide era name: Korean writes "기원전 500년", not the abbreviation "BC 500년".
        return loc.eras["wide"][0 if f.year < 1 else 1]
    if char in "yYu":
        return _year_number(f.year, lang)
    if char in "ML":
        if count <= 2:
            return f"{f.month:0{count}d}"
        names = loc.months["format" if char == "M" else "stand-alone"]
        return names["abbreviated" if count == 3 else "narrow" if count == 5 else "wide"][f.month]
    if char == "d":
        return f"{f.day:0{count}d}"
    if char in "Ec":
        width = {4: "wide", 5: "narrow", 6: "short"}.get(count, "abbreviated")
        return loc.days["format" if char == "E" else "stand-alone"][width][f.weekday]
    if char == "H":
        return f"{f.hour:0{count}d}"
    if char == "h":
        return f"{(f.hour % 12) or 12:0{count}d}"
    if char == "m":
        return f"{f.minute:0{count}d}"
    if char == "s":
        return f"{f.second:0{count}d}"
    if char == "S":
        return f"{f.millisecond:03d}"[:count]
    if char in "aBb":
        return loc.day_periods["format"]["abbreviated"]["am" if f.hour < 12 else "pm"]
    return ""  # a field we never ask for (time zones, week numbers)


def pattern_text(pattern: str, f: Fields, lang: str) -> str:
    """Fill a CLDR date pattern ("y년 MMMM d일 EEEE") from calendar fields of any year."""
    loc = locale_of(lang)
    out = []
    for kind, value in tokenize_pattern(pattern):
        out.append(value if kind == "chars" else _field(value[0], value[1], f, loc, lang))
    return "".join(out)


def _skeleton_pattern(skeleton: str, loc: Locale, year: int) -> str:
    """The locale's pattern for a skeleton, with the era for years before 1 ("G y년 MMM")."""
    if year < 1 and "y" in skeleton:
        era = loc.datetime_skeletons.get("G" + skeleton)
        if era is not None:
            return str(era)
        base = loc.datetime_skeletons.get(skeleton)
        return "G " + str(base if base is not None else skeleton)
    base = loc.datetime_skeletons.get(skeleton)
    return str(base if base is not None else skeleton)


def skeleton_text(skeleton: str, f: Fields, lang: str) -> str:
    """Fields written with the locale's pattern for a CLDR skeleton: ("MMM", 14 Oct) -> "10월"."""
    if "y" in skeleton and _is_deep(f.year):
        rest = skeleton.replace("y", "")
        text = ago_text(-f.year, lang)
        return f"{skeleton_text(rest, f, lang)} {text}" if rest else text
    loc = locale_of(lang)
    return pattern_text(_skeleton_pattern(skeleton, loc, f.year), f, lang)


def year_text(year: int, lang: str) -> str:
    """An astronomical year: "2019년", "기원전 500년", "6500만 년 전"."""
    return skeleton_text("y", Fields(year, 1, 1, 0, 0, 0, 0, 0), lang)


def era_year_text(year: int, lang: str) -> str:
    """A year with its era always said: "서기 1년" for the tick that follows "기원전 1년"."""
    f = Fields(year, 1, 1, 0, 0, 0, 0, 0)
    pattern = locale_of(lang).datetime_skeletons.get("Gy")
    return pattern_text(str(pattern), f, lang) if pattern is not None else year_text(year, lang)


def decade_text(year: int, lang: str) -> str:
    """A decade or century of the common era by its first year: "2010년대"."""
    return _phrase(lang, "decade", _year_number(year, lang))


# -- dates and ranges ----------------------------------------------------------------------------

def _full_day(f: Fields, lang: str) -> str:
    loc = locale_of(lang)
    if f.year < 1 or _is_deep(f.year):
        return skeleton_text("yMMMEd", f, lang)
    return pattern_text(get_date_format("full", locale=loc).pattern, f, lang)


def _time_pattern(loc: Locale, precision: Precision) -> str:
    if precision is Precision.MINUTE:
        return get_time_format("short", locale=loc).pattern
    pattern = get_time_format("medium", locale=loc).pattern
    if precision is Precision.MILLISECOND:
        pattern = pattern.replace("ss", "ss.SSS")
    return pattern


def _date_time(day: str, time: str, loc: Locale) -> str:
    return str(loc.datetime_formats["medium"]).replace("{1}", day).replace("{0}", time)


def date_text(v: TimeValue, lang: str) -> str:
    """A time value at its own precision: "2019년 10월", "2019년 10월 14일 월요일 오후 3:00 (UTC+09:00)"."""
    f = v.local_fields
    p = v.precision
    if p is Precision.YEAR:
        return year_text(f.year, lang)
    if p is Precision.MONTH:
        return skeleton_text("yMMMM", f, lang)
    if p is Precision.DAY:
        return _full_day(f, lang)
    loc = locale_of(lang)
    time = pattern_text(_time_pattern(loc, p), f, lang)
    return _date_time(_full_day(f, lang), time, loc) + offset_suffix(v)


def _interval(skeleton: str, diff: str, a: Fields, b: Fields, lang: str) -> str | None:
    """CLDR's interval form of two dates that differ from field `diff` down: "2019년 12월 5일~7일"."""
    loc = locale_of(lang)
    if a.year < 1 or b.year < 1 or _is_deep(a.year) or _is_deep(b.year):
        return None
    forms = loc.interval_formats.get(skeleton)
    parts = forms.get(diff) if forms is not None else None
    if not parts:
        return None
    return pattern_text(parts[0], a, lang) + pattern_text(parts[1], b, lang)


def _fallback(a: str, b: str, lang: str) -> str:
    return str(locale_of(lang).interval_formats[None]).replace("{0}", a).replace("{1}", b)


def range_text(start: TimeValue, end: TimeValue | None, lang: str) -> str:
    """A range with an inclusive end, in the locale's interval forms: "2019년 12월 5일~7일"."""
    if end is None or end == start:
        return date_text(start, lang)
    p = start.precision
    whole = _fallback(date_text(start, lang), date_text(end, lang), lang)
    if end.precision is not p:
        return whole
    a, b = start.local_fields, end.local_fields
    if p is Precision.YEAR:
        if _is_deep(a.year) and _is_deep(b.year) and (a.year < 0) == (b.year < 0):
            ago = a.year < 0
            n = _fallback(_compact(abs(a.year), lang), _compact(abs(b.year), lang), lang)
            return _phrase(lang, "ago" if ago else "in", n)
        return _interval("y", "y", a, b, lang) or whole
    if p is Precision.MONTH:
        return _interval("yMMMM", "M" if a.year == b.year else "y", a, b, lang) or whole
    if p is Precision.DAY:
        diff = "y" if a.year != b.year else "M" if a.month != b.month else "d"
        return _interval("yMMMd", diff, a, b, lang) or whole
    if start.offset_minutes == end.offset_minutes and (a.year, a.month, a.day) == (b.year, b.month, b.day):
        loc = locale_of(lang)
        pattern = _time_pattern(loc, p)
        times = _fallback(pattern_text(pattern, a, lang), pattern_text(pattern, b, lang), lang)
        if p is Precision.MINUTE:
            skeleton = "hm" if "h" in pattern else "Hm"
            diff = "a" if "h" in pattern and (a.hour < 12) != (b.hour < 12) else "h" if a.hour != b.hour else "m"
            diff = diff.upper() if skeleton == "Hm" and diff == "h" else diff
            times = _interval(skeleton, diff, a, b, lang) or times
        return _date_time(_full_day(a, lang), times, loc) + offset_suffix(end)
    return whole


def length_text(start: TimeValue, end: TimeValue | None, lang: str) -> str | None:
    """How long a range lasts, counted as time/format.format_length counts it: "3일", "2시간 30분"."""
    if end is None:
        return None
    p = start.precision if start.precision.coarser_than(end.precision) else end.precision
    if p.finer_than(Precision.DAY):
        ms = end.ms - start.ms
        if ms <= 0:
            return None
        parts: list[str] = []
        for size, unit in CLOCK_UNITS:
            n, ms = divmod(ms, size)
            if n or parts:
                if n:
                    parts.append(unit_text(n, unit, lang))
                if len(parts) == 2 or (parts and not n):
                    break
        return " ".join(parts)
    a, b = start.local_fields, end.local_fields
    if p is Precision.YEAR:
        n, unit = b.year - a.year + 1, "year"
    elif p is Precision.MONTH:
        n, unit = (b.year * 12 + b.month) - (a.year * 12 + a.month) + 1, "month"
    else:
        n, unit = (end.local_ms // MS_PER_DAY) - (start.local_ms // MS_PER_DAY) + 1, "day"
    return unit_text(n, unit, lang) if n > 1 else None
