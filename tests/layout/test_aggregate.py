"""A big timeline's zoomed-out picture tells the truth: every event counted, spikes where they are."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.shapes import CATEGORIES, spikes
from tests.helpers import fake_measure
from timeline_app.model import timeline_from_data
from timeline_app.layout.aggregate import fold_plan
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.build import build_scene
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.records import SceneOptions
from timeline_app.layout.timescale import TimeScale
from timeline_app.time import parse_time

N = 30_000
W, H = 1600, 900


@pytest.fixture(scope="module")
def spiky():
    return timeline_from_data(spikes(N, seed=5)).timeline


@pytest.fixture(scope="module")
def full(spiky):
    """The scene of the whole timeline, as the window first shows it."""
    return build_scene(spiky, fit_scale(spiky, W, fake_measure), H, fake_measure)


def drawn_count(scene) -> int:
    return (len(scene.events) + sum(c.count for c in scene.clusters)
            + sum(int(r.counts.sum()) for r in scene.density))


def in_view(t, scale: TimeScale) -> int:
    start = t.table.start_ms
    return int(((start >= scale.start_ms) & (start < scale.end_ms)).sum())


def test_at_full_extent_every_event_is_counted_once_in_the_histogram_and_once_in_the_lanes(spiky, full):
    assert full.histogram is not None
    assert full.histogram.total == int(full.histogram.counts.sum()) == N
    assert drawn_count(full) == N  # lanes: one-by-one marks, bands and folded rows together
    assert not any(r.kind == "more" for r in full.density)


def test_the_two_spikes_are_the_two_densest_things_drawn(spiky, full):
    hist = full.histogram
    per_col = hist.per_column
    # The spike columns: where July 1914 and mid-1815 fall.
    x1914 = (parse_time("1914-07-16").ms - hist.edges[0]) / (hist.edges[1] - hist.edges[0])
    x1815 = (parse_time("1815-07-01").ms - hist.edges[0]) / (hist.edges[1] - hist.edges[0])
    k1914, k1815 = int(x1914), int(x1815)
    top2 = set(np.argsort(-per_col)[:2].tolist())
    assert k1914 in top2
    assert top2 & {k1815 - 1, k1815, k1815 + 1}
    # The same in the lane rows: summed over every row, the densest cells are the spike columns.
    width = max(len(r.counts) for r in full.density)
    rows = np.zeros(width)
    for r in full.density:
        rows[:len(r.counts)] += r.counts
    top2_rows = np.argsort(-rows)[:2].tolist()
    near = {k1914 - 1, k1914, k1914 + 1, k1815 - 1, k1815, k1815 + 1}
    assert set(top2_rows) <= near
    # Hover says the exact count of a spike column.
    from timeline_app.layout.text import histogram_text

    assert histogram_text(hist, k1914).startswith(f"{int(per_col[k1914]):,} events, ")


def test_every_category_colour_survives_aggregation(spiky, full):
    codes = set()
    for r in full.density:
        if r.dominant is not None:
            codes |= set(np.unique(r.dominant[r.dominant >= 0]).tolist())
    assert codes == set(range(len(CATEGORIES)))
    # Stacked in the histogram: every category has events in the spike column.
    k = int(np.argmax(full.histogram.per_column))
    assert (full.histogram.counts[:len(CATEGORIES), k] > 0).all()
    assert full.aggregate_note is not None and "most common category" in full.aggregate_note.text


def test_no_row_stands_for_most_events(spiky, full):
    biggest = max(int(r.counts.sum()) for r in full.density)
    assert biggest < 0.12 * N  # the old "+N" row held a quarter of this file (57% of the 1M one)
    lanes = LaneLayout.of(spiky, fake_measure)
    assert lanes.lane_count > full.lane_rows, "the lanes do not all fit: some are folded"
    assert full.folded_from is not None


def test_zoomed_in_the_histogram_counts_the_events_starting_in_view(spiky):
    s = TimeScale(parse_time("1914-06-20").ms, 40 * 86_400_000 / W, W)
    scene = build_scene(spiky, s, H, fake_measure)
    assert scene.histogram.total == in_view(spiky, s)
    # Scrolled down, the lanes above are not drawn, the histogram still counts them.
    scrolled = build_scene(spiky, s, H, fake_measure, SceneOptions(lane_offset=10))
    assert scrolled.histogram.total == scene.histogram.total


def test_fold_plan_covers_every_lane_below_in_growing_blocks():
    single, bounds = fold_plan(5000, 3, 30)
    assert single == 15 and bounds[0] == 18 and bounds[-1] == 5000
    sizes = np.diff(bounds)
    assert (sizes >= 1).all() and sizes[-1] > sizes[0]
    assert single + len(sizes) <= 30
    single, bounds = fold_plan(20, 0, 30)
    assert single == 20 and len(bounds) == 0
    # Given the events per lane, blocks hold about as many events each.
    per_lane = np.r_[np.full(100, 1000), np.full(4900, 2)]
    single, bounds = fold_plan(5000, 0, 20, per_lane)
    held = np.add.reduceat(per_lane, bounds[:-1])
    assert bounds[0] == single and bounds[-1] == 5000
    assert held.max() <= 2 * held.mean()


def test_a_small_timeline_has_no_histogram():
    t = timeline_from_data(spikes(300, seed=2)).timeline
    scene = build_scene(t, fit_scale(t, W, fake_measure), 4000, fake_measure)
    assert scene.histogram is None


@pytest.mark.parametrize("zoom", [1.0, 40.0])
def test_a_folded_rows_run_counts_exactly_the_events_of_its_lanes_and_span(spiky, full, zoom):
    scene = full
    if zoom != 1.0:
        s = fit_scale(spiky, W, fake_measure).zoom(zoom, W / 2)
        scene = build_scene(spiky, s, H, fake_measure)
    lanes = LaneLayout.of(spiky, fake_measure)
    table = spiky.table
    checked = 0
    for row in (r for r in scene.density if r.kind == "merged"):
        a, z, n = row.runs()
        for ca, cz in list(zip(a.tolist(), z.tolist()))[:3]:
            hit = scene.cluster_at(row.x_first + (ca + cz) / 2 * row.bin_px, row.cy)
            lo, hi = hit.lanes
            mine = (lanes.lanes >= lo) & (lanes.lanes < hi)
            starts = table.start_ms[mine]
            assert hit.count == int(((starts >= hit.t0) & (starts < hit.t1)).sum())
            checked += 1
    assert checked >= 3
