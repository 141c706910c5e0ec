"""build_scene: the one entry point from a timeline and a viewport to a Scene.

The order is the page's, top down: title, axis, eras, the histogram track when the view
aggregates, the lanes, the legend; grid lines are cut around every label last.
"""

from __future__ import annotations

from timeline_app.layout.axis import layout_axis
from timeline_app.layout.density import add_histogram, histogram_room
from timeline_app.layout.grid import cut_grid
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.legend import add_aggregate_note, legend_entries, legend_height, place_legend
from timeline_app.layout.lod import layout_events, row_plan
from timeline_app.layout.records import DEFAULT_ERA_COLOR, EraBand, Measure, Scene, SceneOptions, TextItem
from timeline_app.layout.sizes import LANES_TOP_GAP, MAJOR_H, MINOR_H, TITLE_H
from timeline_app.layout.timescale import TimeScale
from timeline_app.model import Timeline


def build_scene(
    timeline: Timeline,
    scale: TimeScale,
    height: float,
    measure: Measure,
    options: SceneOptions = SceneOptions(),
    lanes: LaneLayout | None = None,
) -> Scene:
    """Lay out `timeline` for the viewport `scale` x `height` (`lanes`: its LaneLayout, when the caller keeps one)."""
    lanes = lanes if lanes is not None and lanes.packed_for(timeline.table) else LaneLayout.of(timeline, measure)
    scene, legend, track = _frame_and_legend(timeline, scale.width, height, measure, options, lanes)
    if options.now_ms is not None and scale.start_ms <= options.now_ms <= scale.end_ms:
        scene.today_x = scale.x(options.now_ms)
    layout_axis(scene, scale, measure, options.lang)
    _layout_eras(scene, timeline, scale, measure)
    layout_events(scene, timeline, scale, lanes, options, measure)
    if track is not None:
        add_histogram(scene, timeline, scale, track, measure)
    place_legend(scene, legend)
    add_aggregate_note(scene, measure)
    cut_grid(scene)
    return scene


def lanes_frame(timeline: Timeline, width: float, height: float, measure: Measure, options: SceneOptions,
                lanes: LaneLayout) -> tuple[float, float]:
    """(the lanes' top, the room under them) as build_scene lays them out, without laying out a
    single event: what the window needs to size its canvas to the lanes."""
    scene, _legend, _track = _frame_and_legend(timeline, width, height, measure, options, lanes)
    return scene.lanes_top, height - scene.lanes_bottom


def lanes_shown(timeline: Timeline, width: float, height: float, measure: Measure, options: SceneOptions,
                lanes: LaneLayout) -> range:
    """The lanes build_scene gives a row each (the rest are folded), without laying out a single
    event: what the window asks to know whether it must scroll to show an event's lane."""
    scene, _legend, _track = _frame_and_legend(timeline, width, height, measure, options, lanes)
    _h, rows, first, single, bounds = row_plan(scene.lanes_bottom - scene.lanes_top, lanes, options.lane_offset)
    return range(first, first + (single if len(bounds) > 1 else rows))


def _frame_and_legend(timeline: Timeline, width: float, height: float, measure: Measure, options: SceneOptions,
                      lanes: LaneLayout):
    """The empty scene with its lanes' top and bottom set (under the histogram track when the
    view aggregates, over the legend), the legend's entries and the track's (top, bottom)."""
    scene = _frame(timeline, width, height, measure, options.title)
    legend = legend_entries(timeline, measure, width, options.legend_entries) if options.legend else []
    scene.lanes_bottom = height - legend_height(legend) - options.margin_bottom
    track = histogram_room(scene, lanes)
    if track is not None:
        scene.lanes_top = track[1] + LANES_TOP_GAP
    return scene, legend, track


def _frame(timeline: Timeline, width: float, height: float, measure: Measure, title: bool) -> Scene:
    """An empty scene with its title (when asked), the axis under it and the lanes' top."""
    top = 0.0
    title_item = None
    if title:
        w, h = measure(timeline.title, "title")
        title_item = TextItem(12, (TITLE_H - h) / 2, min(w, width - 24), h, timeline.title, "title")
        top = TITLE_H
    scene = Scene(width, height, top, top + MAJOR_H + MINOR_H, 0, 0, title=title_item)
    scene.lanes_top = scene.axis_bottom + LANES_TOP_GAP
    return scene


def _layout_eras(scene: Scene, timeline: Timeline, scale: TimeScale, measure: Measure) -> None:
    """Each era in view as a band, labelled at its start when the label fits inside it."""
    for era in timeline.eras:
        x0, x1 = scale.x(era.start.ms), scale.x(era.end.end_ms)
        if x1 < 0 or x0 > scene.width:
            continue
        w, h = measure(era.label, "era")
        lx = max(x0, 0) + 6
        label = TextItem(lx, scene.axis_bottom + 2, w, h, era.label, "era") if lx + w <= min(x1, scene.width) else None
        scene.eras.append(EraBand(x0, x1, era.color or DEFAULT_ERA_COLOR, label))
