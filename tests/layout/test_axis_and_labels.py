"""Issue 11, the canvas: grid lines never strike through text, labels at the edges of the
canvas are cut cleanly, the axis says each thing once and names the periods cut by the edges,
and a span of a few pixels stays a bar. All on the scene records, with a fake font."""

from __future__ import annotations

import pytest

from tests.helpers import fake_measure, timeline_dict
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.build import build_scene
from timeline_app.layout.grid import line_spans
from timeline_app.layout.records import SceneOptions
from timeline_app.layout.timescale import TimeScale
from timeline_app.time import parse_time

DAY = 86_400_000
YEAR = 365.2425 * DAY
SYMPOSIUM = "2019-12-05-asian-pain-symposium"
SEPT_30 = "2019-09-30-rd-agreement"


@pytest.fixture(scope="module")
def songdo():
    return load_timeline(bundled_timeline()).timeline


def ms(text: str) -> float:
    return float(parse_time(text).ms)


def text_boxes(scene):
    """Every text the scene draws over the axis and lanes."""
    out = [label for label in scene.labels]
    out += [g.label for g in scene.events if g.label is not None]
    out += [e.label for e in scene.eras if e.label is not None]
    out += [c.text for c in scene.clusters if c.text is not None]
    return out + list(scene.labels_count)


def drawn_pieces(scene, tick):
    top = scene.axis_top if tick.major else scene.axis_top + 24
    return getattr(tick, "spans", ()) or ((top, scene.lanes_bottom),)  # (old scenes: whole lines)


def struck_through(scene):
    """(label text, tick x) for every grid line piece that crosses a label's box."""
    hits = []
    for tick in scene.ticks:
        x = round(tick.x) + 0.5  # where the painter draws it
        for y0, y1 in drawn_pieces(scene, tick):
            for b in text_boxes(scene):
                if b.x <= x <= b.x + b.w and y0 < b.y + b.h and b.y < y1:
                    hits.append((b.text, tick.x))
    return hits


SCALES = [
    ("fitted 1400", None, 1400),
    ("fitted 800", None, 800),
    ("1 week = 63 px", ("2019-09-29", DAY * 7 / 63), 1400),
    ("zoomed on December", ("2019-11-20", DAY / 40), 1200),
    ("zoomed on October", ("2019-10-10", DAY / 56), 1200),
    ("hours", ("2019-12-05T20:00", 60_000.0), 1200),
    ("years", ("2015", 2 * YEAR / 300), 1200),
]


@pytest.mark.parametrize(("name", "view", "width"), SCALES, ids=[s[0] for s in SCALES])
def test_no_grid_line_passes_through_a_label(songdo, name, view, width):
    if view is None:
        scale = fit_scale(songdo, width, fake_measure)
    else:
        scale = TimeScale(ms(view[0]), view[1], width)
    scene = build_scene(songdo, scale, 400, fake_measure)
    assert scene.ticks and text_boxes(scene)
    assert struck_through(scene) == []
    # The lines are still there between the labels: every tick in the lanes is drawn somewhere.
    assert all(any(y1 > y0 for y0, y1 in drawn_pieces(scene, t)) for t in scene.ticks)


def test_a_grid_line_is_cut_only_around_the_label_and_goes_on_below_it():
    t = timeline_from_data(timeline_dict(
        {"id": "a", "title": "Research Society sign an agreement", "start": "2019-10-28"})).timeline
    scale = TimeScale(ms("2019-10-20"), DAY / 30, 1200)  # the label crosses the 1 November line
    scene = build_scene(t, scale, 400, fake_measure)
    label = scene.glyph("a").label
    nov = next(tick for tick in scene.ticks if abs(tick.x - scale.x(ms("2019-11-01"))) < 0.01)
    assert label.x < nov.x < label.x + label.w
    assert len(nov.spans) == 2
    (a0, a1), (b0, b1) = nov.spans
    assert a1 <= label.y and b0 >= label.y + label.h and b1 == scene.lanes_bottom


def test_a_label_reaching_the_right_edge_is_cut_with_an_ellipsis(songdo):
    # 1 day = 56 px, the symposium bar (3 days) starts 80 px before the right edge.
    width = 1200
    scale = TimeScale(ms("2019-12-05") - (width - 80) * DAY / 56, DAY / 56, width)
    g = build_scene(songdo, scale, 400, fake_measure).glyph(SYMPOSIUM)
    assert g.kind == "bar" and g.x1 > width
    assert g.label is not None
    assert g.label.x + g.label.w <= width
    assert g.label.text.endswith("…")
    assert fake_measure(g.label.text, "event")[0] == g.label.w


