"""Read a timeline JSON file: syntax, validation and cross-references, errors with places.

The steps, each in its own module: the bytes to parsed JSON (model/json_text.py), the head
of the timeline by pydantic, every event checked and kept as columns (model/event_checks.py,
with the plain events' column checks in model/event_columns.py), then the warnings for
unknown keys (model/unknown_keys.py). The names other modules import from here stay here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from timeline_app.model.event_checks import (  # noqa: F401 (check_references: read from here too)
    Progress,
    problem_from_pydantic,
    check_events,
    check_references,
    rich_event_problems,
)
from timeline_app.model.event_columns import _PIECE
from timeline_app.model.json_text import (  # noqa: F401 (the importers read these from here)
    KeyCheck,
    _find_duplicate_keys,
    _kept_keys,
    decode_text,
    parse_json,
    parse_json_unchecked,
    read_file_bytes,
    shown,
)
from timeline_app.model.limits import MAX_EVENTS
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem, TimelineError
from timeline_app.model.timeline import FORMAT_NAME, FORMAT_VERSION, Timeline
from timeline_app.model.unknown_keys import event_key_warnings, unknown_keys


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


def parse_timeline(data: bytes, source: str | Path | None = None, progress: Progress | None = None) -> Loaded:
    """Bytes of a timeline-app JSON file to a checked Timeline."""
    raw, keys = parse_json_unchecked(data, source)
    try:
        return timeline_from_data(raw, source, progress, keys)
    finally:
        release_events(raw)


def release_events(raw: Any) -> None:
    """Empty the events list of parsed JSON that is no longer needed, a piece at a time: when
    the last reference to a million event objects goes, they are freed in one C step (0.1-0.5 s
    holding the interpreter lock). For the owner of `raw` only, once it is read."""
    events = raw.get("events") if isinstance(raw, dict) else raw
    if isinstance(events, list):
        while events:
            del events[-_PIECE:]


def timeline_from_data(raw: Any, source: str | Path | None = None, progress: Progress | None = None,
                       keys: KeyCheck | None = None) -> Loaded:
    """Validate already-parsed JSON data as a timeline.

    With `keys` (from parse_json_unchecked), the JSON text's duplicate keys are looked for
    here, in this one place: the keys of plain events are counted as their columns are taken,
    which costs far less than a walk of every object; a file that fails for another reason
    is walked whole, so that a duplicate key is what it is told first."""
    events = raw.get("events") if isinstance(raw, dict) else None
    if isinstance(events, list) and len(events) > MAX_EVENTS:
        raise TimelineError(source, [Problem("events", Message(QT_TRANSLATE_NOOP("problems", "{count:,} events; the limit is {limit:,}"),
                                                               count=len(events), limit=MAX_EVENTS))])
    try:
        loaded, kept = _checked_timeline(raw, source, progress)
    except TimelineError:
        if keys is not None:
            keys.check(_kept_keys(raw))
        raise
    if keys is not None:
        keys.check(kept)
    return loaded


def _checked_timeline(raw: Any, source: str | Path | None, progress: Progress | None) -> tuple[Loaded, int]:
    """timeline_from_data without the duplicate-key check: the timeline, and the count of the
    keys the parser kept in `raw`."""
    if not isinstance(raw, dict):
        raise TimelineError(source, [Problem("", QT_TRANSLATE_NOOP("problems", "the top level must be a JSON object {...}"))])
    head = {k: v for k, v in raw.items() if k != "events"}
    events = raw.get("events")
    warnings = _format_warnings(raw, source)
    try:
        meta = Timeline.model_validate(head)
    except ValidationError as exc:
        problems = [problem_from_pydantic(e) for e in exc.errors()]
        if isinstance(events, list):
            problems += rich_event_problems(events)
        raise TimelineError(source, problems) from None
    kept = _kept_keys(head) + ("events" in raw)
    if events is None:
        events = []
    elif not isinstance(events, list):
        try:
            Timeline.model_validate({"format": FORMAT_NAME, **raw})
        except ValidationError as exc:
            raise TimelineError(source, [problem_from_pydantic(e) for e in exc.errors()]) from None
        kept += _kept_keys(events)
        events = []
    errors = check_references(meta)
    checked = check_events(events, meta, progress)
    errors += [p for _, p in checked.problems]
    if errors:
        raise TimelineError(source, errors)
    warnings += unknown_keys(Timeline, head, "")
    warnings += event_key_warnings(events, checked.rich_raw, checked.unknown)
    return Loaded(meta.with_table(checked.table), warnings), kept + checked.kept_keys


def _format_warnings(raw: dict, source: str | Path | None) -> list[Problem]:
    """The warning for a file that does not say its format, or the error for another
    format or a newer version."""
    fmt = raw.get("format")
    if fmt is not None and fmt != FORMAT_NAME:
        raise TimelineError(source, [Problem("format", Message(QT_TRANSLATE_NOOP("problems", '{value} is not "{name}"'), value=shown(fmt), name=FORMAT_NAME))])
    version = raw.get("version", FORMAT_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise TimelineError(
            source,
            [Problem("version", Message(QT_TRANSLATE_NOOP("problems", "{version} is newer than this app reads ({reads}); update timeline-app"),
                                        version=version, reads=FORMAT_VERSION))],
        )
    if fmt is None:
        return [Problem("format", Message(QT_TRANSLATE_NOOP("problems", 'missing; read as "{name}" version {version}'),
                                          name=FORMAT_NAME, version=FORMAT_VERSION))]
    return []
