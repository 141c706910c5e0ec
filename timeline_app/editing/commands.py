"""Edit commands: small reversible records over a Document, one per user action.

Every command has `apply(doc)`, `revert(doc)`, a `label` ('Move event "IFEZ-Medicen agreement"';
`template` and `subject` give it in parts, for a translated label) and `merge_with(other)`,
which folds a later command into this one when both are steps of one drag (the same
`gesture`, a number the caller picks per drag) on the same event. This mirrors QUndoCommand
(redo / undo / mergeWith), so the window wraps each in one.

Build them with the functions in editing/edits.py, which check the change first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline_app.editing.document import Document
from timeline_app.model.timeline import Event


@dataclass
class EditCommand:
    template: str  # an English label with "{subject}" in it
    subject: str
    gesture: int | None = field(default=None, kw_only=True)  # steps of one drag share it

    @property
    def label(self) -> str:
        return self.template.format(subject=self.subject)

    def apply(self, doc: Document) -> None:
        raise NotImplementedError

    def revert(self, doc: Document) -> None:
        raise NotImplementedError

    def merge_with(self, other: EditCommand) -> bool:
        """Fold `other` (already applied, right after this one) into this command; False if unrelated."""
        return False


@dataclass
class ReplaceEvent(EditCommand):
    """One event's fields changed (title, dates, anything): old and new event."""

    old: Event = field(kw_only=True)
    new: Event = field(kw_only=True)

    def apply(self, doc: Document) -> None:
        doc.replace_event(doc.row_of(self.old.id), self.new)

    def revert(self, doc: Document) -> None:
        doc.replace_event(doc.row_of(self.new.id), self.old)

    def merge_with(self, other: EditCommand) -> bool:
        if (type(other) is not ReplaceEvent or self.gesture is None or other.gesture != self.gesture
                or other.template != self.template or other.old.id != self.new.id):
            return False
        self.new = other.new
        return True


@dataclass
class InsertEvent(EditCommand):
    """A new event at a file position (add, duplicate)."""

    event: Event = field(kw_only=True)
    row: int = field(kw_only=True)

    def apply(self, doc: Document) -> None:
        doc.insert_event(self.row, self.event)

    def revert(self, doc: Document) -> None:
        doc.remove_event(self.row)


@dataclass
class RemoveEvent(EditCommand):
    """An event taken out; `select_after` is the id the selection moves to (or None)."""

    event: Event = field(kw_only=True)
    row: int = field(kw_only=True)
    select_after: str | None = field(default=None, kw_only=True)
    _origin: int = field(default=-1, init=False, repr=False)

    def apply(self, doc: Document) -> None:
        _, self._origin = doc.remove_event(self.row)

    def revert(self, doc: Document) -> None:
        doc.insert_event(self.row, self.event, self._origin)


@dataclass
class SetHead(EditCommand):
    """Top-level fields replaced (categories, eras, title): their old and new values."""

    old: dict = field(kw_only=True)
    new: dict = field(kw_only=True)

    def apply(self, doc: Document) -> None:
        doc.set_head(**self.new)

    def revert(self, doc: Document) -> None:
        doc.set_head(**self.old)


@dataclass
class Compound(EditCommand):
    """Several commands as one step (a delete that also drops references to the deleted event)."""

    parts: list[EditCommand] = field(kw_only=True)

    @property
    def select_after(self) -> str | None:
        return next((getattr(p, "select_after") for p in self.parts if isinstance(p, RemoveEvent)), None)

    def apply(self, doc: Document) -> None:
        for part in self.parts:
            part.apply(doc)

    def revert(self, doc: Document) -> None:
        for part in reversed(self.parts):
            part.revert(doc)


class History:
    """A plain undo/redo list (tests, benchmarks, scripts); the window uses QUndoStack the same way."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._done: list[EditCommand] = []
        self._undone: list[EditCommand] = []

    def push(self, command: EditCommand) -> None:
        """Apply `command`, merging it into the last one when it is the next step of the same drag."""
        command.apply(self.doc)
        self._undone.clear()
        if self._done and self._done[-1].merge_with(command):
            return
        self._done.append(command)

    def undo(self) -> EditCommand | None:
        if not self._done:
            return None
        command = self._done.pop()
        command.revert(self.doc)
        self._undone.append(command)
        return command

    def redo(self) -> EditCommand | None:
        if not self._undone:
            return None
        command = self._undone.pop()
        command.apply(self.doc)
        self._done.append(command)
        return command

    def __len__(self) -> int:
        return len(self._done)
