"""The editing core's commands (editing/commands.py) as QUndoCommands for the window's undo stack.

An EditStep's redo/undo call the command's apply/revert on the session's Document and then let
the session show the change; `id()` and `mergeWith` fold the steps of one canvas drag (they
share a `gesture`) into one undo entry, as History.push does without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from timeline_app.editing import Compound, EditCommand, InsertEvent, RemoveEvent, ReplaceEvent, SetHead
from timeline_app.editing.edits import neighbour_after_delete

if TYPE_CHECKING:
    from timeline_app.ui.edit_session import EditSession

# The editing core's English labels, for lupdate: an EditStep translates its command's template.
LABELS = (
    QT_TRANSLATE_NOOP("EditStep", 'Edit event "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Move event "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Change end of "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Add event "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Duplicate event "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Delete event "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Add category "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Edit category "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Add era "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Edit era "{subject}"'),
    QT_TRANSLATE_NOOP("EditStep", 'Delete era "{subject}"'),
)
DRAG_STEP_ID = 13  # QUndoStack only offers to merge commands whose id() is the same and not -1
KEEP = object()  # "leave the selection as it is"


def label_of(command: EditCommand) -> str:
    return QCoreApplication.translate("EditStep", command.template).format(subject=command.subject)


def _removed(command: EditCommand) -> RemoveEvent | None:
    parts = command.parts if isinstance(command, Compound) else [command]
    return next((p for p in parts if isinstance(p, RemoveEvent)), None)


def _main_part(command: EditCommand) -> EditCommand:
    """The event change a compound is about (not the category it added first)."""
    if isinstance(command, Compound):
        return next((p for p in command.parts if not isinstance(p, SetHead)), command)
    return command


class EditStep(QUndoCommand):
    """One user action on the timeline: an editing command applied through the session."""

    def __init__(self, session: EditSession, command: EditCommand):
        super().__init__(label_of(command))
        self.session = session
        self.command = command

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return DRAG_STEP_ID if self.command.gesture is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not (isinstance(other, EditStep) and self.command.merge_with(other.command)):
            return False
        self.setText(other.text())
        # A drag that ends where it began changes nothing: the stack drops the step.
        self.setObsolete(getattr(self.command, "old", None) == getattr(self.command, "new", object()))
        return True

    def redo(self) -> None:
        doc = self.session.document
        self.command.apply(doc)
        self.session.show_change(self.command, self._selected_after())

    def undo(self) -> None:
        doc = self.session.document
        select = self._selected_before_revert(doc)
        self.command.revert(doc)
        self.session.show_change(self.command, select)

    def _selected_after(self):
        """Which event to select once the command is applied: the changed or added one; after a
        delete, the neighbour it chose."""
        removed = _removed(self.command)
        if removed is not None:
            return removed.select_after
        part = _main_part(self.command)
        if isinstance(part, ReplaceEvent):
            return part.new.id
        if isinstance(part, InsertEvent):
            return part.event.id
        return KEEP

    def _selected_before_revert(self, doc):
        """Which event to select once the command is undone (worked out before it is undone)."""
        removed = _removed(self.command)
        if removed is not None:
            return removed.event.id  # the deleted event is back
        part = _main_part(self.command)
        if isinstance(part, ReplaceEvent):
            return part.old.id
        if isinstance(part, InsertEvent):
            return neighbour_after_delete(doc, part.event.id)
        return KEEP
