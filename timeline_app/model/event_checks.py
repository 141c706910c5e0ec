"""Every event checked and kept as columns: plain events by hand, the rest by pydantic.

The hand checks (model/event_columns.py) accept only what pydantic would accept; anything they
are unsure of (a wrong type, a length out of bounds, an unknown category) goes to pydantic, so
its messages stay the only wording of an error. Then the dates of the plain events are parsed
a column at a time, and what a schema cannot see (duplicate ids, ends before starts, dangling
references) is looked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import repeat
from operator import is_not

import numpy as np
from pydantic import ValidationError

from timeline_app.model.cancel import checkpoint
from timeline_app.model.event_columns import (
    _PIECE,
    _gather,
    _is_plain,
    _parse_times_in_pieces,
    _plain_columns,
)
from timeline_app.model.id_index import id_index
from timeline_app.model.json_text import _kept_keys, shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem, json_path
from timeline_app.model.records import Event
from timeline_app.model.table import EventTable, point_mask
from timeline_app.model.timeline import Timeline
from timeline_app.model.unknown_keys import UnknownKeys
from timeline_app.time import TimeParseError, parse_time

Progress = Callable[[float], None]  # called with 0..1 now and then; may raise to cancel


@dataclass
class CheckedEvents:
    """The events of a file as read so far: columns in file order, the events pydantic
    validated (`rich`, with their raw objects), problems by file position, and for the
    duplicate-key and unknown-key checks the keys the parser kept and the unknown ones."""

    ids: list
    titles: list
    start_text: list
    end_text: list
    category: np.ndarray
    kept_keys: int
    unknown: UnknownKeys
    rich: dict[int, Event] = field(default_factory=dict)
    rich_raw: list[tuple[int, dict]] = field(default_factory=list)
    problems: list[tuple[int, Problem]] = field(default_factory=list)
    table: EventTable | None = None


def check_events(events: list, meta: Timeline, progress: Progress | None) -> CheckedEvents:
    """Check every event and build the table (`table` is None when there are problems)."""
    if progress is not None:
        progress(0.0)
    cat_index = {c.id: k for k, c in enumerate(meta.categories)}
    got = _take_events(events, cat_index)
    if progress is not None:
        progress(0.6)
    start_ms, end_ms, point, imprecise = _dates(got, len(events), progress)
    index_of = id_index(got.ids)
    problems = got.problems
    if len(index_of) != len(events) and not problems:
        seen: set[str] = set()
        for i, eid in enumerate(got.ids):
            if eid in seen:
                problems.append((i, Problem(f"events[{i}].id", Message(QT_TRANSLATE_NOOP("problems", '"{id}" is used twice'), id=eid))))
            seen.add(eid)
    if got.rich and not problems:
        source_ids = {s.id for s in meta.sources}
        for i, ev in got.rich.items():
            problems += [(i, p) for p in event_reference_problems(i, ev, cat_index, index_of, source_ids)]
    problems.sort(key=lambda item: item[0])
    if not problems:
        got.table = EventTable(
            ids=got.ids, titles=got.titles, start_ms=start_ms, end_ms=end_ms, point=point,
            imprecise=imprecise, category=got.category, categories=meta.categories,
            start_text=got.start_text, end_text=got.end_text, rich=got.rich, index_of=index_of)
    if progress is not None:
        progress(1.0)
    return got


def _take_events(events: list, cat_index: dict[str, int]) -> CheckedEvents:
    """The columns of the plain events, and every other event validated by pydantic."""
    n = len(events)
    cols = _plain_columns(events, cat_index)
    if cols is not None:
        ids, titles, start_text, end_text, category, ok, own_keys, unknown = cols
        others = np.flatnonzero(~ok).tolist()
        # Keys kept by the parser: plain events hold no objects, so their own keys are all.
        kept = own_keys + sum(_kept_keys(events[i]) - len(events[i]) for i in others)
        got = CheckedEvents(ids, titles, start_text, end_text, category, kept, unknown)
    else:  # not every event is an object: look at each
        got = CheckedEvents([""] * n, [""] * n, [None] * n, [None] * n, np.full(n, -1, dtype=np.int32),
                            _kept_keys(events), UnknownKeys())
        others = range(n)
    for k, i in enumerate(others):
        if k % 1000 == 0:
            checkpoint()
        item = events[i]
        got.start_text[i] = got.end_text[i] = None
        if cols is None and _is_plain(item, cat_index):
            got.ids[i], got.titles[i] = item["id"], item["title"]
            got.start_text[i], got.end_text[i] = item["start"], item.get("end")
            cat = item.get("category")
            got.category[i] = cat_index[cat] if cat is not None else -1
            continue
        try:
            ev = Event.model_validate(item)
        except ValidationError as exc:
            got.problems += [(i, problem_from_pydantic(e, ("events", i))) for e in exc.errors()]
            continue
        got.rich[i] = ev
        got.rich_raw.append((i, item))
        got.ids[i], got.titles[i] = ev.id, ev.title
        got.category[i] = cat_index.get(ev.category, -1) if ev.category is not None else -1
    return got


def _dates(got: CheckedEvents, n: int, progress: Progress | None):
    """(start ms, exclusive end ms, drawn as a point, imprecise span) of every event: the
    plain events' texts parsed a column at a time; date problems go to got.problems."""
    start_text, end_text, problems = got.start_text, got.end_text, got.problems
    # Dates of the plain events (file positions `pos`), ends where they have one (`end_pos`).
    if got.rich or problems:
        pos = np.array([i for i in range(n) if start_text[i] is not None], dtype=np.int64)
        starts = [start_text[i] for i in pos.tolist()]
    else:
        pos, starts = np.arange(n), start_text
    ends_here = end_text if len(pos) == n else _gather(end_text, pos)
    with_end = np.flatnonzero(np.concatenate(
        [np.fromiter(map(is_not, ends_here[a:a + _PIECE], repeat(None)), dtype=bool, count=min(_PIECE, len(pos) - a))
         for a in range(0, len(pos), _PIECE)] or [np.zeros(0, dtype=bool)]))
    end_pos = pos[with_end]
    s_ms, s_end, s_rank, s_off, s_slow = _parse_times_in_pieces(starts)
    e_ms, e_end, e_rank, e_off, e_slow = _parse_times_in_pieces(_gather(end_text, end_pos))
    if progress is not None:
        progress(0.8)
    start_ms, end_ms = np.zeros(n), np.zeros(n)
    rank = np.zeros(n, dtype=np.int8)
    same = np.ones(n, dtype=bool)
    has_end = np.zeros(n, dtype=bool)
    start_ms[pos], end_ms[pos], rank[pos] = s_ms, s_end, s_rank
    end_ms[end_pos] = e_end
    has_end[end_pos] = True
    same[end_pos] = (e_ms == s_ms[with_end]) & (e_rank == s_rank[with_end]) & (e_off == s_off[with_end])
    slow_starts = {int(pos[k]): v for k, v in s_slow.items()}
    slow_ends = {int(end_pos[k]): v for k, v in e_slow.items()}
    _slow_dates(got, slow_starts, slow_ends, has_end, same)
    bad_order = np.flatnonzero(has_end & (end_ms <= start_ms))
    for i in bad_order.tolist():
        if not any(j == i for j, _ in problems):
            s_v, e_v = parse_time(start_text[i]), parse_time(end_text[i])
            problems.append((i, Problem(f"events[{i}].end", Message(QT_TRANSLATE_NOOP("problems", '"{end}" is before the start "{start}"'), end=e_v.to_iso(),
                                                            start=s_v.to_iso()))))
    for i, ev in got.rich.items():
        start_ms[i], end_ms[i] = ev.start_ms, ev.end_ms
        rank[i] = ev.start.precision.rank
        has_end[i] = ev.end is not None
    point = point_mask(rank, same)
    for i, ev in got.rich.items():
        point[i] = ev.is_point
    return start_ms, end_ms, point, ~point & ~has_end


