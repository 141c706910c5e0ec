"""One function computes column edges (issue 15): the canvas's columns are fixed in time,
the overview's start at its left edge; counts in them are exact."""

from __future__ import annotations

import numpy as np

from timeline_app.layout.columns import DENSITY_PX, column_edges, counts_in_columns, view_columns
from timeline_app.layout.density import column_counts
from timeline_app.layout.timescale import TimeScale


def test_canvas_columns_stay_put_while_panning():
    scale = TimeScale(1_000_003.0, 250.0, 900)
    before = view_columns(scale)
    after = view_columns(scale.pan(-37.4))  # a drag that is not a whole column
    width = DENSITY_PX * scale.ms_per_px
    assert np.allclose(before / width, np.round(before / width))  # on multiples of the column width
    shared = np.intersect1d(before, after)
    assert len(shared) > len(before) - 16  # the same edges, shifted by a few columns
    assert before[0] <= scale.start_ms < before[1] and before[-1] >= scale.end_ms


def test_overview_columns_start_at_the_left_edge():
    edges = column_edges(500.0, 10.0, 4)
    assert edges.tolist() == [500.0, 510.0, 520.0, 530.0, 540.0]


def test_counts_are_exact_and_start_inclusive():
    starts = np.array([500.0, 509.9, 510.0, 539.0, 540.0])
    assert counts_in_columns(starts, column_edges(500.0, 10.0, 4)).tolist() == [2, 1, 0, 1]
    assert column_counts(starts, 500.0, 10.0, 4).tolist() == [2, 1, 0, 1]
    assert column_counts(starts, 500.0, 10.0, 0).tolist() == []
