"""Scene: the timeline laid out as plain geometry records for one viewport. No Qt here.

The painter (render/paint.py) draws a Scene on screen and into every export, so what is
exported is exactly what is shown. Text sizes come from a `measure(text, role)` function so
layout tests can use fake fonts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from timeline_app.model import Event, Timeline
from timeline_app.scale.lanes import pack_lanes
from timeline_app.scale.ticks import (
    LADDER,
    Rung,
    floor,
    major_label,
    major_rung,
    minor_label,
    offset,
    rung_for_spacing,
    ticks,
)
from timeline_app.scale.timescale import TimeScale
from timeline_app.time import format_range

Measure = Callable[[str, str], tuple[float, float]]

# Vertical layout, px.
TITLE_H = 40
MAJOR_H = 24
MINOR_H = 22
LANES_TOP_GAP = 18
LANE_H = 30
MIN_LANE_H = 20
LEGEND_H = 30
MARK_R = 6
BAR_H = 14
LABEL_GAP = 6
LANE_GAP_PX = 12
DEFAULT_COLOR = "#6b7a90"
# Units whose labels name a whole cell ("14", "Oct", "2019") and sit in its middle.
CELL_UNITS = {"day", "month"}


@dataclass(frozen=True)
class TextItem:
    """A label: `text` drawn in the box (x, y, w, h); y is the top."""

    x: float
    y: float
    w: float
    h: float
    text: str
    role: str  # "title", "major", "minor", "event", "era", "legend"


@dataclass(frozen=True)
class Tick:
    x: float
    major: bool


@dataclass(frozen=True)
class EventGlyph:
    """One event's mark (kind "point") or bar (kind "bar"), with its label."""

    event_id: str
    kind: str
    x0: float
    x1: float
    cy: float
    lane: int
    color: str
    label: TextItem | None
    selected: bool = False
    hovered: bool = False
    imprecise: bool = False  # month/year precision shown as a span
    matched: bool = False  # a search match
    dimmed: bool = False  # a search is on and this event does not match

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    def contains(self, x: float, y: float, slop: float = 3.0) -> bool:
        half = (MARK_R if self.kind == "point" else BAR_H / 2) + slop
        if self.x0 - half <= x <= self.x1 + half and abs(y - self.cy) <= half:
            return True
        lab = self.label
        return lab is not None and lab.x <= x <= lab.x + lab.w and lab.y <= y <= lab.y + lab.h


@dataclass(frozen=True)
class EraBand:
    x0: float
    x1: float
    color: str
    label: TextItem | None


@dataclass(frozen=True)
class LegendEntry:
    color: str
    x: float
    y: float
    label: TextItem
    category_id: str = ""
    hidden: bool = False  # filtered out: drawn hollow, click to show again

    def contains(self, x: float, y: float) -> bool:
        lab = self.label
        return self.x - 8 <= x <= lab.x + lab.w and lab.y - 4 <= y <= lab.y + lab.h + 4


@dataclass
class Scene:
    """Everything the painter needs; coordinates in logical px from the top-left."""

    width: float
    height: float
    axis_top: float
    axis_bottom: float
    lanes_top: float
    lanes_bottom: float
    ticks: list[Tick] = field(default_factory=list)
    labels: list[TextItem] = field(default_factory=list)
    eras: list[EraBand] = field(default_factory=list)
    events: list[EventGlyph] = field(default_factory=list)
    legend: list[LegendEntry] = field(default_factory=list)
    title: TextItem | None = None
    footer: TextItem | None = None  # exports only: source and date, drawn in margin_bottom
    minor_rung: Rung | None = None
    major_rung: Rung | None = None

    def glyph(self, event_id: str) -> EventGlyph | None:
        for g in self.events:
            if g.event_id == event_id:
                return g
        return None

    def legend_at(self, x: float, y: float) -> str | None:
        """The category id of the legend entry at (x, y), or None."""
        for e in self.legend:
            if e.contains(x, y):
                return e.category_id
        return None

    def event_at(self, x: float, y: float) -> str | None:
        """The id of the event drawn at (x, y); the nearest mark wins when several are close."""
        hits = [g for g in self.events if g.contains(x, y)]
        if not hits:
            return None
        return min(hits, key=lambda g: (abs(g.cy - y), abs(min(max(x, g.x0), g.x1) - x))).event_id