def _slow_dates(got: CheckedEvents, slow_starts: dict, slow_ends: dict, has_end: np.ndarray,
                same: np.ndarray) -> None:
    """Dates the column parser left to the one-at-a-time parser: its messages (a str) are
    problems; texts with expanded years (or odd offsets) are compared as values."""
    for where, slow in (("start", slow_starts), ("end", slow_ends)):
        for i, v in slow.items():
            if isinstance(v, str):
                got.problems.append((i, Problem(f"events[{i}].{where}", _parse_problem(got, where, i) or v)))
    for i in slow_starts.keys() | slow_ends.keys():
        if has_end[i] and not isinstance(slow_ends.get(i), str):
            try:
                same[i] = parse_time(got.start_text[i]) == parse_time(got.end_text[i])
            except TimeParseError:
                same[i] = False


def _parse_problem(got: CheckedEvents, where: str, i: int) -> Message | None:
    """The message of a date the column parser could not read, again, as a template that can be
    translated (the column parser keeps only its English text; this runs once a bad date)."""
    try:
        parse_time((got.start_text if where == "start" else got.end_text)[i])
    except TimeParseError as exc:
        return Message(exc.template, **exc.params)
    except TypeError:
        return None
    return None


def event_reference_problems(i: int, ev: Event, category_ids, event_ids, source_ids) -> list[Problem]:
    """What a schema cannot see about one event: its end, category, related ids and citations."""
    problems: list[Problem] = []
    here = f"events[{i}]"

    def cite(ids: tuple[str, ...], where: str) -> None:
        for k, sid in enumerate(ids):
            if sid not in source_ids:
                problems.append(Problem(f"{where}.sources[{k}]", Message(QT_TRANSLATE_NOOP("problems", '"{id}" is not the id of a source'), id=sid)))

    if ev.end is not None and ev.end.end_ms <= ev.start.ms:
        problems.append(Problem(f"{here}.end", Message(QT_TRANSLATE_NOOP("problems", '"{end}" is before the start "{start}"'), end=ev.end.to_iso(), start=ev.start.to_iso())))
    if ev.category is not None and ev.category not in category_ids:
        problems.append(Problem(f"{here}.category", Message(QT_TRANSLATE_NOOP("problems", '"{id}" is not the id of a category'), id=ev.category)))
    for k, rid in enumerate(ev.related):
        if rid not in event_ids:
            problems.append(Problem(f"{here}.related[{k}]", Message(QT_TRANSLATE_NOOP("problems", '"{id}" is not the id of an event'), id=rid)))
    cite(ev.sources, here)
    if ev.location is not None:
        cite(ev.location.sources, f"{here}.location")
    for name in ("parties", "participants", "quotes", "activities", "mentions"):
        for k, item in enumerate(getattr(ev, name)):
            cite(item.sources, f"{here}.{name}[{k}]")
    return problems


