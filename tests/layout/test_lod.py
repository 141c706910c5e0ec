"""Stable lanes and level of detail: lanes never move, dense parts become exact counts."""

from __future__ import annotations

import random

import numpy as np
import pytest

from tests.helpers import fake_measure, timeline_dict
from timeline_app.model import timeline_from_data
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.build import build_scene
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.lod import DETAIL_BUDGET
from timeline_app.layout.records import SceneOptions
from timeline_app.layout.timescale import TimeScale
from timeline_app.time import parse_time

DAY = 86_400_000


def dense_timeline(n: int, seed: int = 7):
    """n events over 2019: points, short and long ranges, with one crowded week."""
    rng = random.Random(seed)
    events = []
    for i in range(n):
        day = rng.randrange(365) if rng.random() < 0.6 else 200 + rng.randrange(7)
        start = parse_time("2019-01-01").ms + day * DAY
        ev = {"id": f"e{i}", "title": f"Event {i}", "start": iso(start), "category": rng.choice("ac")}
        if rng.random() < 0.3:
            ev["end"] = iso(start + rng.choice((1, 3, 40)) * DAY)
        events.append(ev)
    return timeline_from_data(timeline_dict(*events)).timeline


def iso(ms: int) -> str:
    return str(np.datetime64(ms, "ms").astype("datetime64[D]"))


def lanes_of(scene):
    return {g.event_id: g.lane for g in scene.events}


@pytest.mark.parametrize("n", [60, 3000])
def test_lanes_never_change_with_pan_or_zoom_and_keep_their_order(n):
    t = dense_timeline(n)
    lanes = LaneLayout(t, fake_measure)
    base = fit_scale(t, 1200, fake_measure)
    seen: dict[str, int] = {}
    for s in (base, base.zoom(4), base.zoom(4).pan(-500), base.zoom(40, 600), base.zoom(40, 600).pan(900),
              base.zoom(0.5)):
        scene = build_scene(t, s, 3000, fake_measure, SceneOptions(), lanes)
        for eid, lane in lanes_of(scene).items():
            assert seen.setdefault(eid, lane) == lane, f"{eid} moved from lane {seen[eid]} to {lane}"
        # Rows follow lanes: an event in a lower-numbered lane is drawn higher, at every zoom.
        by_lane = sorted(scene.events, key=lambda g: g.lane)
        assert [g.cy for g in by_lane] == sorted(g.cy for g in by_lane)
    assert len(seen) > 10


def test_events_of_one_lane_never_overlap_in_time():
    t = dense_timeline(3000)
    lanes = LaneLayout(t, fake_measure)
    for k in range(lanes.lane_count):
        a, b = int(lanes.ptr[k]), int(lanes.ptr[k + 1])
        assert (lanes.lane_start[a + 1:b] >= lanes.lane_end[a:b - 1]).all()


def drawn_count(scene) -> int:
    """Events a scene accounts for: single glyphs, clusters and density runs."""
    return (len(scene.events) + sum(c.count for c in scene.clusters)
            + sum(int(r.counts.sum()) for r in scene.density))


def test_a_dense_view_draws_exact_counts_instead_of_thousands_of_marks():
    t = dense_timeline(20_000)
    s = fit_scale(t, 1200, fake_measure)
    s = TimeScale(parse_time("2019-01-01").ms, 366 * DAY / 1200, 1200)  # exactly the year, nothing cut
    scene = build_scene(t, s, 100_000, fake_measure)  # tall enough for every lane: no "more" row
    assert scene.more_row_y is None
    assert len(scene.events) <= DETAIL_BUDGET + 2 * len(scene.density) + 400
    assert scene.density, "the crowded lanes become density bands"
    # Counts never lie: every event of the timeline is accounted for exactly once.
    assert drawn_count(scene) == 20_000
    assert all(label.text.replace(",", "").isdigit() for label in scene.labels_count)


