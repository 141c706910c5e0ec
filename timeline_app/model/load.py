"""Read a timeline JSON file: syntax, validation and cross-references, errors with places."""

from __future__ import annotations

import json
import stat
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from timeline_app.model.limits import JSON_DEPTH_NOTE, MAX_EVENTS, MAX_FILE_BYTES, describe_bytes
from timeline_app.model.problems import Problem, TimelineError, json_path
from timeline_app.model.timeline import FORMAT_NAME, FORMAT_VERSION, Timeline


@dataclass
class Loaded:
    """A timeline that opened, with the warnings a user should still see."""

    timeline: Timeline
    warnings: list[Problem] = field(default_factory=list)
    source_format: str = "timeline-app"  # the format the file was read from (see timeline_app.importers)


def load_timeline(path: str | Path) -> Loaded:
    """Read and check a timeline file; raise TimelineError naming the place of each problem."""
    path = Path(path)
    return parse_timeline(read_file_bytes(path), source=path)


def read_file_bytes(path: Path) -> bytes:
    """The file's bytes, or a TimelineError that says why it cannot be read.

    Files over MAX_FILE_BYTES, and things that are not regular files (a folder, a pipe, a
    device that never ends), are refused before anything is read.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise TimelineError(path, [Problem("", "is not a regular file")])
        if info.st_size > MAX_FILE_BYTES:
            raise TimelineError(path, [Problem("", f"is {describe_bytes(info.st_size)}; the limit is "
                                                   f"{describe_bytes(MAX_FILE_BYTES)}")])
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
        if len(data) > MAX_FILE_BYTES:
            raise TimelineError(path, [Problem("", f"is larger than the limit of {describe_bytes(MAX_FILE_BYTES)}")])
        return data
    except FileNotFoundError:
        raise TimelineError(path, [Problem("", "no such file")]) from None
    except IsADirectoryError:
        raise TimelineError(path, [Problem("", "is a folder, not a timeline file")]) from None
    except PermissionError:
        raise TimelineError(path, [Problem("", "permission denied: the file cannot be read")]) from None
    except OSError as exc:
        raise TimelineError(path, [Problem("", f"cannot be read ({exc.strerror or exc})")]) from None


def decode_text(data: bytes, source: str | Path | None) -> str:
    """UTF-8 text (a leading BOM is allowed), or a TimelineError naming the bad byte."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        raise TimelineError(source, [Problem("", "is UTF-16 or UTF-32 text; save it as UTF-8")])
    if len(data) >= 2 and (data[0] == 0) != (data[1] == 0) and 0x20 <= max(data[0], data[1]) < 0x7f:
        # Text with a zero byte beside each ASCII letter is UTF-16 without its byte-order mark.
        raise TimelineError(source, [Problem("", "looks like UTF-16 text (a zero byte beside each letter); "
                                             "save it as UTF-8")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TimelineError(
            source, [Problem("", f"is not UTF-8 text (bad byte at offset {exc.start})", line=line)]
        ) from None


def shown(value: Any, limit: int = 60) -> str:
    """repr(value) cut to `limit` characters: a whole file pasted into a field must not become the message."""
    text = repr(value) if not isinstance(value, str) or len(value) <= 4 * limit else repr(value[: 4 * limit])
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _quoted(text: str) -> str:
    return f'"{text}"' if len(text) <= 60 and '"' not in text else shown(text)


_MAX_INT_DIGITS = 4_300  # Python's own limit on int(text); past it the parser's message is about Python


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise ValueError(f"a number with {len(text.lstrip('-')):,} digits is too large")
    return int(text)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"the number {text[:40]} is too large")
    return value


class _DuplicateKey(ValueError):
    pass


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        dup = next(k for k, _ in pairs if k in seen or seen.add(k))
        where = f' in the object with "id": {_quoted(obj["id"])}' if isinstance(obj.get("id"), str) else ""
        raise _DuplicateKey(f'the key {_quoted(dup)} appears twice{where}; which one is meant is unclear')
    return obj


def parse_json(data: bytes, source: str | Path | None) -> Any:
    """Parse JSON bytes; a syntax error becomes a Problem with line and column."""
    text = decode_text(data, source)
    if not text.strip():
        raise TimelineError(source, [Problem("", "the file is empty")])
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float, parse_int=_bounded_int,
                          object_pairs_hook=_object_without_duplicates)
    except json.JSONDecodeError as exc:
        raise TimelineError(
            source, [Problem("", f"JSON syntax error: {exc.msg}", line=exc.lineno, column=exc.colno)]
        ) from None
    except RecursionError:
        raise TimelineError(source, [Problem("", f"JSON nested {JSON_DEPTH_NOTE}")]) \
            from None
    except ValueError as exc:
        raise TimelineError(source, [Problem("", f"JSON error: {exc}")]) from None


