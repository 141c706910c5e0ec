"""Scene: the timeline laid out as plain geometry records for one viewport. No Qt here.

The painter (render/paint.py) draws a Scene on screen and into every export, so what is
exported is exactly what is shown. Text sizes come from a `measure(text, role)` function so
layout tests can use fake fonts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from timeline_app.model import Event, Timeline
from timeline_app.model.memo import Memo
from timeline_app.scale.aggregate import FoldIndex, HistogramTrack, dominant, histogram, lanes_dominant
from timeline_app.scale.lanes import pack_in_order
from timeline_app.scale.ticks import (
    LADDER,
    Rung,
    floor,
    in_locale,
    major_rung,
    major_label_forms,
    minor_label_under,
    offset,
    on_ladder,
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
    """A grid line at x; `spans` are the (top, bottom) pieces drawn, which stop short of
    every label in the way (empty: not yet cut, drawn over the whole axis and lanes)."""

    x: float
    major: bool
    spans: tuple[tuple[float, float], ...] = ()


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
    clusters: list[ClusterGlyph] = field(default_factory=list)
    density: list[DensityRow] = field(default_factory=list)
    labels_count: list[TextItem] = field(default_factory=list)  # exact counts on density runs
    today_x: float | None = None  # the "today" line, when today is in view
    lane_h: float = LANE_H
    lane_offset: int = 0  # the first lane shown (the view scrolls lanes vertically)
    lane_rows: int = 0
    more_row_y: float | None = None  # centre of the first folded row (lanes that did not fit), if shown
    folded_from: int | None = None  # the first lane drawn folded with others, if any
    histogram: HistogramTrack | None = None  # every event in view per column, by category
    category_colors: tuple[str, ...] = ()  # colour of each category code (the last: none)
    aggregate_note: TextItem | None = None  # says how folded and dense rows are coloured

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

    def cluster_at(self, x: float, y: float) -> ClusterGlyph | None:
        """The cluster (or a band's run, or a folded row's run) drawn at (x, y), or None."""
        for c in self.clusters:
            if c.contains(x, y):
                return c
        for row in self.density:
            hit = row.cluster_at(x, y)
            if hit is not None:
                return hit
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
    lane_offset: int = 0  # first lane shown
    now_ms: float | None = None  # draw a "today" line here when it is in view
    lang: str = "en"  # the language of the axis labels (time/locale_format.py)


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
    if options.now_ms is not None and scale.start_ms <= options.now_ms <= scale.end_ms:
        scene.today_x = scale.x(options.now_ms)
    legend_h = LEGEND_H * _legend_rows(legend_entries) if legend_entries else 0
    scene.lanes_bottom = height - legend_h - options.margin_bottom
    _layout_axis(scene, scale, measure, options.lang)
    _layout_eras(scene, timeline, scale, measure)
    lanes = lanes if lanes is not None and lanes.table is timeline.table else LaneLayout.of(timeline, measure)
    track = _wants_histogram(scene, lanes)
    if track is not None:
        scene.lanes_top = track[1] + LANES_TOP_GAP
    _layout_events(scene, timeline, scale, lanes, options, measure)
    if track is not None:
        _add_histogram(scene, timeline, scale, track, measure)
    for entry in legend_entries:
        dy = scene.lanes_bottom + (entry.y * LEGEND_H) + (LEGEND_H - entry.label.h) / 2
        scene.legend.append(
            LegendEntry(entry.color, entry.x, dy + entry.label.h / 2,
                        TextItem(entry.label.x, dy, entry.label.w, entry.label.h, entry.label.text, "legend"),
                        entry.category_id, entry.hidden)
        )
    _add_aggregate_note(scene, measure)
    _cut_grid(scene)
    return scene


def _layout_axis(scene: Scene, scale: TimeScale, measure: Measure, lang: str = "en") -> None:
    """Two rows: a major (context) row over a minor row; labels never overlap."""
    lo, hi = scale.start_ms, scale.end_ms
    minor = rung_for_spacing(scale.ms_per_px, 28)
    minor = in_locale(minor, lang)
    placed = _minor_labels(scene, scale, minor, measure, lang=lang)
    while placed is None:
        coarser = _next_rung(minor)
        if coarser is None:
            # The coarsest rung: keep every label that fits, drop the ones that would collide.
            placed = _minor_labels(scene, scale, minor, measure, strict=False, lang=lang) or []
            break
        minor = in_locale(coarser, lang)
        placed = _minor_labels(scene, scale, minor, measure, lang=lang)
    scene.minor_rung = minor
    for t in ticks(minor, int(lo), int(hi) + 1):
        scene.ticks.append(Tick(scale.x(t), False))
    major = major_rung(minor)
    scene.major_rung = major
    if major is None:
        scene.labels += placed
        return
    major_ticks = ticks(major, floor(major, int(lo)), int(hi) + 1)
    for t in major_ticks:
        if t >= lo:
            scene.ticks.append(Tick(scale.x(t), True))
    items = _major_labels(scene, scale, major, major_ticks, measure, lang)
    scene.labels += _without_repeats(placed, items)
    scene.labels += items


def _major_labels(scene: Scene, scale: TimeScale, major: Rung, major_ticks: list[int],
                  measure: Measure, lang: str = "en") -> list[TextItem]:
    """The context row: each period's label at its start; the periods cut by the left and
    right edges keep a label too, stuck to the edge and shortened to the room they have."""
    y = scene.axis_top + (MAJOR_H - measure("Ag", "major")[1]) / 2
    items: list[TextItem] = []
    for i, t in enumerate(major_ticks):
        x = scale.x(t)
        lx = max(x, 0.0) + 6
        nxt = scale.x(major_ticks[i + 1]) if i + 1 < len(major_ticks) else scene.width + 1e9
        # The label stuck to the left edge must end before the next period's label; any
        # other may run on over the next period (whose own label then gives way).
        room = (min(nxt - 6, scene.width - 4) if x < 0 else scene.width - 4) - lx
        if items and lx < items[-1].x + items[-1].w + 12:
            continue
        for text in major_label_forms(major, t, lang):
            w, h = measure(text, "major")
            if w <= room:
                items.append(TextItem(lx, y, w, h, text, "major"))
                break
    return items


def _without_repeats(minor: list[TextItem], major: list[TextItem]) -> list[TextItem]:
    """Minor labels, less any that would say again what the major label beside them says."""
    said = {m.text for m in major}
    return [m for m in minor if m.text not in said]


GRID_CLEAR_PX = 3.0  # grid lines keep this far from the text they stop short of


def _text_boxes(scene: Scene) -> list[TextItem]:
    """Every text drawn over the axis and the lanes."""
    return [*scene.labels, *(g.label for g in scene.events if g.label is not None),
            *(e.label for e in scene.eras if e.label is not None),
            *(c.text for c in scene.clusters if c.text is not None), *scene.labels_count,
            *((scene.histogram.label,) if scene.histogram is not None and scene.histogram.label else ())]


def _pieces(top: float, bottom: float, cuts: list[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    """[top, bottom] less the (y0, y1) cuts, as pieces at least 1 px long."""
    pieces = [(top, bottom)]
    for g0, g1 in sorted(cuts):
        last0, last1 = pieces[-1]
        if g1 <= last0 or g0 >= last1:
            continue
        pieces[-1:] = [p for p in ((last0, g0), (g1, last1)) if p[1] - p[0] >= 1]
        if not pieces:
            break
    return tuple(pieces) or ((top, top),)


def _cut_grid(scene: Scene) -> None:
    """Cut every grid line where it would strike through a label (axis, event, era or count
    labels): lines run from their row of the axis to the foot of the lanes, in pieces."""
    ticks_ = scene.ticks
    if not ticks_:
        return
    order = sorted(range(len(ticks_)), key=lambda k: ticks_[k].x)
    xs = [ticks_[k].x for k in order]
    gaps: dict[int, list[tuple[float, float]]] = {}
    reach = GRID_CLEAR_PX + 1  # lines are drawn on pixel centres (round(x) + 0.5)
    for b in _text_boxes(scene):
        a = bisect_left(xs, b.x - reach)
        z = bisect_right(xs, b.x + b.w + reach)
        for k in order[a:z]:
            gaps.setdefault(k, []).append((b.y - 1, b.y + b.h + 1))
    bottom = scene.lanes_bottom
    whole = {True: ((scene.axis_top, bottom),), False: ((scene.axis_top + MAJOR_H, bottom),)}
    out = []
    for k, tick in enumerate(ticks_):
        cuts = gaps.get(k)
        spans = whole[tick.major] if cuts is None else _pieces(whole[tick.major][0][0], bottom, cuts)
        out.append(Tick(tick.x, tick.major, spans))
    scene.ticks = out


def line_spans(scene: Scene, x: float, top: float) -> tuple[tuple[float, float], ...]:
    """The pieces of a vertical line at x from `top` to the foot of the lanes that stop short
    of the scene's labels, as the grid's do (for lines drawn over the grid, like "today")."""
    reach = GRID_CLEAR_PX + 1
    cuts = [(b.y - 1, b.y + b.h + 1) for b in _text_boxes(scene) if b.x - reach <= x <= b.x + b.w + reach]
    return _pieces(top, scene.lanes_bottom, cuts)


def _next_rung(rung: Rung) -> Rung | None:
    i = LADDER.index(on_ladder(rung))
    return LADDER[i + 1] if i + 1 < len(LADDER) else None


def _minor_labels(scene: Scene, scale: TimeScale, rung: Rung, measure: Measure,
                  strict: bool = True, lang: str = "en") -> list[TextItem] | None:
    """Labels for the minor row, or None when they would overlap at this rung (when strict)."""
    lo, hi = scale.start_ms, scale.end_ms
    try:
        times = ticks(rung, floor(rung, int(lo)), int(hi) + 1)
    except ValueError:
        return None
    cell = rung.unit in CELL_UNITS or (rung.unit == "year" and rung.step == 1)
    y0 = scene.axis_top + MAJOR_H
    above = major_rung(rung)
    out: list[TextItem] = []
    for t in times:
        text = minor_label_under(rung, above, t, lang)
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


# Lanes are computed once per timeline (LaneLayout) and never change with pan or zoom.
# Up to LABEL_ROOM_LIMIT events, each event also reserves room for its label at the scale
# that shows the whole timeline REF_WIDTH px wide, so at that zoom and closer every label is
# whole; past that limit lanes hold time alone (labels show where there is room).
LABEL_ROOM_LIMIT = 2_000
# Kept per table by this stage (model/memo.py): the lanes, and which events match a search.
_LANES: Memo[LaneLayout] = Memo("lanes per table")
_MATCH_MASKS: Memo[tuple[frozenset[str], np.ndarray]] = Memo("search matches per table")
REF_WIDTH = 900.0
LABEL_LANES = 24  # small timelines: reserve label room at a zoom where this many lanes suffice
# Level of detail: at most this many single events are drawn per frame; lanes whose
# visible events would exceed it are drawn as clusters with exact counts.
DETAIL_BUDGET = 70
MAX_PER_BOX = 4  # a lane whose boxes hold more events than this on average becomes a band
MIN_SEP_PX = 3.0  # marks closer than this merge into a cluster
COUNT_PAD = 6.0  # room around a cluster's count
MIN_LABEL_PX = 36.0  # narrower room than this: no label (the tooltip still tells)
MIN_BAR_PX = 4.0  # a span at least this wide is drawn as a bar, not a point
EDGE_PAD = 2.0  # labels keep this far from the edges of the canvas
DENSITY_PX = 3.0  # column width of density bands
MAX_COUNT_LABELS_PER_ROW = 4
MAX_COUNT_LABELS = 24


class LaneLayout:
    """Stable lanes: one lane per event for the life of the timeline.

    Within a lane events never overlap in time (nor, for small timelines, with the labels
    reserved for them), so each lane is a sorted run: the events of a lane inside a view
    are one contiguous slice found by binary search, and panning or zooming never moves an
    event to another lane.
    """

    def __init__(self, timeline: Timeline, measure: Measure | None = None, lanes: np.ndarray | None = None):
        table = timeline.table
        self.table = table
        n = table.n
        start, end = table.start_ms, table.end_ms
        self.measure = measure
        lo = float(start.min()) if n else 0.0
        hi = float(end.max()) if n else 1.0
        self.ref_ms_per_px = max(hi - lo, 1.0) / REF_WIDTH
        if lanes is not None:
            reach = end.copy()
        elif 0 < n <= LABEL_ROOM_LIMIT:
            if measure is None:
                raise ValueError("lanes of a small timeline leave room for labels: pass measure")
            widths = np.array([measure(t, "event")[0] for t in table.titles], dtype=np.float64)
            # Room for whole labels at the zoom that fits the timeline REF_WIDTH px wide; where
            # that needs more than LABEL_LANES lanes, at the first zoom in (x2, x4, ...) where
            # it does not. Closer than that zoom every label is whole; farther out, labels get
            # what room their lane has.
            ref = self.ref_ms_per_px
            while True:
                reach = _label_reach(table, widths, ref)
                lanes = _pack(table.order, start, reach)
                if int(lanes.max()) + 1 <= LABEL_LANES or ref < self.ref_ms_per_px / 4096:
                    break
                ref /= 2
            self.ref_ms_per_px = ref
        else:
            reach = end.copy()
        self.lanes = lanes if lanes is not None else _pack(table.order, start, reach)
        self.lane_count = int(self.lanes.max()) + 1 if n else 0
        # Events grouped by lane, each group in time order (CSR: ptr[k]..ptr[k+1]).
        by_lane = table.order[np.argsort(self.lanes[table.order], kind="stable")] if n else table.order
        self.by_lane = by_lane
        self.ptr = np.searchsorted(self.lanes[by_lane], np.arange(self.lane_count + 1)) if n else np.zeros(1, int)
        self.lane_start = start[by_lane]
        self.lane_reach = reach[by_lane]
        self.lane_end = end[by_lane]

    @classmethod
    def of(cls, timeline: Timeline, measure: Measure | None = None) -> LaneLayout:
        """The layout of a timeline, computed once and kept with its table.

        Large timelines (lanes by time alone) do not depend on the font, so a loading thread
        can compute them (`measure=None`) before the window shows the timeline. A filtered
        large timeline takes its lanes from the full one, renumbered without the empty lanes
        (relative order kept), instead of packing a million events again."""
        table = timeline.table
        small = table.n <= LABEL_ROOM_LIMIT
        got = _LANES.get(table)
        if got is not None and (not small or got.measure is measure):
            return got
        parent = table.parent
        full = _LANES.get(parent) if parent is not None and not small else None
        if full is not None:
            _used, lanes = np.unique(full.lanes[table.parent_index], return_inverse=True)
            got = cls(timeline, measure, lanes=lanes.astype(np.int32).reshape(-1))
        else:
            got = cls(timeline, measure)
        return _LANES.put(table, got)

    def lane_slice(self, lane: int, lo_ms: float, hi_ms: float) -> tuple[int, int]:
        """Positions (into by_lane) of the lane's events that reach into [lo_ms, hi_ms]."""
        a, b = int(self.ptr[lane]), int(self.ptr[lane + 1])
        i = a + int(np.searchsorted(self.lane_reach[a:b], lo_ms, "right"))
        j = a + int(np.searchsorted(self.lane_start[a:b], hi_ms, "right"))
        return i, max(i, j)


