"""Scene layout with a fake font: what is drawn where, for the Songdo timeline and others."""

from __future__ import annotations

import pytest

from tests.helpers import fake_measure, timeline_dict
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.build import build_scene
from timeline_app.layout.records import SceneOptions
from timeline_app.layout.timescale import TimeScale
from timeline_app.time import parse_time

DAY = 86_400_000


@pytest.fixture
def songdo():
    return load_timeline(bundled_timeline()).timeline


def overlaps(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def test_fitted_songdo_view_shows_all_three_events_in_order(songdo):
    scale = fit_scale(songdo, 1200, fake_measure)
    scene = build_scene(songdo, scale, 600, fake_measure)
    glyphs = {g.event_id: g for g in scene.events}
    assert set(glyphs) == {e.id for e in songdo.events}
    sept, octo, dec = (glyphs[e.id] for e in songdo.chronological)
    assert 0 < sept.cx < octo.cx < dec.x0 < dec.x1 < 1200
    assert sept.kind == "point" and octo.kind == "point" and dec.kind == "bar"
    # The Dec 5-7 bar spans exactly three days.
    assert dec.x1 - dec.x0 == pytest.approx(3 * DAY / scale.ms_per_px)
    # A one-day mark sits in the middle of its day.
    assert sept.cx == pytest.approx(scale.x(parse_time("2019-09-30").ms + DAY / 2))
    for g in glyphs.values():
        assert g.label.x + g.label.w <= 1200, f"{g.event_id} label is cut off"


def test_two_row_axis_is_months_over_days_when_zoomed_to_weeks(songdo):
    start = parse_time("2019-10-01").ms
    scale = TimeScale(start, DAY / 40, 1200)  # 40 px a day: 30 days in view
    scene = build_scene(songdo, scale, 500, fake_measure)
    assert scene.minor_rung.unit == "day"
    assert scene.major_rung.unit == "month"
    majors = [label.text for label in scene.labels if label.role == "major"]
    minors = [label.text for label in scene.labels if label.role == "minor"]
    assert majors[0] == "October 2019"
    assert minors[:3] == ["1", "2", "3"] or minors[0] == "Oct"
    # Day labels sit in the middle of their day.
    two = next(label for label in scene.labels if label.role == "minor" and label.text == "2")
    assert two.x + two.w / 2 == pytest.approx(scale.x(start + 1.5 * DAY))


@pytest.mark.parametrize("ms_per_px", [1e-2, 0.5, 40, 3e3, 6e4, 1e6, 2e7, DAY / 40, DAY / 3, DAY * 2, DAY * 30,
                                       DAY * 400, DAY * 365 * 30, DAY * 365 * 1e4, DAY * 365 * 1e7])
def test_axis_labels_never_overlap(songdo, ms_per_px):
    scale = TimeScale(parse_time("2019-10-14").ms - 600 * ms_per_px, ms_per_px, 1200)
    scene = build_scene(songdo, scale, 400, fake_measure)
    for row in ("major", "minor"):
        labels = [label for label in scene.labels if label.role == row]
        for a, b in zip(labels, labels[1:]):
            assert not overlaps(a, b), (row, a.text, b.text)
    assert any(label.role == "minor" for label in scene.labels)


class Box:
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h


def drawn_boxes(scene):
    """Every mark, bar, label and cluster of a scene as (name, box)."""
    out = []
    for g in scene.events:
        half = 6 if g.kind == "point" else 7
        out.append((g.event_id, Box(g.x0 - (half if g.kind == "point" else 0), g.cy - half,
                                    (g.x1 - g.x0) + (2 * half if g.kind == "point" else 0), 2 * half)))
        if g.label is not None:
            out.append((g.event_id + " label", g.label))
    for c in scene.clusters:
        out.append((f"cluster {c.count}", Box(c.x0, c.cy - c.h / 2, c.x1 - c.x0, c.h)))
    return out


@pytest.mark.parametrize("days_in_view", [0.5, 3, 30, 300, 3000])
def test_event_marks_labels_and_clusters_never_overlap_at_any_zoom(days_in_view):
    events = [{"id": f"e{i}", "title": f"Event number {i}", "start": f"2019-10-{1 + i % 28:02d}"} for i in range(40)]
    events += [{"id": f"r{i}", "title": f"Range {i}", "start": f"2019-{1 + i % 12:02d}-03",
                "end": f"2019-{1 + i % 12:02d}-{10 + i % 9:02d}"} for i in range(30)]
    t = timeline_from_data(timeline_dict(*events)).timeline
    scale = TimeScale(parse_time("2019-10-01").ms, days_in_view * DAY / 1200, 1200)
    scene = build_scene(t, scale, 5000, fake_measure)
    boxes = drawn_boxes(scene)
    assert boxes
    for i, (name_a, a) in enumerate(boxes):
        for name_b, b in boxes[i + 1:]:
            if name_a.split()[0] == name_b.split()[0] and not name_a.startswith("cluster"):
                continue  # a bar's own label may sit inside it
            assert not overlaps(a, b), (name_a, name_b)


def test_lanes_stay_put_while_panning(songdo):
    # (More in test_lod.py: lanes never change with pan or zoom, at any size.)
    scale = fit_scale(songdo, 1200, fake_measure)
    before = {g.event_id: g.lane for g in build_scene(songdo, scale, 600, fake_measure).events}
    panned = build_scene(songdo, scale.pan(-300), 600, fake_measure)
    assert {g.event_id: g.lane for g in panned.events}.items() <= before.items()


def test_hit_testing_finds_the_mark_and_the_label(songdo):
    scale = fit_scale(songdo, 1200, fake_measure)
    scene = build_scene(songdo, scale, 600, fake_measure, SceneOptions(selected_id="2019-10-14-medicen-agreement"))
    g = scene.glyph("2019-10-14-medicen-agreement")
    assert g.selected
    assert scene.event_at(g.cx, g.cy) == g.event_id
    assert scene.event_at(g.label.x + 5, g.label.y + 5) == g.event_id
    assert scene.event_at(g.cx, scene.lanes_bottom - 2) is None


def test_legend_lists_used_categories(songdo):
    scene = build_scene(songdo, fit_scale(songdo, 1200, fake_measure), 600, fake_measure)
    assert [e.label.text for e in scene.legend] == ["Agreement", "Conference"]
    assert all(e.label.y > scene.lanes_top for e in scene.legend)


def test_title_row_only_when_asked(songdo):
    scale = fit_scale(songdo, 1200, fake_measure)
    assert build_scene(songdo, scale, 600, fake_measure).title is None
    scene = build_scene(songdo, scale, 600, fake_measure, SceneOptions(title=True))
    assert scene.title.text == songdo.title
    assert scene.axis_top > 0


def test_empty_timeline_still_has_an_axis():
    t = timeline_from_data(timeline_dict()).timeline
    scale = fit_scale(t, 800, fake_measure, now_ms=parse_time("2026-11-28").ms)
    scene = build_scene(t, scale, 400, fake_measure)
    assert scene.events == []
    assert any(label.role == "minor" for label in scene.labels)


def test_a_span_too_short_to_see_is_drawn_as_a_mark(songdo):
    year = 365.2425 * DAY
    # (Issue 11: a span of a few px keeps its bar, so "too short to see" is now under 4 px.)
    scale = TimeScale(parse_time("2018").ms, 4 * year / 1200, 1200)  # 4 years across: 3 days are 2.5 px
    g = build_scene(songdo, scale, 400, fake_measure).glyph("2019-12-05-asian-pain-symposium")
    assert g.kind == "point"
    # 30 years across, marks in one lane closer than their size merge into a counted cluster.
    far = build_scene(songdo, TimeScale(parse_time("2000").ms, 30 * year / 1200, 1200), 400, fake_measure)
    assert far.glyph("2019-12-05-asian-pain-symposium") is None
    assert [c.count for c in far.clusters] == [2] and len(far.events) == 1
    close = TimeScale(parse_time("2019-11-20").ms, DAY / 40, 1200)
    g = build_scene(songdo, close, 400, fake_measure).glyph("2019-12-05-asian-pain-symposium")
    assert g.kind == "bar" and g.x1 - g.x0 == pytest.approx(120)


def test_restyle_marks_the_new_selection_and_hover_as_a_fresh_build_would(songdo):
    scale = fit_scale(songdo, 900, fake_measure)
    medicen, rd = "2019-10-14-medicen-agreement", "2019-09-30-rd-agreement"
    scene = build_scene(songdo, scale, 600, fake_measure, SceneOptions(selected_id=medicen))
    scene.restyle(rd, medicen)
    fresh = build_scene(songdo, scale, 600, fake_measure, SceneOptions(selected_id=rd, hovered_id=medicen))
    assert scene.events == fresh.events
    assert [g.event_id for g in scene.events if g.selected] == [rd]
    assert [g.event_id for g in scene.events if g.hovered] == [medicen]


@pytest.mark.parametrize("size", ["songdo", "big"])
@pytest.mark.parametrize("height", [300, 700])
def test_lanes_frame_and_lanes_shown_are_where_build_scene_puts_the_lanes(songdo, size, height):
    # The window sizes its canvas from lanes_frame when no scene is built yet: it must agree
    # with the scene, histogram track (a big timeline) and legend included.
    from tests.helpers import plain_events_dict
    from timeline_app.layout.build import lanes_frame, lanes_shown
    from timeline_app.layout.lanes import LaneLayout
    from timeline_app.model import parse_timeline
    import json

    timeline = songdo if size == "songdo" else parse_timeline(json.dumps(plain_events_dict(3000)).encode()).timeline
    scale = fit_scale(timeline, 900, fake_measure)
    lanes = LaneLayout.of(timeline, fake_measure)
    scene = build_scene(timeline, scale, height, fake_measure, SceneOptions(), lanes)
    assert lanes_frame(timeline, 900, height, fake_measure, SceneOptions(), lanes) == (
        scene.lanes_top, height - scene.lanes_bottom)
    assert (scene.histogram is not None) == (size == "big")
    for offset in (0, 7):  # and it knows which lanes get a row each, as the scene does
        options = SceneOptions(lane_offset=offset)
        scene = build_scene(timeline, scale, height, fake_measure, options, lanes)
        end = scene.folded_from if scene.folded_from is not None else scene.lane_offset + scene.lane_rows
        assert lanes_shown(timeline, 900, height, fake_measure, options, lanes) == range(scene.lane_offset, end)