def problem_from_pydantic(err: dict, prefix: tuple = ()) -> Problem:
    path = json_path(prefix + tuple(err["loc"]))
    kind = err["type"]
    if kind == "missing":
        message: str | Message = QT_TRANSLATE_NOOP("problems", "is required")
    elif kind == "value_error":
        error = err["ctx"]["error"]
        message = getattr(error, "said", None) or str(error)
    elif kind == "string_pattern_mismatch" and path.endswith("url"):
        message = Message(QT_TRANSLATE_NOOP("problems", "{value} is not an http(s) URL"), value=shown(err["input"]))
    elif kind == "string_pattern_mismatch" and path.endswith("color"):
        message = Message(QT_TRANSLATE_NOOP("problems", '{value} is not a colour like "#1f77b4"'), value=shown(err["input"]))
    else:  # pydantic's own words, as it says them
        message = Message(QT_TRANSLATE_NOOP("problems", "{error} (got {value})"),
                          error=f"{err['msg'][0].lower()}{err['msg'][1:]}", value=shown(err["input"]))
    return Problem(path, message)


def check_references(t: Timeline) -> list[Problem]:
    """Errors a schema cannot see: duplicate ids, dangling references, ends before starts."""
    problems: list[Problem] = []
    source_ids = _unique_ids(t.sources, "sources", problems)
    category_ids = _unique_ids(t.categories, "categories", problems)
    event_ids = _unique_ids(t.events, "events", problems)
    _unique_ids(t.eras, "eras", problems)
    for i, era in enumerate(t.eras):
        if era.end.end_ms <= era.start.ms:
            problems.append(Problem(f"eras[{i}].end", Message(QT_TRANSLATE_NOOP("problems", '"{end}" is before the start'), end=era.end.to_iso())))
    for i, ev in enumerate(t.events):
        problems += event_reference_problems(i, ev, category_ids, event_ids, source_ids)
    return problems


def _unique_ids(items, where: str, problems: list[Problem]) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            problems.append(Problem(f"{where}[{i}].id", Message(QT_TRANSLATE_NOOP("problems", '"{id}" is used twice'), id=item.id)))
        seen.add(item.id)
    return seen


def rich_event_problems(events: list) -> list[Problem]:
    out: list[Problem] = []
    for i, item in enumerate(events):
        try:
            Event.model_validate(item)
        except ValidationError as exc:
            out += [problem_from_pydantic(e, ("events", i)) for e in exc.errors()]
    return out