@dataclass(frozen=True)
class SceneOptions:
    title: bool = False
    legend: bool = True
    selected_id: str | None = None
    hovered_id: str | None = None
    margin_bottom: float = 0.0
    matches: frozenset[str] | None = None  # search matches; None when no search is on
    # Legend rows as (category id, label, colour, hidden); None: the categories in use.
    legend_entries: tuple[tuple[str, str, str, bool], ...] | None = None


def build_scene(
    timeline: Timeline,
    scale: TimeScale,
    height: float,
    measure: Measure,
    options: SceneOptions = SceneOptions(),
    lanes: "LaneLayout | None" = None,
) -> Scene:
    """Lay out `timeline` for the viewport `scale` x `height`."""
    width = scale.width
    top = 0.0
    title = None
    if options.title:
        w, h = measure(timeline.title, "title")
        title = TextItem(12, (TITLE_H - h) / 2, min(w, width - 24), h, timeline.title, "title")
        top = TITLE_H
    scene = Scene(width, height, top, top + MAJOR_H + MINOR_H, 0, 0, title=title)
    scene.lanes_top = scene.axis_bottom + LANES_TOP_GAP
    legend_entries = _legend(timeline, measure, width, options.legend_entries) if options.legend else []
    legend_h = LEGEND_H * _legend_rows(legend_entries) if legend_entries else 0
    scene.lanes_bottom = height - legend_h - options.margin_bottom
    _layout_axis(scene, scale, measure)
    _layout_eras(scene, timeline, scale, measure)
    lanes = lanes if lanes is not None and lanes.ms_per_px == scale.ms_per_px else LaneLayout(timeline, scale.ms_per_px, measure)
    _layout_events(scene, timeline, scale, lanes, options)
    for entry in legend_entries:
        dy = scene.lanes_bottom + (entry.y * LEGEND_H) + (LEGEND_H - entry.label.h) / 2
        scene.legend.append(
            LegendEntry(entry.color, entry.x, dy + entry.label.h / 2,
                        TextItem(entry.label.x, dy, entry.label.w, entry.label.h, entry.label.text, "legend"),
                        entry.category_id, entry.hidden)
        )
    return scene


def _layout_axis(scene: Scene, scale: TimeScale, measure: Measure) -> None:
    """Two rows: a major (context) row over a minor row; labels never overlap."""
    lo, hi = scale.start_ms, scale.end_ms
    minor = rung_for_spacing(scale.ms_per_px, 28)
    placed = _minor_labels(scene, scale, minor, measure)
    while placed is None:
        coarser = _next_rung(minor)
        if coarser is None:
            # The coarsest rung: keep every label that fits, drop the ones that would collide.
            placed = _minor_labels(scene, scale, minor, measure, strict=False) or []
            break
        minor = coarser
        placed = _minor_labels(scene, scale, minor, measure)
    scene.minor_rung = minor
    for t in ticks(minor, int(lo), int(hi) + 1):
        scene.ticks.append(Tick(scale.x(t), False))
    scene.labels += placed
    major = major_rung(minor)
    scene.major_rung = major
    if major is None:
        return
    major_ticks = ticks(major, floor(major, int(lo)), int(hi) + 1)
    y = scene.axis_top + (MAJOR_H - measure("Ag", "major")[1]) / 2
    items: list[TextItem] = []
    for i, t in enumerate(major_ticks):
        x = scale.x(t)
        if t >= lo:
            scene.ticks.append(Tick(x, True))
        text = major_label(major, t)
        w, h = measure(text, "major")
        # The label of the period the view starts in sticks to the left edge.
        lx = max(x, 0.0) + 6
        nxt = scale.x(major_ticks[i + 1]) if i + 1 < len(major_ticks) else scene.width + 1e9
        if lx + w > nxt - 6 and x < 0:
            continue  # pushed under the next label: the next period's label says enough
        if items and lx < items[-1].x + items[-1].w + 12:
            continue
        if lx + w > scene.width:
            break  # would be cut by the right edge
        items.append(TextItem(lx, y, w, h, text, "major"))
    scene.labels += items


