"""What the editor's fields hold, as plain data, and the model's own checks of it (no widgets).

An event becomes texts (one per simple field), rows of texts (one per record of a list field)
and lines (sources, tags, related); the reverse builds the JSON-like dict a file would hold and
checks it with the loader's validation, so the editor shows exactly the messages `validate`
prints. A problem's place is made relative to the event: "start", "parties[1].name".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from pydantic import ValidationError

from timeline_app.model import Activity, Category, Event, Mention, Participant, Party, Quote, Timeline
from timeline_app.model.event_checks import event_reference_problems, problem_from_pydantic
from timeline_app.model.problems import Problem
from timeline_app.editing.edits import unique_id

TEXT_FIELDS = ("title", "start", "end", "date_note", "summary", "note")
LINE_FIELDS = ("sources", "tags", "related")  # lists of plain strings, one per line
RECORD_MODELS = {"parties": Party, "participants": Participant, "quotes": Quote,
                 "activities": Activity, "mentions": Mention}
SOURCED = ("inferred", "note", "sources")  # every record ends with these: what they cite and how sure
LOCATION_FIELDS = ("name", "native_name", "place", "country", "inferred", "note", "sources")


def record_columns(name: str) -> tuple[str, ...]:
    """The fields of one list's records, own fields first, then inferred, note, sources."""
    fields = tuple(RECORD_MODELS[name].model_fields)
    return tuple(f for f in fields if f not in SOURCED) + SOURCED


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else ""
    if isinstance(value, tuple):
        return ", ".join(value)
    return value.to_iso() if hasattr(value, "to_iso") else str(value)


def record_row(record: Any, columns: tuple[str, ...]) -> dict[str, Any]:
    """One record as {column: text}; inferred stays a bool (a check box)."""
    return {c: getattr(record, c) if c == "inferred" else _text(getattr(record, c)) for c in columns}


def event_form(ev: Event) -> dict[str, Any]:
    """Everything the editor shows for `ev`."""
    form: dict[str, Any] = {f: _text(getattr(ev, f)) for f in TEXT_FIELDS}
    form["id"] = ev.id
    form["category"] = ev.category
    form["inferred"] = ev.inferred
    form["location"] = record_row(ev.location, LOCATION_FIELDS) if ev.location else {}
    for name in LINE_FIELDS:
        form[name] = list(getattr(ev, name))
    for name in RECORD_MODELS:
        form[name] = [record_row(r, record_columns(name)) for r in getattr(ev, name)]
    return form


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _record_raw(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row of texts as the JSON a file would hold: empty texts left out, sources split."""
    raw: dict[str, Any] = {}
    for key, value in row.items():
        if key == "inferred":
            if value:
                raw[key] = True
        elif key == "sources":
            if _ids(value):
                raw[key] = _ids(value)
        elif value.strip():
            raw[key] = value
    return raw


def form_raw(form: Mapping[str, Any]) -> dict[str, Any]:
    """The form as an event's JSON object; an empty optional field is left out (it is cleared)."""
    raw: dict[str, Any] = {"id": form["id"]}
    for f in TEXT_FIELDS:
        text = form[f]
        if f in ("title", "start") or text.strip():
            raw[f] = text.strip() if f in ("start", "end") else text
    if form.get("category"):
        raw["category"] = form["category"]
    location = _record_raw(form["location"])
    if location:
        raw["location"] = location
    for name in RECORD_MODELS:
        rows = [_record_raw(r) for r in form[name]]
        if rows:
            raw[name] = rows
    for name in LINE_FIELDS:
        lines = [line.strip() for line in form[name] if line.strip()]
        if lines:
            raw[name] = lines
    if form.get("inferred"):
        raw["inferred"] = True
    return raw


def _relative(problem: Problem, prefix: str) -> Problem:
    path = problem.path[len(prefix):] if problem.path.startswith(prefix) else problem.path
    return Problem(path, problem.message)


def check_form(form: Mapping[str, Any], timeline: Timeline, index: int,
               extra_categories: Collection[str] = ()) -> tuple[Event | None, list[Problem]]:
    """The event the form describes, or None with the problems `validate` would report for it
    as event number `index` of `timeline` (places relative to the event)."""
    prefix = f"events[{index}]."
    try:
        ev = Event.model_validate(form_raw(form))
    except ValidationError as exc:
        return None, [_relative(problem_from_pydantic(e, ("events", index)), prefix) for e in exc.errors()]
    categories = {c.id for c in timeline.categories} | set(extra_categories)
    events = _EventIds(timeline.event_by_id, ev.id)
    found = event_reference_problems(index, ev, categories, events, timeline.source_by_id)
    if found:
        return None, [_relative(p, prefix) for p in found]
    return ev, []


class _EventIds:
    """The timeline's event ids plus the one being edited (a new event may relate to itself)."""

    def __init__(self, ids: Mapping[str, Any], own: str):
        self._ids, self._own = ids, own

    def __contains__(self, key: object) -> bool:
        return key == self._own or key in self._ids


def check_category(label: str, color: str, taken: Collection[str]) -> tuple[Category | None, list[Problem]]:
    """A new category from its label and colour, with an id made from the label (unique among
    `taken`); or the problems `validate` would report for it."""
    raw = {"id": unique_id(slug(label) or "category", taken), "label": label, "color": color.strip()}
    try:
        return Category.model_validate(raw), []
    except ValidationError as exc:
        return None, [problem_from_pydantic(e) for e in exc.errors()]


def slug(text: str) -> str:
    """Lower-case words joined by hyphens: ids like those of the bundled files."""
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")[:80]
