"""Dialogs, the status bar, remembered state, and text from data shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.helpers import timeline_dict, write_json
from timeline_app import __version__
from timeline_app.ui import MainWindow
from timeline_app.ui.about import AboutDialog, ShortcutsDialog
from timeline_app.ui.export_dialog import ExportPngDialog
from timeline_app.ui.plain import tooltip_html

HOSTILE = "<b>Bold</b> <img src='http://example.invalid/x.png'> &amp;"



def test_export_dialog_defaults_and_remembers(qtbot):
    dlg = ExportPngDialog((1000, 600))
    qtbot.addWidget(dlg)
    req = dlg.request((0.0, 10.0), None)
    assert req.scale == 2.0 and req.span is None and req.title and req.legend
    dlg.visible.setChecked(True)
    dlg.scale_box.setCurrentIndex(2)
    dlg.width_box.setValue(2000)
    dlg.remember()
    again = ExportPngDialog((1000, 600))
    qtbot.addWidget(again)
    req = again.request((5.0, 50.0), "x")
    assert (req.span, req.scale, req.width, req.selected_id) == ((5.0, 50.0), 3.0, 2000, "x")
    again.whole.setChecked(True)
    again.scale_box.setCurrentIndex(1)
    again.remember()


def test_about_names_version_and_the_data_sources(qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QLabel

    text = "\n".join(label.text() for label in dlg.findChildren(QLabel))
    assert __version__ in text
    assert "Incheon Free Economic Zone" in text and "kyeongin.com" in text


def test_shortcuts_dialog_lists_every_menu_shortcut(qtbot, window):
    dlg = ShortcutsDialog()
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QTableWidget

    table = dlg.findChild(QTableWidget, "shortcutsTable")
    keys = " ".join(table.item(r, 0).text() for r in range(table.rowCount()))
    for act in (window.open_action, window.export_action, window.fit_action, window.zoom_out_action):
        assert act.shortcut().toString() in keys


def test_status_bar_shows_the_date_under_the_pointer_and_the_scale(qtbot, window):
    view = window.view
    pos = window.view.event_position("2019-10-14-medicen-agreement")
    qtbot.mouseMove(view, pos.toPoint())
    assert window.pointer_label.text() == "Monday 14 October 2019"
    assert window.scale_label.text().startswith("Scale: ")


def test_window_state_is_remembered(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(701, 503)  # within the offscreen screen, which restoreGeometry respects
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (701, 503)


def test_text_from_data_is_never_markup(qtbot, tmp_path):
    path = write_json(tmp_path, timeline_dict(
        {"id": "h", "title": HOSTILE, "start": "2019-10-14", "summary": HOSTILE,
         "location": {"name": HOSTILE},
         "quotes": [{"text": HOSTILE, "speaker": HOSTILE}]},
        title=HOSTILE,
    ))
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    w.select_event("h")
    text = w.pane.toPlainText()
    assert text.count("<b>Bold</b>") >= 4
    assert "<img" in text
    assert w.pane.document().toHtml().count("<img") == 0  # no image element was created
    assert w.list.model().index(0, 1).data() == HOSTILE
    assert w.windowTitle().startswith(HOSTILE)
    tip = tooltip_html(HOSTILE)
    assert "<b>" not in tip and "&lt;b&gt;" in tip


def test_hover_highlights_the_event(qtbot, window):
    pos = window.view.event_position("2019-09-30-rd-agreement")
    qtbot.mouseMove(window.view, pos.toPoint())
    assert window.view.scene().glyph("2019-09-30-rd-agreement").hovered
    qtbot.mouseMove(window.view, QPoint(3, window.view.height() - 80))
    assert not window.view.scene().glyph("2019-09-30-rd-agreement").hovered


def test_enter_zooms_to_the_selected_event(qtbot, window):
    window.view.setFocus()
    window.select_event("2019-12-05-asian-pain-symposium")
    before = window.view.scale.ms_per_px
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.view.is_animating(), timeout=2000)
    assert window.view.scale.ms_per_px < before / 3
    pos = window.view.event_position("2019-12-05-asian-pain-symposium")
    assert abs(pos.x() - window.view.width() / 2) < 5


def test_ampersands_and_title_markers_from_data_show_as_written(qtbot, tmp_path):
    path = write_json(tmp_path, timeline_dict(
        {"id": "r", "title": "R&D [*] day", "start": "2019-10-14", "category": "rd"},
        title="R&D [*] timeline",
        categories=[{"id": "rd", "label": "R&D", "color": "#1f77b4"}],
    ), "r&d.json")
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.windowHandle().title().startswith("R&D [*] timeline")
    check = w.filter_panel.category_checks["rd"]
    assert check.text() == "R&&D"  # shows "R&D": a lone & would make "D" a shortcut key
    w._fill_recent_menu()
    assert any("r&&d.json" in a.text() for a in w.recent_menu.actions())
