"""Make checked edit commands. Each function checks the change with the model's own rules and
raises EditRejected (validate's message and place) before anything changes; else it returns
a command that the caller applies (History.push, or a QUndoCommand's redo).

    set_fields(doc, event_id, {"title": ..., "start": "2019-10-15", ...})  -> ReplaceEvent (Compound
                                                         when the id changes: `related` lists follow it)
    replace_event(doc, old, new)                                           -> ReplaceEvent
    move_event(doc, event_id, start_ms, unit=None, step=1)                 -> ReplaceEvent (precision kept)
    resize_event(doc, event_id, end_ms, unit=None, step=1)                 -> ReplaceEvent
    add_event(doc, start, title="New event", **fields)                     -> InsertEvent (unique id)
    duplicate_event(doc, event_id)                                         -> InsertEvent
    delete_event(doc, event_id)                                            -> Compound (.select_after)
    set_category(doc, id, label=, color=) / add_category(doc, label, color=) / delete_category(doc, id) -> SetHead
    set_era(doc, id, **fields) / add_era(doc, label, start, end) / delete_era(doc, id) -> SetHead

Field values are JSON values as a file holds them ("2019-10-14", {"name": ...}) or model
values (TimeValue, Location, ...); None clears a field.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

import numpy as np
from pydantic import ValidationError

from timeline_app.editing.checks import EditRejected, as_json, event_json, event_problems, head_problems
from timeline_app.editing.commands import Compound, EditCommand, InsertEvent, RemoveEvent, ReplaceEvent, SetHead
from timeline_app.editing.document import Document
from timeline_app.editing.snapping import CalendarDelta, at_precision, delta_between, shift, snap
from timeline_app.model.event_checks import problem_from_pydantic
from timeline_app.model.timeline import Category, Era, Event
from timeline_app.time import Precision, TimeValue

EDIT = 'Edit event "{subject}"'
MOVE = 'Move event "{subject}"'
RESIZE = 'Change end of "{subject}"'


def _checked(doc: Document, row: int, data: dict, own_id: str | None) -> Event:
    event, problems = event_problems(doc.timeline, row, data, own_id)
    if problems:
        raise EditRejected(problems)
    return event


def set_fields(doc: Document, event_id: str, changes: Mapping[str, Any], *, template: str = EDIT,
               gesture: int | None = None) -> EditCommand:
    """Change some fields of one event (None clears a field)."""
    old = doc.event(event_id)
    data = event_json(old)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = as_json(value)
    new = _checked(doc, doc.row_of(event_id), data, old.id)
    command = ReplaceEvent(template, new.title, old=old, new=new, gesture=gesture)
    if new.id == old.id:
        return command
    return Compound(template, new.title, parts=[command, *_references_moved(doc, old.id, new.id)])


def replace_event(doc: Document, old: Event, new: Event) -> EditCommand:
    """The editor's result: `new` in place of `old` (only the fields that differ are changed)."""
    changes = {name: getattr(new, name) for name in Event.model_fields if getattr(new, name) != getattr(old, name)}
    return set_fields(doc, old.id, changes)


def move_event(doc: Document, event_id: str, start_ms: float, unit: str | None = None, step: int = 1,
               week_start: int = 0, *, gesture: int | None = None) -> EditCommand:
    """Move an event so it starts near `start_ms` (snapped to `unit` ticks when given), keeping the
    precision of its dates and its length in its own unit (a day-precision start moved a week
    is still a day: 2019-09-30 -> 2019-10-07)."""
    old = doc.event(event_id)
    target = snap(start_ms, unit, step, week_start) if unit else start_ms
    start = at_precision(target, old.start.precision, old.start.offset_minutes)
    delta = delta_between(old.start, start)
    end = shift(old.end, delta) if old.end is not None else None
    return set_fields(doc, event_id, {"start": start, "end": end}, template=MOVE, gesture=gesture)


