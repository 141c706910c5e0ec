"""What the overview strip draws, as plain data: event counts per column split by category,
the pixels of the coloured bars, and the ticks and labels of its small date axis.

Pure NumPy and tick arithmetic, no Qt, so it is tested without widgets. Counts stay exact:
each column's bar is as tall as before (its total, see density.bar_heights) and is split
from the bottom up in proportion to the events of each category starting in it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from timeline_app.layout.ladder import floor, in_locale, rung_for_spacing, ticks
from timeline_app.layout.records import DEFAULT_COLOR
from timeline_app.layout.tick_labels import minor_label
from timeline_app.time.calendar import fields_from_ms
from timeline_app.time.format import MONTHS_SHORT, year_label
from timeline_app.layout.density import column_counts


def _locale_format():
    """time/locale_format.py, imported on first use: English never loads babel's CLDR data."""
    from timeline_app.time import locale_format

    return locale_format


AXIS_LABEL_SPACING_PX = 80  # the axis labels are at least this far apart
NO_CATEGORY_COLOR = DEFAULT_COLOR  # the canvas's colour for an event with no category
STACK_MIN_PX = 10.0  # bars shorter than this are one colour, not split by category


def starts_by_category(category: np.ndarray, sorted_start_ms: np.ndarray, order: np.ndarray,
                       n_categories: int) -> list[np.ndarray]:
    """The sorted start times of each category's events; the last entry holds the events with
    none. From the table's start order (`order`, `sorted_start_ms`): a stable sort by category
    code alone keeps each category in time order (a radix sort for small codes)."""
    codes = np.where(category < 0, n_categories, category)[order]
    codes = codes.astype(np.int16 if n_categories < 32_000 else np.int32)
    by_code = np.argsort(codes, kind="stable")
    cuts = np.searchsorted(codes[by_code], np.arange(n_categories + 2))
    starts = sorted_start_ms[by_code]
    return [starts[cuts[c]:cuts[c + 1]] for c in range(n_categories + 1)]


def starts_after_edit(parent, starts: list[np.ndarray], table) -> list[np.ndarray] | None:
    """`starts` (starts_by_category of the table `parent`) for `table`, when `table` was made
    from `parent` by row edits (model/lineage.py): each start taken out leaves its category's
    times and each one put in joins its category's (only the times matter to the counts).
    None when `table` was made otherwise, or its categories changed."""
    edit = table.derived_from
    found = edit.since(lambda t: t is parent) if edit is not None else None
    if found is None or parent.category_ids != table.category_ids:
        return None
    n = len(starts) - 1  # the last entry: events with no category
    out = list(starts)
    for step in found[1]:
        if step.kind == "same_rows":
            return None
        if step.kind in ("replace", "remove"):
            old = n if step.old_code < 0 else step.old_code
            k = int(np.searchsorted(out[old], step.old_start_ms))
            if k >= out[old].size or out[old][k] != step.old_start_ms:
                return None  # not the starts of `parent` after all
            out[old] = np.delete(out[old], k)
        if step.kind in ("replace", "insert"):
            new, start = n if step.code < 0 else step.code, float(step.event.start_ms)
            out[new] = np.insert(out[new], int(np.searchsorted(out[new], start)), start)
    return out


def category_counts(starts: list[np.ndarray], start_ms: float, ms_per_px: float, columns: int) -> np.ndarray:
    """Events starting in each column, one row per category (rows as in `starts`); exact."""
    if not starts:
        return np.zeros((0, max(columns, 0)), dtype=np.int64)
    return np.vstack([column_counts(s, start_ms, ms_per_px, columns) for s in starts])


