"""The event editor as a user drives it: open it, change fields, apply; add, duplicate, delete."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWidget

from timeline_app.cli import cmd_validate
from timeline_app.model import Event, load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.ui.editor.dialog import object_name
from timeline_app.ui.editor.form_data import check_form, event_form, record_columns

SEPT = "2019-09-30-rd-agreement"
OCT = "2019-10-14-medicen-agreement"
DEC = "2019-12-05-asian-pain-symposium"
B = QDialogButtonBox.StandardButton


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def canvas_label(window, event_id: str) -> str:
    glyph = next(g for g in window.view.scene().events if g.event_id == event_id)
    return glyph.label.text if glyph.label else ""


def pane_heading(window) -> str:
    """The detail pane's headline: the line after the date line."""
    return window.pane.toPlainText().splitlines()[1]


def list_title(window, event_id: str) -> str:
    model = window.list.model()
    return model.row_title(model.row_of(event_id))


def test_a_new_title_applied_shows_in_the_pane_the_list_and_the_canvas(qtbot, window):
    window.select_event(OCT)
    editor = window.edit_event(OCT)
    assert editor.objectName() == "eventEditor" and editor.isVisible()
    title = editor.findChild(QLineEdit, "titleEdit")
    assert title.text().startswith("IFEZ and Medicen")
    retype(qtbot, title, "Medicen pact")
    with qtbot.waitSignal(editor.applied) as heard:
        qtbot.mouseClick(editor.buttons.button(B.Apply), Qt.MouseButton.LeftButton)
    old, new = heard.args
    assert old.title.startswith("IFEZ and Medicen") and new.title == "Medicen pact"
    assert new.model_copy(update={"title": old.title}) == old  # nothing else changed
    assert pane_heading(window) == "Medicen pact"
    assert list_title(window, OCT) == "Medicen pact"
    assert canvas_label(window, OCT) == "Medicen pact"
    assert window.full_timeline.event_by_id[OCT].title == "Medicen pact"
    assert window.view.selected_id == OCT


