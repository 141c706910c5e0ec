"""Issue 11, the status bar: fields kept apart by " · ", the pointer's date gone when the pointer
leaves the canvas, and the zoom limits said instead of silently doing nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QLabel

from timeline_app.ui.timeline_view import ZOOM_IN_LIMIT_TEXT, ZOOM_OUT_LIMIT_TEXT


def status_text(window) -> str:
    """What the right of the status bar reads, left to right."""
    bar = window.statusBar()
    labels = [w for w in bar.findChildren(QLabel) if w.isVisible() and w.text() and w is not window.pointer_label]
    return " ".join(w.text() for w in sorted(labels, key=lambda w: w.mapTo(bar, QPoint(0, 0)).x()))


def test_the_fields_are_separated_by_a_dot(qtbot, window):
    assert status_text(window).startswith("Scale: ")  # alone: no stray separator
    window.search.field.setText("Medicen")
    window.search.update_matches()
    qtbot.waitUntil(lambda: status_text(window).startswith("1 match · Scale: "))
    assert status_text(window) == f"1 match · {window.scale_label.text()}"
    window.search.field.setText("")
    window.search.update_matches()
    qtbot.waitUntil(lambda: status_text(window) == window.scale_label.text())


def test_a_filter_chip_sits_between_separators(qtbot, window):
    window.search.field.setText("agreement")
    window.search.update_matches()
    conference = next(c.id for c in window.timeline.categories if c.label == "Conference")
    window.view.legendToggled.emit(conference)
    qtbot.waitUntil(lambda: window.filter_label.isVisible())
    qtbot.waitUntil(lambda: status_text(window).count(" · ") == 2)
    text = status_text(window)
    assert text.startswith("2 matches · ") and text.endswith(" · " + window.scale_label.text())
    assert window.filter_label.text() in text


def move(qtbot, view, x, y):
    qtbot.mouseMove(view, QPoint(x, y))


def test_the_pointer_date_clears_when_the_pointer_leaves_the_canvas(qtbot, window):
    view = window.view
    move(qtbot, view, view.width() // 2, view.height() // 2)
    qtbot.waitUntil(lambda: window.pointer_label.text() != "")
    enter = QEnterEvent(QPointF(10, 10), QPointF(10, 10), QPointF(view.mapToGlobal(QPoint(10, 10))))
    QApplication.sendEvent(view, enter)
    QApplication.sendEvent(view, QEvent(QEvent.Type.Leave))
    assert window.pointer_label.text() == ""


def test_zooming_out_past_the_limit_says_so(qtbot, window):
    view = window.view
    for _ in range(40):
        view.zoom_out()
    assert window.statusBar().currentMessage() == ZOOM_OUT_LIMIT_TEXT
    window.statusBar().clearMessage()
    before = view.scale
    view.zoom_out()
    assert view.scale == before  # nothing moved, and the user is told why
    assert window.statusBar().currentMessage() == ZOOM_OUT_LIMIT_TEXT
    assert "twice its length" in ZOOM_OUT_LIMIT_TEXT


def test_zooming_in_past_the_limit_says_so(qtbot, window):
    view = window.view
    for _ in range(80):
        view.zoom_in()
    assert window.statusBar().currentMessage() == ZOOM_IN_LIMIT_TEXT


def test_a_zoom_within_the_limits_says_nothing(qtbot, window):
    window.view.zoom_in()
    window.view.zoom_out()
    assert window.statusBar().currentMessage() == ""


def test_the_scale_field_says_the_axis_step_as_the_axis_does(qtbot, window):
    """The scale field and layout/axis.describe_step agree at every zoom (issue 15: the status
    bar asks the axis instead of reading rung units itself)."""
    from timeline_app.layout.axis import describe_step

    seen = set()
    for _ in range(12):
        rung = window.view.scene().minor_rung
        qtbot.waitUntil(lambda: window.scale_label.text().startswith(f"Scale: {describe_step(rung)} ≈ "))
        seen.add(describe_step(rung))
        window.view.zoom_in()
    assert len(seen) >= 3  # months, days and hours at least
