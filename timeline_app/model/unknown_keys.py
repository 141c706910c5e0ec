"""Warnings for keys the format does not define: a typo like "partcipants" must not vanish.

Unknown keys are ignored (the schema forbids them, so editors flag them too) and said as
warnings with their place and, where one is close, the key that was probably meant. A key on
more than SUMMARY_AFTER events is one line with its count.
"""

from __future__ import annotations

import typing
from collections import Counter
from functools import cache, lru_cache
from itertools import compress
from typing import Any

from pydantic import BaseModel

from timeline_app.model.json_text import shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, SUMMARY_AFTER, Message, Problem, summary_of
from timeline_app.model.records import Event


class UnknownKeys:
    """Unknown keys met on plain events (which stay plain: the key is ignored, its value
    dropped with the parsed file): per key its count, first event and, while it is still
    rare enough to be named event by event, every event it is on."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()
        self.first: dict[str, int] = {}
        self.places: dict[str, list[int]] = {}

    def add(self, names: list[str], where: list[int]) -> None:
        """names[k] is on event where[k] (in file order); C-speed passes but for rare keys."""
        self.count.update(names)
        here = set(names)
        if not here <= self.first.keys():
            for name, i in dict(zip(reversed(names), reversed(where))).items():
                self.first.setdefault(name, i)
        rare = {name for name in here if self.count[name] <= SUMMARY_AFTER}
        if rare:
            for name, i in compress(zip(names, where), map(rare.__contains__, names)):
                self.places.setdefault(name, []).append(i)


def event_key_warnings(events: list, rich_raw: list[tuple[int, dict]], fast: UnknownKeys) -> list[Problem]:
    """Unknown-key warnings of every event in file order. A key on more than SUMMARY_AFTER
    events is one line with its count (as problems.summarise words it), made without a
    Problem per event: a million of them would cost more than the whole load."""
    found: list[tuple[int, int, Problem]] = []
    known = _child_models(Event)
    on_rich: dict[str, list[int]] = {}
    for i, item in rich_raw:
        for key in item:
            if key not in known:
                on_rich.setdefault(key, []).append(i)
    summed: dict[str, int] = {}
    for key in fast.count.keys() | on_rich.keys():
        total = fast.count[key] + len(on_rich.get(key, ()))
        if total > SUMMARY_AFTER:
            first = min(fast.first.get(key, len(events)), *on_rich.get(key, [len(events)])[:1])
            summed[key] = first
            found.append((first, list(events[first]).index(key), summary_of(_unknown_key_problem(key, f"events[{first}]", known), total)))
        else:
            for i in fast.places.get(key, ()):
                found.append((i, list(events[i]).index(key), _unknown_key_problem(key, f"events[{i}]", known)))
    summed_paths = {key: _unknown_key_problem(key, "", known).path for key in summed}
    for i, item in rich_raw:  # (an event is plain or rich: the sort below keeps a rich one's own order)
        skip = {f"events[{i}].{summed_paths[key]}" for key in item if key in summed}
        found += ((i, -1, p) for p in unknown_keys(Event, item, f"events[{i}]") if p.path not in skip)
    found.sort(key=lambda t: (t[0], t[1]))
    return [p for _, _, p in found]


@cache
def _child_models(model: type[BaseModel]) -> dict[str, type[BaseModel] | None]:
    """For each JSON key of a model, the nested model its value(s) hold, if any."""
    out: dict[str, type[BaseModel] | None] = {}
    for name, info in model.model_fields.items():
        out[info.alias or name] = _nested_model(info.annotation)
    return out


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _nested_model(arg)
        if found is not None:
            return found
    return None


def unknown_keys(model: type[BaseModel], raw: Any, path: str) -> list[Problem]:
    """Warnings for keys the format does not define (typos must not vanish silently)."""
    if not isinstance(raw, dict):
        return []
    known = _child_models(model)
    found: list[Problem] = []
    for key, value in raw.items():
        name = str(key) if len(str(key)) <= 60 else shown(key)
        here = f"{path}.{name}" if path else name
        if key not in known:
            found.append(_unknown_key_problem(key, path, known))
            continue
        child = known[key]
        if child is None:
            continue
        if isinstance(value, list):
            leaf = _leaf_keys(child)
            if leaf is not None and set(map(type, value)) <= {dict} and all(map(leaf.issuperset, value)):
                continue  # records of only known keys and nothing nested (a list of participants): nothing to say
            for i, item in enumerate(value):
                found += unknown_keys(child, item, f"{here}[{i}]")
        else:
            found += unknown_keys(child, value, here)
    return found


@cache
def _leaf_keys(model: type[BaseModel]) -> frozenset[str] | None:
    """The keys of a model that holds no nested model, else None."""
    known = _child_models(model)
    return None if any(known.values()) else frozenset(known)


def _unknown_key_problem(key: str, path: str, known: dict) -> Problem:
    name = str(key) if len(str(key)) <= 60 else shown(key)
    hint = _closest(key, known)
    place = f"{path}.{name}" if path else name
    if hint:
        return Problem(place, Message(QT_TRANSLATE_NOOP("problems", 'unknown key, ignored (did you mean "{hint}"?)'), hint=hint))
    return Problem(place, QT_TRANSLATE_NOOP("problems", "unknown key, ignored"))


def _closest(key: str, known: dict) -> str | None:
    return _closest_name(str(key), tuple(known))


@lru_cache(maxsize=1024)  # one unknown key on a million events is looked up once, not a million times
def _closest_name(key: str, names: tuple[str, ...]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, names, n=1, cutoff=0.75)
    return match[0] if match else None
