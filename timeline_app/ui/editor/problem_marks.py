"""Each problem `validate` finds in the editor's fields, shown at its field: the message under
it, the field framed in red, a table's cell tinted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from timeline_app.model.problems import Problem
from timeline_app.ui.editor.fields import RecordTable, mark_invalid
from timeline_app.ui.editor.form_data import LINE_FIELDS, RECORD_MODELS
from timeline_app.ui.editor.labels import field_label

if TYPE_CHECKING:
    from timeline_app.ui.editor.dialog import EventEditor

_PLACE = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?")  # "parties[1].name" -> parties, 1, name


def show_problems(editor: EventEditor, problems: list[Problem]) -> None:
    """Say each problem at its field (validate's message, after the row or line it is in) and
    clear the fields that have none."""
    by_field: dict[str, list[str]] = {}
    cells: dict[str, set[tuple[int, str]]] = {}
    location_bad: set[str] = set()
    for p in problems:
        m = _PLACE.match(p.path)
        key, row, sub = (m.group(1), m.group(2), m.group(3)) if m else ("title", None, None)
        key = key if key in editor.fields else "title"  # the form has no such field: said at the top
        where = ""
        if key in RECORD_MODELS and row is not None:
            cells.setdefault(key, set()).add((int(row), sub or ""))
            where = QCoreApplication.translate("EventEditor", "Row {0}").format(int(row) + 1) + (f", {field_label(sub)}" if sub else "") + ": "
        elif key == "location" and sub:
            where = field_label(sub) + ": "
            location_bad.add(sub)
        elif key in LINE_FIELDS and row is not None:
            where = QCoreApplication.translate("EventEditor", "Line {0}").format(int(row) + 1) + ": "
        by_field.setdefault(key, []).append(where + p.message)
    for key, message in editor.messages.items():
        text = "\n".join(by_field.get(key, []))
        message.say(text)
        if key != "location":  # the location's own fields are framed below
            mark_invalid(_frame_of(editor, key), bool(text))
    for key, edit in editor.location_edits.items():
        mark_invalid(edit, key in location_bad)
    for name in RECORD_MODELS:
        editor.fields[name].mark_cells(cells.get(name, set()))


def _frame_of(editor: EventEditor, key: str) -> QWidget:
    field = editor.fields[key]
    if key == "category":
        return editor.category_combo
    return field.table if isinstance(field, RecordTable) else field
