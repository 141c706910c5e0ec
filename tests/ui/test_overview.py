"""The overview strip and continuous zoom, as a user sees and drives them."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.helpers import timeline_dict
from timeline_app.model.load import parse_timeline
from timeline_app.render.theme import DARK, LIGHT
from timeline_app.time import parse_time
from timeline_app.layout.density import bar_heights, column_counts, widen_lone_bars
from timeline_app.layout.text import column_text
from timeline_app.ui.overview import OverviewStrip, canvas_with_overview
from timeline_app.ui.timeline_view import TimelineView


def ms(text: str) -> float:
    return float(parse_time(text).ms)


def make_timeline(events):
    return parse_timeline(json.dumps(timeline_dict(*events)).encode()).timeline


# Three events on the first days of 1850, a crowd in 1900-1909, one in 1950; nothing 1851-1899.
EVENTS = (
    [{"id": f"early{i}", "title": f"Early {i}", "start": f"1850-01-0{i + 1}"} for i in range(3)]
    + [{"id": f"c{i}", "title": f"Crowd {i}", "start": f"{1900 + i % 10}-0{1 + i % 9}-15"} for i in range(40)]
    + [{"id": "late", "title": "Late", "start": "1950-06-01"}]
)


@pytest.fixture
def canvas(qtbot):
    view = TimelineView(make_timeline(EVENTS))
    strip = OverviewStrip(view)
    pane = canvas_with_overview(view, strip)
    qtbot.addWidget(pane)
    pane.resize(1000, 400)
    pane.show()
    qtbot.waitExposed(pane)
    yield view, strip  # (a yield keeps `pane`, which owns both, alive during the test)


def centre_time(view) -> float:
    s = view.scale
    return s.time_at(s.width / 2)


# --- counting (pure) ---------------------------------------------------------------------------

def test_column_counts_are_exact():
    starts = np.array([0.0, 1.0, 1.0, 5.0, 9.99, 10.0, 25.0])
    counts = column_counts(starts, 0.0, 1.0, 10)
    assert counts.tolist() == [1, 2, 0, 0, 0, 1, 0, 0, 0, 1]  # [0, 10): 10.0 and 25.0 are outside
    assert column_counts(starts, 0.0, 10.0, 3).tolist() == [5, 1, 1]


def test_heights_do_not_let_one_cluster_flatten_the_rest():
    h = bar_heights(np.array([0, 1, 100, 10_000]), 30)
    assert h[0] == 0 and h[3] == 30
    assert h[1] >= 2  # a lone event is still seen
    assert h[2] == pytest.approx(3.0)  # sqrt: a hundredth of the peak is a tenth of the height
    assert widen_lone_bars(np.array([0.0, 0.0, 5.0, 0.0, 0.0])).tolist() == [0, 5, 5, 5, 0]


def test_column_text_names_the_count_and_the_dates():
    assert column_text(1234, ms("1850-03-01"), ms("1851-06-01")) == "1,234 events, 1850 – 1851"
    assert column_text(1, ms("1850-03-01"), ms("1850-03-20")) == "1 event, Friday 1 – Tuesday 19 March 1850"


def test_the_strip_counts_three_events_in_one_column(canvas):
    _view, strip = canvas
    counts = strip.counts()
    assert counts.sum() == len(EVENTS)
    x = strip.strip_scale().x(ms("1850-01-02"))
    assert counts[strip.column_at(x)] == 3
    assert strip.text_at(x).startswith("3 events, ")


# --- what it shows -----------------------------------------------------------------------------

def test_the_window_box_is_where_the_view_is(canvas):
    view, strip = canvas
    strip_scale = strip.strip_scale()
    fitted = strip.window_rect()
    assert fitted.left() <= strip_scale.x(ms("1850-01-01")) and fitted.right() >= strip_scale.x(ms("1950-06-01"))

    view.zoom(4.0, view.width() * 0.25)
    s = view.scale
    r = strip.window_rect()
    assert r.width() < fitted.width() / 3
    assert r.left() == pytest.approx(strip_scale.x(s.start_ms), abs=0.5)
    assert r.right() == pytest.approx(strip_scale.x(s.end_ms), abs=0.5)


def _column_has_bar(image, x: int, height: int) -> bool:
    """Below the free top rows, does this pixel column differ from its top (bar ink)?"""
    top = image.pixelColor(x, 3)
    return image.pixelColor(x, height - 5) != top


def test_density_is_drawn_where_events_are_and_not_in_a_gap(canvas):
    _view, strip = canvas
    image = strip.grab().toImage()
    s = strip.strip_scale()
    h = strip.height()
    assert _column_has_bar(image, int(s.x(ms("1850-01-02"))), h)
    assert _column_has_bar(image, int(s.x(ms("1905-06-15"))), h)
    assert _column_has_bar(image, int(s.x(ms("1950-06-01"))), h)
    for year in ("1860", "1875", "1890", "1925"):
        assert not _column_has_bar(image, int(s.x(ms(f"{year}-06-01"))), h), year


def test_it_follows_the_timeline_and_the_theme(canvas):
    view, strip = canvas
    before = strip.grab().toImage().pixelColor(2, 3)
    strip.set_theme(DARK)
    assert strip.grab().toImage().pixelColor(2, 3) != before
    strip.set_theme(LIGHT)
    view.set_timeline(make_timeline(EVENTS[:3]))
    assert strip.counts().sum() == 3
    assert "3 events" in strip.accessibleDescription()


# --- driving the canvas from the strip ------------------------------------------------------------

def test_dragging_the_box_pans_the_canvas(qtbot, canvas):
    view, strip = canvas
    view.zoom(6.0)
    before = view.scale
    r = strip.window_rect()
    y = strip.height() // 2
    x = int(r.center().x())
    qtbot.mousePress(strip, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    for dx in (5, 20, 40):
        qtbot.mouseMove(strip, QPoint(x + dx, y))
    qtbot.mouseRelease(strip, Qt.MouseButton.LeftButton, pos=QPoint(x + 40, y))
    after = view.scale
    assert after.ms_per_px == before.ms_per_px
    assert after.start_ms == pytest.approx(before.start_ms + 40 * strip.strip_scale().ms_per_px)
    assert strip.window_rect().center().x() == pytest.approx(r.center().x() + 40, abs=0.5)


def test_a_click_outside_the_box_centres_the_canvas_there(qtbot, canvas):
    view, strip = canvas
    view.zoom(6.0)  # about the middle: the box is far from x = 100
    assert not strip.window_rect().contains(QPointF(100, 10))
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(100, strip.height() // 2))
    qtbot.waitUntil(lambda: not view.is_animating())
    target = strip.strip_scale().time_at(100)
    assert centre_time(view) == pytest.approx(target, abs=view.scale.ms_per_px)
    assert strip.window_rect().center().x() == pytest.approx(100, abs=1)


def test_wheel_over_the_strip_zooms_the_canvas_about_that_time(canvas):
    view, strip = canvas
    before = view.scale
    x = strip.strip_scale().x(ms("1905-01-01"))
    t = strip.strip_scale().time_at(x)
    wheel(strip, QPointF(x, 20), angle=QPoint(0, 240))
    after = view.scale
    assert after.ms_per_px < before.ms_per_px / 1.3
    assert before.x(t) == pytest.approx(after.x(t), abs=1)  # the time stays where it was on the canvas


def test_the_strip_does_not_take_focus(canvas):
    _view, strip = canvas
    assert strip.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert strip.accessibleName() == "Overview" and strip.accessibleDescription()


# --- continuous zoom on the canvas ------------------------------------------------------------------

def wheel(widget, pos: QPointF, angle: QPoint | None = None, pixel: QPoint | None = None):
    """A wheel or trackpad scroll as Qt delivers it (pixel deltas come from trackpads)."""
    ev = QWheelEvent(pos, widget.mapToGlobal(pos), pixel or QPoint(0, 0), angle or QPoint(0, 0), Qt.MouseButton.NoButton,
                     Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.ScrollUpdate, False)
    QApplication.sendEvent(widget, ev)


def test_pinch_zooms_about_the_fingers(canvas):
    view, _strip = canvas
    view.zoom(2.0)
    before = view.scale
    x = view.width() * 0.3
    t = before.time_at(x)
    pos = QPointF(x, 150)
    ev = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                             pos, pos, view.mapToGlobal(pos), 0.25, QPointF(0, 0))
    QApplication.sendEvent(view, ev)
    after = view.scale
    assert after.ms_per_px == pytest.approx(before.ms_per_px / 1.25)
    assert after.time_at(x) == pytest.approx(t, abs=after.ms_per_px)
    out = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                              pos, pos, view.mapToGlobal(pos), -0.2, QPointF(0, 0))
    QApplication.sendEvent(view, out)
    assert view.scale.ms_per_px == pytest.approx(after.ms_per_px / 0.8)


@pytest.mark.parametrize("angle", [QPoint(0, 0), QPoint(120, 0)])
def test_a_sideways_trackpad_swipe_pans_and_does_not_zoom(canvas, angle):
    view, _strip = canvas
    view.zoom(4.0)
    before = view.scale
    wheel(view, QPointF(300, 150), angle=angle, pixel=QPoint(40, 0))
    after = view.scale
    assert after.ms_per_px == before.ms_per_px
    assert after.start_ms == pytest.approx(before.start_ms - 40 * before.ms_per_px)


def test_vertical_trackpad_scroll_still_zooms_about_the_pointer(canvas):
    view, _strip = canvas
    before = view.scale
    t = before.time_at(250)
    wheel(view, QPointF(250, 150), angle=QPoint(0, 60), pixel=QPoint(0, 30))
    after = view.scale
    assert after.ms_per_px < before.ms_per_px
    assert after.time_at(250) == pytest.approx(t, abs=after.ms_per_px)


# --- in the main window -------------------------------------------------------------------------------

def test_the_strip_sits_under_the_canvas_full_width(window):
    strip = window.findChild(OverviewStrip, "overviewStrip")
    assert strip is window.overview and strip.isVisible()
    view_box = window.view.geometry()
    assert strip.parentWidget() is window.view.parentWidget()
    assert strip.geometry().top() == view_box.bottom() + 1
    assert strip.width() == window.view.width()
    assert 36 <= strip.height() <= 44


def test_view_menu_overview_hides_the_strip_and_is_remembered(qtbot, window):
    from timeline_app.ui import MainWindow

    assert window.overview_action.isCheckable() and window.overview_action.isChecked()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.overview_action in view_menu.actions()
    assert {window.zoom_in_action, window.zoom_out_action, window.fit_action} <= set(view_menu.actions())
    window.overview_action.trigger()
    assert not window.overview.isVisible()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.overview_action.isChecked() and not again.overview.isVisible()
    again.overview_action.trigger()
    assert again.overview.isVisible()


def test_hovering_the_strip_tells_the_status_bar(qtbot, window):
    strip = window.overview
    x = int(strip.strip_scale().x(window.timeline.chronological[0].start_ms))
    qtbot.mouseMove(strip, QPoint(x, strip.height() // 2))
    assert window.pointer_label.text() == strip.text_at(x)
    assert window.pointer_label.text().startswith("1 event, ")


def test_hovering_beside_a_lone_bar_names_that_bar(canvas):
    _view, strip = canvas
    x = strip.column_at(strip.strip_scale().x(ms("1950-06-01")))
    assert strip.counts()[x] == 1
    assert strip.text_at(x + 1.5) == strip.text_at(x + 0.5) == strip.text_at(x - 0.5)
    assert strip.text_at(x + 0.5).startswith("1 event, ")
    assert strip.text_at(x + 5.5).startswith("0 events, ")


def test_eras_show_faintly_and_a_resize_recounts(qtbot):
    data = timeline_dict(*EVENTS, eras=[{"id": "war", "label": "War", "start": "1870", "end": "1879",
                                         "color": "#d62728"}])
    view = TimelineView(parse_timeline(json.dumps(data).encode()).timeline)
    strip = OverviewStrip(view)
    pane = canvas_with_overview(view, strip)
    qtbot.addWidget(pane)
    pane.resize(1000, 400)
    pane.show()
    qtbot.waitExposed(pane)
    s = strip.strip_scale()
    image = strip.grab().toImage()
    inside, outside = image.pixelColor(int(s.x(ms("1875-01-01"))), 3), image.pixelColor(int(s.x(ms("1890-01-01"))), 3)
    assert inside != outside and inside.red() > inside.blue()
    pane.resize(700, 400)
    qtbot.waitUntil(lambda: strip.width() == 700)
    assert strip.counts().size == 700 and strip.counts().sum() == len(EVENTS)
