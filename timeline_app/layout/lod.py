"""Level of detail: which lanes in view are drawn event by event, which as count bands, and
the folded rows standing for the lanes that do not get a row of their own.

At most DETAIL_BUDGET boxes are drawn one by one per frame; every other event in view is
still counted, exactly, in a band or a folded row (nothing is dropped).
"""

from __future__ import annotations

import numpy as np

from timeline_app.layout.aggregate import FoldIndex, dominant, lanes_dominant
from timeline_app.layout.columns import open_cuts, view_columns
from timeline_app.layout.density import RowCounts, add_density_rows
from timeline_app.layout.detail import MIN_SEP_PX, Frame, boxes, detail_lane
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.memo import table_memo
from timeline_app.layout.records import DEFAULT_COLOR, ClusterKind, Measure, Scene, SceneOptions
from timeline_app.layout.sizes import LANE_H, MARK_R, MIN_LANE_H
from timeline_app.layout.timescale import TimeScale
from timeline_app.model import Timeline

DETAIL_BUDGET = 70  # at most this many boxes (single events or small clusters) per frame
MAX_PER_BOX = 4  # a lane whose boxes hold more events than this on average becomes a band


def layout_events(scene: Scene, timeline: Timeline, scale: TimeScale, lanes: LaneLayout,
                  options: SceneOptions, measure: Measure) -> None:
    """Every event in view, in some row: the first lanes get a row each; when they do not all
    fit, the rest are folded into rows of growing blocks of lanes."""
    lane_h, rows, first, single, fold_bounds = row_plan(scene.lanes_bottom - scene.lanes_top, lanes,
                                                        options.lane_offset)
    scene.lane_h, scene.lane_offset, scene.lane_rows = lane_h, first, rows
    colors = [c.color for c in timeline.categories]
    scene.category_colors = tuple(colors) + (DEFAULT_COLOR,)
    frame = Frame(scene, lanes, scale, colors, options, measure)
    edges = view_columns(scale)
    counted = _lanes_with_a_row(frame, range(first, first + single), edges)
    if len(fold_bounds) > 1:
        counted += _folded_rows(frame, fold_bounds, edges, first_row=single)
    if counted:
        x_first = float((edges[0] - scale.start_ms) / scale.ms_per_px)
        add_density_rows(scene, counted, edges=edges, x_first=x_first, lanes=lanes, measure=measure)


def row_plan(room: float, lanes: LaneLayout, lane_offset: int) -> tuple[float, int, int, int, np.ndarray]:
    """How `room` px of lanes are used from lane `lane_offset` on: (lane height, rows, first
    lane, lanes shown one per row, boundaries of the folded blocks (empty: none folded))."""
    count = lanes.lane_count
    lane_h = max(MIN_LANE_H, min(LANE_H, room / count)) if count else LANE_H
    rows = max(int(room // lane_h), 1)
    first = max(0, min(lane_offset, max(count - 1, 0)))
    single, fold_bounds = FoldIndex.plan(lanes, first, rows) if count else (0, np.zeros(0, np.int64))
    return lane_h, rows, first, single, fold_bounds


def _row_y(scene: Scene, row: int) -> float:
    return scene.lanes_top + row * scene.lane_h + scene.lane_h / 2


def _lanes_with_a_row(frame: Frame, shown: range, edges: np.ndarray) -> list[RowCounts]:
    """Lanes one by one (with small counted clusters) while that stays legible: few enough
    boxes for the frame's budget, holding a few events each; else the lane is a count band,
    returned for the caller to lay out with the others."""
    lanes, scale, matches = frame.lanes, frame.scale, frame.options.matches
    pad = (MARK_R + MIN_SEP_PX) * scale.ms_per_px
    lo_ms, hi_ms = scale.start_ms - pad, scale.end_ms + pad
    slices = [lanes.lane_slice(k, lo_ms, hi_ms) for k in shown]
    budget = DETAIL_BUDGET
    bands: list[RowCounts] = []
    band_cuts: list[tuple[int, np.ndarray]] = []  # (first position, column cuts) of each band
    for row, (k, (i, j)) in enumerate(zip(shown, slices)):
        cy = _row_y(frame.scene, row)
        m = j - i
        if m == 0:
            continue
        # (A lane with more than MAX_PER_BOX events per box the budget allows cannot qualify.)
        lane_boxes = boxes(lanes, scale, i, j) if m <= MAX_PER_BOX * budget else None
        if lane_boxes is not None and len(lane_boxes[0]) <= budget and m <= MAX_PER_BOX * len(lane_boxes[0]):
            budget -= len(lane_boxes[0])
            detail_lane(frame, i, j, lane=k, cy=cy, lane_boxes=lane_boxes)
            continue
        cuts = open_cuts(lanes.lane_start[i:j], edges)
        band_cuts.append((i, cuts))
        bands.append(RowCounts(ClusterKind.CLUSTER, cy, np.diff(cuts), i, (k, k + 1),
                               matches=None if matches is None else _match_counts(lanes, matches, i, j, edges)))
    if bands:  # each band's colours: its most common category per column
        for band, top in zip(bands, lanes_dominant(lanes, band_cuts)):
            band.dominant = top
    return bands


def _folded_rows(frame: Frame, fold_bounds: np.ndarray, edges: np.ndarray, *, first_row: int) -> list[RowCounts]:
    """One row per block of folded lanes [fold_bounds[b], fold_bounds[b + 1]), from row `first_row`."""
    scene = frame.scene
    by_cat, fold_edges = FoldIndex.of(frame.lanes, fold_bounds).counts(edges)
    sums = by_cat.sum(axis=2)
    tops = dominant(by_cat, sums)
    # In a wide view the counts are exact for edges moved to a precomputed grid: hover tells the span counted.
    own_edges = None if fold_edges is edges else fold_edges
    rows = [RowCounts(ClusterKind.MERGED, _row_y(scene, first_row + b), sums[b], -1,
                      (int(fold_bounds[b]), int(fold_bounds[b + 1])), dominant=tops[b], edges=own_edges)
            for b in range(len(fold_bounds) - 1)]
    scene.folded_from = int(fold_bounds[0])
    scene.more_row_y = _row_y(scene, first_row)
    return rows


def _match_counts(lanes: LaneLayout, matches: frozenset[str], i: int, j: int, edges: np.ndarray) -> np.ndarray:
    """Search matches per density column of the lane slice [i, j) (same columns as its counts)."""
    table = lanes.table
    memo = table_memo(table)
    got = memo.get("match_mask")
    if got is None or got[0] is not matches:
        mask = np.zeros(table.n, dtype=bool)
        index_of = table.index_of
        mask[[index_of[m] for m in matches if m in index_of]] = True
        got = memo["match_mask"] = (matches, mask)
    starts = lanes.lane_start[i:j][got[1][lanes.by_lane[i:j]]]
    return np.diff(open_cuts(starts, edges))