def _next_rung(rung: Rung) -> Rung | None:
    i = LADDER.index(rung)
    return LADDER[i + 1] if i + 1 < len(LADDER) else None


def _minor_labels(scene: Scene, scale: TimeScale, rung: Rung, measure: Measure,
                  strict: bool = True) -> list[TextItem] | None:
    """Labels for the minor row, or None when they would overlap at this rung (when strict)."""
    lo, hi = scale.start_ms, scale.end_ms
    try:
        times = ticks(rung, floor(rung, int(lo)), int(hi) + 1)
    except ValueError:
        return None
    cell = rung.unit in CELL_UNITS or (rung.unit == "year" and rung.step == 1)
    y0 = scene.axis_top + MAJOR_H
    out: list[TextItem] = []
    for t in times:
        text = minor_label(rung, t)
        w, h = measure(text, "minor")
        if cell:
            x0, x1 = scale.x(t), scale.x(offset(rung, t))
            cx = (max(x0, 0) + min(x1, scene.width)) / 2
            if x1 - x0 < w + 6:
                if strict:
                    return None
                continue
            if min(x1, scene.width) - max(x0, 0) < w + 4:
                continue  # a cell cut by the edge: no room for its whole label
        elif rung.unit == "week":
            # A week is named by its Monday: the label starts at the Monday's tick.
            cx = scale.x(t) + 4 + w / 2
            if cx - w / 2 < 0 or cx + w / 2 > scene.width:
                continue
        else:
            cx = scale.x(t)
            if cx - w / 2 < 0 or cx + w / 2 > scene.width:
                continue
        lx = cx - w / 2
        if out and lx < out[-1].x + out[-1].w + 8:
            if strict:
                return None
            continue
        out.append(TextItem(lx, y0 + (MINOR_H - h) / 2, w, h, text, "minor"))
    return out


def _layout_eras(scene: Scene, timeline: Timeline, scale: TimeScale, measure: Measure) -> None:
    for era in timeline.eras:
        x0, x1 = scale.x(era.start.ms), scale.x(era.end.end_ms)
        if x1 < 0 or x0 > scene.width:
            continue
        w, h = measure(era.label, "era")
        lx = max(x0, 0) + 6
        label = TextItem(lx, scene.axis_bottom + 2, w, h, era.label, "era") if lx + w <= min(x1, scene.width) else None
        scene.eras.append(EraBand(x0, x1, era.color or "#d8dee9", label))


def draws_as_point(ev: Event, ms_per_px: float) -> bool:
    """A mark for single days, and for spans too short at this zoom to show as a bar."""
    return ev.is_point or (ev.end_ms - ev.start_ms) / ms_per_px < BAR_H


class LaneLayout:
    """Lanes for every event at one zoom level: computed once per zoom, reused while panning.

    `label_sizes` (one (w, h) per event in chronological order) do not depend on the zoom;
    pass the previous layout's to skip measuring every title again.
    """

    def __init__(self, timeline: Timeline, ms_per_px: float, measure: Measure,
                 label_sizes: list[tuple[float, float]] | None = None):
        self.ms_per_px = ms_per_px
        self.order = timeline.chronological
        if label_sizes is None or len(label_sizes) != len(self.order):
            label_sizes = [measure(ev.title, "event") for ev in self.order]
        self.label_sizes = label_sizes
        self.starts = [ev.start_ms for ev in self.order]
        extents = []
        for ev, (w, _h) in zip(self.order, label_sizes):
            x0 = ev.start_ms / ms_per_px
            x1 = ev.end_ms / ms_per_px
            if draws_as_point(ev, ms_per_px):
                c = (x0 + x1) / 2
                extents.append((c - MARK_R, c + MARK_R + LABEL_GAP + w))
            else:
                inside = x1 - x0 >= w + 2 * LABEL_GAP
                extents.append((x0, x1 if inside else x1 + LABEL_GAP + w))
        self.lanes = pack_lanes(extents, gap=LANE_GAP_PX)
        self.lane_count = max(self.lanes, default=-1) + 1
        # How far left of its start an event's drawing can reach, and how far right: bounds
        # for finding the events that touch a view without looking at all of them.
        self.max_extent_px = max((x1 - x0 for x0, x1 in extents), default=0.0)

    def visible_range(self, scale: TimeScale) -> tuple[int, int]:
        """Index range (into `order`) of the events that may be drawn in `scale`'s view."""
        reach_ms = (self.max_extent_px + 2 * MARK_R) * scale.ms_per_px
        return (bisect_left(self.starts, scale.start_ms - reach_ms),
                bisect_right(self.starts, scale.end_ms + MARK_R * scale.ms_per_px))