def _label_reach(table, widths: np.ndarray, ref: float) -> np.ndarray:
    """How far right (ms) each event's drawing reaches at `ref` ms per px: its bar or mark,
    and its label after it (or inside a bar long enough), plus the gap between neighbours."""
    start, end = table.start_ms, table.end_ms
    length_px = (end - start) / ref
    point = table.point | (length_px < BAR_H)
    label_room = (2 * MARK_R + LABEL_GAP + widths) * ref
    inside = length_px >= widths + 2 * LABEL_GAP
    reach = np.where(point, start + label_room, np.where(inside, end, end + LABEL_GAP * ref + widths * ref))
    return reach + LANE_GAP_PX * ref


def _pack(order: np.ndarray, start: np.ndarray, reach: np.ndarray) -> np.ndarray:
    """Greedy lanes in time order (scale/lanes.py): each event takes the lowest lane free at its start."""
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


@dataclass(frozen=True)
class ClusterGlyph:
    """Events too dense to draw one by one: `count` of them (exact) between t0 and t1.

    kind "cluster" sits in a lane; kind "merged" is a run of a folded row, standing for the
    block of lanes `lanes`. Clicking a cluster zooms into [t0, t1]; clicking a folded row
    scrolls its lanes into view.
    """

    kind: str
    x0: float
    x1: float
    cy: float
    h: float
    count: int
    t0: float
    t1: float
    color: str
    text: TextItem | None
    lanes: tuple[int, int] | None = None  # a band's lanes [a, b) (several for a folded row)

    def contains(self, x: float, y: float, slop: float = 2.0) -> bool:
        return self.x0 - slop <= x <= self.x1 + slop and abs(y - self.cy) <= self.h / 2 + slop