def resize_event(doc: Document, event_id: str, end_ms: float, unit: str | None = None, step: int = 1,
                 week_start: int = 0, *, gesture: int | None = None) -> EditCommand:
    """Drag an event's end to the instant `end_ms` (exclusive, as the bar's right edge): the end
    becomes the last whole unit (of the end's precision, else the start's) before it, never
    before the start's unit."""
    old = doc.event(event_id)
    last = old.end or old.start
    target = snap(end_ms, unit, step, week_start) if unit else end_ms
    edge = at_precision(target, last.precision, last.offset_minutes)
    end = at_precision(edge.ms - 1, last.precision, last.offset_minutes)
    if end.ms >= edge.ms:  # rounded up to the edge itself: step back one unit
        end = _unit_before(edge)
    if end.end_ms <= old.start.ms:
        end = at_precision(old.start.ms, last.precision, last.offset_minutes)
        if end.ms > old.start.ms:
            end = _unit_before(end)
    return set_fields(doc, event_id, {"end": end}, template=RESIZE, gesture=gesture)


def _unit_before(value: TimeValue) -> TimeValue:
    p = value.precision
    if p is Precision.YEAR:
        return shift(value, CalendarDelta(years=-1))
    if p is Precision.MONTH:
        return shift(value, CalendarDelta(months=-1))
    return TimeValue(value.ms - (value.end_ms - value.ms), p, value.offset_minutes)


_SLUG = re.compile(r"[^0-9a-z]+")


