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
from timeline_app.model.splice import spliced

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
    """The arrays of a layout, changed one edit at a time. Each edit makes one new copy of each
    array (the row taken out and the row put in, in one pass), never writing into the arrays
    it started from: the layout they belong to may still be drawn."""

    def __init__(self, layout: LaneLayout):
        self.layout = layout  # for reach_of (the label room of small timelines)
        self.lanes, self.by_lane, self.ptr = layout.lanes, layout.by_lane, layout.ptr
        self.start, self.reach, self.end = layout.lane_start, layout.lane_reach, layout.lane_end
        self.homes = dict(layout.homes)
        self.changes: list[tuple[int, float, int, int]] = []  # (-1 out | +1 in, start, lane, category index)
        self.same_rows = False  # whether a step changed the categories

    def parts(self):
        return (self.lanes, self.by_lane, self.ptr, (self.start, self.reach, self.end), self.homes)

    def apply(self, edit: RowEdit) -> None:
        r, kind = edit.row, edit.kind
        if kind == "same_rows":
            self.same_rows = True
            return
        gone = None  # (position, lane) of the row taken out, still in the arrays until the copy
        if kind in ("replace", "remove"):
            gone = self._find(r)
            self._remember((edit.old_id, float(self.start[gone[0]]), float(self.reach[gone[0]])), gone[1])
            self.changes.append((-1, edit.old_start_ms, gone[1], edit.old_code))
        put = None  # (position after the cut, lane, start, reach, end) of the row put in
        if kind in ("replace", "insert"):
            put = self._place(r, edit.event, gone)
            self.changes.append((1, put[2], put[1], edit.code))
        self._copy(r, kind, gone, put)
        self._drop_empty_lanes_below()

    def _find(self, r: int) -> tuple[int, int]:
        k = int(self.lanes[r])
        a, b = int(self.ptr[k]), int(self.ptr[k + 1])
        return a + int(np.flatnonzero(self.by_lane[a:b] == r)[0]), k

    def _remember(self, key: tuple[str, float, float], lane: int) -> None:
        homes = self.homes
        homes.pop(key, None)
        homes[key] = lane
        if len(homes) > MAX_HOMES:
            del homes[next(iter(homes))]

    def _place(self, r: int, event, gone) -> tuple[int, int, float, float, float]:
        """Where the event put in at row r goes: its remembered lane if it fits there, else its
        old lane if it still fits, else the first lane where it fits, else a new lane."""
        s, e = float(event.start_ms), float(event.end_ms)
        reach = self.layout.reach_of(event.title, s, e, event.is_point)
        count = len(self.ptr) - 1
        tried = [k for k in (self.homes.get((event.id, s, reach)), gone[1] if gone else None)
                 if k is not None and k < count]
        for k in tried:
            p = self._position_if_fits(k, r, s, e, reach, gone)
            if p is not None:
                break
        else:
            k = self._first_fit(s, reach, tried)
            p = self._position_if_fits(k, r, s, e, reach, gone) if k < count else None
            if p is None:
                k, p = count, 0
        at = (int(self.ptr[k]) if k < count else int(self.ptr[-1])) + p
        if gone is not None and gone[1] < k:
            at -= 1  # the row taken out sat in a lane above
        return at, k, s, reach, e

    def _lane(self, k: int, gone) -> tuple[np.ndarray, ...]:
        """Lane k's starts, reaches, ends and rows, without the row taken out."""
        a, b = int(self.ptr[k]), int(self.ptr[k + 1])
        cols = self.start[a:b], self.reach[a:b], self.end[a:b], self.by_lane[a:b]
        if gone is not None and gone[1] == k:
            cols = tuple(np.delete(c, gone[0] - a) for c in cols)
        return cols

    def _position_if_fits(self, k: int, r: int, s: float, e: float, reach: float, gone) -> int | None:
        """Where row r (start s, end e) goes in lane k's run, in the table's time order (start,
        end, row), when it overlaps neither neighbour there; else None."""
        starts, reaches, ends, rows = self._lane(k, gone)
        lo, hi = int(np.searchsorted(starts, s, "left")), int(np.searchsorted(starts, s, "right"))
        if hi > lo:  # same start: order by end, then by row, as np.lexsort((end, start)) does
            lo += int(np.count_nonzero((ends[lo:hi] < e) | ((ends[lo:hi] == e) & (rows[lo:hi] < r))))
        if lo > 0 and reaches[lo - 1] > s:
            return None
        if lo < len(starts) and starts[lo] < reach:
            return None
        return lo

    def _first_fit(self, s: float, reach: float, tried: list[int]) -> int:
        """The first lane with room for [s, reach) (not one of `tried`, which had none), or the
        lane count: in each lane the last event starting before s must reach no further than s,
        and the next must start at or after `reach` (one starting exactly at s is in the way)."""
        ptr, n = self.ptr, len(self.start)
        if n == 0:
            return 0
        size = np.diff(ptr)
        first = np.minimum(ptr[:-1], n - 1)
        took = np.where(size > 0, np.add.reduceat(self.start < s, first, dtype=np.int64), 0)  # starting before s
        last = np.maximum(ptr[:-1] + took - 1, 0)
        nxt = np.minimum(ptr[:-1] + took, n - 1)
        blocked = ((took > 0) & (self.reach[last] > s)) | ((took < size) & (self.start[nxt] < reach))
        blocked[tried] = True
        free = np.flatnonzero(~blocked)
        return int(free[0]) if len(free) else len(size)

    def _copy(self, r: int, kind: str, gone, put) -> None:
        """The arrays with the row taken out and the row put in, each copied once; an array the
        edit leaves as it was (a title changed, or a move within the event's own slot) is shared."""
        if kind == "replace" and gone[0] == put[0] and gone[1] == put[1]:
            self._replace_in_place(r, gone[0], put)
            return
        cut = gone[0] if gone is not None else None
        at, lane = (put[0], put[1]) if put is not None else (None, None)
        self.by_lane = spliced(self.by_lane, cut, at, r)
        if kind == "insert":
            self.by_lane[self.by_lane >= r] += 1
            self.by_lane[at] = r
        elif kind == "remove":
            self.by_lane[self.by_lane > r] -= 1
        self.start, self.reach, self.end = (spliced(c, cut, at, v) for c, v in
                                            ((self.start, put and put[2]), (self.reach, put and put[3]),
                                             (self.end, put and put[4])))
        ptr = self.ptr.copy() if lane is None or lane < len(self.ptr) - 1 else np.append(self.ptr, self.ptr[-1])
        if gone is not None:
            ptr[gone[1] + 1:] -= 1
        if lane is not None:
            ptr[lane + 1:] += 1
        self.ptr = ptr
        if kind == "insert":
            self.lanes = np.insert(self.lanes, r, lane)
        elif kind == "remove":
            self.lanes = np.delete(self.lanes, r)
        else:
            self.lanes = self.lanes.copy()
            self.lanes[r] = lane

    def _replace_in_place(self, r: int, q: int, put) -> None:
        """Row r stays at position q of by_lane (so in the same lane, as its neighbours are the
        same): only the times that changed are copied."""
        for name, value in (("start", put[2]), ("reach", put[3]), ("end", put[4])):
            column = getattr(self, name)
            if column[q] != value:
                column = column.copy()
                column[q] = value
                setattr(self, name, column)

    def _drop_empty_lanes_below(self) -> None:
        ptr = self.ptr
        m = len(ptr) - 1
        while m > 0 and ptr[m] == ptr[m - 1]:
            m -= 1
        if m < len(ptr) - 1:
            self.ptr = ptr[:m + 1]