def _layout_events(scene: Scene, timeline: Timeline, scale: TimeScale, lanes: LaneLayout,
                   options: SceneOptions, measure: Measure) -> None:
    table = timeline.table
    room = scene.lanes_bottom - scene.lanes_top
    count = lanes.lane_count
    lane_h = max(MIN_LANE_H, min(LANE_H, room / count)) if count else LANE_H
    rows = max(int(room // lane_h), 1)
    first = max(0, min(options.lane_offset, max(count - 1, 0)))
    # Not every lane fits: the first lanes get a row each, the rest are folded into rows of
    # growing blocks of lanes, so every event in view is drawn in some row.
    single, fold_bounds = FoldIndex.plan(lanes, first, rows) if count else (0, np.zeros(0, np.int64))
    shown = list(range(first, first + single))
    scene.lane_h = lane_h
    scene.lane_offset = first
    scene.lane_rows = rows
    mpp = scale.ms_per_px
    pad = (MARK_R + MIN_SEP_PX) * mpp
    lo_ms, hi_ms = scale.start_ms - pad, scale.end_ms + pad
    slices = [lanes.lane_slice(k, lo_ms, hi_ms) for k in shown]
    colors = [c.color for c in timeline.categories]
    scene.category_colors = tuple(colors) + (DEFAULT_COLOR,)
    budget = DETAIL_BUDGET
    edges = _edges(scale)
    specs: list[tuple] = []  # density rows: (kind, cy, counts, first position, dominant category, lanes)
    matched: list[tuple[int, np.ndarray]] = []  # search matches per column of those rows
    band_slices: list[tuple[int, np.ndarray]] = []  # (first position, column cuts) of each band
    for row, (k, (i, j)) in enumerate(zip(shown, slices)):
        cy = scene.lanes_top + row * lane_h + lane_h / 2
        m = j - i
        if m == 0:
            continue
        # (A lane with more than MAX_PER_BOX events per box the budget allows cannot qualify.)
        boxes = _boxes(table, lanes, scale, i, j) if m <= MAX_PER_BOX * budget else None
        # One by one (with small counted clusters) while that stays legible: few enough boxes
        # for the frame, holding a few events each; else the lane is a density band.
        if boxes is not None and len(boxes[0]) <= budget and m <= MAX_PER_BOX * len(boxes[0]):
            budget -= len(boxes[0])
            _detail_lane(scene, table, lanes, scale, i, j, k, cy, lane_h, colors, options, measure, boxes)
        else:
            cuts = np.searchsorted(lanes.lane_start[i:j], edges, "left")
            cuts[0] = 0  # events starting left of the view but reaching into it count in the first column
            cuts[-1] = j - i
            specs.append(("cluster", cy, np.diff(cuts), i, None, (k, k + 1)))
            band_slices.append((i, cuts))
            if options.matches is not None:
                matched.append((len(specs) - 1, _match_counts(lanes, options.matches, i, j, edges)))
    if band_slices:  # each band's colours: its most common category per column
        tops = lanes_dominant(lanes, band_slices)
        specs = [spec[:4] + (tops[n],) + spec[5:] for n, spec in enumerate(specs)]
    if len(fold_bounds) > 1:
        by_cat, fold_edges = FoldIndex.of(lanes, fold_bounds).counts(edges)
        sums = by_cat.sum(axis=2)
        tops = dominant(by_cat, sums)
        for b in range(len(fold_bounds) - 1):
            cy = scene.lanes_top + (len(shown) + b) * lane_h + lane_h / 2
            lane_range = (int(fold_bounds[b]), int(fold_bounds[b + 1]))
            specs.append(("merged", cy, sums[b], -1, tops[b], lane_range))
        scene.folded_from = int(fold_bounds[0])
        scene.more_row_y = scene.lanes_top + len(shown) * lane_h + lane_h / 2
    if specs:
        _add_density(scene, scale, lanes, edges, specs, lane_h, measure)
        if len(fold_bounds) > 1 and fold_edges is not edges:  # hover tells the span counted
            scene.density = [replace(r, edges=fold_edges) if r.kind == "merged" else r for r in scene.density]
        for row, counts in matched:
            scene.density[row] = replace(scene.density[row], matches=counts)


def _match_counts(lanes: LaneLayout, matches: frozenset[str], i: int, j: int, edges: np.ndarray) -> np.ndarray:
    """Search matches per density column of the lane slice [i, j) (same columns as its counts)."""
    table = lanes.table
    got = _MATCH_MASKS.get(table)
    if got is None or got[0] is not matches:
        mask = np.zeros(table.n, dtype=bool)
        index_of = table.index_of
        mask[[index_of[m] for m in matches if m in index_of]] = True
        got = _MATCH_MASKS.put(table, (matches, mask))
    starts = lanes.lane_start[i:j][got[1][lanes.by_lane[i:j]]]
    cuts = np.searchsorted(starts, edges, "left")
    cuts[0], cuts[-1] = 0, len(starts)
    return np.diff(cuts)


def _edges(scale: TimeScale) -> np.ndarray:
    """Column edges in ms, DENSITY_PX wide, fixed in time so panning keeps runs whole."""
    width_ms = DENSITY_PX * scale.ms_per_px
    k0 = np.floor(scale.start_ms / width_ms)
    nbins = int(np.ceil(scale.width / DENSITY_PX)) + 2
    return (k0 + np.arange(nbins + 1)) * width_ms


def _add_density(scene: Scene, scale: TimeScale, lanes: LaneLayout, edges: np.ndarray,
                 specs: list[tuple], lane_h: float, measure: Measure) -> None:
    """Density rows for all dense lanes at once, with exact counts on the runs wide enough."""
    counts = np.vstack([spec[2] for spec in specs])
    x_first = float((edges[0] - scale.start_ms) / scale.ms_per_px)
    h = min(BAR_H + 2, lane_h - 4)
    nz = np.pad(counts > 0, ((0, 0), (1, 1))).astype(np.int8)
    step = np.diff(nz, axis=1)
    ra_row, ra_col = np.nonzero(step == 1)
    _rz_row, rz_col = np.nonzero(step == -1)
    csum = np.pad(np.cumsum(counts, axis=1), ((0, 0), (1, 0)))
    run_n = csum[ra_row, rz_col] - csum[ra_row, ra_col]
    wide = np.flatnonzero((rz_col - ra_col) * DENSITY_PX >= 22)
    per_row: dict[int, int] = {}
    for r in wide.tolist():
        row = int(ra_row[r])
        if per_row.get(row, 0) >= MAX_COUNT_LABELS_PER_ROW:
            continue
        if len(scene.labels_count) >= MAX_COUNT_LABELS:
            break
        kind, cy = specs[row][0], specs[row][1]
        n = int(run_n[r])
        text = f"+{n:,}" if kind == "more" else f"{n:,}"
        w, th = measure(text, "count")
        x0 = x_first + int(ra_col[r]) * DENSITY_PX
        x1 = x_first + int(rz_col[r]) * DENSITY_PX
        if w + 6 <= x1 - x0:
            per_row[row] = per_row.get(row, 0) + 1
            cx = (max(x0, 0) + min(x1, scene.width)) / 2
            scene.labels_count.append(TextItem(cx - w / 2, cy - th / 2, w, th, text, "count"))
    for row, (kind, cy, _c, i, top, lane_range) in enumerate(specs):
        scene.density.append(DensityRow(kind, cy, h, x_first, DENSITY_PX, counts[row], edges, i, lanes,
                                        dominant=top, lane_range=lane_range))


@dataclass(frozen=True, eq=False)
class DensityRow:
    """A lane (kind "cluster") or a folded block of lanes (kind "merged") drawn as density: `counts[k]` events start
    in column k (DENSITY_PX wide, from x `x_first`). A run of non-empty columns is a
    cluster: clicking it zooms to its events."""

    kind: str
    cy: float
    h: float
    x_first: float
    bin_px: float
    counts: np.ndarray
    edges: np.ndarray  # column edges in ms (len(counts) + 1)
    first: int  # cluster rows: position in lanes.by_lane of the row's first counted event
    lanes: LaneLayout
    matches: np.ndarray | None = None  # while searching: matching events per column
    dominant: np.ndarray | None = None  # most common category code per column (-1: empty)
    lane_range: tuple[int, int] | None = None  # the lanes [a, b) this row draws

    def runs(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(first column, end column, exact count) of each run of non-empty columns."""
        nz = np.concatenate(([0], (self.counts > 0).astype(np.int8), [0]))
        change = np.flatnonzero(np.diff(nz))
        a, z = change[0::2], change[1::2]
        csum = np.concatenate(([0], np.cumsum(self.counts)))
        return a, z, csum[z] - csum[a]

    def cluster_at(self, x: float, y: float, slop: float = 2.0) -> ClusterGlyph | None:
        """The run under (x, y) as a cluster with its exact count and time span, or None."""
        if abs(y - self.cy) > self.h / 2 + slop:
            return None
        a, z, n = self.runs()
        col = (x - self.x_first) / self.bin_px
        k = int(np.searchsorted(z, col - slop / self.bin_px, "right"))
        if k >= len(a) or a[k] > col + slop / self.bin_px:
            return None
        ca, cz = int(a[k]), int(z[k])
        x0, x1 = self.x_first + ca * self.bin_px, self.x_first + cz * self.bin_px
        if self.kind in ("more", "merged"):
            t0, t1 = float(self.edges[ca]), float(self.edges[cz])
        else:
            before = np.cumsum(self.counts)
            p0 = self.first + (int(before[ca - 1]) if ca > 0 else 0)
            p1 = self.first + int(before[cz - 1])
            t0, t1 = float(self.lanes.lane_start[p0]), float(self.lanes.lane_end[p1 - 1])
        return ClusterGlyph(self.kind, x0, x1, self.cy, self.h, int(n[k]), t0, t1, DEFAULT_COLOR, None,
                            lanes=self.lane_range)


def _cluster_color(table, lanes: LaneLayout, a: int, z: int, colors: list[str]) -> str:
    cats = table.category[lanes.by_lane[a:z]]
    if len(cats) and (cats == cats[0]).all() and cats[0] >= 0:
        return colors[int(cats[0])]
    return DEFAULT_COLOR


def _add_cluster(scene: Scene, kind: str, scale: TimeScale, t0: float, t1: float, cy: float, lane_h: float,
                 n: int, color: str, measure: Measure) -> None:
    x0, x1 = scale.x(t0), scale.x(t1)
    if x1 - x0 < 2 * MARK_R:
        c = (x0 + x1) / 2
        x0, x1 = c - MARK_R, c + MARK_R
    text = f"+{n:,}" if kind == "more" else f"{n:,}"
    w, th = measure(text, "count")
    if x1 - x0 < w + COUNT_PAD:  # a small cluster grows to show its count
        c = (x0 + x1) / 2
        x0, x1 = c - (w + COUNT_PAD) / 2, c + (w + COUNT_PAD) / 2
    x0, x1 = max(x0, -4.0), min(x1, scene.width + 4)
    h = min(BAR_H + 2, lane_h - 4)
    item = TextItem((x0 + x1) / 2 - w / 2, cy - th / 2, w, th, text, "count") if w + 4 <= x1 - x0 else None
    scene.clusters.append(ClusterGlyph(kind, x0, x1, cy, h, n, t0, t1, color, item))


def _boxes(table, lanes: LaneLayout, scale: TimeScale, i: int, j: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The lane slice [i, j) as drawn one by one: (first item, left x, right x) of each box,
    where marks and bars closer than MIN_SEP_PX share one box (a cluster). NumPy only, so a
    frame can afford it for every lane in view before choosing what to draw (and plain
    Python for a handful of events, where NumPy's call overhead would dominate)."""
    if j - i <= 16:
        return _boxes_few(table, lanes, scale, i, j)
    x0 = (lanes.lane_start[i:j] - scale.start_ms) / scale.ms_per_px
    x1 = (lanes.lane_end[i:j] - scale.start_ms) / scale.ms_per_px
    pointlike = table.point[lanes.by_lane[i:j]] | (x1 - x0 < BAR_H)
    c = (x0 + x1) / 2
    left = np.where(pointlike, c - MARK_R, x0)
    right = np.maximum.accumulate(np.where(pointlike, c + MARK_R, x1))
    first = np.flatnonzero(np.concatenate(([True], left[1:] >= right[:-1] + MIN_SEP_PX)))
    last = np.concatenate((first[1:], [j - i])) - 1
    return first, left[first], right[last]


def _boxes_few(table, lanes: LaneLayout, scale: TimeScale, i: int, j: int):
    origin, mpp = scale.start_ms, scale.ms_per_px
    point = table.point
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


def _detail_lane(scene: Scene, table, lanes: LaneLayout, scale: TimeScale, i: int, j: int, lane: int, cy: float,
                 lane_h: float, colors: list[str], options: SceneOptions, measure: Measure,
                 boxes: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    """Events one by one (label room up to the next box); a box of several is a counted cluster."""
    first, lefts, rights = boxes[0].tolist(), boxes[1].tolist(), boxes[2].tolist()
    ends = first[1:] + [j - i]
    for b, f in enumerate(first):  # where a cluster grows to show its count, labels before it stop earlier
        n = ends[b] - f
        if n > 1:
            need = measure(f"{n:,}", "count")[0] + COUNT_PAD
            lefts[b] = min(lefts[b], (lefts[b] + rights[b]) / 2 - need / 2)
    nxt_after = lanes.lane_start[j] if j < lanes.ptr[lane + 1] else None
    for b, f in enumerate(first):
        if b + 1 < len(first):
            room_to = lefts[b + 1]
        else:
            room_to = scale.x(nxt_after) - MARK_R if nxt_after is not None else 1e12
        n = ends[b] - f
        if n == 1:
            _single(scene, table, lanes, scale, i + f, cy, colors, None, options, measure,
                    label_room=room_to - MIN_SEP_PX)
        else:
            _add_cluster(scene, "cluster", scale, float(lanes.lane_start[i + f]), float(lanes.lane_end[i + f + n - 1]),
                         cy, lane_h, n, _cluster_color(table, lanes, i + f, i + f + n, colors), measure)


def _single(scene: Scene, table, lanes: LaneLayout, scale: TimeScale, pos: int, cy: float, colors: list[str],
            ev_index: int | None, options: SceneOptions, measure: Measure, label_room: float) -> None:
    """One event's glyph; its label gets at most `label_room` px right of the mark or bar."""
    e = int(lanes.by_lane[pos]) if ev_index is None else ev_index
    eid, title = table.ids[e], table.titles[e]
    x0, x1 = scale.x(float(table.start_ms[e])), scale.x(float(table.end_ms[e]))
    cat = int(table.category[e])
    color = colors[cat] if cat >= 0 else DEFAULT_COLOR
    point = bool(table.point[e]) or (x1 - x0) < MIN_BAR_PX
    if point:
        c = (x0 + x1) / 2
        kind, gx0, gx1 = "point", c, c
    else:
        kind, gx0, gx1 = "bar", x0, x1
    label = _event_label(scene, title, kind, gx0, gx1, cy, label_room, measure)
    matches = options.matches
    scene.events.append(
        EventGlyph(
            eid, kind, gx0, gx1, cy, int(lanes.lanes[e]), color, label,
            selected=eid == options.selected_id,
            hovered=eid == options.hovered_id,
            imprecise=bool(table.imprecise[e]),
            matched=matches is not None and eid in matches,
            dimmed=matches is not None and eid not in matches,
        )
    )


def _event_label(scene: Scene, title: str, kind: str, x0: float, x1: float, cy: float, label_room: float,
                 measure: Measure) -> TextItem | None:
    """An event's label: right of its mark or bar, or inside a bar wide enough, never past
    `label_room` nor the edges of the canvas. What does not fit is cut with "…": at the
    end, or at the start for a label whose mark is off the left edge."""
    w, h = measure(title, "event")
    right = min(label_room, scene.width - EDGE_PAD)
    vis0, vis1 = max(x0, EDGE_PAD), min(x1, scene.width - EDGE_PAD)
    inside_room = vis1 - vis0 - 2 * LABEL_GAP if kind == "bar" else -1.0
    lx = (x0 + MARK_R if kind == "point" else x1) + LABEL_GAP
    room = right - lx
    if inside_room >= w or (room < w and inside_room > room and inside_room >= MIN_LABEL_PX):
        lx, room = vis0 + LABEL_GAP, inside_room  # in the bar: whole there, or more room than after it
    if lx < EDGE_PAD:
        # The mark is off the left edge but the label reaches in: keep its end, cut its start.
        end = min(lx + w, right)
        if end - EDGE_PAD < MIN_LABEL_PX or lx + w > right:
            return None
        text, tw = _elided_start(title, end - EDGE_PAD, measure)
        return TextItem(end - tw, cy - h / 2, tw, h, text, "event")
    text = title
    if room < w:
        if room < MIN_LABEL_PX:
            return None
        text, w = _elided(title, room, measure)
    return TextItem(lx, cy - h / 2, w, h, text, "event")


def _elided_start(text: str, room: float, measure: Measure) -> tuple[str, float]:
    """`text` with its start replaced by an ellipsis to fit `room` px, cut between words when
    a word boundary is near (never mid-letter at the edge of the canvas)."""
    lo, hi = 0, len(text)
    while lo < hi:  # the shortest cut that fits
        mid = (lo + hi) // 2
        if measure("…" + text[mid:], "event")[0] <= room:
            hi = mid
        else:
            lo = mid + 1
    space = text.find(" ", lo)
    if lo > 0 and text[lo - 1] != " " and 0 <= space < len(text) - 1 and space - lo <= 12:
        lo = space + 1
    cut = "…" + text[lo:].lstrip()
    return cut, measure(cut, "event")[0]


def _elided(text: str, room: float, measure: Measure) -> tuple[str, float]:
    """`text` cut with an ellipsis to fit `room` px."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid] + "…", "event")[0] <= room:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo].rstrip() + "…"
    return cut, measure(cut, "event")[0]


def event_tooltip(ev: Event, lang: str = "en") -> str:
    """Plain text shown when hovering: title, date, place."""
    lines = [ev.title, format_range(ev.start, ev.end, lang=lang)]
    if ev.location is not None:
        lines.append(", ".join(p for p in (ev.location.name, ev.location.place) if p))
    return "\n".join(lines)


def _legend(timeline: Timeline, measure: Measure, width: float,
            entries: tuple[tuple[str, str, str, bool], ...] | None = None) -> list[LegendEntry]:
    """Legend entries with x and a row number in y (converted to px by build_scene)."""
    if entries is None:
        used = timeline.table.used_categories()
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
    "ClusterGlyph", "DensityRow", "EraBand", "EventGlyph", "LaneLayout", "LegendEntry", "Scene", "SceneOptions", "TextItem",
    "Tick", "build_scene", "event_tooltip",
]


# The histogram track above the lanes (big timelines, or lanes that do not all fit).
HIST_TOP_GAP = 20.0  # room for era labels and the "Today" mark under the axis
HIST_H = 88.0  # at most
HIST_MIN_H = 40.0
HIST_SHARE = 0.15  # of the room under the axis


def _wants_histogram(scene: Scene, lanes: LaneLayout) -> tuple[float, float] | None:
    """(top, bottom) of the histogram track when the view aggregates, else None."""
    room = scene.lanes_bottom - scene.lanes_top
    if lanes.table.n <= LABEL_ROOM_LIMIT and lanes.lane_count * MIN_LANE_H <= room:
        return None
    top = scene.axis_bottom + HIST_TOP_GAP
    h = min(HIST_H, max(HIST_MIN_H, HIST_SHARE * room))  # a short window keeps most room for lanes
    if scene.lanes_bottom - (top + h + LANES_TOP_GAP) < 3 * MIN_LANE_H:
        return None  # too short a view: the lanes keep the room
    return top, top + h


def _add_histogram(scene: Scene, timeline: Timeline, scale: TimeScale, track: tuple[float, float],
                   measure: Measure) -> None:
    """Every event starting in view, per column and category: the distribution at a glance."""
    table = timeline.table
    edges = _edges(scale)
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


def _add_aggregate_note(scene: Scene, measure: Measure) -> None:
    """One line in the legend row saying how aggregated rows are coloured, when there are some."""
    if not scene.density and scene.histogram is None:
        return
    text = "Bands: most common category per column; stronger = more events"
    w, h = measure(text, "legend")
    if scene.legend:
        last = max(scene.legend, key=lambda e: (e.label.y, e.label.x))
        x, y = scene.width - 16 - w, last.label.y
        if x < last.label.x + last.label.w + 24:
            return  # no room beside the legend: the tooltips still say it
    else:
        x, y = scene.width - 16 - w, scene.lanes_bottom + (LEGEND_H - h) / 2
        if x < 16 or y + h > scene.height:
            return
    scene.aggregate_note = TextItem(x, y, w, h, text, "legend")