def bar_pixels(counts: np.ndarray, heights: np.ndarray, argb: np.ndarray, rows: int, dpr: float,
               bottom: float, mixed: int = 0) -> np.ndarray:
    """An ARGB32 image (rows x columns at device resolution) of the bars: column i is
    `heights[i]` logical px tall, ending at logical y `bottom`, split from the bottom up into
    its categories in proportion to `counts[:, i]` (`argb[c]` is category c's colour). An
    empty column beside a bar (a widened lone bar) takes that bar's colours.

    A bar too short to split legibly (under STACK_MIN_PX) is one colour: its category's
    when one category holds most of its events, else `mixed` (a neutral ARGB colour), so
    short bars of many categories read as "mixed", not as confetti."""
    n_cat, width = counts.shape
    dw = max(int(round(width * dpr)), 1)
    totals = counts.sum(axis=0)
    # Which column's categories each column shows: its own, or its fuller neighbour's.
    source = np.arange(width)
    left = np.r_[0, totals[:-1]]
    right = np.r_[totals[1:], 0]
    empty = totals == 0
    source = np.where(empty & (right >= left) & (right > 0), np.minimum(source + 1, width - 1), source)
    source = np.where(empty & (left > right), np.maximum(source - 1, 0), source)
    shares = counts[:, source] / np.maximum(totals[source], 1)
    short = heights < STACK_MIN_PX
    if short.any():
        top = shares.argmax(axis=0)
        one = np.zeros_like(shares)
        one[top, np.arange(width)] = 1.0
        clear = shares.max(axis=0) > 0.5
        shares = np.where(short[None, :] & clear[None, :], one, shares)
        muddled = short & ~clear
    else:
        muddled = short
    cum = np.cumsum(shares, axis=0)  # n_cat x width, the top of each category's part, 0..1
    cols = np.minimum((np.arange(dw) / dpr).astype(np.int64), width - 1)
    h = heights[cols] * dpr
    y = np.arange(rows, dtype=np.float64)[:, None] + 0.5
    base = bottom * dpr
    frac = (base - y) / np.maximum(h[None, :], 1e-9)  # 0 at the foot of the bar, 1 at its top
    inside = (frac > 0) & (frac <= 1)
    cat = (cum[:, cols][:, None, :] < np.minimum(frac, 1 - 1e-9)[None, :, :]).sum(axis=0)
    cat = np.minimum(cat, n_cat - 1)
    ink = np.where(muddled[cols][None, :], np.uint32(mixed), argb[cat])
    return np.ascontiguousarray(np.where(inside, ink, np.uint32(0)).astype(np.uint32))


@dataclass(frozen=True)
class AxisLabel:
    x: float  # the tick
    text: str


def axis_labels(start_ms: float, ms_per_px: float, width: float, measure, lang: str = "en") -> list[AxisLabel]:
    """Ticks and labels of the strip's one-row axis: calendar-aligned, labels at least
    AXIS_LABEL_SPACING_PX apart, each left-aligned just right of its tick, none cut by the
    right edge. A tick on a year says the year; the first label also names its year."""
    rung = in_locale(rung_for_spacing(ms_per_px, AXIS_LABEL_SPACING_PX), lang)
    end = start_ms + width * ms_per_px
    try:
        times = ticks(rung, floor(rung, int(start_ms)), int(end) + 1)
    except ValueError:
        return []
    out: list[AxisLabel] = []
    reach = -1e9
    for t in times:
        x = (t - start_ms) / ms_per_px
        if x < 0:
            continue
        text = minor_label(rung, t, lang) if out else _first_label(rung, t, lang)
        w = measure(text)
        if x + 3 < reach or x + 3 + w > width - 2:
            continue
        out.append(AxisLabel(x, text))
        reach = x + 3 + w + 8
    return out


def _first_label(rung, t: int, lang: str = "en") -> str:
    """The first label of the axis names what the ones after it leave out: "Oct 2019" on
    a month axis, "1 Oct 2019" or "1 Oct 2019, 12:00" on a day or finer one."""
    text = minor_label(rung, t, lang)
    if rung.unit == "year" or text.lstrip("-").isdigit():
        return text
    f = fields_from_ms(t)
    if lang != "en":
        return _first_label_locale(rung, f, text, lang)
    if rung.unit == "month":
        return f"{MONTHS_SHORT[f.month]} {year_label(f.year)}"
    date = f"{f.day} {MONTHS_SHORT[f.month]} {year_label(f.year)}"
    if rung.unit in ("day", "week") or not (f.hour or f.minute or f.second or f.millisecond):
        return date
    return f"{date}, {text}"


def _first_label_locale(rung, f, text: str, lang: str) -> str:
    """_first_label in another language, from CLDR skeletons: "2019년 10월", "2019년 10월 1일"."""
    if rung.unit == "month":
        return _locale_format().skeleton_text("yMMM", f, lang)
    date = _locale_format().skeleton_text("yMMMd", f, lang)
    if rung.unit in ("day", "week") or not (f.hour or f.minute or f.second or f.millisecond):
        return date
    return f"{date} {text}"