def test_the_lanes_that_do_not_fit_are_folded_into_rows_that_count_them_exactly():
    t = dense_timeline(20_000)
    s = TimeScale(parse_time("2019-01-01").ms, 366 * DAY / 1200, 1200)
    scene = build_scene(t, s, 400, fake_measure)
    assert scene.more_row_y is not None
    # Every lane below the ones drawn one per row is in exactly one folded row, in order.
    folded = [r for r in scene.density if r.kind == "merged"]
    assert len(folded) >= 2
    assert folded[0].lane_range[0] == scene.folded_from
    assert all(a.lane_range[1] == b.lane_range[0] for a, b in zip(folded, folded[1:]))
    assert folded[-1].lane_range[1] == LaneLayout(t, fake_measure).lane_count
    assert [r.cy for r in folded] == sorted(r.cy for r in folded)
    assert folded[-1].cy + folded[-1].h / 2 <= scene.lanes_bottom
    # No single row stands for most events any more (the old "+N" row held most of them).
    assert max(int(r.counts.sum()) for r in folded) < 20_000 / 2
    assert drawn_count(scene) == 20_000
    # Scrolled down, the lanes above are not counted twice.
    scrolled = build_scene(t, s, 400, fake_measure, SceneOptions(lane_offset=5))
    above = sum(1 for lane in LaneLayout(t, fake_measure).lanes if lane < 5)
    assert drawn_count(scrolled) == 20_000 - above


def test_clicking_a_cluster_gives_the_span_of_its_events():
    t = dense_timeline(20_000)
    s = TimeScale(parse_time("2019-01-01").ms, 366 * DAY / 1200, 1200)
    scene = build_scene(t, s, 100_000, fake_measure)
    row = next(r for r in scene.density if r.kind == "cluster")
    a, z, n = row.runs()
    x = row.x_first + (a[0] + z[0]) / 2 * row.bin_px
    hit = scene.cluster_at(x, row.cy)
    assert hit is not None and hit.count == int(n[0])
    table = t.table
    inside = (table.start_ms >= hit.t0) & (table.start_ms <= hit.t1)
    assert inside.sum() >= hit.count
    assert hit.t0 < hit.t1


def test_few_events_are_drawn_one_by_one_with_labels():
    t = dense_timeline(60)
    scene = build_scene(t, fit_scale(t, 1200, fake_measure), 3000, fake_measure)
    assert not scene.density
    assert len(scene.events) + sum(c.count for c in scene.clusters) == 60
    assert sum(1 for g in scene.events if g.label is not None) >= 30


def test_today_line_only_when_today_is_in_view():
    t = dense_timeline(60)
    s = TimeScale(parse_time("2019-01-01").ms, 366 * DAY / 1200, 1200)
    now = parse_time("2019-06-01").ms
    scene = build_scene(t, s, 600, fake_measure, SceneOptions(now_ms=now))
    assert scene.today_x == pytest.approx(s.x(now))
    later = build_scene(t, s, 600, fake_measure, SceneOptions(now_ms=parse_time("2026-11-28").ms))
    assert later.today_x is None


def test_search_matches_inside_density_bands_are_counted_per_column():
    t = dense_timeline(20_000)
    s = TimeScale(parse_time("2019-01-01").ms, 366 * DAY / 1200, 1200)
    matches = frozenset(f"e{i}" for i in range(0, 20_000, 97))
    scene = build_scene(t, s, 100_000, fake_measure, SceneOptions(matches=matches))
    rows = [r for r in scene.density if r.kind == "cluster"]
    assert rows and all(r.matches is not None for r in rows)
    in_bands = sum(int(r.matches.sum()) for r in rows)
    singles = sum(1 for g in scene.events if g.matched) + 0
    assert in_bands + singles <= len(matches)
    assert in_bands > 0
    # Every column with a match holds at least as many events as matches.
    assert all((r.matches <= r.counts).all() for r in rows)
