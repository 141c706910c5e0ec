"""Events drawn one by one: each lane's boxes (marks and bars closer than MIN_SEP_PX share
one), a glyph and label per event, and a counted cluster where a box holds several."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.records import (
    DEFAULT_COLOR,
    ClusterGlyph,
    ClusterKind,
    EventGlyph,
    GlyphKind,
    Measure,
    Scene,
    SceneOptions,
    TextItem,
)
from timeline_app.layout.sizes import BAR_H, LABEL_GAP, MARK_R
from timeline_app.layout.text import elide_end, elide_start
from timeline_app.layout.timescale import TimeScale

if TYPE_CHECKING:
    from timeline_app.model.table import EventTable

MIN_SEP_PX = 3.0  # marks closer than this merge into a cluster
COUNT_PAD = 6.0  # room around a cluster's count
MIN_LABEL_PX = 36.0  # narrower room than this: no label (the tooltip still tells)
MIN_BAR_PX = 4.0  # a span at least this wide is drawn as a bar, not a point
EDGE_PAD = 2.0  # labels keep this far from the edges of the canvas
FEW = 16  # lane slices this short are boxed in plain Python (NumPy's call overhead would dominate)

Boxes = tuple[np.ndarray, np.ndarray, np.ndarray]  # (first item, left x, right x) of each box


@dataclass(frozen=True)
class Frame:
    """What every lane of one scene build shares."""

    scene: Scene
    lanes: LaneLayout
    scale: TimeScale
    colors: list[str]  # each category's colour, by category code
    options: SceneOptions
    measure: Measure

    @property
    def table(self) -> EventTable:
        return self.lanes.table


def boxes(lanes: LaneLayout, scale: TimeScale, i: int, j: int) -> Boxes:
    """The lane slice [i, j) as drawn one by one: (first item, left x, right x) of each box,
    where marks and bars closer than MIN_SEP_PX share one box (a cluster). NumPy only, so a
    frame can afford it for every lane in view before choosing what to draw."""
    if j - i <= FEW:
        return _boxes_few(lanes, scale, i, j)
    x0 = (lanes.lane_start[i:j] - scale.start_ms) / scale.ms_per_px
    x1 = (lanes.lane_end[i:j] - scale.start_ms) / scale.ms_per_px
    pointlike = lanes.table.point[lanes.by_lane[i:j]] | (x1 - x0 < BAR_H)
    c = (x0 + x1) / 2
    left = np.where(pointlike, c - MARK_R, x0)
    right = np.maximum.accumulate(np.where(pointlike, c + MARK_R, x1))
    first = np.flatnonzero(np.concatenate(([True], left[1:] >= right[:-1] + MIN_SEP_PX)))
    last = np.concatenate((first[1:], [j - i])) - 1
    return first, left[first], right[last]


def _boxes_few(lanes: LaneLayout, scale: TimeScale, i: int, j: int) -> Boxes:
    origin, mpp = scale.start_ms, scale.ms_per_px
    point = lanes.table.point
    by_lane = lanes.by_lane
    first: list[int] = []
    lefts: list[float] = []
    rights: list[float] = []
    reach = -np.inf
    for k, (s, e) in enumerate(zip(lanes.lane_start[i:j].tolist(), lanes.lane_end[i:j].tolist())):
        x0, x1 = (s - origin) / mpp, (e - origin) / mpp
        if point[by_lane[i + k]] or x1 - x0 < BAR_H:
            c = (x0 + x1) / 2
            x0, x1 = c - MARK_R, c + MARK_R
        if not first or x0 >= reach + MIN_SEP_PX:
            first.append(k)
            lefts.append(x0)
            rights.append(x1)
        reach = max(reach, x1)
        rights[-1] = reach
    return np.array(first), np.array(lefts), np.array(rights)


def detail_lane(frame: Frame, i: int, j: int, *, lane: int, cy: float, lane_boxes: Boxes) -> None:
    """The lane slice [i, j) one by one (each label has room up to the next box); a box of
    several events is a counted cluster."""
    first, lefts, rights = lane_boxes[0].tolist(), lane_boxes[1].tolist(), lane_boxes[2].tolist()
    ends = first[1:] + [j - i]
    for b, f in enumerate(first):  # where a cluster grows to show its count, labels before it stop earlier
        n = ends[b] - f
        if n > 1:
            need = frame.measure(f"{n:,}", "count")[0] + COUNT_PAD
            lefts[b] = min(lefts[b], (lefts[b] + rights[b]) / 2 - need / 2)
    lanes = frame.lanes
    nxt_after = lanes.lane_start[j] if j < lanes.ptr[lane + 1] else None
    for b, f in enumerate(first):
        if b + 1 < len(first):
            room_to = lefts[b + 1]
        else:
            room_to = frame.scale.x(nxt_after) - MARK_R if nxt_after is not None else 1e12
        if ends[b] - f == 1:
            _single(frame, i + f, cy, label_room=room_to - MIN_SEP_PX)
        else:
            _cluster(frame, i + f, i + ends[b], cy)


def _single(frame: Frame, pos: int, cy: float, *, label_room: float) -> None:
    """One event's glyph; its label gets at most `label_room` px right of the mark or bar."""
    table, scale, options = frame.table, frame.scale, frame.options
    e = int(frame.lanes.by_lane[pos])
    eid = table.ids[e]
    x0, x1 = scale.x(float(table.start_ms[e])), scale.x(float(table.end_ms[e]))
    cat = int(table.category[e])
    color = frame.colors[cat] if cat >= 0 else DEFAULT_COLOR
    if bool(table.point[e]) or (x1 - x0) < MIN_BAR_PX:
        c = (x0 + x1) / 2
        kind, gx0, gx1 = GlyphKind.POINT, c, c
    else:
        kind, gx0, gx1 = GlyphKind.BAR, x0, x1
    label = _event_label(frame, table.titles[e], kind, gx0, gx1, cy=cy, label_room=label_room)
    matches = options.matches
    frame.scene.events.append(
        EventGlyph(
            eid, kind, gx0, gx1, cy, int(frame.lanes.lanes[e]), color, label,
            selected=eid == options.selected_id,
            hovered=eid == options.hovered_id,
            imprecise=bool(table.imprecise[e]),
            matched=matches is not None and eid in matches,
            dimmed=matches is not None and eid not in matches,
        )
    )


