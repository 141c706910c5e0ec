"""The scene: a timeline laid out for one viewport as plain geometry records. No Qt here.

The painter (render/paint.py) draws a Scene on screen and into every export, so what is
exported is exactly what is shown. build.py makes one; hit tests (what is at x, y) live here
with the records they test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Literal

import numpy as np

from timeline_app.layout.sizes import BAR_H, LANE_H, MARK_R

if TYPE_CHECKING:
    from timeline_app.layout.ladder import Rung
    from timeline_app.layout.lanes import LaneLayout

# What a text is, which decides its font (render/paint.py ROLE_STYLE).
TextRole = Literal["title", "major", "minor", "event", "era", "legend", "count", "footer"]
# The size of a text in a role, in px: (width, height). Tests pass fake fonts.
Measure = Callable[[str, str], tuple[float, float]]

DEFAULT_COLOR = "#6b7a90"  # an event, cluster or band cell with no category
DEFAULT_ERA_COLOR = "#d8dee9"  # an era that names no colour


class GlyphKind(StrEnum):
    """How one event is drawn."""

    POINT = "point"  # a mark (a moment, or a span too short to see at this zoom)
    BAR = "bar"


class ClusterKind(StrEnum):
    """What an aggregate stands for: clicking a cluster zooms in, clicking a merged run scrolls."""

    CLUSTER = "cluster"  # events of one lane too close to draw one by one
    MERGED = "merged"  # a folded row: a block of lanes that did not get a row each


@dataclass(frozen=True)
class TextItem:
    """A label: `text` drawn in the box (x, y, w, h); y is the top."""

    x: float
    y: float
    w: float
    h: float
    text: str
    role: TextRole


@dataclass(frozen=True)
class Tick:
    """A grid line at x; `spans` are the (top, bottom) pieces drawn, which stop short of
    every label in the way (empty: not yet cut, drawn over the whole axis and lanes)."""

    x: float
    major: bool
    spans: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class EventGlyph:
    """One event's mark (kind POINT) or bar (kind BAR), with its label."""

    event_id: str
    kind: GlyphKind
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
        half = (MARK_R if self.kind == GlyphKind.POINT else BAR_H / 2) + slop
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


@dataclass(frozen=True)
class ClusterGlyph:
    """Events too dense to draw one by one: `count` of them (exact) between t0 and t1.

    Kind CLUSTER sits in a lane; kind MERGED is a run of a folded row, standing for the
    block of lanes `lanes`. Clicking a cluster zooms into [t0, t1]; clicking a folded row
    scrolls its lanes into view.
    """

    kind: ClusterKind
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


@dataclass(frozen=True, eq=False)
class DensityRow:
    """A lane (kind CLUSTER) or a folded block of lanes (kind MERGED) drawn as density:
    `counts[k]` events start in column k (`bin_px` wide, from x `x_first`). A run of
    non-empty columns is a cluster: clicking it zooms to its events."""

    kind: ClusterKind
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
        if self.kind == ClusterKind.MERGED:
            t0, t1 = float(self.edges[ca]), float(self.edges[cz])
        else:
            before = np.cumsum(self.counts)
            p0 = self.first + (int(before[ca - 1]) if ca > 0 else 0)
            p1 = self.first + int(before[cz - 1])
            t0, t1 = float(self.lanes.lane_start[p0]), float(self.lanes.lane_end[p1 - 1])
        return ClusterGlyph(self.kind, x0, x1, self.cy, self.h, int(n[k]), t0, t1, DEFAULT_COLOR, None,
                            lanes=self.lane_range)


@dataclass(frozen=True, eq=False)
class HistogramTrack:
    """Events starting per column, stacked by category, for every event in view.

    counts[c, k]: events of category c (the last row: none) starting in column k, which spans
    [edges[k], edges[k+1]) and is drawn from x_first + k * bin_px, bin_px wide."""

    top: float
    bottom: float
    x_first: float
    bin_px: float
    edges: np.ndarray
    counts: np.ndarray
    colors: tuple[str, ...]  # one per row of counts
    names: tuple[str, ...]  # category labels, one per row of counts
    total: int  # events starting inside the view (the edge columns reach a little past it)
    label: TextItem | None = None  # says the total and the scale

    @property
    def per_column(self) -> np.ndarray:
        return self.counts.sum(axis=0)

    def column_at(self, x: float, y: float) -> int | None:
        """The column under (x, y) when it holds events, or None."""
        if not self.top <= y <= self.bottom:
            return None
        k = int(np.floor((x - self.x_first) / self.bin_px))
        if not 0 <= k < self.counts.shape[1] or self.counts[:, k].sum() == 0:
            return None
        return k

    def breakdown(self, k: int) -> list[tuple[str, int]]:
        """(category, count) of column k, largest first, empty ones left out."""
        col = self.counts[:, k]
        order = np.argsort(-col, kind="stable")
        return [(self.names[c], int(col[c])) for c in order.tolist() if col[c] > 0]


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

    def restyle(self, selected_id: str | None, hovered_id: str | None) -> None:
        """Mark another event selected or hovered in place: the scene as build_scene would make
        it with those ids (they change no place, only how a glyph is drawn), without building
        it again (20 ms at a million events, for a click or a pointer move)."""
        self.events = [g if (g.selected, g.hovered) == (g.event_id == selected_id, g.event_id == hovered_id)
                       else replace(g, selected=g.event_id == selected_id, hovered=g.event_id == hovered_id)
                       for g in self.events]

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
