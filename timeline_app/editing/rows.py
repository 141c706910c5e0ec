"""One-row changes to an EventTable, without rebuilding the other rows (no re-parse, no re-sort).

A table is treated as immutable (layouts cache what they computed per table), so each change
makes a new table: columns that the change does not touch are shared with the old table, the
others are copied once (a text column only in the piece changed: model/text_column.py), and
the chronological order is spliced at one binary search's place instead of sorted again. Ids
that keep their rows share the old id index. Each new table records which table it was made
from and how (`derived_from`, model/lineage.py), so the lanes and other per-table caches
follow the edit instead of being computed again.

    replace_row(table, categories, row, event) -> EventTable
    insert_row(table, categories, row, event)  -> EventTable   (rows from `row` on move down one)
    remove_row(table, categories, row)         -> EventTable   (rows after `row` move up one)
    timeline_with(timeline, table, **head)     -> Timeline     (head fields replaced, events = table)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from timeline_app.editing.row_index import index_after
from timeline_app.model.lineage import RowEdit
from timeline_app.model.splice import spliced
from timeline_app.model.table import EventTable, LazyEvents
from timeline_app.model.timeline import Category, Event, Timeline

_PLAIN_FIELDS = frozenset(("id", "title", "start", "end", "category"))


def is_plain(event: Event) -> bool:
    """Only id, title, dates and category set: the table keeps it as column values."""
    return all(name in _PLAIN_FIELDS or getattr(event, name) == info.default
               for name, info in Event.model_fields.items())


def _rank_of(table: EventTable, row: int) -> int:
    """Where `row` stands in the table's chronological order (searched among its start's ties)."""
    start = table.start_ms[row]
    lo, hi = np.searchsorted(table.sorted_start_ms, start, "left"), np.searchsorted(table.sorted_start_ms, start, "right")
    return int(lo + np.flatnonzero(table.order[lo:hi] == row)[0])


def _rank_for(table: EventTable, row: int, start: float, end: float, cut: int | None) -> int:
    """Where `row` (start, end) goes in the table's chronological order once the item at rank
    `cut` is taken out (the row's own, for a replace; None for an insert): where
    np.lexsort((end, start)) would put it, by start, then end, then file position. (Rows the
    insert moves down one compare with `row` as before it.)"""
    sorted_start, order = table.sorted_start_ms, table.order
    lo, hi = np.searchsorted(sorted_start, start, "left"), np.searchsorted(sorted_start, start, "right")
    tied = order[lo:hi]
    ends = table.end_ms[tied]
    before = (ends < end) | ((ends == end) & (tied < row))
    if cut is not None:
        before &= tied != row
    return int(lo + np.count_nonzero(before) - (cut is not None and cut < lo))


def _row_values(event: Event, categories: Sequence[Category]):
    cat = next((k for k, c in enumerate(categories) if c.id == event.category), -1) if event.category else -1
    point = event.is_point
    return event.start_ms, event.end_ms, point, (not point and event.end is None), cat


def _texts(event: Event) -> tuple[str | None, str | None]:
    if not is_plain(event):
        return None, None
    return event.start.to_iso(), event.end.to_iso() if event.end is not None else None


def _make(table: EventTable, categories, **cols) -> EventTable:
    names = ("ids", "titles", "start_ms", "end_ms", "point", "imprecise", "category", "start_text",
             "end_text", "rich", "index_of", "order", "sorted_start_ms")
    args = {name: cols[name] if name in cols else getattr(table, name) for name in names}
    return EventTable(categories=categories, **args)


def _derived(table: EventTable, edit: RowEdit) -> EventTable:
    """`table`, marked as made by `edit`: caches of the layers above follow the edit instead of
    being computed again over every row (model/lineage.py)."""
    table.derived_from = edit
    return table


def replace_row(table: EventTable, categories: Sequence[Category], row: int, event: Event) -> EventTable:
    """The table with the event at `row` replaced by `event`."""
    start, end, point, imprecise, cat = _row_values(event, categories)
    cols: dict = {}
    old_id = table.ids[row]
    if event.id != old_id:
        cols["ids"] = ids = table.ids.replaced(row, event.id)  # (one piece copied: model/text_column.py)
        cols["index_of"] = index_after(table.index_of, ids, placed=(event.id, row))
    if event.title != table.titles[row]:
        cols["titles"] = table.titles.replaced(row, event.title)
    for name, value in (("start_ms", start), ("end_ms", end), ("point", point), ("imprecise", imprecise),
                        ("category", cat)):
        column = getattr(table, name)
        if column[row] != value:
            cols[name] = column = column.copy()
            column[row] = value
    start_text, end_text = _texts(event)
    for name, value in (("start_text", start_text), ("end_text", end_text)):
        if getattr(table, name)[row] != value:
            cols[name] = getattr(table, name).replaced(row, value)
    if start_text is None:  # kept whole (model/table.py)
        cols["rich"] = {**table.rich, row: event}
    elif row in table.rich:
        cols["rich"] = {i: ev for i, ev in table.rich.items() if i != row}
    if "start_ms" in cols or "end_ms" in cols:
        cut = _rank_of(table, row)
        at = _rank_for(table, row, start, end, cut)
        cols["order"] = spliced(table.order, cut, at, row)
        cols["sorted_start_ms"] = spliced(table.sorted_start_ms, cut, at, start)
    return _derived(_make(table, categories, **cols), RowEdit.of(table, "replace", row, event, cat))


def insert_row(table: EventTable, categories: Sequence[Category], row: int, event: Event) -> EventTable:
    """The table with `event` at file position `row` (row == len(table) appends)."""
    start, end, point, imprecise, cat = _row_values(event, categories)
    start_text, end_text = _texts(event)
    cols: dict = {}
    for name, value in (("ids", event.id), ("titles", event.title), ("start_text", start_text),
                        ("end_text", end_text)):
        cols[name] = getattr(table, name).inserted(row, value)
    for name, value in (("start_ms", start), ("end_ms", end), ("point", point), ("imprecise", imprecise),
                        ("category", cat)):
        cols[name] = spliced(getattr(table, name), None, row, value)
    cols["rich"] = {(i + 1 if i >= row else i): ev for i, ev in table.rich.items()}
    if start_text is None:
        cols["rich"][row] = event
    cols["index_of"] = index_after(table.index_of, cols["ids"], (row, 1), (event.id, row))
    at = _rank_for(table, row, start, end, None)
    order = spliced(table.order, None, at, row)
    if row < table.n:  # (an event added at the end, as New and Duplicate do, moves no row)
        moved = order >= row
        moved[at] = False
        order[moved] += 1
    cols["order"] = order
    cols["sorted_start_ms"] = spliced(table.sorted_start_ms, None, at, start)
    return _derived(_make(table, categories, **cols), RowEdit.of(table, "insert", row, event, cat))


def remove_row(table: EventTable, categories: Sequence[Category], row: int) -> EventTable:
    """The table without the event at file position `row`."""
    cols: dict = {}
    for name in ("ids", "titles", "start_text", "end_text"):
        cols[name] = getattr(table, name).removed(row)
    for name in ("start_ms", "end_ms", "point", "imprecise", "category"):
        cols[name] = spliced(getattr(table, name), row, None, None)
    cols["rich"] = {(i - 1 if i > row else i): ev for i, ev in table.rich.items() if i != row}
    cols["index_of"] = index_after(table.index_of, cols["ids"], (row, -1))
    cut = _rank_of(table, row)
    order = spliced(table.order, cut, None, None)
    if row < table.n - 1:
        order[order > row] -= 1
    cols["order"] = order
    cols["sorted_start_ms"] = spliced(table.sorted_start_ms, cut, None, None)
    return _derived(_make(table, categories, **cols), RowEdit.of(table, "remove", row))


def timeline_with(timeline: Timeline, table: EventTable | None = None, **head) -> Timeline:
    """`timeline` with head fields (title, categories, eras, ...) and/or its event table replaced.

    The table is rebuilt over the new categories when they change (it maps category ids to codes).
    """
    table = table if table is not None else timeline.table
    if "categories" in head:
        table = _derived(_make(table, head["categories"]), RowEdit.of(table, "same_rows"))
    data = {name: getattr(timeline, name) for name in type(timeline).model_fields}
    data.update(head)
    data["events"] = LazyEvents(table)
    out = type(timeline).model_construct(**data)
    out.__dict__["table"] = table
    return out
