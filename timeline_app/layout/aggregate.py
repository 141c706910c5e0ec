"""Exact aggregation of a big timeline for zoomed-out views. NumPy, no Qt.

datashader's rule: every event in view contributes to what is drawn, nothing is sampled or
dropped. Two aggregates serve the scene:

- the histogram track above the lanes (Kibana Discover's): events starting in each column,
  per category, for every event in view whatever its lane;
- folded lanes: when the lanes do not all fit, the rows below the first lanes each stand for
  a block of lanes (blocks grow with depth), so every lane is drawn somewhere instead of the
  deepest ones hiding in one "+N" row. Each cell is coloured by its most common category.

Per frame the cost is a few binary searches per column and one bincount over the events of
the folded lanes in view; the per-event codes are prepared once per fold (cached), never in
a Python loop per frame.
"""

from __future__ import annotations

import numpy as np

from timeline_app.layout.category_edits import followed_codes, followed_starts
from timeline_app.layout.columns import counts_in_columns
from timeline_app.layout.memo import table_memo

FOLD_SHARE = 0.5  # when lanes do not all fit, this share of the rows shows folded blocks of lanes


def category_codes(table) -> np.ndarray:
    """Each event's category as 0..C-1, with C standing for "no category" (cached)."""
    memo = table_memo(table)
    got = memo.get("category_codes")
    if got is None:
        c = len(table.category_ids)
        got = followed_codes(table, c)
        if got is None:
            got = np.where(table.category >= 0, table.category, c).astype(np.int32)
        memo["category_codes"] = got
    return got


def starts_by_category(table) -> list[np.ndarray]:
    """Sorted start times of each category's events (the last: uncategorised), cached."""
    memo = table_memo(table)
    got = memo.get("starts_by_category")
    if got is None:
        got = followed_starts(table, len(table.category_ids))
        if got is None:
            codes = category_codes(table)[table.order]
            starts = table.sorted_start_ms
            got = [starts[codes == c] for c in range(len(table.category_ids) + 1)]
        memo["starts_by_category"] = got
    return got


def histogram(table, edges: np.ndarray) -> np.ndarray:
    """(categories + 1, columns) exact counts of the events starting in each column [edge k, edge k+1)."""
    return np.vstack([counts_in_columns(s, edges) for s in starts_by_category(table)])


def dominant(by_cat: np.ndarray, sums: np.ndarray | None = None) -> np.ndarray:
    """The most common category of each cell of (..., categories) counts; -1 where empty
    (`sums`: the cells' totals, when the caller has them)."""
    top = np.argmax(by_cat, axis=-1)
    return np.where((by_cat.sum(axis=-1) if sums is None else sums) > 0, top, -1)


def fold_plan(count: int, first: int, rows: int, per_lane: np.ndarray | None = None) -> tuple[int, np.ndarray]:
    """Which lanes get a row each and which are folded, when lanes [first, count) need more
    than `rows` rows: (lanes shown one per row, boundaries of the folded blocks).

    The blocks cover every lane below. With `per_lane` (events in each lane) they hold about
    as many events each, so no row stands for most of the timeline (time-order packing puts
    most events in the upper lanes; the deep ones exist only where events pile up); without
    it they grow geometrically."""
    left = count - first
    if left <= rows:
        return left, np.zeros(0, dtype=np.int64)
    folded_rows = max(1, int(round(rows * FOLD_SHARE))) if rows > 1 else 1
    single = max(rows - folded_rows, 0)
    a = first + single
    if per_lane is not None and per_lane[a:count].sum() > 0:
        cum = np.cumsum(per_lane[a:count])
        targets = cum[-1] * np.arange(1, folded_rows) / folded_rows
        inner = a + 1 + np.searchsorted(cum, targets, "left")
        bounds = np.concatenate(([a], inner, [count]))
    else:
        bounds = a + np.round(np.geomspace(1, count - a + 1, folded_rows + 1) - 1).astype(np.int64)
    bounds = np.maximum(bounds, a + np.arange(folded_rows + 1))  # strictly increasing
    bounds = np.minimum(bounds, count)
    bounds[0], bounds[-1] = a, count
    return single, np.unique(bounds)