def unique_id(wanted: str, taken: Collection[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`, ... : the first not in `taken` (ids of events,
    categories; the editor's dialogs use it too)."""
    if wanted not in taken:
        return wanted
    k = 2
    while f"{wanted}-{k}" in taken:
        k += 1
    return f"{wanted}-{k}"


def add_event(doc: Document, start: TimeValue | str, title: str = "New event", **fields: Any) -> InsertEvent:
    """A new event at the end of the file; its id is made from its date and title, unique."""
    start = as_json(start)  # a bad date is left for the check to word
    slug = _SLUG.sub("-", title.lower()).strip("-")[:40] or "event"
    day = start[:10] if isinstance(start, str) and re.match(r"[+-]?\d{4}", start) else "event"
    data = {"id": fields.pop("id", None) or unique_id(f"{day}-{slug}", doc.timeline.table.index_of), "title": title, "start": start}
    data.update((k, as_json(v)) for k, v in fields.items() if v is not None)
    row = doc.timeline.table.n
    event = _checked(doc, row, data, None)
    return InsertEvent('Add event "{subject}"', event.title, event=event, row=row)


def duplicate_event(doc: Document, event_id: str) -> InsertEvent:
    """A copy of an event (id `<id>-copy`, made unique), at the end of the file."""
    data = event_json(doc.event(event_id))
    data["id"] = unique_id(f"{event_id}-copy", doc.timeline.table.index_of)
    row = doc.timeline.table.n
    event = _checked(doc, row, data, None)
    return InsertEvent('Duplicate event "{subject}"', event.title, event=event, row=row)


def neighbour_after_delete(doc: Document, event_id: str) -> str | None:
    """The event the selection moves to: the next one in time, else the previous one."""
    table = doc.timeline.table
    rank = int(np.flatnonzero(table.order == doc.row_of(event_id))[0])
    if rank + 1 < table.n:
        return table.ids[int(table.order[rank + 1])]
    return table.ids[int(table.order[rank - 1])] if rank > 0 else None


def delete_event(doc: Document, event_id: str) -> Compound:
    """Take an event out; events that name it in `related` stop naming it (in the same step)."""
    event = doc.event(event_id)
    remove = RemoveEvent('Delete event "{subject}"', event.title, event=event, row=doc.row_of(event_id),
                         select_after=neighbour_after_delete(doc, event_id))
    return Compound(remove.template, event.title, parts=[*_references_moved(doc, event_id, None), remove])


def _references_moved(doc: Document, old_id: str, new_id: str | None) -> list[ReplaceEvent]:
    """Commands that make every other event's `related` name `new_id` instead of `old_id` (or drop it)."""
    parts = []
    naming = [(row, ev) for row, ev in doc.timeline.table.rich.items() if ev.related and old_id in ev.related]
    for _row, ev in sorted(naming, key=lambda hit: hit[0]):  # (only events with more than columns name others)
        if ev.id not in (old_id, new_id):
            related = tuple(new_id if r == old_id else r for r in ev.related if new_id is not None or r != old_id)
            parts.append(ReplaceEvent(EDIT, ev.title, old=ev, new=ev.model_copy(update={"related": related})))
    return parts


def _head(doc: Document, template: str, subject: str, **new) -> SetHead:
    problems = head_problems(doc.timeline, **new)
    if problems:
        raise EditRejected(problems)
    old = {name: getattr(doc.timeline, name) for name in new}
    checked = {name: tuple(type(item).model_validate(as_json(item)) for item in value) if isinstance(value, tuple)
               else value for name, value in new.items()}
    return SetHead(template, subject, old=old, new=checked)


def _validated(model, data: dict, where: str, k: int):
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise EditRejected([problem_from_pydantic(e, (where, k)) for e in exc.errors()]) from None


def set_category(doc: Document, category_id: str, **changes: Any) -> SetHead:
    """Change a category's label and/or colour."""
    cats = list(doc.timeline.categories)
    k = next(i for i, c in enumerate(cats) if c.id == category_id)
    data = {**as_json(cats[k]), **{n: as_json(v) for n, v in changes.items() if v is not None}}
    cats[k] = _validated(Category, data, "categories", k)
    return _head(doc, 'Edit category "{subject}"', cats[k].label, categories=tuple(cats))


def add_category(doc: Document, label: str, color: str | None = None, category_id: str | None = None) -> SetHead:
    """A new category (its id made from the label, unique among categories)."""
    used = {c.id for c in doc.timeline.categories}
    base = category_id or _SLUG.sub("-", label.lower()).strip("-") or "category"
    cid, k = base, 2
    while cid in used:
        cid, k = f"{base}-{k}", k + 1
    data = {"id": cid, "label": label, **({"color": color} if color else {})}
    cat = _validated(Category, data, "categories", len(used))
    return _head(doc, 'Add category "{subject}"', label, categories=(*doc.timeline.categories, cat))


def delete_category(doc: Document, category_id: str) -> SetHead:
    """Take out a category no event uses (one in use is refused with validate's message)."""
    cat = next(c for c in doc.timeline.categories if c.id == category_id)
    kept = tuple(c for c in doc.timeline.categories if c.id != category_id)
    return _head(doc, 'Delete category "{subject}"', cat.label, categories=kept)


def set_era(doc: Document, era_id: str, **changes: Any) -> SetHead:
    eras = list(doc.timeline.eras)
    k = next(i for i, e in enumerate(eras) if e.id == era_id)
    data = as_json(eras[k])
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = as_json(value)
    eras[k] = _validated(Era, data, "eras", k)
    return _head(doc, 'Edit era "{subject}"', eras[k].label, eras=tuple(eras))


def add_era(doc: Document, label: str, start: TimeValue | str, end: TimeValue | str, color: str | None = None,
            era_id: str | None = None) -> SetHead:
    eras = doc.timeline.eras
    used = {e.id for e in eras}
    base = era_id or _SLUG.sub("-", label.lower()).strip("-") or "era"
    eid, k = base, 2
    while eid in used:
        eid, k = f"{base}-{k}", k + 1
    data = {"id": eid, "label": label, "start": as_json(start), "end": as_json(end),
            **({"color": color} if color else {})}
    era = _validated(Era, data, "eras", len(eras))
    return _head(doc, 'Add era "{subject}"', label, eras=(*eras, era))


def delete_era(doc: Document, era_id: str) -> SetHead:
    era = next(e for e in doc.timeline.eras if e.id == era_id)
    return _head(doc, 'Delete era "{subject}"', era.label, eras=tuple(e for e in doc.timeline.eras if e.id != era_id))
