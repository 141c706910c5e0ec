"""Viewport: zoom keeps the time under the pointer, limits are clamps, lanes scroll in range."""

from __future__ import annotations

import pytest

from timeline_app.layout.timescale import MIN_MS_PER_PX, TimeScale
from timeline_app.viewmodel import Viewport

BOUNDS = (0.0, 1_000_000.0)


def viewport(start=1000.0, ms_per_px=10.0, width=100.0) -> Viewport:
    v = Viewport()
    v.set_scale(TimeScale(start, ms_per_px, width))
    return v


def test_zoom_keeps_the_time_under_the_pointer():
    v = viewport()
    before = v.scale.time_at(30)
    assert v.zoom(2.0, 30, BOUNDS)
    assert v.scale.ms_per_px == pytest.approx(5.0)
    assert v.scale.time_at(30) == pytest.approx(before)


def test_zoom_in_past_the_limit_stops_and_says_so():
    v = viewport(ms_per_px=MIN_MS_PER_PX)
    limits, changes = [], []
    v.limit_reached.connect(limits.append)
    v.changed.connect(lambda: changes.append(1))
    assert not v.zoom(2.0, None, BOUNDS)
    assert v.scale.ms_per_px == MIN_MS_PER_PX and limits == [1] and changes == []


def test_zoom_out_stops_at_the_bounds_span():
    v = viewport(ms_per_px=5000.0)
    assert v.zoom(0.5, None, BOUNDS)  # part of the way: the whole bounds across the width
    assert v.scale.ms_per_px == pytest.approx(10_000.0)
    limits = []
    v.limit_reached.connect(limits.append)
    assert not v.zoom(0.5, None, BOUNDS)
    assert limits == [-1]


def test_pan_is_clamped_by_shifting_not_shrinking():
    v = viewport(start=0.0)
    v.pan(50, BOUNDS)  # content moves right: earlier times come in, but 0 is the first allowed
    assert v.scale.start_ms == 0.0 and v.scale.ms_per_px == 10.0
    v.pan(-30, BOUNDS)
    assert v.scale.start_ms == pytest.approx(300.0)


def test_user_scale_ends_fit_all_and_reset_brings_it_back():
    v = viewport()
    assert v.auto_fit is False
    v.set_scale(TimeScale(0, 1, 100), fitted=True)
    assert v.auto_fit is True
    v.lane_offset = 3
    v.reset()
    assert v.scale is None and v.lane_offset == 0 and v.auto_fit


def test_lanes_scroll_within_the_lanes_there_are():
    v = Viewport()
    heard = []
    v.changed.connect(lambda: heard.append(v.lane_offset))
    assert v.scroll_lanes(3, lane_count=10)
    assert v.scroll_lanes(20, lane_count=10)
    assert not v.scroll_lanes(1, lane_count=10)
    assert v.scroll_lanes(-50, lane_count=10)
    assert heard == [3, 9, 0]
