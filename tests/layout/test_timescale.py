"""Zoom and pan arithmetic: the time under the pointer stays under it; limits are clamps."""

import pytest

from timeline_app.layout.timescale import MIN_MS_PER_PX, TimeScale, clamp

DAY = 86_400_000


def test_zoom_keeps_the_time_under_the_pointer():
    s = TimeScale(start_ms=0.0, ms_per_px=DAY / 40, width=1000)
    t = s.time_at(730)
    for factor in (1.2, 3.0, 0.5, 1 / 7):
        z = s.zoom(factor, about_x=730)
        assert z.time_at(730) == pytest.approx(t)
        assert z.ms_per_px == pytest.approx(s.ms_per_px / factor)


def test_pan_moves_content_with_the_drag():
    s = TimeScale(0.0, 1000.0, 800)
    assert s.pan(100).x(0) == pytest.approx(100)


def test_fit_shows_the_span_inside_the_margins():
    s = TimeScale.fit(10 * DAY, 20 * DAY, 1000, margin_px=50)
    assert s.x(10 * DAY) == pytest.approx(50)
    assert s.x(20 * DAY) == pytest.approx(950)


def test_clamp_limits_deep_zoom_to_one_ms_per_hundred_px():
    s = TimeScale(0.0, 1e-6, 1000)
    assert clamp(s, (0, 1e9)).ms_per_px == MIN_MS_PER_PX


def test_clamp_limits_zoom_out_to_the_bounds_and_centres():
    s = TimeScale(-1e15, 1e13, 1000)
    c = clamp(s, (0.0, 1000.0 * DAY))
    assert c.ms_per_px == pytest.approx(DAY)
    assert c.start_ms == pytest.approx(0.0)


def test_clamp_shifts_instead_of_shrinking():
    s = TimeScale(-50 * DAY, DAY, 100)  # 100 days wide, starting before the bounds
    c = clamp(s, (0.0, 1000.0 * DAY))
    assert c.ms_per_px == DAY
    assert c.start_ms == 0.0
    right = clamp(TimeScale(950 * DAY, DAY, 100), (0.0, 1000.0 * DAY))
    assert right.end_ms == pytest.approx(1000 * DAY)


def test_deep_time_scale_has_room_for_the_big_bang():
    year = 365.2425 * DAY
    s = TimeScale.fit(-13.8e9 * year, 0, 1000)
    assert s.x(-13.8e9 * year) == pytest.approx(0)
    assert s.x(-6.9e9 * year) == pytest.approx(500)
