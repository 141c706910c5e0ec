"""Search, filters, live reload, recent files, drag and drop, session and themes, as a user uses them."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QLineEdit

from tests.helpers import timeline_dict, wait_loaded, write_json
from timeline_app.paths import bundled_timeline
from timeline_app.render.output import ExportRequest
from timeline_app.ui import MainWindow, session

SEPT, OCT, DEC = "2019-09-30-rd-agreement", "2019-10-14-medicen-agreement", "2019-12-05-asian-pain-symposium"


def listed(window) -> list[str]:
    model = window.list.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]


def type_search(qtbot, window, text):
    field = window.findChild(QLineEdit, "searchField")
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: not window.search._timer.isActive(), timeout=2000)
    return field


def test_typing_a_search_filters_the_list_and_marks_the_canvas(qtbot, window):
    type_search(qtbot, window, "MÉDICEN")
    assert listed(window) == [OCT]
    scene = window.view.scene()
    assert scene.glyph(OCT).matched and not scene.glyph(OCT).dimmed
    assert scene.glyph(SEPT).dimmed and scene.glyph(DEC).dimmed
    assert window.search.status.text() == "1 match"


def test_enter_and_f3_step_through_matches(qtbot, window):
    field = type_search(qtbot, window, "lee won jae")
    assert listed(window) == [SEPT, OCT]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.view.selected_id == SEPT
    assert window.search.status.text() == "1 of 2"
    window.search.next_action.trigger()  # F3
    assert window.view.selected_id == OCT
    assert window.search.status.text() == "2 of 2"
    assert "Olivier Fontaine" in window.pane.toPlainText()
    window.search.prev_action.trigger()  # Shift+F3
    assert window.view.selected_id == SEPT
    assert window.view.event_position(SEPT) is not None


def test_escape_clears_the_search(qtbot, window):
    field = type_search(qtbot, window, "convensia")
    assert listed(window) == [DEC]
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(listed(window)) == 3, timeout=2000)
    assert not window.view.scene().glyph(SEPT).dimmed
    assert window.search.status.text() == ""


def test_no_matches_says_so(qtbot, window):
    type_search(qtbot, window, "zebra")
    assert listed(window) == []
    assert window.search.status.text() == "No matches"


def test_ctrl_f_focuses_the_search_field(qtbot, window):
    window.view.setFocus()
    window.search.find_action.trigger()
    assert window.findChild(QLineEdit, "searchField").hasFocus() or \
        window.focusWidget() is window.findChild(QLineEdit, "searchField")


def test_clicking_a_legend_entry_hides_that_category_everywhere_including_exports(qtbot, window, tmp_path):
    entry = next(e for e in window.view.scene().legend if e.category_id == "conference")
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(entry.label.x + 4), int(entry.label.y + entry.label.h / 2)))
    assert window.filters.hidden_categories == {"conference"}
    assert window.view.scene().glyph(DEC) is None
    assert DEC not in listed(window)
    assert window.filter_label.isVisible() and "2 of 3 events" in window.filter_label.text()
    hidden = next(e for e in window.view.scene().legend if e.category_id == "conference")
    assert hidden.hidden  # still in the legend, to click back on

    out = tmp_path / "filtered.png"
    req = ExportRequest(width=1200, scale=1.0, title=False)
    assert window.export_to(out, req)
    from timeline_app.render.output import export_scene

    full_scene, full_scale = export_scene(window.full_timeline, req)
    g = full_scene.glyph(DEC)
    pixel = QImage(str(out)).pixelColor(int(g.cx), int(g.cy))
    assert pixel.lightness() > 240, "the hidden symposium was drawn in the export"

    window.clear_filters_action.trigger()
    assert DEC in listed(window) and window.view.scene().glyph(DEC) is not None
    assert not window.filter_label.isVisible()


def test_filter_panel_tags_names_and_dates(qtbot, window):
    panel = window.filter_panel
    window.filters_action.trigger()
    assert panel.isVisible()

    def check(widget, text):
        item = next(widget.item(i) for i in range(widget.count()) if widget.item(i).text() == text)
        item.setCheckState(Qt.CheckState.Checked)

    check(panel.tags, "medicen")
    assert listed(window) == [OCT]
    panel.clear()
    check(panel.names, "Korean Pain Mechanism Research Society")
    assert listed(window) == [SEPT, DEC]
    panel.clear()
    panel.date_from.setText("2019-10")
    panel.date_to.setText("2019-11")
    panel._on_dates()
    assert listed(window) == [OCT]
    panel.date_to.setText("2019-02-30")
    panel._on_dates()
    assert '"2019-02-30" is not a date' in panel.date_error.text()
    assert listed(window) == [OCT]  # a bad date changes nothing
    window.clear_filters_action.trigger()
    assert len(listed(window)) == 3 and panel.date_from.text() == ""


def test_category_checkbox_and_legend_stay_in_step(qtbot, window):
    panel = window.filter_panel
    panel.category_checks["agreement"].setChecked(False)
    assert listed(window) == [DEC]
    legend = {e.category_id: e.hidden for e in window.view.scene().legend}
    assert legend == {"agreement": True, "conference": False}
    window._on_legend_toggled("agreement")
    assert panel.category_checks["agreement"].isChecked()


def write_timeline(path: Path, title: str, event_title: str = "First version") -> None:
    ev = {"id": "a", "title": event_title, "start": "2019-10-14"}
    path.write_text(json.dumps(timeline_dict(ev, {"id": "b", "title": "Other", "start": "2019-11-01"}, title=title)),
                    encoding="utf-8")


def test_editing_the_file_on_disk_updates_the_window(qtbot, tmp_path):
    path = tmp_path / "live.json"
    write_timeline(path, "Before")
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    w.select_event("a")
    scale_before = w.view.scale
    time.sleep(0.05)
    write_timeline(path, "After", event_title="Second version")
    qtbot.waitUntil(lambda: w.windowTitle().startswith("After"), timeout=5000)
    assert w.view.selected_id == "a"  # selection kept
    assert "Second version" in w.pane.toPlainText()
    assert w.view.scale.ms_per_px == pytest.approx(scale_before.ms_per_px)  # view kept


def test_an_invalid_edit_keeps_the_old_timeline_and_says_why(qtbot, tmp_path):
    path = tmp_path / "live.json"
    write_timeline(path, "Good")
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    path.write_text('{"format": "timeline-app", "title": "Broken", "events": [', encoding="utf-8")
    qtbot.waitUntil(lambda: w.message_bar.isVisible(), timeout=5000)
    assert "JSON syntax error" in w.message_bar.text() and "live.json" in w.message_bar.text()
    assert w.windowTitle().startswith("Good")
    assert w.view.scene().glyph("a") is not None
    write_timeline(path, "Fixed")  # saved again, now valid: the bar goes away
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Fixed"), timeout=5000)
    assert not w.message_bar.isVisible()


def test_an_editor_that_saves_by_renaming_is_still_followed(qtbot, tmp_path):
    path = tmp_path / "live.json"
    write_timeline(path, "One")
    w = MainWindow(path)
    qtbot.addWidget(w)
    tmp = tmp_path / "live.json.new"
    write_timeline(tmp, "Two")
    tmp.replace(path)
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Two"), timeout=5000)
    write_timeline(path, "Three")
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Three"), timeout=5000)


def test_dropping_a_file_opens_it(qtbot, window, tmp_path):
    path = write_json(tmp_path, timeline_dict({"id": "x", "title": "Dropped", "start": "2001"}, title="Dropped file"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_loaded(qtbot, window)
    assert window.windowTitle().startswith("Dropped file")


def test_open_recent_remembers_files(qtbot, window, tmp_path):
    path = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2001"}, title="Recent one"))
    window.open_path(path)
    wait_loaded(qtbot, window)
    assert session.recent_files()[:2] == [str(path.resolve()), str(bundled_timeline().resolve())]
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any(str(path.resolve()) in t for t in texts)
    window.open_path(bundled_timeline())
    window._open_recent(str(path.resolve()))
    wait_loaded(qtbot, window)
    assert window.windowTitle().startswith("Recent one")


def test_last_session_file_selection_and_zoom_come_back(qtbot, tmp_path):
    path = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2001-05-05"},
                                              {"id": "y", "title": "Y", "start": "2003"}, title="Session"))
    first = MainWindow(path)
    qtbot.addWidget(first)
    first.resize(900, 600)
    first.show()
    first.select_event("y")
    first.view.zoom(3.0, 100)
    scale = first.view.scale
    first.close()
    assert session.last_file() == path.resolve()
    second = MainWindow(session.last_file())
    qtbot.addWidget(second)
    second.resize(900, 600)
    second.show()
    qtbot.waitExposed(second)
    second.restore_session()
    assert second.view.selected_id == "y"
    assert second.view.scale.ms_per_px == pytest.approx(scale.ms_per_px)
    assert second.view.scale.start_ms == pytest.approx(scale.start_ms)


def test_dark_theme_reaches_canvas_pane_and_exports(qtbot, window, tmp_path):
    window.set_theme_choice("dark")
    assert window.view.theme.name == "dark"
    assert window.pane.theme.name == "dark"
    out = tmp_path / "dark.png"
    window.export_to(out, ExportRequest(width=800, scale=1.0))
    assert QImage(str(out)).pixelColor(5, 5).lightness() < 60
    window.set_theme_choice("light")
    assert window.view.theme.name == "light"
    from PySide6.QtCore import QSettings

    assert QSettings().value("view/theme") == "light"


def test_every_view_has_an_accessible_name(window):
    for widget in (window.view, window.list, window.pane, window.findChild(QLineEdit, "searchField"),
                   window.filter_panel):
        assert widget.accessibleName()
    assert "events" in window.view.accessibleDescription()


def test_list_sorts_by_any_column_and_keeps_the_selection_in_sync(qtbot, window):
    window.list.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # title
    titles = [window.list.model().index(r, 1).data() for r in range(3)]
    assert titles == sorted(titles, key=str.casefold)
    window.select_event(DEC)
    assert window.list.selected_id() == DEC
    window.list.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # category
    assert window.list.model().index(0, 2).data() == "Conference"
    window.list.setCurrentIndex(window.list.model().index(2, 0))
    assert window.view.selected_id == window.list.selected_id()


def test_filters_panel_opens_from_the_keyboard_with_focus_inside(qtbot, window):
    window.activateWindow()
    window.filters_action.trigger()
    assert window.filter_panel.isVisible()
    focused = window.focusWidget()
    assert focused is window.filter_panel.category_checks["agreement"]