def test_a_label_with_no_room_after_its_bar_moves_inside_it(songdo):
    # The bar ends 20 px before the edge: no room after it, 150 px of bar to hold the label.
    width = 1200
    scale = TimeScale(ms("2019-12-08") - (width - 20) * DAY / 56, DAY / 56, width)
    g = build_scene(songdo, scale, 400, fake_measure).glyph(SYMPOSIUM)
    assert g.label is not None
    assert g.x0 <= g.label.x and g.label.x + g.label.w <= g.x1
    assert g.label.text.startswith("8th Asian") and g.label.text.endswith("…")


def test_a_label_whose_mark_is_off_the_left_edge_is_cut_at_its_start(songdo):
    scale = TimeScale(ms("2019-10-02"), DAY / 20, 1200)  # 30 September is 40 px off the left edge
    g = build_scene(songdo, scale, 400, fake_measure).glyph(SEPT_30)
    assert g is not None and g.cx < 0
    assert g.label is not None and g.label.x >= 0
    assert g.label.text.startswith("…") and g.label.text.endswith("R&D agreement")
    title = songdo.event_by_id[SEPT_30].title
    assert title.endswith(" " + g.label.text[1:])  # cut between words, not mid-letter


@pytest.mark.parametrize("start", ["2019-09-01", "2019-06-01", "2019-11-01", "2018-12-15"])
def test_the_axis_never_says_the_same_thing_twice(songdo, start):
    for days in (60, 120, 400, 900):
        scale = TimeScale(ms(start), days * DAY / 800, 800)
        scene = build_scene(songdo, scale, 400, fake_measure)
        majors = [label.text for label in scene.labels if label.role == "major"]
        minors = [label.text for label in scene.labels if label.role == "minor"]
        assert not set(majors) & set(minors), (days, majors, minors)
        if scene.major_rung.unit == "year":  # the row above names the years: the row below does not
            assert not any(t.isdigit() for t in minors), (days, majors, minors)


def test_january_under_2020_is_named_jan(songdo):
    scale = fit_scale(songdo, 800, fake_measure)
    scene = build_scene(songdo, scale, 400, fake_measure)
    assert scene.minor_rung.unit == "month"
    majors = [label.text for label in scene.labels if label.role == "major"]
    minors = [label.text for label in scene.labels if label.role == "minor"]
    assert "2020" in majors and "2020" not in minors and "Jan" in minors


def test_the_periods_cut_by_both_edges_keep_a_label(songdo):
    # As at launch: the view starts a week before October and ends a few days into January.
    width = 930
    scale = TimeScale(ms("2019-09-24"), DAY * 7 / 63, width)
    scene = build_scene(songdo, scale, 400, fake_measure)
    majors = sorted((label for label in scene.labels if label.role == "major"), key=lambda m: m.x)
    first, last = majors[0], majors[-1]
    assert first.text.startswith("Sep") and first.x < scale.x(ms("2019-10-01"))
    assert first.x + first.w < majors[1].x
    assert last.text.startswith("Jan") and last.x > scale.x(ms("2020-01-01"))
    assert last.x + last.w <= width
    assert [m.text for m in majors[1:-1]] == ["October 2019", "November 2019", "December 2019"]


def test_a_span_of_a_few_pixels_is_a_bar_not_a_mark(songdo):
    scale = TimeScale(ms("2019"), 2 * YEAR / 1200, 1200)  # 2 years across: 3 days are 5 px
    g = build_scene(songdo, scale, 400, fake_measure).glyph(SYMPOSIUM)
    assert g.kind == "bar"
    assert g.x1 - g.x0 == pytest.approx(3 * DAY / scale.ms_per_px)
    assert g.label is not None and g.label.x >= g.x1


def test_the_today_line_stops_short_of_labels_too():
    t = timeline_from_data(timeline_dict(
        {"id": "a", "title": "A label long enough to cross today", "start": "2026-11-20"})).timeline
    scale = TimeScale(ms("2026-11-15"), DAY / 40, 1200)
    scene = build_scene(t, scale, 400, fake_measure, SceneOptions(now_ms=ms("2026-11-25")))
    label = scene.glyph("a").label
    assert label.x < scene.today_x < label.x + label.w
    pieces = line_spans(scene, scene.today_x, scene.axis_bottom)
    assert len(pieces) == 2 and pieces[-1][1] == scene.lanes_bottom
    assert all(y1 <= label.y or y0 >= label.y + label.h for y0, y1 in pieces)
