"""Density, where events are too many to draw one by one: count bands for dense lanes and
folded rows, the histogram track above the lanes, and the overview strip's bars.

Pure NumPy, no Qt. Every count is exact (see columns.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from timeline_app.layout.aggregate import histogram
from timeline_app.layout.columns import DENSITY_PX, column_edges, counts_in_columns, view_columns
from timeline_app.layout.lanes import LABEL_ROOM_LIMIT, LaneLayout
from timeline_app.layout.records import DEFAULT_COLOR, ClusterKind, DensityRow, HistogramTrack, Measure, Scene, TextItem
from timeline_app.layout.sizes import BAR_H, LANES_TOP_GAP, MIN_LANE_H
from timeline_app.layout.timescale import TimeScale
from timeline_app.model import Timeline

MAX_COUNT_LABELS_PER_ROW = 4
MAX_COUNT_LABELS = 24
MIN_COUNTED_RUN_PX = 22  # a run narrower than this shows no count (its tooltip does)


# -- the overview strip: one column per pixel ---------------------------------------------------

def column_counts(sorted_start_ms: np.ndarray, start_ms: float, ms_per_px: float, columns: int) -> np.ndarray:
    """How many events start in each one-pixel column from `start_ms`: exact, from the ascending starts."""
    if columns <= 0:
        return np.zeros(0, dtype=np.int64)
    return counts_in_columns(sorted_start_ms, column_edges(start_ms, ms_per_px, columns)).astype(np.int64)


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


# -- count bands in the lanes ---------------------------------------------------------------------

@dataclass
class RowCounts:
    """One density row before it is laid out: a dense lane (CLUSTER) or a folded block of
    lanes (MERGED) at height `cy`, with its events per column."""

    kind: ClusterKind
    cy: float
    counts: np.ndarray
    first: int  # CLUSTER: position in lanes.by_lane of the first event counted; MERGED: -1
    lane_range: tuple[int, int]
    dominant: np.ndarray | None = None  # most common category code per column (-1: empty)
    matches: np.ndarray | None = None  # while searching: matching events per column
    edges: np.ndarray | None = None  # the edges these counts are exact for, when not the view's


def add_density_rows(scene: Scene, rows: list[RowCounts], *, edges: np.ndarray, x_first: float,
                     lanes: LaneLayout, measure: Measure) -> None:
    """Density rows for all dense lanes and folded rows at once, with exact counts on the runs wide enough."""
    counts = np.vstack([r.counts for r in rows])
    _count_labels(scene, rows, counts, x_first, measure)
    h = min(BAR_H + 2, scene.lane_h - 4)
    for k, r in enumerate(rows):
        scene.density.append(DensityRow(r.kind, r.cy, h, x_first, DENSITY_PX, counts[k],
                                        edges if r.edges is None else r.edges, r.first, lanes,
                                        matches=r.matches, dominant=r.dominant, lane_range=r.lane_range))


def _count_labels(scene: Scene, rows: list[RowCounts], counts: np.ndarray, x_first: float, measure: Measure) -> None:
    """The exact count of each run wide enough to show it, a few per row, left to right."""
    nz = np.pad(counts > 0, ((0, 0), (1, 1))).astype(np.int8)
    step = np.diff(nz, axis=1)
    ra_row, ra_col = np.nonzero(step == 1)
    _rz_row, rz_col = np.nonzero(step == -1)
    csum = np.pad(np.cumsum(counts, axis=1), ((0, 0), (1, 0)))
    run_n = csum[ra_row, rz_col] - csum[ra_row, ra_col]
    wide = np.flatnonzero((rz_col - ra_col) * DENSITY_PX >= MIN_COUNTED_RUN_PX)
    per_row: dict[int, int] = {}
    for r in wide.tolist():
        row = int(ra_row[r])
        if per_row.get(row, 0) >= MAX_COUNT_LABELS_PER_ROW:
            continue
        if len(scene.labels_count) >= MAX_COUNT_LABELS:
            break
        text = f"{int(run_n[r]):,}"
        w, th = measure(text, "count")
        x0 = x_first + int(ra_col[r]) * DENSITY_PX
        x1 = x_first + int(rz_col[r]) * DENSITY_PX
        if w + 6 <= x1 - x0:
            per_row[row] = per_row.get(row, 0) + 1
            cx = (max(x0, 0) + min(x1, scene.width)) / 2
            cy = rows[row].cy
            scene.labels_count.append(TextItem(cx - w / 2, cy - th / 2, w, th, text, "count"))


# -- the histogram track above the lanes (big timelines, or lanes that do not all fit) -----------

HIST_TOP_GAP = 20.0  # room for era labels and the "Today" mark under the axis
HIST_H = 88.0  # at most
HIST_MIN_H = 40.0
HIST_SHARE = 0.15  # of the room under the axis


def histogram_room(scene: Scene, lanes: LaneLayout) -> tuple[float, float] | None:
    """(top, bottom) of the histogram track when the view aggregates, else None."""
    room = scene.lanes_bottom - scene.lanes_top
    if lanes.table.n <= LABEL_ROOM_LIMIT and lanes.lane_count * MIN_LANE_H <= room:
        return None
    top = scene.axis_bottom + HIST_TOP_GAP
    h = min(HIST_H, max(HIST_MIN_H, HIST_SHARE * room))  # a short window keeps most room for lanes
    if scene.lanes_bottom - (top + h + LANES_TOP_GAP) < 3 * MIN_LANE_H:
        return None  # too short a view: the lanes keep the room
    return top, top + h


def add_histogram(scene: Scene, timeline: Timeline, scale: TimeScale, track: tuple[float, float],
                  measure: Measure) -> None:
    """Every event starting in view, per column and category: the distribution at a glance."""
    table = timeline.table
    edges = view_columns(scale)
    counts = histogram(table, edges)
    x_first = float((edges[0] - scale.start_ms) / scale.ms_per_px)
    names = tuple(c.label for c in timeline.categories) + ("No category",)
    per_col = counts.sum(axis=0)
    # The columns at the edges reach a little past the view; the total is what starts inside it.
    total = int(np.diff(np.searchsorted(table.sorted_start_ms, [scale.start_ms, scale.end_ms], "left"))[0])
    peak = int(per_col.max()) if per_col.size else 0
    noun = "event" if total == 1 else "events"
    text = f"{total:,} {noun} in view by start · tallest column {peak:,}"
    w, h = measure(text, "count")
    label = TextItem(8, track[0] + 2, w, h, text, "count") if 8 + w < scene.width else None
    scene.histogram = HistogramTrack(track[0], track[1], x_first, DENSITY_PX, edges, counts,
                                     scene.category_colors or (DEFAULT_COLOR,) * len(names), names, total,
                                     label)
