"""Editing without Qt: a Document (the timeline being edited and its file's original text),
reversible edit commands over it, and the checks that refuse what `validate` would refuse.

    from timeline_app.editing import Document, History, edits
    doc = Document.open("data/songdo-2019.json")
    history = History(doc)                       # the window uses a QUndoStack the same way
    history.push(edits.set_fields(doc, "2019-10-14-medicen-agreement", {"title": "New title"}))
    history.push(edits.move_event(doc, "2019-09-30-rd-agreement", start_ms, unit="day", gesture=1))
    history.undo(); history.redo()
    doc.save(path)                               # only what changed is rewritten

Modules: document.py (Document), commands.py (ReplaceEvent, InsertEvent, RemoveEvent, SetHead,
Compound, History), edits.py (the checked constructors), checks.py (EditRejected and the
model's checks on one record), snapping.py (snap to tick units, dates at a precision),
rows.py (one-row changes to the event table).
"""

from timeline_app.editing import edits
from timeline_app.editing.checks import EditRejected
from timeline_app.editing.commands import (
    Compound,
    EditCommand,
    History,
    InsertEvent,
    RemoveEvent,
    ReplaceEvent,
    SetHead,
)
from timeline_app.editing.document import Document
from timeline_app.editing.snapping import at_precision, snap

__all__ = [
    "Compound", "Document", "EditCommand", "EditRejected", "History", "InsertEvent", "RemoveEvent",
    "ReplaceEvent", "SetHead", "at_precision", "edits", "snap",
]
