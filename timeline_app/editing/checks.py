"""The model's own checks applied to one edited record, so an edit is refused with the very
message `timeline-app validate` would print for the saved file (path and wording).

    event_problems(timeline, row, data) -> (Event | None, list[Problem])
    head_problems(timeline, **head)     -> list[Problem]   (categories, eras, sources, title)
    EditRejected(problems)              the error an edit raises; str() is validate's line(s)
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from timeline_app.model.event_checks import check_references, event_reference_problems, problem_from_pydantic
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem
from timeline_app.model.timeline import Event, Timeline
from timeline_app.time import TimeValue


class EditRejected(ValueError):
    """An edit the file format would not accept; nothing was changed."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def as_json(value: Any) -> Any:
    """A model value (records, times, tuples) as the JSON value a file holds."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_defaults=True)
    if isinstance(value, TimeValue):
        return value.to_iso()
    if isinstance(value, (tuple, list)):
        return [as_json(v) for v in value]
    return value


def event_json(event: Event) -> dict:
    """An event as the JSON object a file holds (defaults left out, fields in format order)."""
    return event.model_dump(mode="json", exclude_defaults=True)


def event_problems(timeline: Timeline, row: int, data: dict, own_id: str | None = None
                   ) -> tuple[Event | None, list[Problem]]:
    """Check the JSON object `data` as the event at file position `row` of `timeline`.

    `own_id` is the id the event had before the edit (None for a new event): that id is
    not a clash with itself.
    """
    try:
        event = Event.model_validate(data)
    except ValidationError as exc:
        return None, [problem_from_pydantic(e, ("events", row)) for e in exc.errors()]
    table = timeline.table
    problems = []
    if event.id != own_id and event.id in table.index_of:
        # the loader's wording for a second use of an id (model/load.py _event_table), which
        # names the later of the two in the file
        later = max(row, table.index_of[event.id])
        problems.append(Problem(f"events[{later}].id", Message(QT_TRANSLATE_NOOP("problems", '"{id}" is used twice'), id=event.id)))
    ids = _IdsWith(table.index_of, event.id, own_id)
    category_ids = {c.id for c in timeline.categories}
    source_ids = {s.id for s in timeline.sources}
    problems += event_reference_problems(row, event, category_ids, ids, source_ids)
    return (event if not problems else None), problems


class _IdsWith:
    """The table's ids with the edited event's new id in place of its old one."""

    def __init__(self, index, new_id: str, old_id: str | None):
        self._index, self._new, self._old = index, new_id, old_id

    def __contains__(self, key: object) -> bool:
        return key == self._new or (key != self._old and key in self._index)


def head_problems(timeline: Timeline, **head) -> list[Problem]:
    """The problems validate would report in the head of `timeline` with `head` replacing its fields."""
    data = {name: as_json(getattr(timeline, name)) for name in ("title", "description", "sources",
                                                                   "categories", "eras")}
    data.update((name, as_json(value)) for name, value in head.items())
    data = {k: v for k, v in data.items() if v is not None}
    try:
        meta = Timeline.model_validate(data)
    except ValidationError as exc:
        return [problem_from_pydantic(e) for e in exc.errors()]
    problems = check_references(meta)
    if "categories" in head:  # a category still in use must stay (events name it)
        kept = {c.id for c in meta.categories}
        for k, cid in enumerate(timeline.table.category_ids):
            if cid not in kept and cid in timeline.table.used_categories():
                row = int(next(iter((timeline.table.category == k).nonzero()[0])))
                problems.append(Problem(f"events[{row}].category",
                                                Message(QT_TRANSLATE_NOOP("problems", '"{id}" is not the id of a category'), id=cid)))
    return problems
