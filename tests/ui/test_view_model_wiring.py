"""One selection, in the view model: whichever widget the user clicks, every view shows the same
event, and a change made in the view model alone reaches every widget."""

from __future__ import annotations

from PySide6.QtCore import Qt

SEPT = "2019-09-30-rd-agreement"
OCT = "2019-10-14-medicen-agreement"
DEC = "2019-12-05-asian-pain-symposium"


def drawn_selected(window) -> str | None:
    """The event the canvas draws as selected (None: none)."""
    drawn = [g.event_id for g in window.view.scene().events if g.selected]
    assert len(drawn) <= 1
    return drawn[0] if drawn else None


def shown_everywhere(window) -> set:
    """What the canvas, the list, the pane and the view model each say is selected."""
    return {window.model.selection.id, window.view.selected_id, window.list.selected_id(), window.pane.event_id,
            drawn_selected(window)}


def test_a_click_on_the_canvas_selects_in_the_view_model(qtbot, window):
    pos = window.view.event_position(DEC)
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert shown_everywhere(window) == {DEC}
    assert "8th Asian Pain Symposium" in window.pane.toPlainText()


def test_a_click_on_a_list_row_selects_in_the_view_model(qtbot, window):
    row = window.list.source_model.row_of(OCT)
    index = window.list.model().index(row, 1)
    qtbot.mouseClick(window.list.viewport(), Qt.MouseButton.LeftButton, pos=window.list.visualRect(index).center())
    assert shown_everywhere(window) == {OCT}
    assert "Medicen" in window.pane.toPlainText()


def test_the_view_model_alone_moves_every_widget(window):
    window.model.selection.select(SEPT)
    assert shown_everywhere(window) == {SEPT}
    window.model.selection.select(None)
    assert shown_everywhere(window) == {None}
    assert "Select an event" in window.pane.toPlainText()


def test_a_related_event_in_the_pane_selects_in_the_view_model(window):
    window.model.selection.select(SEPT)
    window.pane.relatedActivated.emit(DEC)
    assert shown_everywhere(window) == {DEC}


def test_hiding_the_selected_events_category_clears_the_selection_everywhere(window):
    window.model.selection.select(OCT)
    category = window.timeline.event_by_id[OCT].category
    window.model.filters.toggle_category(category)
    assert OCT not in window.timeline.event_by_id
    assert shown_everywhere(window) == {None}
    window.model.filters.clear()
    assert OCT in window.timeline.event_by_id and window.filter_label.isHidden()


def test_a_search_typed_in_the_field_marks_the_same_matches_everywhere(qtbot, window):
    window.search.field.setText("medicen")
    window.search.update_matches()
    assert window.model.search.ids == (OCT,)
    assert {g.event_id for g in window.view.scene().events if g.matched} == {OCT}
    assert {g.event_id for g in window.view.scene().events if g.dimmed} == {SEPT, DEC}
    window.search.next_match()
    assert shown_everywhere(window) == {OCT}


def test_scrolling_the_canvas_changes_the_viewport_in_the_view_model(qtbot, window):
    before = window.model.viewport.scale
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    after = window.model.viewport.scale
    assert after is window.view.scale and after.start_ms > before.start_ms
