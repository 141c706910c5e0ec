"""The folded rows follow an edit: the fold plan and FoldIndex of edited lanes, patched.

Building a FoldIndex over a million events takes a few hundred ms (a pass over every event
and prefix sums over the grid). After an edit only one or two (start, block, category)
entries change, so the layout made by lane_edits.py takes its parent's plan (the same blocks
of lanes; only the last block follows the lane count) and patches its parent's index.
Where that is not possible (the plan changes shape, an event lands outside the index's
grid), nothing is carried and the index is built anew on the next frame, as after a load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from timeline_app.layout.aggregate import FoldIndex
from timeline_app.model.splice import spliced

if TYPE_CHECKING:
    from timeline_app.layout.lanes import LaneLayout

Change = tuple[int, float, int, int]  # (-1 taken out | +1 put in, start ms, lane, category index or -1)


def carry_folds(before: LaneLayout, after: LaneLayout, changes: list[Change]) -> None:
    """Put into `after.memo` the fold plan and FoldIndex of `before`, patched for `changes`."""
    plan = before.memo.get("fold_plan")
    if plan is None:
        return
    key, (single, bounds) = plan
    first, rows = key
    left = after.lane_count - first
    if len(bounds) == 0:
        if left <= rows:
            after.memo["fold_plan"] = (key, (left, bounds))
        return
    if left <= rows or after.lane_count <= bounds[-2]:
        return
    new_bounds = bounds.copy()
    new_bounds[-1] = after.lane_count
    after.memo["fold_plan"] = (key, (single, new_bounds))
    got = before.memo.get("fold_index")
    if got is not None and got[0] == bounds.tobytes():
        index = _patched(got[1], new_bounds, changes)
        if index is not None:
            after.memo["fold_index"] = (new_bounds.tobytes(), index)


def _patched(old: FoldIndex, bounds: np.ndarray, changes: list[Change]) -> FoldIndex | None:
    """`old` with the folded entries of `changes` taken out or put in; None when it cannot be.
    Arrays are shared with `old` until a change touches them, then copied once per change."""
    starts, code, prefix = old.starts, old.code, old.prefix
    cut = None  # an entry taken out, kept in the arrays until the entry put in after it is placed
    for sign, start, c in _folded(changes, bounds, old):
        if cut is not None and sign < 0:
            starts, code, cut = spliced(starts, cut, None, 0.0), spliced(code, cut, None, 0), None
        lo, hi = int(np.searchsorted(starts, start, "left")), int(np.searchsorted(starts, start, "right"))
        if sign < 0:
            hit = np.flatnonzero(code[lo:hi] == c)
            if not len(hit):
                return None
            cut = lo + int(hit[0])
        else:
            at = hi - (cut is not None and cut < hi)
            starts, code, cut = spliced(starts, cut, at, start), spliced(code, cut, at, c), None
        if prefix is not None:
            cell = (start - old.origin) // old.bin_ms
            if not 0 <= cell < old.GRID:
                return None  # outside the grid the index was made for
            prefix = prefix.copy() if prefix is old.prefix else prefix
            prefix[int(cell) + 1:, c] += sign
    if cut is not None:
        starts, code = spliced(starts, cut, None, 0.0), spliced(code, cut, None, 0)
    index = FoldIndex.__new__(FoldIndex)
    index.bounds, index.blocks, index.ncat = bounds, old.blocks, old.ncat
    index.starts, index.code, index.prefix = starts, code, prefix
    if prefix is not None:
        index.origin, index.bin_ms = old.origin, old.bin_ms
    return index


def _folded(changes: list[Change], bounds: np.ndarray, old: FoldIndex) -> list[tuple[int, float, int]]:
    """The (sign, start, code) entries of `changes` in folded lanes, less the pairs that cancel
    (an event taken out and put back in the same block, category and start: a title changed)."""
    out: list[tuple[int, float, int]] = []
    for sign, start, lane, cat in changes:
        if lane < bounds[0]:
            continue  # a lane with a row of its own: not folded
        block = min(int(np.searchsorted(bounds, lane, "right")) - 1, old.blocks - 1)
        entry = (sign, start, block * old.ncat + (cat if cat >= 0 else old.ncat - 1))
        if out and out[-1] == (-sign, start, entry[2]):
            out.pop()
        else:
            out.append(entry)
    return out
