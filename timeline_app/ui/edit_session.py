"""The window's editing session: the Document being edited, its undo stack, saving, and the
questions asked before unsaved changes could be lost.

Every change to the timeline (the editor's apply, add, duplicate, delete, a new category, a
canvas drag) is an editing-core command pushed on `undo_stack` as an EditStep (undo_steps.py);
its redo and undo change the Document and then `show_change` puts the Document's timeline in
the window. Unsaved changes are the stack's distance from its clean state: the title bar's
`[*]` follows it. Save writes the lossless JSON atomically (model/save.py) in a worker thread
behind a cancellable progress dialog (background_save.py); files read from another format,
and the bundled example, go to Save As, never over the file they came from.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app.editing import Compound, Document, EditCommand, EditRejected, InsertEvent, ReplaceEvent, SetHead, edits
from timeline_app.model import Category, Event, Loaded
from timeline_app.model.memory import warm_heap
from timeline_app.model.query import people_and_organisations
from timeline_app.paths import bundled_timeline
from timeline_app.ui.background_save import BackgroundSave
from timeline_app.ui.idle_steps import IdleSteps
from timeline_app.ui.undo_steps import KEEP, EditStep
from timeline_app.ui.window_menus import add_action

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

B = QMessageBox.StandardButton
translate = QCoreApplication.translate  # the actions' texts are in the MainWindow context, like the others
STATUS_MS = 5000
WARM_FROM_EVENTS = 100_000  # smaller files: too little to notice


def _offers_the_same(command: EditCommand) -> bool:
    """Whether the filters offer what they did before `command`: an event replaced by one in the
    same category, with the same tags, parties and participants."""
    if not isinstance(command, ReplaceEvent):
        return False
    old, new = command.old, command.new
    return (old.category, old.tags) == (new.category, new.tags) and \
        people_and_organisations(old) == people_and_organisations(new)


def ask(parent, title: str, text: str, buttons: dict, default) -> QMessageBox.StandardButton:
    """A question in a message box; `buttons` maps standard buttons to their text (None: Qt's own).
    Tests replace this function to answer it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, B.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    for button, label in buttons.items():
        made = box.addButton(button)
        if label:
            made.setText(label)
    box.setDefaultButton(default)
    return B(box.exec())


def _file_stamp(path: Path) -> tuple | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


class EditSession(QObject):
    """The Document shown in `window`, with its undo stack and the Save actions."""

    def __init__(self, window: MainWindow, loaded: Loaded):
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)  # a slot: no call once the window is gone
        self._saved_stamp: tuple | None = None  # the file as our last save left it: its change is no reload
        self.background = BackgroundSave(window)
        self._warming: IdleSteps | None = None
        self.reset(loaded)

    @Slot(bool)
    def _on_clean_changed(self, clean: bool) -> None:
        self.window._show_timeline_title()  # with "[*]" while there are unsaved changes
        self.window.setWindowModified(not clean)

    def reset(self, loaded: Loaded) -> None:
        """A newly read file: a new Document, no undo history, nothing unsaved."""
        self.document = Document(loaded.timeline, getattr(loaded, "original", None), loaded.source_format)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.window.setWindowModified(False)
        if self._warming is not None:
            self._warming.stop()
        n = loaded.timeline.table.n
        # The first edits of a big file would fault in fresh memory (model/memory.py): do it now, while idle.
        self._warming = IdleSteps(warm_heap(n), self) if n >= WARM_FROM_EVENTS else None

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def warming(self) -> bool:
        """Whether memory for the first edits of a big file is still being made ready (model/memory.py)."""
        return self._warming is not None and self._warming.running

    # --- changing ----------------------------------------------------------------------
    def push(self, command: EditCommand) -> None:
        """Apply `command` as one undo step (merged with the last one when it continues its drag)."""
        if self.background.busy:
            return  # the window takes no input while saving; this catches what still gets through
        self.undo_stack.push(EditStep(self, command))

    def show_change(self, command: EditCommand, select) -> None:
        """Put the Document's timeline in the window: canvas, list, pane, legend, filters."""
        w = self.window
        w.full_timeline = self.document.timeline
        if not _offers_the_same(command):  # the categories, tags or names offered may have changed
            w.filter_panel.set_timeline(w.full_timeline)
            w.filter_panel.set_filters(w.filters, emit=False)
        w._refilter(keep_view=True)
        if select is not KEEP:
            w.select_event(select)

    def apply_event_change(self, old: Event | None, new: Event | None, categories: tuple[Category, ...] = (),
                           template: str | None = None) -> bool:
        """The editor's result as one undo step: `new` for `old`, `new` added (old None), `old`
        deleted (new None), with the categories the editor made. False if it was refused."""
        doc = self.document
        if old is not None and old.id not in doc.timeline.table.index_of:
            # The file was reloaded while the editor was open and no longer has the event.
            if new is None:
                return False
            old = None  # the edit brings it back rather than being lost
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "EditActions", "The event was no longer in the file; it is added again"), 8000)
        try:
            make = lambda: self._event_command(old, new, template)  # noqa: E731
            command = self._with_categories(categories, make) if categories else make()
        except EditRejected as exc:
            self.window._error(self.tr("Cannot apply this change"), str(exc))
            return False
        self.push(command)
        return True

    def _event_command(self, old: Event | None, new: Event | None, template: str | None) -> EditCommand:
        doc = self.document
        if new is None:
            return edits.delete_event(doc, old.id)
        if old is None:
            return InsertEvent(template or 'Add event "{subject}"', new.title, event=new, row=doc.timeline.table.n)
        return edits.replace_event(doc, doc.event(old.id), new)

    def _with_categories(self, categories: tuple[Category, ...], make) -> EditCommand:
        """The command `make()` builds once the new categories exist, with their addition as one step."""
        cats = self.document.timeline.categories
        head = SetHead('Add category "{subject}"', categories[0].label, old={"categories": cats},
                       new={"categories": (*cats, *categories)})
        head.apply(self.document)  # the event's checks must see its new category
        try:
            command = make()
        finally:
            head.revert(self.document)
        return Compound(command.template, command.subject, parts=[head, command])

    # --- saving ------------------------------------------------------------------------
    def can_save_in_place(self) -> bool:
        """Save writes over the open file only when it is our format and not the bundled example."""
        path = self.window.path
        return (self.document.can_save_in_place and not self.window.flow.placeholder
                and path.resolve() != bundled_timeline().resolve())

    @Slot()
    def save(self) -> bool:
        """Ctrl+S: over the open file when that keeps it whole, else Save As. True when saved."""
        if self.background.busy:
            return False  # a second Ctrl+S while saving
        if not self.can_save_in_place():
            return self.save_as_dialog()
        return self._write(self.window.path)

    @Slot()
    def save_as_dialog(self) -> bool:
        if self.background.busy:
            return False
        path = self.window.path
        suggested = path if self.can_save_in_place() else path.with_suffix(".json")
        if suggested == path and not self.can_save_in_place():
            suggested = path.with_name(path.stem + "-edited.json")
        if path.resolve() == bundled_timeline().resolve():
            suggested = Path.home() / path.name
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Timeline As"), str(suggested),
                                              self.tr("Timeline files (*.json)"))
        return bool(name) and self.save_as(name)

    def save_as(self, path: str | Path) -> bool:
        """Write the timeline as timeline-app JSON to `path`, which becomes the open file."""
        path = Path(path)
        came_from = self.window.path
        if path.resolve() == came_from.resolve() and not self.can_save_in_place():
            self.window._error(self.tr("Cannot save"), self.tr(
                "{0} was read from another format or is the bundled example: save it under another name.").format(path))
            return False
        if not self._write(path):
            return False
        if path.resolve() != came_from.resolve():
            self.window.flow.saved_as(path)
        return True

    def _write(self, path: Path) -> bool:
        """Write the Document to `path` off the GUI thread; True once written (False: failed or cancelled)."""
        if self.background.busy:
            return False
        document = self.document
        job = document.save_job()
        self.window.setCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = self.background.run(job, path)
        finally:
            self.window.unsetCursor()
        if outcome.error is not None:
            exc = outcome.error
            self.window._error(self.tr("Cannot save"), f"{path}: {exc.strerror or exc}")
            return False
        if outcome.cancelled:
            self.window.statusBar().showMessage(self.tr("Save cancelled; {0} was not changed").format(path.name),
                                                STATUS_MS)
            return False
        self._saved_stamp = _file_stamp(path)
        if self.document is document and document.saved(job, outcome.data):  # not replaced by a reload meanwhile
            self.undo_stack.setClean()
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(path.name), STATUS_MS)
        return True

    # --- before changes could be lost --------------------------------------------------
    def may_discard(self) -> bool:
        """Before closing or opening another file: True to go on (saved, or the user said discard)."""
        if not self.is_dirty():
            return True
        answer = ask(self.window, self.tr("Unsaved changes"),
                     self.tr("{0} has changes that are not saved. Save them first?").format(self.window.path.name),
                     {B.Save: None, B.Discard: self.tr("Discard Changes"), B.Cancel: None}, B.Save)
        if answer == B.Save:
            return self.save()
        return answer == B.Discard

    def may_reload(self) -> bool:
        """The file changed on disk: reload it? Not when the change is our own save; with unsaved
        changes, only when the user chooses to lose them."""
        if self.background.busy:
            return False  # our own save replacing the file
        if self._saved_stamp is not None and _file_stamp(self.window.path) == self._saved_stamp:
            return False
        if not self.is_dirty():
            return True
        answer = ask(self.window, self.tr("File changed on disk"),
                     self.tr("{0} changed on disk, and there are changes here that are not saved.").format(
                         self.window.path.name),
                     {B.Discard: self.tr("Reload and Lose My Changes"), B.Cancel: self.tr("Keep My Changes")}, B.Cancel)
        return answer == B.Discard


