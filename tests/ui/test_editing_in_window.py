"""Editing in the window as a user does it: the editor, the canvas drag, Undo/Redo, Save, and
the questions asked before unsaved changes could be lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from benchmarks.synth import synthetic_bytes
from timeline_app.editing import edits
from timeline_app.paths import bundled_timeline
from timeline_app.time import MS_PER_DAY, Precision
from timeline_app.ui import edit_session
from tests.ui.test_event_editor import B, canvas_label, list_title, pane_heading, retype

SEPT = "2019-09-30-rd-agreement"
OCT = "2019-10-14-medicen-agreement"
DEC = "2019-12-05-asian-pain-symposium"
PEER = Path(__file__).resolve().parent.parent / "fixtures" / "peer"



@pytest.fixture
def own_file(tmp_path) -> Path:
    """The bundled timeline with keys the app does not know, at the top and in an event."""
    data = json.loads(bundled_timeline().read_text(encoding="utf-8"))
    data["x-curator"] = {"name": "K. Lee", "checked": 3}
    data["events"][1]["x-review"] = "ok, 2024"
    path = tmp_path / "songdo.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def answers(monkeypatch, *replies):
    """Answer the next questions about unsaved changes with `replies`; returns what was asked."""
    asked, replies = [], list(replies)

    def ask(_parent, title, text, _buttons, _default):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(edit_session, "ask", ask)
    return asked


def test_an_edited_title_shows_everywhere_and_undo_and_redo_follow(qtbot, window):
    before = window.full_timeline.event_by_id[OCT].title
    window.select_event(OCT)
    editor = window.edit_event(OCT)
    retype(qtbot, editor.fields["title"], "Medicen pact")
    qtbot.mouseClick(editor.buttons.button(B.Ok), Qt.MouseButton.LeftButton)
    assert (pane_heading(window), list_title(window, OCT), canvas_label(window, OCT)) == ("Medicen pact",) * 3
    assert window.undo_action.text() == '&Undo Edit event "Medicen pact"'
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.is_dirty() and window.isWindowModified() and window.windowTitle().endswith("[*] — Timeline")

    window.undo_action.trigger()
    assert (pane_heading(window), list_title(window, OCT), canvas_label(window, OCT)) == (before,) * 3
    assert not window.is_dirty() and not window.isWindowModified()
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert (pane_heading(window), list_title(window, OCT), canvas_label(window, OCT)) == ("Medicen pact",) * 3
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list_title(window, OCT) == before
    qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert list_title(window, OCT) == "Medicen pact"


def _drag(qtbot, window, event_id: str, days: float, escape: bool = False) -> None:
    view = window.view
    window.select_event(event_id)
    view.set_scale(view.scale.zoom(4, view.event_position(event_id).x()))  # ticks of days or weeks
    dx = days * MS_PER_DAY / view.scale.ms_per_px
    start = view.event_position(event_id).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):  # several steps, as a hand moves: they make one undo entry
        qtbot.mouseMove(view, QPoint(round(start.x() + dx * k / 5), start.y()))
    if escape:
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(round(start.x() + dx), start.y()))


def test_dragging_an_event_a_week_later_moves_it_by_whole_days_and_undo_puts_it_back(qtbot, window):
    _drag(qtbot, window, SEPT, 7)
    assert window.view.scene().minor_rung.unit in ("day", "week")
    moved = window.full_timeline.event_by_id[SEPT]
    assert moved.start.to_iso() == "2019-10-07" and moved.start.precision is Precision.DAY
    assert window.undo_stack.count() == 1
    assert window.undo_action.text() == '&Undo Move event "' + moved.title + '"'
    assert window.view.event_position(SEPT).x() > 0 and window.view.selected_id == SEPT
    window.undo_stack.undo()
    assert window.full_timeline.event_by_id[SEPT].start.to_iso() == "2019-09-30"


def test_escape_during_a_drag_puts_the_event_back_and_leaves_no_undo_entry(qtbot, window):
    _drag(qtbot, window, SEPT, 7, escape=True)
    assert window.full_timeline.event_by_id[SEPT].start.to_iso() == "2019-09-30"
    assert window.undo_stack.count() == 0 and not window.is_dirty()


def test_a_drag_on_an_unselected_event_pans_and_changes_nothing(qtbot, window):
    view = window.view
    window.select_event(None)
    start = view.event_position(SEPT).toPoint()
    before = view.scale.start_ms
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(60, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    assert view.scale.start_ms < before and window.undo_stack.count() == 0


def test_add_and_delete_are_undone_and_redone(qtbot, window):
    window.select_event(OCT)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = window.view.selected_id
    assert copy == f"{OCT}-2" and len(window.full_timeline.events) == 4
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert window.view.selected_id == DEC  # the next in time
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert [e.id for e in window.full_timeline.events] == [SEPT, OCT]
    window.undo_stack.undo()  # the second delete
    assert DEC in window.full_timeline.event_by_id and window.view.selected_id == DEC
    window.undo_stack.undo()
    window.undo_stack.undo()  # the duplicate
    assert [e.id for e in window.full_timeline.events] == [SEPT, OCT, DEC]
    assert window.list.model().rowCount() == 3 and not window.is_dirty()
    window.undo_stack.redo()
    assert copy in window.full_timeline.event_by_id and window.view.selected_id == copy


def test_a_new_category_and_its_event_are_one_undo_step(qtbot, window):
    from timeline_app.model import Category

    editor = window.edit_event(DEC)
    editor.add_category(Category(id="symposia", label="Symposia", color="#aa3377"))
    assert editor.apply()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert "symposia" not in window.full_timeline.category_by_id
    assert window.full_timeline.event_by_id[DEC].category != "symposia"


def test_save_keeps_everything_but_the_change_and_reopens_equal(open_window, qtbot, monkeypatch, own_file):
    original = json.loads(own_file.read_text(encoding="utf-8"))
    window = open_window(own_file)
    editor = window.edit_event(OCT)
    retype(qtbot, editor.fields["title"], "Medicen pact")
    assert editor.apply()
    editor.reject()
    assert window.is_dirty()
    assert window.save()
    assert not window.is_dirty() and not window.isWindowModified()
    saved = json.loads(own_file.read_text(encoding="utf-8"))
    expected = json.loads(json.dumps(original))
    expected["events"][1]["title"] = "Medicen pact"
    assert saved == expected  # the unknown keys are kept, nothing else moved
    again = open_window(own_file)
    assert again.full_timeline.event_by_id[OCT].title == "Medicen pact"
    qtbot.wait(RELOAD_WAIT_MS)  # the watcher saw our own save: no reload, no question
    assert window.full_timeline.event_by_id[OCT].title == "Medicen pact" and window.undo_stack.count() == 1


RELOAD_WAIT_MS = 600


def test_a_file_of_another_format_is_saved_as_json_never_over_itself(open_window, qtbot, monkeypatch, tmp_path):
    source = tmp_path / "eras.json"
    shutil.copy(PEER / "timelinejs" / "eras.json", source)
    before = source.read_bytes()
    window = open_window(source)
    first = window.full_timeline.events[0]
    window.select_event(first.id)
    window.edit_actions.duplicate_selected()
    monkeypatch.setattr(window, "_error", lambda title, text: None)
    assert window.save_as(source) is False
    chosen = []
    monkeypatch.setattr(edit_session.QFileDialog, "getSaveFileName",
                        lambda _p, _t, suggested, _f: (chosen.append(suggested) or str(tmp_path / "eras-ours.json"), ""))
    assert window.save() is True
    assert source.read_bytes() == before
    assert Path(chosen[0]) != source
    written = json.loads((tmp_path / "eras-ours.json").read_text(encoding="utf-8"))
    assert len(written["events"]) == len(window.full_timeline.events)
    assert window.path == tmp_path / "eras-ours.json" and not window.is_dirty()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(qtbot, monkeypatch, window):
    window.select_event(OCT)
    window.edit_actions.delete_selected()
    asked = answers(monkeypatch, QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard)
    assert window.close() is False and window.isVisible()
    assert len(asked) == 1 and "not saved" in asked[0]
    assert window.close() is True


def test_opening_another_file_with_unsaved_changes_asks(qtbot, monkeypatch, window, own_file):
    window.select_event(OCT)
    window.edit_actions.delete_selected()
    answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.open_path(own_file, wait=True) is False
    assert OCT not in window.full_timeline.event_by_id and window.is_dirty()
    answers(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.open_path(own_file, wait=True) is True
    assert window.path == own_file and not window.is_dirty() and window.undo_stack.count() == 0


def test_a_change_on_disk_with_unsaved_edits_asks_before_reloading(open_window, qtbot, monkeypatch, own_file):
    window = open_window(own_file)
    window.select_event(SEPT)
    window.edit_actions.delete_selected()
    data = json.loads(own_file.read_text(encoding="utf-8"))
    data["title"] = "Changed elsewhere"
    own_file.write_text(json.dumps(data), encoding="utf-8")
    asked = answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.reload_from_disk()
    assert len(asked) == 1 and SEPT not in window.full_timeline.event_by_id and window.is_dirty()
    answers(monkeypatch, QMessageBox.StandardButton.Discard)
    window.reload_from_disk()
    qtbot.waitUntil(lambda: window.full_timeline.title == "Changed elsewhere", timeout=5000)
    assert SEPT in window.full_timeline.event_by_id and not window.is_dirty()


def test_an_edit_leaves_the_lanes_of_the_other_events_where_they_were(open_window, qtbot, tmp_path):
    path = tmp_path / "big.json"
    path.write_bytes(synthetic_bytes(3000))
    window = open_window(path)
    view = window.view
    view.scene()
    before = view._lanes.lanes.copy()
    table = window.full_timeline.table
    target = table.ids[int(table.order[table.n // 2])]
    row = table.index_of[target]
    start = window.full_timeline.event_by_id[target].start.ms
    window.editing.push(edits.move_event(window.editing.document, target, start + 40 * MS_PER_DAY, unit="day"))
    assert window.full_timeline.event_by_id[target].start.ms == start + 40 * MS_PER_DAY
    view.scene()
    after = view._lanes.lanes
    others = [r for r in range(table.n) if r != row]
    assert (after[others] == before[others]).all()


def test_dragging_a_bars_right_end_changes_its_end_only(qtbot, window):
    view = window.view
    window.select_event(DEC)
    view.set_scale(view.scale.zoom(6, view.event_position(DEC).x()))
    g = view.scene().glyph(DEC)
    assert g.kind == "bar"
    end = QPoint(round(g.x1) - 2, round(g.cy))
    dx = round(2 * MS_PER_DAY / view.scale.ms_per_px)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=end)
    for k in range(1, 4):
        qtbot.mouseMove(view, end + QPoint(dx * k // 3, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end + QPoint(dx, 0))
    ev = window.full_timeline.event_by_id[DEC]
    assert (ev.start.to_iso(), ev.end.to_iso()) == ("2019-12-05", "2019-12-09")
    assert window.undo_action.text().startswith('&Undo Change end of "')
    window.undo_stack.undo()
    assert window.full_timeline.event_by_id[DEC].end.to_iso() == "2019-12-07"


def test_a_double_click_on_empty_canvas_opens_the_editor_on_a_new_event_that_day(qtbot, window):
    view = window.view
    y = round(view.event_position(SEPT).y())
    x = next(x for x in range(view.width() // 2, view.width()) if view.event_at(QPoint(x, y + 40).toPointF()) is None)
    day = view.scale.time_at(x)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(x, y + 40))
    editor = window.edit_actions.editor
    assert editor is not None and editor.is_new
    from timeline_app.time import TimeValue

    assert editor.fields["start"].text() == TimeValue(int(day), Precision.DAY).to_iso()[:10]
    editor.reject()
    assert window.undo_stack.count() == 0


def test_the_filters_offer_what_an_edit_adds_and_keep_their_controls_otherwise(qtbot, window):
    panel = window.filter_panel
    checks = dict(panel.category_checks)
    window.editing.push(edits.set_fields(window.editing.document, OCT, {"title": "Retitled"}))
    window.editing.push(edits.duplicate_event(window.editing.document, DEC))
    assert panel.category_checks == checks  # the same check boxes: nothing new to offer
    tags_before = [panel.tags.item(k).text() for k in range(panel.tags.count())]
    tags = [*window.editing.document.event(SEPT).tags, "zz-new-tag"]
    window.editing.push(edits.set_fields(window.editing.document, SEPT, {"tags": tags}))
    assert [panel.tags.item(k).text() for k in range(panel.tags.count())] == [*tags_before, "zz-new-tag"]
    window.undo_stack.undo()
    assert [panel.tags.item(k).text() for k in range(panel.tags.count())] == tags_before
