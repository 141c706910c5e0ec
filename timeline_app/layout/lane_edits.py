"""Lanes that follow an edit: the layout of an edited table, made from the layout before the edit.

Packing a million events again after each edit takes seconds, and may move any event to
another lane (vis-timeline users complain loudly when rows jump). Instead, for a table made
by row edits (model/lineage.py) from a table whose lanes are known:

- every other event keeps its lane;
- an edited event keeps its lane if it still fits there, else takes the first lane where it
  fits (or a new lane at the bottom); an added event takes the first lane where it fits;
- a deleted event frees its place (empty lanes at the bottom go);
- an event that leaves a lane (moved out, or deleted) is remembered with its times there
  (`homes`), so an undo that puts it back as it was puts it back in that lane: with the
  other events unchanged, every lane is then what it was before the edit.

Each edit costs a few copies of the per-lane arrays and, when the event has to look for a
lane, one vectorised pass over the starts: milliseconds at a million events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from timeline_app.layout.fold_edits import carry_folds
from timeline_app.layout.memo import table_memo

if TYPE_CHECKING:
    from timeline_app.layout.lanes import LaneLayout
    from timeline_app.layout.records import Measure
    from timeline_app.model.lineage import RowEdit
    from timeline_app.model.table import EventTable

MAX_HOMES = 4096  # remembered lanes of events edited away; the oldest are forgotten first


def follow_edit(table: EventTable, measure: Measure | None, small: bool) -> LaneLayout | None:
    """The lanes of `table` from those of the table it was edited from, or None when there are
    none to follow (no edit, the ancestor gone, or the lanes must be packed anew: a timeline
    that crossed the size where lanes leave room for labels, or another font for the labels)."""
    edit = table.derived_from
    if edit is None or table.n == 0:
        return None
    labelled = small  # (n > 0 here) small timelines' lanes leave room for labels

    def usable(t) -> bool:
        got = table_memo(t).get("lanes")
        return (got is not None and got.packed_for(t) and got.labelled == labelled
                and (not labelled or got.measure is measure))

    found = edit.since(usable)
    if found is None:
        return None
    ancestor, steps = found
    layout = table_memo(ancestor).get("lanes")
    lanes = _Lanes(layout)
    for step in steps:
        lanes.apply(step)
    followed = type(layout).from_parts(table, measure, layout.ref_ms_per_px, *lanes.parts())
    if not lanes.same_rows:  # (categories may have changed: the folded rows' codes are made anew)
        carry_folds(layout, followed, lanes.changes)
    return followed


class _Lanes:
    """The arrays of a layout, changed one edit at a time (each change copies, never writes into
    the arrays of the layout it started from: that layout may still be drawn)."""

    def __init__(self, layout: LaneLayout):
        self.layout = layout  # for reach_of (the label room of small timelines)
        self.lanes, self.by_lane, self.ptr = layout.lanes, layout.by_lane, layout.ptr
        self.start, self.reach, self.end = layout.lane_start, layout.lane_reach, layout.lane_end
        self.homes = dict(layout.homes)
        self.changes: list[tuple[int, float, int, int]] = []  # (-1 out | +1 in, start, lane, category code)
        self.same_rows = False  # whether a step changed the categories

    def parts(self):
        return (self.lanes, self.by_lane, self.ptr, (self.start, self.reach, self.end), self.homes)

    def apply(self, edit: RowEdit) -> None:
        r = edit.row
        if edit.kind == "same_rows":
            self.same_rows = True
            return
        old_lane = None
        if edit.kind in ("replace", "remove"):
            old_lane = self._take_out(r, edit.old_id)
            self.changes.append((-1, edit.old_start_ms, old_lane, edit.old_code))
        if edit.kind == "insert":
            self.by_lane = self.by_lane + (self.by_lane >= r)
            self.lanes = np.insert(self.lanes, r, -1)
        elif edit.kind == "remove":
            self.by_lane = self.by_lane - (self.by_lane > r)
            self.lanes = np.delete(self.lanes, r)
        else:
            self.lanes = self.lanes.copy()
        if edit.kind in ("replace", "insert"):
            lane = self._put_in(r, edit.event, old_lane)
            self.changes.append((1, float(edit.event.start_ms), lane, edit.code))
        self._drop_empty_lanes_below()

    def _take_out(self, r: int, event_id: str) -> int:
        """Remove row r from its lane (remembering the lane as its home); returns the lane."""
        k = int(self.lanes[r])
        a, b = int(self.ptr[k]), int(self.ptr[k + 1])
        q = a + int(np.flatnonzero(self.by_lane[a:b] == r)[0])
        self._remember((event_id, float(self.start[q]), float(self.reach[q])), k)
        self.by_lane, self.start, self.reach, self.end = (
            np.delete(x, q) for x in (self.by_lane, self.start, self.reach, self.end))
        self.ptr = self.ptr.copy()
        self.ptr[k + 1:] -= 1
        return k

    def _remember(self, key: tuple[str, float, float], lane: int) -> None:
        homes = self.homes
        homes.pop(key, None)
        homes[key] = lane
        if len(homes) > MAX_HOMES:
            del homes[next(iter(homes))]

    def _put_in(self, r: int, event, old_lane: int | None) -> int:
        s, e = float(event.start_ms), float(event.end_ms)
        reach = self.layout.reach_of(event.title, s, e, event.is_point)
        count = len(self.ptr) - 1
        place = None
        for k in (self.homes.get((event.id, s, reach)), old_lane):
            if k is not None and k < count:
                p = self._position_if_fits(k, r, s, e, reach)
                if p is not None:
                    place = k, p
                    break
        if place is None:
            k = self._first_fit(s, reach)
            p = self._position_if_fits(k, r, s, e, reach) if k < count else 0
            place = (k, p) if p is not None else (count, 0)
        k, p = place
        if k == len(self.ptr) - 1:
            self.ptr = np.append(self.ptr, self.ptr[-1])
        else:
            self.ptr = self.ptr.copy()
        q = int(self.ptr[k]) + p
        self.by_lane = np.insert(self.by_lane, q, r)
        self.start, self.reach, self.end = (np.insert(x, q, v) for x, v in ((self.start, s), (self.reach, reach),
                                                                             (self.end, e)))
        self.ptr[k + 1:] += 1
        self.lanes[r] = k
        return k

    def _position_if_fits(self, k: int, r: int, s: float, e: float, reach: float) -> int | None:
        """Where row r (start s, end e) goes in lane k's run, in the table's time order (start,
        end, row), when it overlaps neither neighbour there; else None."""
        a, b = int(self.ptr[k]), int(self.ptr[k + 1])
        starts = self.start[a:b]
        lo, hi = int(np.searchsorted(starts, s, "left")), int(np.searchsorted(starts, s, "right"))
        if hi > lo:  # same start: order by end, then by row, as np.lexsort((end, start)) does
            ends, rows = self.end[a + lo:a + hi], self.by_lane[a + lo:a + hi]
            lo += int(np.count_nonzero((ends < e) | ((ends == e) & (rows < r))))
        p = lo
        if p > 0 and self.reach[a + p - 1] > s:
            return None
        if p < b - a and self.start[a + p] < reach:
            return None
        return p

    def _first_fit(self, s: float, reach: float) -> int:
        """The first lane with room for [s, reach), or the lane count when none has: in each lane
        the last event starting before s must reach no further than s, and the next must start
        at or after `reach` (an event starting exactly at s counts as in the way, to be safe)."""
        ptr = self.ptr
        if len(self.start) == 0:
            return 0
        before = np.concatenate(([0], np.cumsum(self.start < s)))
        took = before[ptr[1:]] - before[ptr[:-1]]  # events of each lane starting before s
        size = np.diff(ptr)
        last = np.maximum(ptr[:-1] + took - 1, 0)
        nxt = np.minimum(ptr[:-1] + took, len(self.start) - 1)
        blocked = ((took > 0) & (self.reach[last] > s)) | ((took < size) & (self.start[nxt] < reach))
        free = np.flatnonzero(~blocked)
        return int(free[0]) if len(free) else len(size)

    def _drop_empty_lanes_below(self) -> None:
        ptr = self.ptr
        m = len(ptr) - 1
        while m > 0 and ptr[m] == ptr[m - 1]:
            m -= 1
        if m < len(ptr) - 1:
            self.ptr = ptr[:m + 1]
