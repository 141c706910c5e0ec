"""Text the layout writes: labels cut to their room, tooltips, and what a column or run holds.

Plain text only (never markup), measured with a `measure(text, role)` function, so tests
use fake fonts and exports use the painter's real ones.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from timeline_app.layout.records import HistogramTrack, Measure
from timeline_app.model import Event
from timeline_app.time import MS_PER_DAY, Precision, TimeValue, format_date, format_range, ms_from_fields

ELLIPSIS = "…"


def _longest_fit(n: int, fits: Callable[[int], bool]) -> int:
    """The largest k in [0, n] with fits(k), for fits true up to some k and false after
    (fits(0) is taken as true): a binary search, so a long title costs log n measurements."""
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo


def elide_end(text: str, room: float, measure: Measure, role: str = "event") -> str:
    """`text` with its end replaced by an ellipsis to fit `room` px."""
    keep = _longest_fit(len(text), lambda k: measure(text[:k] + ELLIPSIS, role)[0] <= room)
    return text[:keep].rstrip() + ELLIPSIS


def elide_start(text: str, room: float, measure: Measure, role: str = "event") -> str:
    """`text` with its start replaced by an ellipsis to fit `room` px, cut between words when
    a word boundary is near (never mid-letter at the edge of the canvas)."""
    n = len(text)
    lo = n - _longest_fit(n, lambda k: measure(ELLIPSIS + text[n - k:], role)[0] <= room)
    space = text.find(" ", lo)
    if lo > 0 and text[lo - 1] != " " and 0 <= space < n - 1 and space - lo <= 12:
        lo = space + 1
    return ELLIPSIS + text[lo:].lstrip()


def event_tooltip(ev: Event, lang: str = "en") -> str:
    """Plain text shown when hovering: title, date, place."""
    lines = [ev.title, format_range(ev.start, ev.end, lang=lang)]
    if ev.location is not None:
        lines.append(", ".join(p for p in (ev.location.name, ev.location.place) if p))
    return "\n".join(lines)


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


def histogram_text(track: HistogramTrack, k: int, most: int = 4, lang: str = "en") -> str:
    """What column k of the canvas's histogram track holds, as plain text: the exact total and
    the largest categories ("40,120 events, July 1914\\nWar 6,790 · Trade 6,702 · ...")."""
    parts = track.breakdown(k)
    total = sum(n for _, n in parts)
    shown = " · ".join(f"{name} {n:,}" for name, n in parts[:most])
    rest = sum(n for _, n in parts[most:])
    if rest:
        shown += f" · others {rest:,}"
    head = column_text(total, float(track.edges[k]), float(track.edges[k + 1]), lang)
    return f"{head}\n{shown}\nClick to zoom in"