class FoldIndex:
    """The events of folded lanes (lane >= bounds[0]) in time order, each with a code saying
    its block and category, so a frame counts them with one bincount; and, for views wide
    enough, the same counts summed ahead on a fine grid of GRID bins over their extent
    (prefix sums), so a zoomed-out frame costs a gather per column instead of a pass over
    every event."""

    GRID = 8_192  # prefix sums of blocks x categories int32 each: 14 MB for 16 blocks of 25 categories
    MIN_BINS_PER_COLUMN = 4  # coarser grid than this per column: count the events directly
    SPARSE_GRID = 8  # no grid for fewer events than 1/SPARSE_GRID of its cells: count them directly

    def __init__(self, lanes, bounds: np.ndarray):
        table = lanes.table
        lane_t = lanes.lanes[table.order]
        pick = np.flatnonzero(lane_t >= bounds[0])
        self.bounds = bounds
        self.blocks = len(bounds) - 1
        self.ncat = len(table.category_ids) + 1
        self.starts = table.sorted_start_ms[pick]
        block = np.searchsorted(bounds, lane_t[pick], "right") - 1
        self.code = (block * self.ncat + category_codes(table)[table.order][pick]).astype(np.int64)
        self.prefix = None
        width = self.blocks * self.ncat
        # The grid pays when it saves a frame counting many events; for far fewer folded events
        # than its cells (the lanes scrolled far down), counting them is cheaper than summing
        # the grid (12-14 ms for 8,192 x 175 cells, on every scroll).
        if len(self.starts) * self.SPARSE_GRID >= self.GRID * width:
            self.origin = float(self.starts[0])
            self.bin_ms = max(float(self.starts[-1]) - self.origin, 1.0) / (self.GRID - 1)
            cell = np.minimum(((self.starts - self.origin) // self.bin_ms).astype(np.int64), self.GRID - 1)
            grid = np.bincount(cell * width + self.code, minlength=self.GRID * width).reshape(self.GRID, width)
            self.prefix = np.zeros((self.GRID + 1, width), dtype=np.int32)
            np.cumsum(grid, axis=0, out=self.prefix[1:])

    @staticmethod
    def plan(lanes, first: int, rows: int) -> tuple[int, np.ndarray]:
        """fold_plan for a layout, remembered (it only changes with scrolling or the view's height)."""
        key = (first, rows)
        got = lanes.memo.get("fold_plan")
        if got is None or got[0] != key:
            got = lanes.memo["fold_plan"] = (key, fold_plan(lanes.lane_count, first, rows, np.diff(lanes.ptr)))
        return got[1]

    @classmethod
    def of(cls, lanes, bounds: np.ndarray) -> FoldIndex:
        key = bounds.tobytes()
        got = lanes.memo.get("fold_index")
        if got is None or got[0] != key:
            got = lanes.memo["fold_index"] = (key, cls(lanes, bounds))
        return got[1]

    def counts(self, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(blocks, columns, categories + 1) exact counts of events starting in each column,
        and the column edges they are exact for: `edges` itself, or in a wide view `edges`
        moved to the nearest grid line (less than a quarter of a column)."""
        cols = len(edges) - 1
        if self.prefix is not None and edges[1] - edges[0] >= self.MIN_BINS_PER_COLUMN * self.bin_ms:
            line = np.clip(np.round((edges - self.origin) / self.bin_ms), 0, self.GRID).astype(np.int64)
            got = (self.prefix[line[1:]] - self.prefix[line[:-1]]).reshape(cols, self.blocks, self.ncat)
            return got.transpose(1, 0, 2), self.origin + line * self.bin_ms
        cuts = np.searchsorted(self.starts, edges, "left")
        col = np.repeat(np.arange(cols, dtype=np.int64), np.diff(cuts))
        key = col * (self.blocks * self.ncat) + self.code[cuts[0]:cuts[-1]]
        got = np.bincount(key, minlength=cols * self.blocks * self.ncat).reshape(cols, self.blocks, self.ncat)
        return got.transpose(1, 0, 2), edges


def lanes_dominant(lanes, slices: list[tuple[int, np.ndarray]]) -> np.ndarray:
    """The most common category per column (-1: empty) of several lanes' slices at once:
    each (i, cuts) is a lane slice starting at position i of lanes.by_lane, split into
    columns by `cuts` (all with the same number of columns). One bincount for all."""
    table = lanes.table
    ncat = len(table.category_ids) + 1
    codes_by_lane = lanes.memo.get("codes_by_lane")
    if codes_by_lane is None:
        codes_by_lane = lanes.memo["codes_by_lane"] = category_codes(table)[lanes.by_lane]
    cols = len(slices[0][1]) - 1
    codes = np.concatenate([codes_by_lane[i + c[0]:i + c[-1]] for i, c in slices])
    col = np.repeat(np.arange(len(slices) * cols, dtype=np.int64), np.concatenate([np.diff(c) for _, c in slices]))
    got = np.bincount(col * ncat + codes, minlength=len(slices) * cols * ncat)
    return dominant(got.reshape(len(slices), cols, ncat))