def _validate_message(tmp_path, event_index: int, field: str, value: str) -> str:
    """What `timeline-app validate` says about `value` in that field of the bundled file."""
    data = json.loads(bundled_timeline().read_text(encoding="utf-8"))
    data["events"][event_index][field] = value
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_a_bad_date_shows_validates_message_at_the_field_and_applies_nothing(qtbot, window, tmp_path, capsys):
    bad = _validate_message(tmp_path, 1, "start", "2019-13-45")
    assert cmd_validate([bad]) == 1
    said = capsys.readouterr().out.strip()
    place, message = said.split(": events[1].start: ")
    assert message.startswith('"2019-13-45" is not a date')

    before = window.full_timeline
    editor = window.edit_event(OCT)
    start = editor.findChild(QLineEdit, "startEdit")
    retype(qtbot, start, "2019-13-45")
    shown = editor.messages["start"]
    assert shown.isVisible() and shown.text() == message
    assert start.property("invalid") is True
    assert not editor.buttons.button(B.Ok).isEnabled() and not editor.buttons.button(B.Apply).isEnabled()
    with qtbot.assertNotEmitted(editor.applied):
        assert editor.apply() is False
        qtbot.keyClick(start, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.full_timeline is before and editor.isVisible()
    retype(qtbot, start, "2019-10-15")
    assert not shown.isVisible() and start.property("invalid") is False
    assert editor.buttons.button(B.Apply).isEnabled()


def test_an_end_before_the_start_and_an_unknown_related_id_say_what_validate_says(qtbot, window):
    editor = window.edit_event(DEC)
    retype(qtbot, editor.fields["end"], "2019-12-01")
    assert editor.messages["end"].text() == '"2019-12-01" is before the start "2019-12-05"'
    editor.fields["related"].setPlainText("no-such-event")
    assert editor.messages["related"].text() == 'Line 1: "no-such-event" is not the id of an event'
    assert editor.apply() is False


def test_every_field_of_the_format_has_an_editor_by_its_object_name(window):
    editor = window.edit_event(OCT)
    missing = [name for name in Event.model_fields if editor.findChild(QWidget, object_name(name)) is None]
    assert missing == []
    assert editor.findChild(QWidget, "dateNoteEdit") is not None
    for key in ("Name", "NativeName", "Place", "Country", "Inferred", "Note", "Sources"):
        assert editor.findChild(QWidget, f"location{key}Edit") is not None, key
    for name in ("parties", "participants", "quotes", "activities", "mentions"):
        table = editor.fields[name]
        assert table.columns == record_columns(name)
        assert {"inferred", "note", "sources"} <= set(table.columns)
    assert "native_name" in editor.fields["participants"].columns  # the Korean names the data carries
    assert "organization_native_name" in editor.fields["activities"].columns


def test_the_fields_show_every_event_as_it_is(window):
    """Opened and applied unchanged, every event of the bundled file comes back equal: nothing is
    lost or altered on the way through the fields (native names, inferred flags, notes, sources)."""
    timeline = window.full_timeline
    for i, ev in enumerate(timeline.events):
        editor = window.edit_event(ev.id)
        back, problems = check_form(editor.form(), timeline, i)
        assert problems == [] and back == ev, ev.id
        assert not editor.buttons.button(B.Apply).isEnabled()  # nothing to apply yet
        editor.reject()
        assert check_form(event_form(ev), timeline, i) == (ev, [])


def test_a_native_name_changed_in_a_table_reaches_the_event(window):
    editor = window.edit_event(OCT)
    table = editor.fields["participants"]
    column = table.columns.index("native_name")
    table.table.item(0, column).setText("올리비에 퐁텐 (수정)")
    assert editor.apply()
    assert window.full_timeline.event_by_id[OCT].participants[0].native_name == "올리비에 퐁텐 (수정)"
    assert "올리비에 퐁텐 (수정)" in window.pane.toPlainText()


def test_a_record_without_its_required_name_is_shown_in_its_row(window):
    editor = window.edit_event(OCT)
    table = editor.fields["parties"]
    table.add_row()
    assert editor.messages["parties"].text() == f"Row {table.table.rowCount()}, Name: is required"
    table.table.setCurrentCell(table.table.rowCount() - 1, 0)
    table.remove_selected()
    assert editor.messages["parties"].text() == "" and editor.check()


def test_a_new_category_is_made_chosen_and_added_with_the_event(window, qtbot):
    from timeline_app.ui.editor.category_dialog import NewCategoryDialog

    dlg = NewCategoryDialog({c.id for c in window.full_timeline.categories})
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.label_edit, "Symposia")
    dlg.color_edit.setText("#12345")
    assert dlg.message.text() == "'#12345' is not a colour like \"#1f77b4\""
    assert not dlg.buttons.button(B.Ok).isEnabled()
    dlg.color_edit.setText("#aa3377")
    assert dlg.category is not None and dlg.category.id == "symposia"

    editor = window.edit_event(DEC)
    editor.add_category(dlg.category)
    assert editor.findChild(QWidget, "categoryEdit").currentText() == "Symposia"
    assert editor.apply()
    assert window.full_timeline.category_by_id["symposia"].color == "#aa3377"
    assert window.full_timeline.event_by_id[DEC].category == "symposia"
    assert "Symposia" in [e.label.text for e in window.view.scene().legend]  # the canvas's legend says it
    glyph = next(g for g in window.view.scene().events if g.event_id == DEC)
    assert glyph.color.lower() == "#aa3377"


