"""Event density for the overview strip: exact counts per pixel column, bar heights, column text.

Pure NumPy and time formatting, no Qt: tested without widgets. Counting is by start time, one
binary search per column edge over the sorted starts, so a million events cost
O(columns * log n) and every count is exact (no sampling).
"""

from __future__ import annotations

import numpy as np

from timeline_app.time import (
    MS_PER_DAY,
    Precision,
    TimeValue,
    format_date,
    format_range,
    ms_from_fields,
)

DEFAULT_ERA_COLOR = "#d8dee9"  # the canvas's era colour when an era names none


def column_edges(start_ms: float, ms_per_px: float, columns: int) -> np.ndarray:
    """The columns + 1 boundaries of `columns` one-pixel columns starting at `start_ms`."""
    return start_ms + np.arange(columns + 1, dtype=np.float64) * ms_per_px


def column_counts(sorted_start_ms: np.ndarray, start_ms: float, ms_per_px: float, columns: int) -> np.ndarray:
    """How many events start in each column [edge i, edge i+1): exact, from the ascending starts."""
    if columns <= 0:
        return np.zeros(0, dtype=np.int64)
    edges = column_edges(start_ms, ms_per_px, columns)
    return np.diff(np.searchsorted(sorted_start_ms, edges, side="left")).astype(np.int64)


def bar_heights(counts: np.ndarray, height: float, min_px: float = 2.0) -> np.ndarray:
    """Pixel heights for counts, by square root so one dense cluster does not flatten the rest.

    Any column with an event gets at least `min_px`, so a lone event is still seen.
    """
    if counts.size == 0:
        return np.zeros(0, dtype=np.float64)
    peak = int(counts.max())
    if peak <= 0:
        return np.zeros(counts.shape, dtype=np.float64)
    h = np.sqrt(counts / peak) * height
    return np.where(counts > 0, np.clip(h, min(min_px, height), height), 0.0)


def widen_lone_bars(heights: np.ndarray) -> np.ndarray:
    """Empty columns next to a bar take its height, so a lone event is three pixels wide, not a hairline."""
    if heights.size < 2:
        return heights
    out = heights.copy()
    neighbours = np.maximum(np.r_[heights[1:], 0.0], np.r_[0.0, heights[:-1]])
    empty = heights == 0
    out[empty] = neighbours[empty]
    return out


def precision_for_span(span_ms: float) -> Precision:
    """The coarsest date precision that still tells one column from the next."""
    if span_ms >= 330 * MS_PER_DAY:
        return Precision.YEAR
    if span_ms >= 27 * MS_PER_DAY:
        return Precision.MONTH
    if span_ms >= MS_PER_DAY:
        return Precision.DAY
    return Precision.MINUTE


def _round_years(a: int, b: int) -> tuple[TimeValue, TimeValue]:
    """Wide columns name round years ("66 – 65.4 million years ago"), not 13.800281404 billion."""
    step = 1
    while (b - a) >= 100 * step:  # at most a hundredth of the span
        step *= 10
    a, b = (a // step) * step, -(-b // step) * step
    return TimeValue(ms_from_fields(a), Precision.YEAR), TimeValue(ms_from_fields(b), Precision.YEAR)


def range_text(start_ms: float, end_ms: float, lang: str = "en") -> str:
    """[start, end) at the precision its length deserves: "1850 – 1851", "March 1850", "October – December 2019"."""
    p = precision_for_span(end_ms - start_ms)
    first = TimeValue(int(np.floor(start_ms)), p)
    last = TimeValue(max(int(np.ceil(end_ms)) - 1, first.ms), p)  # the end is exclusive
    if p is Precision.YEAR:
        first, last = _round_years(first.year, last.year)
    if format_date(first) == format_date(last):  # both ends inside one year (or month, day)
        return format_date(first, lang=lang)
    return format_range(first, last, lang=lang)


def column_text(count: int, start_ms: float, end_ms: float, lang: str = "en") -> str:
    """What a column holds, as plain text: "1,234 events, 1850 – 1851"."""
    noun = "event" if count == 1 else "events"
    return f"{count:,} {noun}, {range_text(start_ms, end_ms, lang)}"


def histogram_text(track, k: int, most: int = 4, lang: str = "en") -> str:
    """What column k of the canvas's histogram track holds, as plain text: the exact total and
    the largest categories ("40,120 events, July 1914\nWar 6,790 · Trade 6,702 · ...")."""
    parts = track.breakdown(k)
    total = sum(n for _, n in parts)
    shown = " · ".join(f"{name} {n:,}" for name, n in parts[:most])
    rest = sum(n for _, n in parts[most:])
    if rest:
        shown += f" · others {rest:,}"
    head = column_text(total, float(track.edges[k]), float(track.edges[k + 1]), lang)
    return f"{head}\n{shown}\nClick to zoom in"
