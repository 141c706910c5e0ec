"""Stable lanes: each event's lane for the life of a timeline, packed once (vis-timeline's
Stack.js: items by start, each in the first lane free for it) and kept while the table lives."""

from __future__ import annotations

import heapq
import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.layout.lane_edits import follow_edit
from timeline_app.layout.memo import table_memo
from timeline_app.layout.records import Measure
from timeline_app.layout.sizes import BAR_H, LABEL_GAP, LANE_GAP_PX, MARK_R
from timeline_app.model import Timeline

if TYPE_CHECKING:
    from timeline_app.model.table import EventTable

# Lanes are computed once per timeline (LaneLayout) and never change with pan or zoom.
# Up to LABEL_ROOM_LIMIT events, each event also reserves room for its label at the scale
# that shows the whole timeline REF_WIDTH px wide, so at that zoom and closer every label is
# whole; past that limit lanes hold time alone (labels show where there is room).
LABEL_ROOM_LIMIT = 2_000
REF_WIDTH = 900.0
LABEL_LANES = 24  # small timelines: reserve label room at a zoom where this many lanes suffice


class LaneLayout:
    """Stable lanes: one lane per event for the life of the timeline.

    Within a lane events never overlap in time (nor, for small timelines, with the labels
    reserved for them), so each lane is a sorted run: the events of a lane inside a view
    are one contiguous slice found by binary search, and panning or zooming never moves an
    event to another lane.
    """

    def __init__(self, timeline: Timeline, measure: Measure | None = None, lanes: np.ndarray | None = None):
        table = timeline.table
        # Held weakly: memo.py keeps this layout for as long as the table lives, and a strong
        # reference back would keep the table (a whole timeline) alive for ever.
        self._table = weakref.ref(table)
        self.measure = measure
        self.memo: dict = {}  # what aggregate.py derives from these lanes (fold plans, codes)
        n = table.n
        lo = float(table.start_ms.min()) if n else 0.0
        hi = float(table.end_ms.max()) if n else 1.0
        self.ref_ms_per_px = max(hi - lo, 1.0) / REF_WIDTH
        self.labelled = lanes is None and 0 < n <= LABEL_ROOM_LIMIT  # lanes leave room for labels
        if not self.labelled:
            reach = table.end_ms.copy()
        else:
            lanes, reach = self._with_label_room(measure)
        self.lanes = lanes if lanes is not None else _pack(table.order, table.start_ms, reach)
        self.lane_count = int(self.lanes.max()) + 1 if n else 0
        # Events grouped by lane, each group in time order (CSR: ptr[k]..ptr[k+1]).
        by_lane = table.order[np.argsort(self.lanes[table.order], kind="stable")] if n else table.order
        self.by_lane = by_lane
        self.ptr = np.searchsorted(self.lanes[by_lane], np.arange(self.lane_count + 1)) if n else np.zeros(1, int)
        self.lane_start = table.start_ms[by_lane]
        self.lane_reach = reach[by_lane]
        self.lane_end = table.end_ms[by_lane]
        # (id, start, reach) -> the lane an event left when an edit moved or removed it: an
        # undo that puts it back as it was puts it back in that lane (lane_edits.py).
        self.homes: dict[tuple[str, float, float], int] = {}

    @classmethod
    def from_parts(cls, table: EventTable, measure: Measure | None, ref_ms_per_px: float, lanes: np.ndarray,
                   by_lane: np.ndarray, ptr: np.ndarray, reach: tuple[np.ndarray, np.ndarray, np.ndarray],
                   homes: dict) -> LaneLayout:
        """A layout whose arrays are already made (lane_edits.py, from the layout of the table
        edited); `reach` is (lane_start, lane_reach, lane_end), each in by_lane order."""
        self = cls.__new__(cls)
        self._table = weakref.ref(table)
        self.measure, self.memo, self.ref_ms_per_px = measure, {}, ref_ms_per_px
        self.labelled = 0 < table.n <= LABEL_ROOM_LIMIT
        self.lanes, self.by_lane, self.ptr = lanes, by_lane, ptr
        self.lane_count = len(ptr) - 1
        self.lane_start, self.lane_reach, self.lane_end = reach
        self.homes = homes
        return self

    @property
    def table(self) -> EventTable:
        """The event table these lanes were packed for."""
        table = self._table()
        if table is None:
            raise ReferenceError("these lanes belong to a timeline that is gone")
        return table

    def packed_for(self, table: EventTable) -> bool:
        """Whether these are the lanes of `table`."""
        return self._table() is table

    def reach_of(self, title: str, start_ms: float, end_ms: float, point: bool) -> float:
        """How far right an event reaches in these lanes: its end, or where lanes leave room for
        labels, its label's end at the zoom they were packed for (lane_edits.py places edited events)."""
        if not self.labelled:
            return float(end_ms)
        width = np.array([self.measure(title, "event")[0]], dtype=np.float64)
        one = np.array([start_ms], dtype=np.float64), np.array([end_ms], dtype=np.float64), np.array([point])
        return float(label_reach(*one, width, self.ref_ms_per_px)[0])

    def _with_label_room(self, measure: Measure | None) -> tuple[np.ndarray, np.ndarray]:
        """(lanes, reach) of a small timeline, whose lanes leave room for whole labels at the
        zoom that fits the timeline REF_WIDTH px wide; where that needs more than LABEL_LANES
        lanes, at the first zoom in (x2, x4, ...) where it does not. Closer than that zoom every
        label is whole; farther out, labels get what room their lane has."""
        if measure is None:
            raise ValueError("lanes of a small timeline leave room for labels: pass measure")
        table = self.table
        widths = np.array([measure(t, "event")[0] for t in table.titles], dtype=np.float64)
        ref = self.ref_ms_per_px
        while True:
            reach = label_reach(table.start_ms, table.end_ms, table.point, widths, ref)
            lanes = _pack(table.order, table.start_ms, reach)
            if int(lanes.max()) + 1 <= LABEL_LANES or ref < self.ref_ms_per_px / 4096:
                break
            ref /= 2
        self.ref_ms_per_px = ref
        return lanes, reach

    @classmethod
    def of(cls, timeline: Timeline, measure: Measure | None = None) -> LaneLayout:
        """The layout of a timeline, computed once and kept while its table lives.

        Large timelines (lanes by time alone) do not depend on the font, so a loading thread
        can compute them (`measure=None`) before the window shows the timeline. A filtered
        large timeline takes its lanes from the full one, renumbered without the empty lanes
        (relative order kept), instead of packing a million events again. A table made by an
        edit takes its lanes from the edited table's (lane_edits.py): only the edited event moves."""
        table = timeline.table
        small = table.n <= LABEL_ROOM_LIMIT
        memo = table_memo(table)
        got = memo.get("lanes")
        if got is not None and (not small or got.measure is measure):
            return got
        got = follow_edit(table, measure, small)
        parent = table.parent
        full = None
        if got is None and parent is not None and not small:
            full = table_memo(parent).get("lanes")
            if full is None:  # a filter over an edited timeline: the full one's lanes follow the edit
                full = follow_edit(parent, None, small=False)
                if full is not None:
                    table_memo(parent)["lanes"] = full
        if full is not None:
            _used, lanes = np.unique(full.lanes[table.parent_index], return_inverse=True)
            got = cls(timeline, measure, lanes=lanes.astype(np.int32).reshape(-1))
        elif got is None:
            got = cls(timeline, measure)
        memo["lanes"] = got
        return got

    def lane_slice(self, lane: int, lo_ms: float, hi_ms: float) -> tuple[int, int]:
        """Positions (into by_lane) of the lane's events that reach into [lo_ms, hi_ms]."""
        a, b = int(self.ptr[lane]), int(self.ptr[lane + 1])
        i = a + int(np.searchsorted(self.lane_reach[a:b], lo_ms, "right"))
        j = a + int(np.searchsorted(self.lane_start[a:b], hi_ms, "right"))
        return i, max(i, j)


