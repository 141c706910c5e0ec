"""After an edit the folded rows count exactly what a fresh count would, without being made anew."""

from __future__ import annotations

import random

import numpy as np
import pytest

from tests.helpers import fake_measure
from tests.layout.test_lanes_follow_edits import crowded
from timeline_app.editing import History, edits
from timeline_app.layout.aggregate import FoldIndex, category_codes, histogram
from timeline_app.layout.build import build_scene
from timeline_app.layout.columns import column_edges
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.records import ClusterKind, SceneOptions
from timeline_app.time import MS_PER_DAY


def draw(doc, scale):
    lanes = LaneLayout.of(doc.timeline, fake_measure)
    return build_scene(doc.timeline, scale, 320, fake_measure, SceneOptions(), lanes), lanes


@pytest.mark.parametrize("sparse_grid", [FoldIndex.SPARSE_GRID, 10**9], ids=["as-made", "always-a-grid"])
def test_folded_rows_after_edits_count_what_a_fresh_index_counts(monkeypatch, sparse_grid):
    monkeypatch.setattr(FoldIndex, "SPARSE_GRID", sparse_grid)  # both ways of counting, and of following
    built = []
    init = FoldIndex.__init__
    monkeypatch.setattr(FoldIndex, "__init__", lambda self, *a: (built.append(1), init(self, *a))[1])
    doc = crowded(4000, days=150)
    scale = fit_scale(doc.timeline, 900, fake_measure)
    scene, _ = draw(doc, scale)
    assert any(row.kind is ClusterKind.MERGED for row in scene.density)  # (the view folds lanes)
    history = History(doc)
    rng = random.Random(5)
    drawn_builds = 0
    for step in range(30):
        ids = doc.timeline.table.ids
        target = ids[rng.randrange(len(ids))]
        roll = rng.random()
        if roll < 0.5:
            history.push(edits.move_event(doc, target, doc.event(target).start.ms + rng.randrange(-20, 20) * MS_PER_DAY))
        elif roll < 0.7:
            history.push(edits.add_event(doc, f"2000-0{rng.randrange(1, 5)}-1{rng.randrange(9)}", "Added"))
        elif roll < 0.85:
            history.push(edits.delete_event(doc, target))
        else:
            history.undo()
        built.clear()
        scene, lanes = draw(doc, scale)
        drawn_builds += len(built)
        got = lanes.memo.get("fold_index")
        assert got is not None
        fresh = FoldIndex(lanes, got[1].bounds)
        patched = got[1]
        assert np.array_equal(patched.starts, fresh.starts)
        assert np.array_equal(np.sort(patched.code), np.sort(fresh.code))
        edges = column_edges(scale.start_ms, 3 * scale.ms_per_px, 300, aligned=True)
        for a, b in zip(patched.counts(edges), fresh.counts(edges)):
            assert np.array_equal(a, b)
        table = doc.timeline.table
        assert np.array_equal(category_codes(table), np.where(table.category >= 0, table.category, 2))
        assert np.array_equal(histogram(doc.timeline.table, edges),
                              np.vstack([np.diff(np.searchsorted(np.sort(doc.timeline.table.start_ms[
                                  np.where(doc.timeline.table.category >= 0, doc.timeline.table.category, 2) == c]),
                                  edges)) for c in range(3)]))
    assert drawn_builds <= 3  # the edits' frames patched the index instead of counting every event again
