"""The main window as a user drives it: click, keys, wheel, related links, bad files, export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QImage

from tests.helpers import timeline_dict, wait_loaded, write_json
from timeline_app.render.output import ExportRequest

SEPT = "2019-09-30-rd-agreement"
OCT = "2019-10-14-medicen-agreement"
DEC = "2019-12-05-asian-pain-symposium"



def click_event(qtbot, window, event_id):
    pos = window.view.event_position(event_id)
    assert pos is not None, f"{event_id} is not visible"
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=pos.toPoint())


def test_opens_on_the_bundled_timeline_fitted(window):
    assert "Songdo" in window.windowTitle()
    for ev in (SEPT, OCT, DEC):
        pos = window.view.event_position(ev)
        assert pos is not None and 0 < pos.x() < window.view.width()
    assert window.findChild(type(window.view), "timelineView") is window.view
    assert window.findChild(type(window.pane), "detailPane") is window.pane
    assert window.findChild(type(window.list), "eventList") is window.list


def test_clicking_an_event_shows_its_details_and_selects_it_in_the_list(qtbot, window):
    click_event(qtbot, window, OCT)
    text = window.pane.toPlainText()
    assert "IFEZ Signs" in text or "Medicen" in text.splitlines()[0]
    assert "Monday 14 October 2019" in text
    assert "Olivier Fontaine" in text and "Lee Won Jae" in text
    assert "Parties" in text and "Quotes" in text
    assert "Today is significant" in text
    assert "Germany" in text and "TherapySelect" in text and "inferred" in text
    assert window.list.selected_id() == OCT
    assert window.view.selected_id == OCT


def test_symposium_date_is_written_for_people(qtbot, window):
    click_event(qtbot, window, DEC)
    text = window.pane.toPlainText()
    assert "Thursday 5 – Saturday 7 December 2019 (3 days)" in text
    assert "Songdo Convensia" in text


def test_clicking_empty_canvas_clears_the_selection(qtbot, window):
    window.select_event(SEPT)
    y = window.view.height() - 60
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    assert window.view.selected_id is None
    assert "Select an event" in window.pane.toPlainText()


def test_keyboard_moves_between_events(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Home)
    assert window.view.selected_id == SEPT
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.view.selected_id == OCT
    assert "Medicen" in window.pane.toPlainText()
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert window.view.selected_id == DEC
    assert window.list.selected_id() == DEC
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert window.view.selected_id == OCT
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert window.view.selected_id is None


def test_list_selection_drives_canvas_and_pane(qtbot, window):
    window.list.setFocus()
    model = window.list.model()
    row = next(r for r in range(model.rowCount()) if "Symposium" in model.index(r, 1).data())
    window.list.setCurrentIndex(model.index(row, 0))
    assert window.view.selected_id == DEC
    assert window.view.scene().glyph(DEC).selected
    assert "Asian Pain Symposium" in window.pane.toPlainText()


def test_related_link_selects_the_related_event(qtbot, window):
    window.select_event(SEPT)
    assert "Related events" in window.pane.toPlainText()
    window.pane.anchorClicked.emit(QUrl(f"event:{DEC}"))
    assert window.view.selected_id == DEC
    assert window.list.selected_id() == DEC


def test_unsafe_links_are_never_opened(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr("timeline_app.ui.detail_pane.QDesktopServices.openUrl", lambda url: opened.append(url))
    window.pane.anchorClicked.emit(QUrl("javascript:alert(1)"))
    window.pane.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == []
    window.pane.anchorClicked.emit(QUrl("https://www.kyeongin.com/article/1458760"))
    assert [u.toString() for u in opened] == ["https://www.kyeongin.com/article/1458760"]


def test_wheel_zooms_about_the_pointer(qtbot, window):
    view = window.view
    x = view.width() * 0.3
    before = view.scale
    t = before.time_at(x)
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    ev = QWheelEvent(QPointF(x, 100), view.mapToGlobal(QPointF(x, 100)), P(0, 0), P(0, 240),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    view.wheelEvent(ev)
    after = view.scale
    assert after.ms_per_px < before.ms_per_px / 1.3
    assert after.time_at(x) == pytest.approx(t, abs=after.ms_per_px)


def test_drag_pans(qtbot, window):
    view = window.view
    before = view.scale.start_ms
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    for x in (590, 560, 500):
        qtbot.mouseMove(view, QPoint(x, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 300))
    assert view.scale.start_ms == pytest.approx(before + 100 * view.scale.ms_per_px)


def test_zoom_actions_and_fit_all(qtbot, window):
    view = window.view
    fitted = view.scale.ms_per_px
    window.zoom_in_action.trigger()
    assert view.scale.ms_per_px < fitted
    window.zoom_out_action.trigger()
    window.zoom_out_action.trigger()
    assert view.scale.ms_per_px > fitted
    window.fit_action.trigger()
    qtbot.waitUntil(lambda: view.scale.ms_per_px == pytest.approx(fitted), timeout=2000)


def test_zoom_out_is_clamped_not_endless(qtbot, window):
    for _ in range(60):
        window.zoom_out_action.trigger()
    s = window.view.scale
    assert s.span_ms <= 5 * 70 * 86_400_000  # at most the data extent plus twice it either side
    assert window.view.event_position(OCT) is not None


def test_a_bad_file_keeps_the_current_timeline(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "_error", lambda title, text: shown.append(text))
    bad = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2019-02-30"}), "bad.json")
    window.select_event(OCT)
    assert window.open_path(bad) is True  # started in the background; the verdict comes later
    wait_loaded(qtbot, window)
    assert len(shown) == 1 and 'events[0].start: "2019-02-30" is not a date' in shown[0]
    assert "bad.json" in shown[0]
    assert "Songdo" in window.windowTitle()
    assert window.view.selected_id == OCT
    assert window.view.event_position(OCT) is not None


def test_opening_another_file_replaces_everything(qtbot, window, tmp_path):
    good = write_json(tmp_path, timeline_dict({"id": "x", "title": "Only event", "start": "1969-07-20"},
                                              title="Moon"))
    assert window.open_path(good)
    wait_loaded(qtbot, window)
    assert window.windowTitle().startswith("Moon")
    assert window.list.model().rowCount() == 1
    assert window.view.event_position("x") is not None
    assert window.view.event_position(OCT) is None


def test_export_png_matches_the_scene(qtbot, window, tmp_path):
    out = tmp_path / "t.png"
    assert window.export_to(out, ExportRequest(width=1000, scale=2.0))
    image = QImage(str(out))
    assert image.width() == 2000
    assert image.height() > 200


def test_shortcuts_are_standard(window):
    from PySide6.QtGui import QKeySequence

    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.fit_action.shortcut().toString() == "Ctrl+0"
    assert QKeySequence("Ctrl++") in window.zoom_in_action.shortcuts() or \
        window.zoom_in_action.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomIn)
    assert window.zoom_out_action.shortcut() == QKeySequence(QKeySequence.StandardKey.ZoomOut)