def label_reach(start: np.ndarray, end: np.ndarray, point: np.ndarray, widths: np.ndarray, ref: float) -> np.ndarray:
    """How far right (ms) each event's drawing reaches at `ref` ms per px: its bar or mark,
    and its label (`widths` px) after it (or inside a bar long enough), plus the gap between neighbours."""
    length_px = (end - start) / ref
    point = point | (length_px < BAR_H)
    label_room = (2 * MARK_R + LABEL_GAP + widths) * ref
    inside = length_px >= widths + 2 * LABEL_GAP
    reach = np.where(point, start + label_room, np.where(inside, end, end + LABEL_GAP * ref + widths * ref))
    return reach + LANE_GAP_PX * ref


def _pack(order: np.ndarray, start: np.ndarray, reach: np.ndarray) -> np.ndarray:
    """pack_in_order over NumPy columns, as an int32 array."""
    columns = _in_pieces_tolist(order), _in_pieces_tolist(start), _in_pieces_tolist(reach)
    lanes = pack_in_order(*columns)
    for column in columns:  # two million floats freed at once would hold the interpreter lock as long
        _drop_in_pieces(column)
    return np.concatenate([np.array(lanes[a:a + _PIECE], dtype=np.int32) for a in range(0, len(lanes), _PIECE)]
                          or [np.zeros(0, dtype=np.int32)])


_PIECE = 50_000  # a C call over a million items holds the interpreter lock (and a loading window) 0.1 s


def _drop_in_pieces(items: list) -> None:
    while items:
        del items[-_PIECE:]


def _in_pieces_tolist(a: np.ndarray) -> list:
    out: list = []
    for k in range(0, len(a), _PIECE):
        out += a[k:k + _PIECE].tolist()
    return out


def pack_lanes(extents: Sequence[tuple[float, float]], gap: float = 0.0) -> list[int]:
    """Lane index for each (x0, x1) extent, in input order.

    Items are taken in order of x0 (ties in input order); each goes into the lowest-numbered
    lane whose last item ends at least `gap` before it starts, so an item's lane never
    depends on items that start after it. O(n log n): lanes are released into a heap of free
    lane numbers as the sweep passes their ends.
    """
    order = sorted(range(len(extents)), key=lambda i: extents[i][0])
    return pack_in_order(order, [x0 for x0, _ in extents], [x1 + gap for _, x1 in extents])


def pack_in_order(order: Sequence[int], starts: Sequence[float], reaches: Sequence[float]) -> list[int]:
    """Lane index for each item, taking items in the given `order` (by start): each goes into
    the lowest-numbered lane whose last item reaches no further than its start."""
    lanes = [0] * len(starts)
    busy: list[tuple[float, int]] = []  # (reach, lane)
    free: list[int] = []
    count = 0
    push, pop = heapq.heappush, heapq.heappop
    for i in order:
        x0 = starts[i]
        while busy and busy[0][0] <= x0:
            push(free, pop(busy)[1])
        if free:
            lane = pop(free)
        else:
            lane = count
            count += 1
        lanes[i] = lane
        push(busy, (reaches[i], lane))
    return lanes
