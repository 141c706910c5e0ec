"""Which table a table was made from by row edits: the hook that lets caches follow an edit.

An edit makes a new EventTable (editing/rows.py) that differs from its parent in one row. A
cache computed per table (the lanes, per-category starts) can then be derived from the
parent's in a few milliseconds instead of being computed again over every row: a reader
looks at `table.derived_from` and, when an ancestor is still alive and has its value, replays
the edits made since on it.

Tables are held weakly: a chain of edits must not keep every earlier million-row table alive.
The records themselves are small and chained strongly (`before`), so one user action made of
several row edits (a delete that also changes the events naming it) is replayed whole even
though its intermediate tables are gone; the chain is cut after MAX_CHAIN records.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from timeline_app.model.records import Event
    from timeline_app.model.table import EventTable

EditKind = Literal["replace", "insert", "remove", "same_rows"]
MAX_CHAIN = 32


@dataclass(frozen=True)
class RowEdit:
    """How a table was made from its parent:

    - "replace": the row `row` holds `event` now (its id, times, title may all differ);
    - "insert": `event` was put in at `row` (rows from `row` on moved down one);
    - "remove": the row `row` was taken out (rows after it moved up one);
    - "same_rows": every row as it was (the timeline's categories or eras changed); `row` is -1.

    `old_id`, `old_start_ms`, `old_code`: the row's id, start and category code before a replace or
    remove, and `old_rich` its Event if the table kept it whole (the only ones with tags, names);
    `code`: the category code of `event`. `before`: the parent's own RowEdit, if any.
    """

    parent_ref: weakref.ref
    kind: EditKind
    row: int = -1
    event: Event | None = None
    code: int = -1
    old_id: str | None = None
    old_start_ms: float = 0.0
    old_code: int = -1
    old_rich: Event | None = None
    before: RowEdit | None = None
    depth: int = 1

    @classmethod
    def of(cls, parent: EventTable, kind: EditKind, row: int = -1, event: Event | None = None,
           code: int = -1) -> RowEdit:
        """The record of a table made from `parent` by one edit of `row`."""
        old = {}
        if kind in ("replace", "remove"):
            old = dict(old_id=parent.ids[row], old_start_ms=float(parent.start_ms[row]),
                       old_code=int(parent.category[row]), old_rich=parent.rich.get(row))
        before = parent.derived_from
        if before is not None and before.depth >= MAX_CHAIN:
            before = None
        return cls(weakref.ref(parent), kind, row, event, code, **old, before=before,
                   depth=1 + (before.depth if before is not None else 0))

    @property
    def parent(self) -> EventTable | None:
        """The table edited, or None when it is gone."""
        return self.parent_ref()

    def since(self, has_value) -> tuple[EventTable, list[RowEdit]] | None:
        """The nearest ancestor table for which `has_value(table)` holds, and the edits made
        since it, oldest first; None when no live ancestor in the chain has it."""
        steps: list[RowEdit] = []
        edit: RowEdit | None = self
        while edit is not None:
            steps.append(edit)
            parent = edit.parent
            if parent is not None and has_value(parent):
                return parent, steps[::-1]
            edit = edit.before
        return None