def parse_timeline(data: bytes, source: str | Path | None = None) -> Loaded:
    """Bytes of a timeline-app JSON file to a checked Timeline."""
    return timeline_from_data(parse_json(data, source), source)


def timeline_from_data(raw: Any, source: str | Path | None = None) -> Loaded:
    """Validate already-parsed JSON data as a timeline."""
    if not isinstance(raw, dict):
        raise TimelineError(source, [Problem("", "the top level must be a JSON object {...}")])
    events = raw.get("events")
    if isinstance(events, list) and len(events) > MAX_EVENTS:
        raise TimelineError(source, [Problem("events", f"{len(events):,} events; the limit is {MAX_EVENTS:,}")])
    warnings: list[Problem] = []
    fmt = raw.get("format")
    if fmt is None:
        warnings.append(Problem("format", f'missing; read as "{FORMAT_NAME}" version {FORMAT_VERSION}'))
        raw = {"format": FORMAT_NAME, "version": FORMAT_VERSION, **raw}
    elif fmt != FORMAT_NAME:
        raise TimelineError(source, [Problem("format", f'{shown(fmt)} is not "{FORMAT_NAME}"')])
    version = raw.get("version", FORMAT_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise TimelineError(
            source,
            [Problem("version", f"{version} is newer than this app reads ({FORMAT_VERSION}); update timeline-app")],
        )
    try:
        timeline = Timeline.model_validate(raw)
    except ValidationError as exc:
        raise TimelineError(source, [_problem_from_pydantic(e) for e in exc.errors()]) from None
    errors = check_references(timeline)
    if errors:
        raise TimelineError(source, errors)
    warnings += unknown_keys(Timeline, raw, "")
    return Loaded(timeline, warnings)


def _problem_from_pydantic(err: dict) -> Problem:
    path = json_path(tuple(err["loc"]))
    kind = err["type"]
    if kind == "missing":
        message = "is required"
    elif kind == "value_error":
        message = str(err["ctx"]["error"])
    elif kind == "string_pattern_mismatch" and path.endswith("url"):
        message = f"{shown(err['input'])} is not an http(s) URL"
    elif kind == "string_pattern_mismatch" and path.endswith("color"):
        message = f"{shown(err['input'])} is not a colour like \"#1f77b4\""
    else:
        message = f"{err['msg'][0].lower()}{err['msg'][1:]} (got {shown(err['input'])})"
    return Problem(path, message)


def check_references(t: Timeline) -> list[Problem]:
    """Errors a schema cannot see: duplicate ids, dangling references, ends before starts."""
    problems: list[Problem] = []
    source_ids = _unique_ids(t.sources, "sources", problems)
    category_ids = _unique_ids(t.categories, "categories", problems)
    event_ids = _unique_ids(t.events, "events", problems)
    _unique_ids(t.eras, "eras", problems)

    def cite(ids: tuple[str, ...], where: str) -> None:
        for k, sid in enumerate(ids):
            if sid not in source_ids:
                problems.append(Problem(f"{where}.sources[{k}]", f'"{sid}" is not the id of a source'))

    for i, era in enumerate(t.eras):
        if era.end.end_ms <= era.start.ms:
            problems.append(Problem(f"eras[{i}].end", f'"{era.end.to_iso()}" is before the start'))
    for i, ev in enumerate(t.events):
        here = f"events[{i}]"
        if ev.end is not None and ev.end.end_ms <= ev.start.ms:
            problems.append(
                Problem(f"{here}.end", f'"{ev.end.to_iso()}" is before the start "{ev.start.to_iso()}"')
            )
        if ev.category is not None and ev.category not in category_ids:
            problems.append(Problem(f"{here}.category", f'"{ev.category}" is not the id of a category'))
        for k, rid in enumerate(ev.related):
            if rid not in event_ids:
                problems.append(Problem(f"{here}.related[{k}]", f'"{rid}" is not the id of an event'))
        cite(ev.sources, here)
        if ev.location is not None:
            cite(ev.location.sources, f"{here}.location")
        for name in ("parties", "participants", "quotes", "activities", "mentions"):
            for k, item in enumerate(getattr(ev, name)):
                cite(item.sources, f"{here}.{name}[{k}]")
    return problems


def _unique_ids(items, where: str, problems: list[Problem]) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            problems.append(Problem(f"{where}[{i}].id", f'"{item.id}" is used twice'))
        seen.add(item.id)
    return seen


@lru_cache(maxsize=None)
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
            hint = _closest(key, known)
            extra = f' (did you mean "{hint}"?)' if hint else ""
            found.append(Problem(here, f"unknown key, ignored{extra}"))
            continue
        child = known[key]
        if child is None:
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                found += unknown_keys(child, item, f"{here}[{i}]")
        else:
            found += unknown_keys(child, value, here)
    return found


def _closest(key: str, known: dict) -> str | None:
    import difflib

    match = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.75)
    return match[0] if match else None
