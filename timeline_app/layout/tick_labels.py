"""What a tick says: the minor row's short labels and the major row's context labels.

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

from timeline_app.layout.ladder import DAY, DEEP_RUNG, HOUR, MINUTE, MONTH, MS, SECOND, WEEK, YEAR, Rung, floor
from timeline_app.time.calendar import MS_PER_DAY, civil_from_days, fields_from_ms
from timeline_app.time.format import MONTHS, MONTHS_SHORT, WEEKDAYS_SHORT, ago_label, is_deep_year, year_label


def _locale_format():
    """time/locale_format.py, imported on first use: English never loads babel's CLDR data."""
    from timeline_app.time import locale_format

    return locale_format


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
    if unit == YEAR:
        return _year_tick_label(rung, civil_from_days(ms // MS_PER_DAY)[0], lang)
    f = fields_from_ms(ms)
    if f.millisecond:
        return f".{f.millisecond:03d}"
    if f.second:
        return f"{_time(f)}:{f.second:02d}"
    if f.hour or f.minute:
        return _time(f)
    if f.day != 1:
        if unit == DAY:
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
    if unit == YEAR:
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
    if unit == MONTH:
        return f"{MONTHS[f.month]} {year_label(f.year)}"
    if unit in (DAY, WEEK):
        return f"{WEEKDAYS_SHORT[f.weekday]} {_date(f)}"
    if unit in (HOUR, MINUTE):
        return f"{_date(f)}, {_time(f)}"
    if unit == SECOND:
        return f"{_date(f)}, {_time(f)}:{f.second:02d}"
    return f"{_date(f)}, {_time(f)}:{f.second:02d}.{f.millisecond:03d}"


def _major_label_locale(unit: str, f, lang: str) -> str:
    """major_label's calendar forms in another language, from CLDR skeletons: "2019년 10월"."""
    if unit == MONTH:
        return _locale_format().skeleton_text("yMMMM", f, lang)
    if unit in (DAY, WEEK):
        return _locale_format().skeleton_text("yMMMEd", f, lang)
    clock = _time(f)
    if unit == SECOND:
        clock += f":{f.second:02d}"
    elif unit == MS:
        clock += f":{f.second:02d}.{f.millisecond:03d}"
    return f"{_date(f, lang)} {clock}"


def minor_label_under(rung: Rung, major: Rung | None, ms: int, lang: str = "en") -> str:
    """The minor-row label of a tick when the row above is `major`: a tick on a boundary of
    the major row does not repeat what that row says there ("Jan" under "2020", "1" under
    "October 2019", "00:00" under "Mon 14 Oct 2019"), it names its own unit."""
    text = minor_label(rung, ms, lang)
    if major is None or rung.unit == YEAR or floor(major, ms) != ms:
        return text
    f = fields_from_ms(ms)
    unit = rung.unit
    if unit == MONTH:
        return _month_short(f, lang)
    if unit == DAY:
        return str(f.day) if lang == "en" else _locale_format().skeleton_text("d", f, lang)
    if unit == WEEK:
        return _day_month(f, lang)
    if unit in (HOUR, MINUTE):
        return _time(f)
    if unit == SECOND:
        return f":{f.second:02d}"
    return f".{f.millisecond:03d}"


def major_label_forms(rung: Rung, ms: int, lang: str = "en") -> tuple[str, ...]:
    """The context label of a major tick, longest first, then shorter forms for a label that
    must fit the part of its period left at an edge of the view ("September 2019", "Sep 2019", "Sep")."""
    full = major_label(rung, ms, lang)
    unit = rung.unit
    f = fields_from_ms(ms)
    if lang != "en" and unit in (MONTH, DAY, WEEK, HOUR, MINUTE):
        if unit == MONTH:
            short = _locale_format().skeleton_text("yMMM", f, lang)
            forms = (full, short, _month_short(f, lang))
        elif unit in (DAY, WEEK):
            forms = (full, _date(f, lang), _day_month(f, lang))
        else:
            forms = (full, f"{_day_month(f, lang)} {_time(f)}", _time(f))
        return tuple(dict.fromkeys(forms))  # Korean "2019년 10월" is both the long and the short form
    if unit == MONTH:
        return (full, f"{MONTHS_SHORT[f.month]} {year_label(f.year)}", MONTHS_SHORT[f.month])
    if unit in (DAY, WEEK):
        return (full, _date(f), f"{f.day} {MONTHS_SHORT[f.month]}")
    if unit in (HOUR, MINUTE):
        return (full, f"{f.day} {MONTHS_SHORT[f.month]}, {_time(f)}", _time(f))
    if unit == SECOND:
        return (full, f"{_time(f)}:{f.second:02d}")
    return (full,)