def install_edit_session(window: MainWindow, loaded: Loaded) -> EditSession:
    """The session, with Undo and Redo first in the Edit menu and Save, Save As under File."""
    session = EditSession(window, loaded)
    window.view.pointer.session = session  # the selected event can now be dragged on the canvas
    stack, K = session.undo_stack, QKeySequence.StandardKey
    window.undo_action = add_action(window, lambda: _undo_text(window, stack.undoText(), True), stack.undo,
                                    QKeySequence(K.Undo), None, "edit-undo")
    window.redo_action = add_action(window, lambda: _undo_text(window, stack.redoText(), False), stack.redo,
                                    [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")], None, "edit-redo")
    window.save_action = add_action(window, lambda: translate("MainWindow", "&Save"), session.save, QKeySequence(K.Save),
                                    None, "document-save", lambda: translate("MainWindow", "Save the timeline"))
    window.save_as_action = add_action(window, lambda: translate("MainWindow", "Save &As…"), session.save_as_dialog,
                                       QKeySequence("Ctrl+Shift+S"), None, "document-save-as",
                                       lambda: translate("MainWindow", "Save the timeline under another name"))
    for act, can in ((window.undo_action, stack.canUndoChanged), (window.redo_action, stack.canRedoChanged)):
        act.setEnabled(False)
        can.connect(act.setEnabled)
    stack.undoTextChanged.connect(lambda t: window.undo_action.setText(_undo_text(window, t, True)))
    stack.redoTextChanged.connect(lambda t: window.redo_action.setText(_undo_text(window, t, False)))
    first = window.edit_menu.actions()[0] if window.edit_menu.actions() else None
    window.edit_menu.insertActions(first, [window.undo_action, window.redo_action])
    if first is not None:
        window.edit_menu.insertSeparator(first)
    file_actions = window.file_menu.actions()
    after_open = file_actions[file_actions.index(window.recent_menu.menuAction()) + 1]
    window.file_menu.insertActions(after_open, [window.save_action, window.save_as_action])
    return session


def _undo_text(window: MainWindow, what: str, undo: bool) -> str:
    if undo:
        return translate("MainWindow", "&Undo {0}").format(what) if what else translate("MainWindow", "&Undo")
    return translate("MainWindow", "&Redo {0}").format(what) if what else translate("MainWindow", "&Redo")