def _event_label(frame: Frame, title: str, kind: GlyphKind, x0: float, x1: float, *, cy: float,
                 label_room: float) -> TextItem | None:
    """An event's label: right of its mark or bar, or inside a bar wide enough, never past
    `label_room` nor the edges of the canvas. What does not fit is cut with "…": at the
    end, or at the start for a label whose mark is off the left edge."""
    measure, width = frame.measure, frame.scene.width
    w, h = measure(title, "event")
    right = min(label_room, width - EDGE_PAD)
    vis0, vis1 = max(x0, EDGE_PAD), min(x1, width - EDGE_PAD)
    inside_room = vis1 - vis0 - 2 * LABEL_GAP if kind == GlyphKind.BAR else -1.0
    lx = (x0 + MARK_R if kind == GlyphKind.POINT else x1) + LABEL_GAP
    room = right - lx
    if inside_room >= w or (room < w and inside_room > room and inside_room >= MIN_LABEL_PX):
        lx, room = vis0 + LABEL_GAP, inside_room  # in the bar: whole there, or more room than after it
    if lx < EDGE_PAD:
        # The mark is off the left edge but the label reaches in: keep its end, cut its start.
        end = min(lx + w, right)
        if end - EDGE_PAD < MIN_LABEL_PX or lx + w > right:
            return None
        text = elide_start(title, end - EDGE_PAD, measure)
        tw = measure(text, "event")[0]
        return TextItem(end - tw, cy - h / 2, tw, h, text, "event")
    text = title
    if room < w:
        if room < MIN_LABEL_PX:
            return None
        text = elide_end(title, room, measure)
        w = measure(text, "event")[0]
    return TextItem(lx, cy - h / 2, w, h, text, "event")


def _cluster(frame: Frame, a: int, z: int, cy: float) -> None:
    """The events at positions [a, z) of the lane as one cluster, grown to show its count;
    in their category's colour when they share one."""
    scale, lanes, width = frame.scale, frame.lanes, frame.scene.width
    t0, t1, n = float(lanes.lane_start[a]), float(lanes.lane_end[z - 1]), z - a
    x0, x1 = scale.x(t0), scale.x(t1)
    if x1 - x0 < 2 * MARK_R:
        c = (x0 + x1) / 2
        x0, x1 = c - MARK_R, c + MARK_R
    text = f"{n:,}"
    w, th = frame.measure(text, "count")
    if x1 - x0 < w + COUNT_PAD:  # a small cluster grows to show its count
        c = (x0 + x1) / 2
        x0, x1 = c - (w + COUNT_PAD) / 2, c + (w + COUNT_PAD) / 2
    x0, x1 = max(x0, -4.0), min(x1, width + 4)
    h = min(BAR_H + 2, frame.scene.lane_h - 4)
    item = TextItem((x0 + x1) / 2 - w / 2, cy - th / 2, w, th, text, "count") if w + 4 <= x1 - x0 else None
    color = _shared_color(frame, a, z)
    frame.scene.clusters.append(ClusterGlyph(ClusterKind.CLUSTER, x0, x1, cy, h, n, t0, t1, color, item))


def _shared_color(frame: Frame, a: int, z: int) -> str:
    cats = frame.table.category[frame.lanes.by_lane[a:z]]
    if len(cats) and (cats == cats[0]).all() and cats[0] >= 0:
        return frame.colors[int(cats[0])]
    return DEFAULT_COLOR
