"""Edit menu entries for events (edit, new, duplicate, delete) and the one place where an edit
reaches the window's timeline.

`install_edit_actions(window)` adds them to `window.edit_menu`. Every change goes to
`apply_event_change`, which makes it one step on the window's undo stack (ui/edit_session.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from timeline_app.model import Category, Event, Timeline
from timeline_app.time import Precision, TimeValue
from timeline_app.ui.editor.categories_dialog import CategoriesEditor
from timeline_app.ui.editor.dialog import EventEditor
from timeline_app.editing.edits import unique_id
from timeline_app.ui.editor.form_data import slug
from timeline_app.ui.window_menus import add_action

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow


class EditActions(QObject):
    """Edit Event… (F2; Enter in the list; a double-click on a row), New Event (Insert),
    Duplicate (Ctrl+D), Delete (Del)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.editor: EventEditor | None = None
        K = QKeySequence.StandardKey
        self.edit_action = add_action(window, lambda: self.tr("&Edit Event…"), self.edit_selected, QKeySequence("F2"),
                                          tip=lambda: self.tr("Change the selected event"))
        self.new_action = add_action(window, lambda: self.tr("&New Event…"), self.new_event, QKeySequence("Ins"),
                                         tip=lambda: self.tr("Add an event at the selected event's date"))
        self.duplicate_action = add_action(window, lambda: self.tr("&Duplicate Event"), self.duplicate_selected,
                                               QKeySequence("Ctrl+D"), tip=lambda: self.tr("Add a copy of the selected event"))
        self.delete_action = add_action(window, lambda: self.tr("De&lete Event"), self.delete_selected, K.Delete,
                                            tip=lambda: self.tr("Remove the selected event"))
        self.categories_action = add_action(window, lambda: self.tr("&Categories and Eras…"), self.edit_categories,
                                            tip=lambda: self.tr("Change the categories' labels and colours, and the eras"))
        menu = window.edit_menu
        menu.addSeparator()
        menu.addActions([self.edit_action, self.new_action, self.duplicate_action, self.delete_action])
        menu.addSeparator()
        menu.addAction(self.categories_action)
        menu.aboutToShow.connect(self.update_enabled)
        window.view.selectionChanged.connect(self.update_enabled)
        window.list.selectionChangedTo.connect(self.update_enabled)
        window.list.doubleClicked.connect(lambda index: self.edit_event(window.list.model().event_id(index.row())))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Only in the list: on the canvas Enter zooms to the event.
            enter = QShortcut(QKeySequence(key), window.list)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.edit_selected)
        self.update_enabled()

    def _selected(self) -> str | None:
        return self.window.view.selected_id

    @Slot()
    def update_enabled(self, *_args) -> None:
        on = self._selected() is not None
        for act in (self.edit_action, self.duplicate_action, self.delete_action):
            act.setEnabled(on)

    # --- opening the editor ----------------------------------------------------------------
    @Slot()
    def edit_selected(self) -> EventEditor | None:
        event_id = self._selected()
        return self.edit_event(event_id) if event_id else None

    def edit_event(self, event_id: str) -> EventEditor:
        """Open the editor on an event of the full timeline and return it (window-modal)."""
        timeline = self.window.full_timeline
        ev = timeline.event_by_id[event_id]
        return self._open(EventEditor(ev, timeline, timeline.table.index_of[event_id], parent=self.window))

    @Slot()
    def new_event(self, start: TimeValue | None = None) -> EventEditor:
        """The editor on a new event at `start`, else dated like the selected one (else the middle
        of the view); nothing is added unless it is applied."""
        timeline = self.window.full_timeline
        selected = self._selected()
        if isinstance(start, TimeValue):
            pass  # a double-click on empty canvas: that day (the menu's action passes `checked`)
        elif selected:
            start = timeline.event_by_id[selected].start
        else:
            scale = self.window.view.scale
            start = TimeValue(int(scale.start_ms + scale.span_ms / 2), Precision.DAY)
        title = self.tr("New event")
        ev = Event(id=unique_id(slug(f"{start.to_iso()[:10]} new event"), timeline.event_by_id),
                   title=title, start=start)
        return self._open(EventEditor(ev, timeline, len(timeline.events), is_new=True, parent=self.window))

    def _open(self, editor: EventEditor) -> EventEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.applied.connect(lambda old, new: self._applied(editor, old, new))
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _applied(self, editor: EventEditor, old: Event | None, new: Event) -> None:
        self.window._apply_event_change(old, new, tuple(editor.new_categories))
        editor.timeline = self.window.full_timeline  # later checks see the change (ids, categories)

    @Slot()
    def edit_categories(self) -> CategoriesEditor:
        """Open the categories and eras dialog (window-modal) and return it."""
        dialog = CategoriesEditor(self.window.editing, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- changes without the editor ------------------------------------------------------
    @Slot()
    def duplicate_selected(self) -> str | None:
        """Add a copy of the selected event (same fields, a new id) and select it."""
        event_id = self._selected()
        if not event_id:
            return None
        timeline = self.window.full_timeline
        ev = timeline.event_by_id[event_id]
        copy = ev.model_copy(update={"id": unique_id(ev.id, timeline.event_by_id)})
        self.window._apply_event_change(None, copy, template='Duplicate event "{subject}"')
        return copy.id

    @Slot()
    def delete_selected(self) -> str | None:
        """Remove the selected event; the next event in time is selected, else the previous one."""
        event_id = self._selected()
        if not event_id:
            return None
        self.window._apply_event_change(self.window.full_timeline.event_by_id[event_id], None)
        return event_id


def neighbour(timeline: Timeline, event_id: str) -> str | None:
    """The event after `event_id` in time, else the one before: where the selection goes."""
    table = timeline.table
    if event_id not in table.index_of:
        return None
    rank = table.rank_in_order(table.index_of[event_id])
    for r in (rank + 1, rank - 1):
        if 0 <= r < table.n:
            return table.ids[int(table.order[r])]
    return None


def apply_event_change(window: MainWindow, old: Event | None, new: Event | None,
                       categories: tuple[Category, ...] = (), template: str | None = None) -> bool:
    """Put the change into the window's timeline as one undo step (see EditSession.apply_event_change)."""
    return window.editing.apply_event_change(old, new, categories, template)


def install_edit_actions(window: MainWindow) -> EditActions:
    """Add the event editing actions to the window's Edit menu."""
    return EditActions(window)

