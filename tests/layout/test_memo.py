"""The layout keeps what it computes per timeline (lanes, category codes) itself, for as long
as the timeline lives: computed once, and freed with it (a reload does not keep old lanes)."""

from __future__ import annotations

import gc
import weakref

from tests.helpers import fake_measure, timeline_dict
from timeline_app.layout.build import build_scene
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.records import SceneOptions
from timeline_app.model import Timeline, timeline_from_data


def timeline(n: int) -> Timeline:
    events = [{"id": f"e{i}", "title": f"Event {i}", "start": f"{1900 + i % 100}-0{1 + i % 9}-1{i % 10}",
               "category": "ac"[i % 2]} for i in range(n)]
    return timeline_from_data(timeline_dict(*events)).timeline


def test_lanes_are_computed_once_per_timeline_and_font():
    t = timeline(50)
    lanes = LaneLayout.of(t, fake_measure)
    assert LaneLayout.of(t, fake_measure) is lanes
    assert LaneLayout.of(t, lambda text, role: (len(text) * 20, 12)) is not lanes  # wider font: new room for labels


def test_what_the_layout_kept_goes_with_the_timeline():
    t = timeline(3000)  # big enough for the histogram track and category codes
    scale = fit_scale(t, 900, fake_measure)
    build_scene(t, scale, 500, fake_measure, SceneOptions(matches=frozenset({"e1", "e2"})))
    kept = weakref.ref(LaneLayout.of(t))
    del t, scale
    gc.collect()
    assert kept() is None