def test_ctrl_enter_applies_and_closes_escape_cancels(qtbot, window):
    editor = window.edit_event(SEPT)
    retype(qtbot, editor.fields["title"], "Changed then cancelled")
    qtbot.keyClick(editor.fields["title"], Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert window.full_timeline.event_by_id[SEPT].title != "Changed then cancelled"
    editor = window.edit_event(SEPT)
    retype(qtbot, editor.fields["title"], "Kept")
    qtbot.keyClick(editor.fields["title"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert window.full_timeline.event_by_id[SEPT].title == "Kept"


def test_tab_walks_the_form_from_top_to_bottom(qtbot, window):
    """The focus chain (what Tab follows) runs through the fields in the order they are shown."""
    editor = window.edit_event(OCT)
    qtbot.waitExposed(editor)
    w, order = editor.fields["title"], []
    while len(order) < 40:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled() and w.objectName():
            order.append(w.objectName())
        w = w.nextInFocusChain()
    names = [n for n in order if n.endswith("Edit")]
    assert names[:13] == ["titleEdit", "startEdit", "endEdit", "dateNoteEdit", "categoryEdit", "summaryEdit",
                          "inferredEdit", "noteEdit", "locationNameEdit", "locationNativeNameEdit",
                          "locationPlaceEdit", "locationCountryEdit", "locationInferredEdit"], order
    tables = [n for n in order if n.endswith("Table")]
    assert tables == ["partiesTable", "participantsTable", "quotesTable", "activitiesTable", "mentionsTable"]
    assert order.index("mentionsTable") < order.index("sourcesEdit") < order.index("tagsEdit") < order.index("relatedEdit")
    for name in ("summaryEdit", "sourcesEdit"):  # Tab leaves a text box instead of typing a tab
        assert editor.findChild(QWidget, name).tabChangesFocus()
    assert not editor.fields["parties"].table.tabKeyNavigation()


def test_insert_adds_an_event_through_the_editor_and_cancel_adds_none(qtbot, window):
    window.select_event(OCT)
    n = len(window.full_timeline.events)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_Insert)
    editor = window.edit_actions.editor
    assert editor is not None and editor.is_new and editor.fields["start"].text() == "2019-10-14"
    editor.reject()
    assert len(window.full_timeline.events) == n
    qtbot.keyClick(window.list, Qt.Key.Key_Insert)
    editor = window.edit_actions.editor
    retype(qtbot, editor.fields["title"], "Delegation visits Samsung BioLogics")
    retype(qtbot, editor.fields["start"], "2019-10-16")
    qtbot.mouseClick(editor.buttons.button(B.Ok), Qt.MouseButton.LeftButton)
    assert len(window.full_timeline.events) == n + 1
    new_id = window.view.selected_id
    assert new_id not in (SEPT, OCT, DEC)
    assert list_title(window, new_id) == "Delegation visits Samsung BioLogics"
    assert pane_heading(window) == "Delegation visits Samsung BioLogics"
    assert window.view.event_position(new_id) is not None


def test_duplicate_then_delete_moves_the_selection_to_a_neighbour(qtbot, window):
    window.select_event(OCT)
    window.list.setFocus()
    qtbot.keyClick(window.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    ids = [e.id for e in window.full_timeline.events]
    assert len(ids) == 4 and f"{OCT}-2" in ids and window.view.selected_id == f"{OCT}-2"
    copy = window.full_timeline.event_by_id[f"{OCT}-2"]
    assert copy.model_copy(update={"id": OCT}) == window.full_timeline.event_by_id[OCT]
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert f"{OCT}-2" not in window.full_timeline.event_by_id
    assert window.view.selected_id == DEC  # the next event in time (the copy sat beside the original)
    qtbot.keyClick(window.list, Qt.Key.Key_Delete)
    assert window.view.selected_id == OCT  # nothing after the last: the one before
    assert [e.id for e in window.full_timeline.events] == [SEPT, OCT]
    assert window.list.model().rowCount() == 2
    assert pane_heading(window) == window.full_timeline.event_by_id[OCT].title


def test_edit_actions_are_off_without_a_selection_and_a_double_click_opens_the_editor(qtbot, window):
    window.select_event(None)
    acts = window.edit_actions
    assert not acts.edit_action.isEnabled() and not acts.delete_action.isEnabled()
    assert acts.new_action.isEnabled()
    window.select_event(DEC)
    assert acts.edit_action.isEnabled() and acts.delete_action.isEnabled()
    model = window.list.model()
    rect = window.list.visualRect(model.index(model.row_of(SEPT), 1))
    # A real double-click is a press, release, then the double-click event on the same row.
    qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert acts.editor is not None and acts.editor.fields["id"].text() == SEPT
    acts.editor.reject()
    window.list.setFocus()
    window.select_event(DEC)
    qtbot.keyClick(window.list, Qt.Key.Key_F2)
    assert acts.editor.fields["id"].text() == DEC
    acts.editor.reject()
    qtbot.keyClick(window.list, Qt.Key.Key_Return)
    assert acts.editor.fields["id"].text() == DEC


def test_menu_has_the_edit_entries(window):
    texts = [a.text() for a in window.edit_menu.actions()]
    for text in ("&Edit Event…", "&New Event…", "&Duplicate Event", "De&lete Event"):
        assert text in texts


@pytest.fixture(autouse=True)
def _fresh_editor_size():
    from PySide6.QtCore import QSettings

    QSettings().remove("editor/size")
    yield


def test_in_korean_the_editor_has_no_english_interface_text(window):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QPlainTextEdit

    from tests.ui.test_translation import english_words
    from timeline_app.ui import translation

    translation.apply("ko")
    try:
        editor = window.edit_event(OCT)
        editor.fields["start"].setText("2019-13-45")  # a problem, so its count is shown too
        texts = [editor.windowTitle()]
        for w in editor.findChildren(QWidget):
            if isinstance(w, QLabel) and w.isVisibleTo(editor) and w not in editor.messages.values():
                texts.append(w.text())  # a field's message is validate's, which stays English
            if isinstance(w, QAbstractButton):
                texts.append(w.text())
            if isinstance(w, QGroupBox):
                texts.append(w.title())
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                texts.append(w.placeholderText())
            texts.append(w.toolTip() if not isinstance(w, QLineEdit) or not w.text() else "")
        for name in ("parties", "participants", "quotes", "activities", "mentions"):
            table = editor.fields[name].table
            texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        english = [t for t in texts if t and [w for w in english_words(t) if w != "ID"]]
        assert english == [], english
        assert editor.findChild(QWidget, "problemCount").text() == "적용하기 전에 고칠 문제 1개"
    finally:
        translation.apply("en")


def test_delete_in_the_search_field_edits_the_text_not_the_timeline(qtbot, window):
    window.select_event(OCT)
    field = window.search.field
    field.setFocus()
    field.setText("abc")
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "bc"
    assert len(window.full_timeline.events) == 3


def test_an_edit_to_an_event_a_reload_removed_adds_it_back(window, tmp_path):
    editor = window.edit_event(SEPT)
    data = json.loads(bundled_timeline().read_text(encoding="utf-8"))
    data["events"] = [e for e in data["events"] if e["id"] != SEPT]
    for e in data["events"]:
        e["related"] = [r for r in e.get("related", []) if r != SEPT]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window._error = lambda title, text: pytest.fail(text)  # never a modal box in a test
    assert window.open_path(path, wait=True)
    assert SEPT not in window.full_timeline.event_by_id
    editor.fields["title"].setText("Still here")
    assert editor.apply()
    assert window.full_timeline.event_by_id[SEPT].title == "Still here"
    assert len(window.full_timeline.events) == 3


def test_a_cells_tooltip_is_its_whole_text_escaped(window):
    editor = window.edit_event(OCT)
    table = editor.fields["quotes"].table
    item = table.item(0, 0)
    item.setText("<b>bold?</b> " + "x" * 40)
    assert item.toolTip().startswith("<qt>&lt;b&gt;bold?&lt;/b&gt;")


def test_enter_on_the_canvas_still_zooms_and_opens_no_editor(qtbot, window):
    window.view.setFocus()
    window.select_event(DEC)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.edit_actions.editor is None


def test_a_wheel_over_the_category_while_scrolling_the_form_changes_nothing(qtbot, window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    editor = window.edit_event(OCT)
    combo = editor.findChild(QWidget, "categoryEdit")
    editor.fields["title"].setFocus()
    before = combo.currentIndex()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before
    assert not editor.buttons.button(B.Apply).isEnabled()
