"""Write a timeline as JSON, atomically (a failed write never destroys the old file).

    timeline_json(timeline) -> str                      the whole timeline, formatted afresh
    lossless_json(original, timeline, edits) -> bytes   the original file's bytes with only
                                                        the edited events and fields rewritten
    write_atomically(path, data), save_timeline(timeline, path)

Each takes an optional `progress(fraction)`, called every few thousand events; between those
calls a save run under model/cancel.py's `cancellable(flag)` stops (Cancelled) once the flag
is up, and write_atomically stops before its rename, so a cancelled save leaves the file as it was.

A lossless save copies the text of every untouched event as it was (key order, unknown keys,
number formats, whitespace); in an edited event only the changed members are rewritten, in
the object's own layout; new events are written in the layout of the file's first event;
deleted ones go with the separator before them. Top-level fields that changed (categories,
eras, sources, title, description) keep the text of their unchanged records; a changed or
new record is written afresh.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from collections.abc import Callable, Set
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from timeline_app.model.cancel import checkpoint
from timeline_app.model.json_spans import (
    ArraySpans,
    Raw,
    Style,
    events_array,
    object_style,
    scan_array,
    scan_object,
    splice_object,
)
from timeline_app.model.timeline import Event, Timeline


_HEAD_FIELDS = ("title", "description", "sources", "categories", "eras")

Progress = Callable[[float], None]  # fraction done, 0..1
EVERY = 4096  # events between two progress calls: a smooth bar at a million, no cost per event


def tell(progress: Progress | None, fraction: float) -> None:
    """Report `fraction` done, and stop here if the save was cancelled (model/cancel.py)."""
    checkpoint()
    if progress is not None:
        progress(fraction)


def progress_span(progress: Progress | None, low: float, high: float) -> Progress:
    """A progress for one part of the work, reporting its 0..1 as `low`..`high` of the whole."""
    return lambda fraction: tell(progress, low + (high - low) * fraction)


def timeline_json(timeline: Timeline, progress: Progress | None = None) -> str:
    """The timeline as formatted JSON text; defaults are left out to keep files small."""
    head = Timeline.model_construct(**{name: getattr(timeline, name) for name in _HEAD_FIELDS})
    # format and version are defaults, but every file must carry them.
    data = {"format": timeline.format, "version": timeline.version,
            **json.loads(head.model_dump_json(exclude_defaults=True, include=set(_HEAD_FIELDS)))}
    events = _events_json(timeline, progress_span(progress, 0.0, 0.1))  # a tenth of the time: dumps is the rest
    if events:
        data["events"] = _ReportingList(events, progress_span(progress, 0.1, 1.0))
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    tell(progress, 1.0)
    return text


class _ReportingList(list):
    """The events, reporting how far json.dumps has got through them (with an indent, dumps
    walks lists in Python, through __iter__; the text is the same as for a plain list)."""

    def __init__(self, items: list, progress: Progress):
        super().__init__(items)
        self.progress = progress

    def __iter__(self):
        n = len(self)
        for i, item in enumerate(super().__iter__()):
            if i % EVERY == 0:
                self.progress(i / n)
            yield item


def _events_json(timeline: Timeline, progress: Progress) -> list[dict]:
    """Every event as the JSON object a file holds. Plain events are made from the table's
    columns (building and dumping a pydantic Event each cost 0.3 ms: minutes at a million)."""
    table = timeline.table
    out: list[dict] = []
    rich, cats, n = table.rich, table.category_ids, table.n
    for i, (eid, title, start, end, cat) in enumerate(zip(table.ids, table.titles, table.start_text, table.end_text,
                                                          table.category.tolist())):
        if i % EVERY == 0:
            progress(i / n)
        if i in rich or start is None:
            out.append(_event_json(table.event(i)))
            continue
        row = {"id": eid, "title": title, "start": start}
        if end is not None:
            row["end"] = end
        if cat >= 0:
            row["category"] = cats[cat]
        out.append(row)
    return out


_CHUNK = 8 << 20  # bytes written between two progress calls


def write_atomically(path: str | Path, data: bytes, progress: Progress | None = None) -> None:
    """Write to a temporary file beside the target, then rename over it.

    A target that exists and is not a regular file (a named pipe, a device, a socket, a folder)
    is refused: the rename would silently replace it with a file. A cancel (model/cancel.py)
    before the rename removes the temporary file and leaves the target as it was.
    """
    path = Path(path)
    _refuse_special(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as out:
            view = memoryview(data)
            for at in range(0, len(view), _CHUNK):
                out.write(view[at:at + _CHUNK])
                tell(progress, min(1.0, (at + _CHUNK) / len(view)))
        tell(progress, 1.0)  # the last chance to cancel: after the rename the file is written
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class NotRegularFileError(OSError):
    """The output path names a pipe, a device, a socket or a folder."""

    def __str__(self) -> str:
        return self.strerror


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _refuse_special(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # no such file yet (or unreadable): the write itself says what is wrong
    for test, kind in _KINDS:
        if test(mode):
            raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a regular file, so it is not "
                                      "replaced by one; choose a file to write to")


def save_timeline(timeline: Timeline, path: str | Path) -> None:
    """Save in our format."""
    write_atomically(path, timeline_json(timeline).encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@dataclass(frozen=True)
class EventEdits:
    """What changed since the original text was read: `base` is the timeline that text holds;
    `origin[r]` is the base position of the event now at file position r (-1 for a new one);
    `changed` the base positions whose event may have been edited."""

    base: Timeline
    origin: np.ndarray
    changed: Set[int]
    head_changed: bool = False


_HOLE = "\x00events\x00"  # stands for the events array while the top level is edited (no JSON text holds NUL)


def lossless_json(original: bytes, timeline: Timeline, edits: EventEdits, progress: Progress | None = None) -> bytes:
    """The bytes of `original` (timeline-app JSON read as edits.base) changed to hold `timeline`."""
    tell(progress, 0.0)
    spans = events_array(original, progress_span(progress, 0.0, 0.6))  # most of the time when few events changed
    tell(progress, 0.6)
    if spans is None or len(spans.starts) != edits.base.table.n or len(spans.ends) != len(spans.starts):
        data = _head_only(original, timeline, edits, None, None)  # no events array of ours to keep
    else:
        events = _events_text(original, spans, timeline, edits, progress_span(progress, 0.6, 0.9))
        data = _head_only(original, timeline, edits, spans, events)
    tell(progress, 1.0)
    return data


def _events_text(data: bytes, spans: ArraySpans, timeline: Timeline, edits: EventEdits,
                 progress: Progress) -> list[bytes]:
    """The events array, brackets included, in pieces (joined once with the rest of the file)."""
    origin, table, n = edits.origin, timeline.table, timeline.table.n
    if n == 0:
        return [b"[]"]
    starts, ends = spans.starts, spans.ends
    simple = origin >= 0
    if edits.changed:
        simple &= ~np.isin(origin, np.fromiter(edits.changed, dtype=np.int64))
    joined = simple[1:] & simple[:-1] & (origin[1:] == origin[:-1] + 1)
    run_starts = np.r_[0, np.flatnonzero(~joined) + 1].tolist()
    run_ends = [*(r - 1 for r in run_starts[1:]), n - 1]
    if len(starts):
        prefix, suffix = data[spans.open + 1:starts[0]], data[ends[-1]:spans.close]
        default_sep = data[ends[0]:starts[1]] if len(starts) >= 2 else b"," + prefix
        style = None  # worked out when a new event needs it
    else:
        prefix, suffix, default_sep, style = _empty_array_layout(data, spans.open)
    out = [b"[", prefix]
    for k, (a, b) in enumerate(zip(run_starts, run_ends)):
        if k % EVERY == 0:
            progress(k / len(run_starts))
        if k:
            o_prev, o_here = int(origin[a - 1]), int(origin[a])
            out.append(data[ends[o_prev]:starts[o_here]] if o_prev >= 0 and o_here == o_prev + 1 else default_sep)
        o = int(origin[a])
        if simple[a]:
            out.append(data[starts[o]:ends[int(origin[b])]])
            continue
        event = table.event(a)
        if o >= 0:
            out.append(_spliced_event(data[starts[o]:ends[o]].decode("utf-8"), edits.base.table.event(o), event))
        else:
            if style is None:
                style = _event_style(data, spans, prefix)
            out.append(style.dump(_event_json(event)).encode("utf-8"))
    out += [suffix, b"]"]
    return out


def _event_json(event: Event) -> dict:
    return event.model_dump(mode="json", exclude_defaults=True)


def _spliced_event(text: str, old: Event, new: Event) -> bytes:
    """The original text of `old` with the members that differ in `new` rewritten."""
    return _spliced_record(text, old, new, _event_json(new)).encode("utf-8")


def _spliced_record(text: str, old: BaseModel, new: BaseModel, fresh: dict) -> str:
    """The JSON object `text`, which holds `old`, changed to hold `new` (`fresh` is new's JSON):
    only members whose values differ are rewritten, and inside a changed record or list of
    records only the records that differ, so unknown keys and number texts elsewhere stay."""
    members, _ = scan_object(text, 0)
    at = {m.key: m for m in members}
    order = list(type(new).model_fields)
    changes = {}
    for name in order:
        a, b = getattr(old, name), getattr(new, name)
        if a == b:
            continue
        value, m = fresh.get(name, _GONE), at.get(name)
        if m is not None and value is not _GONE:
            inner = text[m.value_start:m.value_end]
            if isinstance(a, BaseModel) and isinstance(b, BaseModel) and inner.startswith("{"):
                value = Raw(_spliced_record(inner, a, b, value))
            elif _same_length_records(a, b) and inner.startswith("["):
                value = _spliced_list(inner, a, b, value)
        changes[name] = value
    return splice_object(text, 0, changes, order, _GONE)


def _same_length_records(a: object, b: object) -> bool:
    return (isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b)
            and all(isinstance(x, BaseModel) for x in (*a, *b)))


def _spliced_list(text: str, old: tuple, new: tuple, fresh: list):
    """The JSON array `text` of records `old`, each differing record spliced to its `new` one
    (the fresh JSON when the text does not hold one object per record)."""
    elements, _ = scan_array(text, 0)
    if len(elements) != len(old) or any(text[s] != "{" for s, _ in elements):
        return fresh
    pieces, last = [], 0
    for (s, e), a, b, js in zip(elements, old, new, fresh):
        if a != b:
            pieces += [text[last:s], _spliced_record(text[s:e], a, b, js)]
            last = e
    pieces.append(text[last:])
    return Raw("".join(pieces))


_GONE = object()


def _event_style(data: bytes, spans: ArraySpans, prefix: bytes) -> Style:
    """How a new event is written: like the file's first event (inside the array's indent)."""
    sep = ("," + prefix.decode("utf-8")) if b"\n" in prefix else ","
    indent = sep[sep.rindex("\n") + 1:] if "\n" in sep else None
    text = data[spans.starts[0]:spans.ends[0]].decode("utf-8")
    members, end = scan_object(text, 0)
    inner = object_style(text, 0, members, end)
    # The event itself stands at the array's indent; its members one unit further.
    return Style(inner.item_sep, inner.key_sep, indent, inner.unit)


def _empty_array_layout(data: bytes, open_at: int) -> tuple[bytes, bytes, bytes, Style]:
    """Prefix, suffix, separator and event style for events put into an empty array: one
    level deeper than the line the array is on, or all on one line in a one-line file."""
    line = data.rfind(b"\n", 0, open_at) + 1
    if not line:
        sep = b", " if b", " in data[:open_at] else b","
        key_sep = ": " if b'": ' in data[:open_at] else ":"
        return b"", b"", sep, Style(sep.decode(), key_sep, None, "")
    outer = data[line:open_at][:len(data[line:open_at]) - len(data[line:open_at].lstrip(b" \t"))].decode()
    unit = outer or "  "
    inner = outer + unit
    style = Style(",\n" + inner + unit, ": ", inner, unit)
    return ("\n" + inner).encode(), ("\n" + outer).encode(), (",\n" + inner).encode(), style


def _head_only(data: bytes, timeline: Timeline, edits: EventEdits, spans: ArraySpans | None,
               events: list[bytes] | None) -> bytes:
    """The top level: changed head fields rewritten, the events array put in its place."""
    changed = [name for name in _HEAD_FIELDS if getattr(edits.base, name) != getattr(timeline, name)]
    if events is None:
        changed.append("events")
    if not changed:
        return b"".join([data[:spans.open], *events, data[spans.close + 1:]])
    if spans is not None:
        text = data[:spans.open].decode("utf-8") + _HOLE + data[spans.close + 1:].decode("utf-8")
    else:
        text = data.decode("utf-8")
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    members, end = scan_object(text, start, _HOLE)
    top = object_style(text, start, members, end)
    by_key = {m.key: m for m in members}
    fresh = json.loads(timeline_json(timeline.model_copy(update={"events": ()}) if "events" not in changed
                                     else timeline))
    changes = {}
    for name in changed:
        value = fresh.get(name, _GONE)
        m = by_key.get(name)
        if m is not None and value is not _GONE and isinstance(value, list) and name != "events":
            value = Raw(_records_text(text, m, top, getattr(edits.base, name), getattr(timeline, name), value))
        changes[name] = value
    text = splice_object(text, start, changes, ["format", "version", *Timeline.model_fields], _GONE, _HOLE)
    if events is None:
        return text.encode("utf-8")
    head, tail = text.split(_HOLE)
    return b"".join([head.encode("utf-8"), *events, tail.encode("utf-8")])


def _records_text(text: str, member, parent: Style, old_items: tuple, new_items: tuple, new_json: list) -> str:
    """A top-level array of records (categories, eras, sources) with unchanged records' text kept."""
    elements, end = scan_array(text, member.value_start)
    kept = {}
    if len(elements) == len(old_items):
        kept = {item.id: (item, text[a:b]) for item, (a, b) in zip(old_items, elements)}
    if elements:
        style = Style.of(text, member.value_start, elements, end)
        prefix, suffix = text[member.value_start + 1:elements[0][0]], text[elements[-1][1]:end - 1]
    elif parent.indent is not None:
        inner = parent.indent + parent.unit
        style = Style(",\n" + inner, parent.key_sep, inner, parent.unit)
        prefix, suffix = "\n" + inner, "\n" + parent.indent
    else:
        style, prefix, suffix = parent, "", ""
    pieces = []
    for item, data in zip(new_items, new_json):
        old = kept.get(item.id)
        pieces.append(old[1] if old is not None and old[0] == item else style.dump(data))
    if not pieces:
        return "[]"
    return "[" + prefix + style.item_sep.join(pieces) + suffix + "]"