def _layout_events(scene: Scene, timeline: Timeline, scale: TimeScale, lanes: LaneLayout,
                   options: SceneOptions) -> None:
    room = scene.lanes_bottom - scene.lanes_top
    lane_h = LANE_H
    if lanes.lane_count:
        lane_h = max(MIN_LANE_H, min(LANE_H, room / lanes.lane_count))
    colors = {c.id: c.color for c in timeline.categories}
    lo, hi = lanes.visible_range(scale)
    for i in range(lo, hi):
        ev, lane, (w, h) = lanes.order[i], lanes.lanes[i], lanes.label_sizes[i]
        x0, x1 = scale.x(ev.start_ms), scale.x(ev.end_ms)
        cy = scene.lanes_top + lane * lane_h + lane_h / 2
        color = colors.get(ev.category or "", DEFAULT_COLOR)
        if draws_as_point(ev, scale.ms_per_px):
            c = (x0 + x1) / 2
            kind, gx0, gx1 = "point", c, c
            label = TextItem(c + MARK_R + LABEL_GAP, cy - h / 2, w, h, ev.title, "event")
        else:
            kind, gx0, gx1 = "bar", x0, max(x1, x0 + 2)
            inside = x1 - x0 >= w + 2 * LABEL_GAP
            lx = max(x0, 0) + LABEL_GAP if inside and max(x0, 0) + w + 2 * LABEL_GAP <= x1 else x1 + LABEL_GAP
            label = TextItem(lx, cy - h / 2, w, h, ev.title, "event")
        scene.events.append(
            EventGlyph(
                ev.id, kind, gx0, gx1, cy, lane, color, label,
                selected=ev.id == options.selected_id,
                hovered=ev.id == options.hovered_id,
                imprecise=not ev.is_point and ev.end is None,
                matched=options.matches is not None and ev.id in options.matches,
                dimmed=options.matches is not None and ev.id not in options.matches,
            )
        )


def event_tooltip(ev: Event) -> str:
    """Plain text shown when hovering: title, date, place."""
    lines = [ev.title, format_range(ev.start, ev.end)]
    if ev.location is not None:
        lines.append(", ".join(p for p in (ev.location.name, ev.location.place) if p))
    return "\n".join(lines)


def _legend(timeline: Timeline, measure: Measure, width: float,
            entries: tuple[tuple[str, str, str, bool], ...] | None = None) -> list[LegendEntry]:
    """Legend entries with x and a row number in y (converted to px by build_scene)."""
    if entries is None:
        used = {e.category for e in timeline.events}
        entries = tuple((c.id, c.label, c.color, False) for c in timeline.categories if c.id in used)
    out: list[LegendEntry] = []
    x, row = 16.0, 0
    for cat_id, label, col, hidden in entries:
        w, h = measure(label, "legend")
        if x + 18 + w > width - 16 and x > 16:
            x, row = 16.0, row + 1
        out.append(LegendEntry(col, x + 6, row, TextItem(x + 18, 0, w, h, label, "legend"), cat_id, hidden))
        x += 18 + w + 24
    return out


def _legend_rows(entries: list[LegendEntry]) -> int:
    return int(max(e.y for e in entries)) + 1


__all__ = [
    "EraBand", "EventGlyph", "LaneLayout", "LegendEntry", "Scene", "SceneOptions", "TextItem",
    "Tick", "build_scene", "event_tooltip",
]
