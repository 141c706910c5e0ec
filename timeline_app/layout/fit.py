"""Fitting a view to a timeline: the first view, "Fit all", and the limits of zooming out."""

from __future__ import annotations

from timeline_app.layout.records import Measure
from timeline_app.layout.sizes import LABEL_GAP, MARK_R
from timeline_app.layout.timescale import TimeScale
from timeline_app.model import Timeline
from timeline_app.time import MS_PER_DAY

FIT_MARGIN_PX = 48
EMPTY_SPAN_MS = 365 * MS_PER_DAY


def data_extent(timeline: Timeline, now_ms: int) -> tuple[int, int]:
    """The span holding every event and era; a year around `now_ms` for an empty timeline."""
    ext = timeline.extent()
    if ext is None:
        return now_ms - EMPTY_SPAN_MS // 2, now_ms + EMPTY_SPAN_MS // 2
    return ext


def fit_scale(timeline: Timeline, width: float, measure: Measure, now_ms: int = 0,
              span: tuple[float, float] | None = None) -> TimeScale:
    """A scale showing exactly `span`, or all the data with margins and room for the last label."""
    if span is not None:
        return TimeScale.fit(span[0], span[1], width)
    lo, hi = data_extent(timeline, now_ms)
    right = FIT_MARGIN_PX
    table = timeline.table
    if table.n:
        last = int(table.end_ms.argmax())
        # Labels hang right of their mark; leave room so the last one is not cut off.
        label_w = measure(table.titles[last], "event")[0]
        right += min(label_w + MARK_R + LABEL_GAP, width / 3)
    usable = max(width - FIT_MARGIN_PX - right, 1.0)
    scale = TimeScale.fit(lo, hi, usable)
    return TimeScale(lo - FIT_MARGIN_PX * scale.ms_per_px, scale.ms_per_px, width)


def zoom_bounds(timeline: Timeline, now_ms: int = 0) -> tuple[float, float]:
    """How far the view may pan or zoom out: the data extent plus twice its length on each side.

    Twice, so that the fitted view (which leaves room for labels) can still pan a little.
    """
    lo, hi = data_extent(timeline, now_ms)
    pad = 2 * max(hi - lo, MS_PER_DAY)
    return lo - pad, hi + pad
