"""Edit > Categories and Eras…: what a user changes there reaches the legend and the canvas as
one undo step, and a value the format refuses is said at its row and changes nothing."""

from __future__ import annotations

from timeline_app.ui.editor.categories_dialog import CategoriesEditor


def open_dialog(window) -> CategoriesEditor:
    dialog = window.edit_actions.edit_categories()
    assert dialog.objectName() == "categoriesEditor"
    return dialog


def legend(window) -> dict[str, tuple[str, str]]:
    return {e.category_id: (e.label.text, e.color) for e in window.view.scene().legend}


def set_cell(box, row: int, column: str, text: str) -> None:
    box.table.item(row, box.columns.index(column)).setText(text)


def test_renamed_and_recoloured_category_shows_in_the_legend_and_undo_restores(qtbot, window):
    before = legend(window)
    assert before["agreement"] == ("Agreement", "#2f6fb0")
    dialog = open_dialog(window)
    set_cell(dialog.categories, 0, "label", "Accord")
    set_cell(dialog.categories, 0, "color", "#118844")
    depth = window.undo_stack.count()
    assert dialog.apply()
    assert window.undo_stack.count() == depth + 1  # both changes are one step
    assert legend(window)["agreement"] == ("Accord", "#118844")
    assert window.full_timeline.categories[0].label == "Accord"
    assert window.is_dirty()
    window.undo_stack.undo()
    assert legend(window) == before
    window.undo_stack.redo()
    assert legend(window)["agreement"] == ("Accord", "#118844")


def test_an_added_era_is_drawn_and_undo_takes_it_away(qtbot, window):
    assert window.view.scene().eras == []
    dialog = open_dialog(window)
    row = dialog.add_era()
    set_cell(dialog.eras, row, "label", "Negotiations")
    set_cell(dialog.eras, row, "start", "2019-09-01")
    set_cell(dialog.eras, row, "end", "2019-11-30")
    assert dialog.apply()
    assert [e.id for e in window.full_timeline.eras] == ["negotiations"]
    bands = window.view.scene().eras
    assert len(bands) == 1 and bands[0].x1 > bands[0].x0
    assert bands[0].label is not None and bands[0].label.text == "Negotiations"
    window.undo_stack.undo()
    assert window.view.scene().eras == []


def test_a_bad_colour_is_said_at_its_row_and_changes_nothing(qtbot, window):
    before = window.full_timeline.categories
    dialog = open_dialog(window)
    set_cell(dialog.categories, 1, "label", "Talks")  # a good change beside the bad one is not applied either
    set_cell(dialog.categories, 0, "color", "blueish")
    assert not dialog.apply()
    assert dialog.categories.message.isVisibleTo(dialog)
    text = dialog.categories.message.text()
    assert text == 'Row 1, Colour: \'blueish\' is not a colour like "#1f77b4"'  # validate's wording
    cell = dialog.categories.table.item(0, 1)
    assert cell.background().color().alpha() > 0  # the cell is tinted
    assert window.full_timeline.categories == before
    assert window.undo_stack.count() == 0 and not window.is_dirty()


def test_a_category_in_use_is_not_removed_and_the_dialog_says_why(qtbot, window):
    dialog = open_dialog(window)
    dialog.categories.table.setCurrentCell(0, 0)
    assert not dialog.remove_category()
    assert "Agreement" in dialog.categories.message.text()
    row = dialog.add_category()
    set_cell(dialog.categories, row, "label", "Visit")
    assert dialog.apply()
    assert [c.id for c in window.full_timeline.categories][-1] == "visit"
    dialog.categories.table.setCurrentCell(row, 0)
    assert dialog.remove_category()  # unused: it goes
    assert dialog.apply()
    assert "visit" not in [c.id for c in window.full_timeline.categories]
