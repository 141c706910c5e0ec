"""Read a timeline JSON file: syntax, validation and cross-references, errors with places."""

from __future__ import annotations

import json
import re
import stat
import typing
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, compress, islice, repeat
from operator import is_, is_not, itemgetter, or_, sub
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel, ValidationError

from timeline_app.model.cancel import CancelFlag, Cancelled, checkpoint, current_flag
from timeline_app.model.limits import (
    JSON_DEPTH_NOTE,
    MAX_EVENTS,
    MAX_FILE_BYTES,
    MAX_ID_CHARS,
    MAX_SHORT_TEXT_CHARS,
    describe_bytes,
)
from timeline_app.model.speed import object_hook
from timeline_app.model.problems import SUMMARY_AFTER, Problem, TimelineError, json_path, summary_of
from timeline_app.model.table import EventTable, point_mask
from timeline_app.model.timeline import FORMAT_NAME, FORMAT_VERSION, Event, Timeline
from timeline_app.time import TimeParseError, parse_time
from timeline_app.time.vector import parse_times


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
        if len(data) <= _SCAN_BYTES:
            return data.decode("utf-8-sig")
        return "".join(_decode_in_pieces(data))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TimelineError(
            source, [Problem("", f"is not UTF-8 text (bad byte at offset {exc.start})", line=line)]
        ) from None


def _decode_in_pieces(data: bytes):
    """data.decode("utf-8-sig") a few MB at a time (one call for 80 MB holds the interpreter
    lock for 0.1-0.2 s; see _SCAN_BYTES); pieces end before a character's first byte."""
    n, a = len(data), 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while a < n:
        checkpoint()
        b = min(a + _SCAN_BYTES, n)
        for _ in range(3):  # a character is at most 4 bytes: step back over its continuation bytes
            if b < n and data[b] & 0xC0 == 0x80:
                b -= 1
        try:
            yield data[a:b].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError(exc.encoding, data, a + exc.start, a + exc.end, exc.reason) from None
        a = b


def shown(value: Any, limit: int = 60) -> str:
    """repr(value) cut to `limit` characters: a whole file pasted into a field must not become the message."""
    text = repr(value) if not isinstance(value, str) or len(value) <= 4 * limit else repr(value[: 4 * limit])
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _quoted(text: str) -> str:
    return f'"{text}"' if len(text) <= 60 and '"' not in text else shown(text)


# Past Python's own limit on int(text) (4,300 digits) the parser raises a message about Python
# (sys.set_int_max_str_digits); it is reworded here. (A parse_int hook doing the same cost a
# Python call per number in the file: 2.5 s for a million.)
_INT_LIMIT = re.compile(r"Exceeds the limit \(\d+ digits\) for integer string conversion: value has (\d+) digits")


def _int_limit_message(exc: ValueError) -> str:
    m = _INT_LIMIT.match(str(exc))
    return f"a number with {int(m.group(1)):,} digits is too large" if m else str(exc)


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
    """Parse JSON bytes; a syntax error becomes a Problem with line and column.

    Duplicate keys are errors. Python's parser keeps the last of them silently, and asking it
    to hand over every key pair doubles the parse time; so the plain parse runs, the keys it
    kept are counted, and only when the text holds more key tokens than that is the file
    parsed again key by key to find the duplicate (or to find that a string merely contained
    a quote and a colon).
    """
    raw, tokens = parse_json_unchecked(data, source)
    return without_duplicate_keys(raw, tokens, data, source)


def without_duplicate_keys(raw: Any, tokens: int, data: bytes, source: str | Path | None) -> Any:
    """parse_json's duplicate-key check on what parse_json_unchecked returned (no second parse
    unless the text has more key tokens than the data kept)."""
    if tokens > _kept_keys(raw):
        raw = _find_duplicate_keys(data, source)
    return raw


def parse_json_unchecked(data: bytes, source: str | Path | None) -> tuple[Any, int]:
    """parse_json without its duplicate-key check: the data and the count of key tokens in
    the text, for a caller that counts the kept keys more cheaply itself (our loader does,
    while it checks the events) and then calls _find_duplicate_keys when they differ."""
    text = decode_text(data, source)
    if not text or text.isspace():  # (not text.strip(): that copies a file ending in a newline)
        raise TimelineError(source, [Problem("", "the file is empty")])
    return _loads(text, source, None), _key_tokens(data)


def _checked_pairs(pairs_hook, hook):
    """object_pairs_hook wins over object_hook in json.loads: look at the flag in it too."""
    def checked(pairs: list) -> Any:
        return hook(pairs_hook(pairs))
    return checked


def _find_duplicate_keys(data: bytes, source: str | Path | None) -> Any:
    """Parse again key by key: raises on a duplicate key, else returns the data."""
    return _loads(decode_text(data, source), source, _object_without_duplicates)


def _watching(flag: CancelFlag):
    """An object_hook that stops the parse once the load is cancelled (else changes nothing)."""
    def hook(obj: dict) -> dict:
        if flag.up:
            raise Cancelled
        return obj
    return hook


def _loads(text: str, source: str | Path | None, pairs_hook) -> Any:
    # A load with a window waiting parses with an object hook (speed.sharing_the_lock), which
    # then also looks at the load's Cancel flag, so Cancel stops even the parse.
    hook = object_hook()
    flag = current_flag()
    if hook is not None and flag is not None:
        hook = _watching(flag)
    if pairs_hook is not None and hook is not None and flag is not None:
        pairs_hook = _checked_pairs(pairs_hook, hook)
    try:
        raw = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float,
                         object_hook=hook, object_pairs_hook=pairs_hook)
    except json.JSONDecodeError as exc:
        raise TimelineError(
            source, [Problem("", f"JSON syntax error: {exc.msg}", line=exc.lineno, column=exc.colno)]
        ) from None
    except RecursionError:
        raise TimelineError(source, [Problem("", f"JSON nested {JSON_DEPTH_NOTE}")]) \
            from None
    except ValueError as exc:
        raise TimelineError(source, [Problem("", f"JSON error: {_int_limit_message(exc)}")]) from None
    _check_surrogates(text, raw, source)
    return raw


def _check_surrogates(text: str, raw: Any, source: str | Path | None) -> None:
    """A lone surrogate escape ("\\ud800") parses to a string no file, terminal or Qt can hold;
    name where it is (looked for only when the text has such an escape)."""
    if not _has_surrogate_escape(text) or not _LONE_SURROGATE.search(text):
        return
    stack: list[tuple[Any, str]] = [(raw, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            bad = _SURROGATE.search(value)
            if bad:
                raise TimelineError(source, [Problem(path, _surrogate_message(bad.group(0)))])
        elif isinstance(value, dict):  # children pushed last first, so the first place in the file is named
            for key in value:
                bad = _SURROGATE.search(key)
                if bad:
                    raise TimelineError(source, [Problem(path, f"the key {shown(key)} {_surrogate_message(bad.group(0))}")])
            stack += ((item, f"{path}.{key}" if path else key) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack += ((value[i], f"{path}[{i}]") for i in range(len(value) - 1, -1, -1))


def _has_surrogate_escape(text: str) -> bool:
    """Whether the text holds "\\ud" or "\\uD", looked for a piece at a time (one search
    of 80 MB holds the interpreter lock for 30-100 ms; see _SCAN_BYTES)."""
    n = len(text)
    for a in range(0, n, _SCAN_BYTES):
        checkpoint()
        b = min(a + _SCAN_BYTES + 2, n)  # pieces overlap by the escape's length less one
        if text.find("\\ud", a, b) >= 0 or text.find("\\uD", a, b) >= 0:
            return True
    return False


def _surrogate_message(char: str) -> str:
    return (f"holds \\u{ord(char):04x}, half of a UTF-16 surrogate pair without its other half, "
            "which is no character; write the character itself")


_SURROGATE = re.compile("[\ud800-\udfff]")
_LONE_SURROGATE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
                             r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")


_CONTAINERS = frozenset((dict, list))
_KEY_WITH_SPACE = re.compile(rb'"[ \t\r\n]+:')
# Long C-level passes (a scan of the text, a walk of a million objects) go in pieces of this
# size: a thread loading a big file then lets the window's thread run between the pieces.
_SCAN_BYTES = 1 << 20
_WALK_ITEMS = 20_000


def _pieces(data: bytes):
    """(start, end) ranges covering data, none ending inside a quote-spaces-colon run."""
    n, a = len(data), 0
    while a < n:
        b = min(a + _SCAN_BYTES, n)
        while b < n and data[b - 1] in b'" \t\r\n':
            b += 1
        yield a, b
        a = b


_WHITESPACE_TO_SPACE = bytes.maketrans(b"\t\r\n", b"   ")


def _key_tokens(data: bytes) -> int:
    """An upper bound on the keys written in JSON text: every key is a quote then a colon,
    perhaps with whitespace between (looked for only when some quote is followed by it)."""
    count = 0
    spaced = False
    for a, b in _pieces(data):
        checkpoint()
        count += data.count(b'":', a, b + 1)  # the ones starting in [a, b)
        spaced = spaced or b'" ' in data[a:b + 1].translate(_WHITESPACE_TO_SPACE)
    if spaced:
        count += sum(len(_KEY_WITH_SPACE.findall(data, a, b)) for a, b in _pieces(data))
    return count


def _children(dicts: list[dict], lists: list[list]):
    return chain(chain.from_iterable(map(dict.values, dicts)), chain.from_iterable(lists))


def _kept_keys(value: Any) -> int:
    """Keys in every object of parsed JSON, level by level with C-speed iterators only
    (a Python loop over a million events' values would cost more than the parse)."""
    total = 0
    level = [value]
    while level:
        below: list = []
        for a in range(0, len(level), _WALK_ITEMS):
            checkpoint()
            part = level[a:a + _WALK_ITEMS] if len(level) > _WALK_ITEMS else level
            types = list(map(type, part))
            dicts = list(compress(part, map(is_, types, repeat(dict))))
            total += sum(map(len, dicts))
            lists = list(compress(part, map(is_, types, repeat(list))))
            children = _children(dicts, lists)
            while kids := list(islice(children, _WALK_ITEMS * 4)):
                if not _CONTAINERS.intersection(map(type, kids)):
                    continue  # the usual case at the events level: only strings and numbers below
                kinds = list(map(type, kids))
                below += compress(kids, map(or_, map(is_, kinds, repeat(dict)), map(is_, kinds, repeat(list))))
        level = below
    return total


def parse_timeline(data: bytes, source: str | Path | None = None, progress: Progress | None = None) -> Loaded:
    """Bytes of a timeline-app JSON file to a checked Timeline."""
    raw, tokens = parse_json_unchecked(data, source)
    try:
        if progress is not None:
            progress(0.0)
        return timeline_from_data(raw, source, progress, KeyCheck(data, tokens))
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


@dataclass(frozen=True)
class KeyCheck:
    """JSON text whose duplicate keys are still to be looked for: its bytes and key tokens."""

    data: bytes
    tokens: int


Progress = Callable[[float], None]  # called with 0..1 now and then; may raise to cancel


def timeline_from_data(raw: Any, source: str | Path | None = None, progress: Progress | None = None,
                       keys: KeyCheck | None = None) -> Loaded:
    """Validate already-parsed JSON data as a timeline.

    With `keys`, the JSON text's duplicate keys are looked for here (see parse_json_unchecked):
    the keys of plain events are counted as their columns are taken, which costs far less
    than a walk of every object."""
    if keys is not None and not isinstance(raw, dict):
        if keys.tokens > _kept_keys(raw):
            _find_duplicate_keys(keys.data, source)
        keys = None
    if not isinstance(raw, dict):
        raise TimelineError(source, [Problem("", "the top level must be a JSON object {...}")])
    head = {k: v for k, v in raw.items() if k != "events"}
    kept_head = _kept_keys(head) + ("events" in raw)
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
    if keys is not None and not isinstance(events, list):
        if keys.tokens > kept_head + _kept_keys(events):
            _find_duplicate_keys(keys.data, source)
        keys = None
    try:
        meta = Timeline.model_validate(head)
    except ValidationError as exc:
        if keys is not None and keys.tokens > kept_head + _kept_keys(events):
            _find_duplicate_keys(keys.data, source)
        problems = [_problem_from_pydantic(e) for e in exc.errors()]
        if isinstance(events, list):
            problems += _rich_event_problems(events)
        raise TimelineError(source, problems) from None
    if events is None:
        events = []
    elif not isinstance(events, list):
        try:
            Timeline.model_validate(raw)
        except ValidationError as exc:
            raise TimelineError(source, [_problem_from_pydantic(e) for e in exc.errors()]) from None
        events = []
    errors = check_references(meta)
    table, event_errors, rich_raw, kept_events, fast_unknown = _event_table(events, meta, progress)
    if keys is not None and keys.tokens > kept_head + kept_events:
        _find_duplicate_keys(keys.data, source)
    errors += event_errors
    if errors:
        raise TimelineError(source, errors)
    warnings += unknown_keys(Timeline, head, "")
    warnings += _event_key_warnings(events, rich_raw, fast_unknown)
    loaded = Loaded(meta.with_table(table), warnings)
    return loaded


def _rich_event_problems(events: list) -> list[Problem]:
    out: list[Problem] = []
    for i, item in enumerate(events):
        try:
            Event.model_validate(item)
        except ValidationError as exc:
            out += [_problem_from_pydantic(e, ("events", i)) for e in exc.errors()]
    return out


class _UnknownKeys:
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


def _event_key_warnings(events: list, rich_raw: list[tuple[int, dict]], fast: _UnknownKeys) -> list[Problem]:
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


# Keys of a plain event: checked here, kept as columns. Anything more goes through pydantic.
_PLAIN_KEYS = frozenset(("id", "title", "start", "end", "category"))
_EVENT_KEYS = frozenset(Event.model_fields)  # (no field has an alias: see _child_models)
_STR = frozenset((str,))
_STR_OR_NONE = frozenset((str, type(None)))
_SPACE = re.compile(r"\s")


def _is_plain(item: Any, cat_index: dict[str, int]) -> bool:
    """One event checked by hand: an object with only plain keys, each of a valid value."""
    if type(item) is not dict or not item.keys() <= _PLAIN_KEYS:
        return False
    eid, title, start = item.get("id"), item.get("title"), item.get("start")
    end, cat = item.get("end"), item.get("category")
    return (type(eid) is str and type(title) is str and type(start) is str
            and 0 < len(eid) <= MAX_ID_CHARS and 0 < len(title) <= MAX_SHORT_TEXT_CHARS
            and not eid[0].isspace() and not eid[-1].isspace() and "\n" not in eid
            and (end is None or type(end) is str)
            and (cat is None or (type(cat) is str and cat in cat_index)))


# Events per piece of the column checks: a C-level pass over one piece holds the interpreter
# lock for a few ms (see _WALK_ITEMS), a pass over a million for 50-300 ms.
_PIECE = 10_000


def _plain_columns(events: list, cat_index: dict[str, int]):
    """The plain-event checks of _is_plain over whole columns with C-speed iterators (a
    Python loop over a million events costs more than parsing them), a piece of events at
    a time: one C-level pass over a million events holds the interpreter lock for 50-300 ms,
    which the window's thread would wait for, and Cancel is looked at between pieces.
    Returns the columns, a mask of the events that passed and the count of their keys, or
    None when some event is not an object."""
    n = len(events)
    if n == 0:
        return None
    ids: list = []
    titles: list = []
    starts: list = []
    ends: list = []
    codes, oks = [], []
    keys = 0
    unknown = _UnknownKeys()
    for a in range(0, n, _PIECE):
        checkpoint()
        piece = _plain_piece(events[a:a + _PIECE] if n > _PIECE else events, cat_index)
        if piece is None:
            return None
        if piece[7] is not None:
            unknown.add(piece[7][0], [a + i for i in piece[7][1]])
        ids += piece[0]
        titles += piece[1]
        starts += piece[2]
        ends += piece[3]
        codes.append(piece[4])
        oks.append(piece[5])
        keys += piece[6]
    return ids, titles, starts, ends, np.concatenate(codes), np.concatenate(oks), keys, unknown


def _plain_piece(events: list, cat_index: dict[str, int]):
    """_plain_columns for one piece of the events."""
    n = len(events)
    ok = np.ones(n, dtype=bool)
    get = dict.get
    try:
        ids = list(map(get, events, repeat("id")))
    except TypeError:  # some event is not an object (dict.get refuses it)
        return None
    titles = list(map(get, events, repeat("title")))
    starts = list(map(get, events, repeat("start")))
    ends = list(map(get, events, repeat("end")))
    cats = list(map(get, events, repeat("category")))
    for col, allowed, blank in ((ids, _STR, ""), (titles, _STR, ""), (starts, _STR, ""), (ends, _STR_OR_NONE, None),
                                (cats, _STR_OR_NONE, None)):
        if not allowed.issuperset(map(type, col)):
            good = np.fromiter((type(v) in allowed for v in col), dtype=bool, count=n)
            ok &= good
            for i in np.flatnonzero(~good).tolist():
                col[i] = blank
    # Only plain keys: id, title and start are strings in every event that passed (a missing
    # one reads as None and failed), so the keys are all plain when the rest are end and category.
    keys = sum(map(len, events))
    # An "end": null counts here as no key: the exact test below then sees it (it is allowed).
    plain_keys = 3 * n + (n - ends.count(None)) + (n - cats.count(None))
    extras = lens = None
    if not ok.all() or keys != plain_keys:
        # Keys past the plain ones: an event stays plain when none of them is a key the
        # format defines (those need pydantic); unknown ones are only counted for a warning.
        extras = list(map(sub, map(dict.keys, events), repeat(_PLAIN_KEYS)))
        lens = np.fromiter(map(len, extras), dtype=np.int64, count=n)
        if lens.any():
            ok &= np.fromiter(map(_EVENT_KEYS.isdisjoint, extras), dtype=bool, count=n)
    for col, limit in ((ids, MAX_ID_CHARS), (titles, MAX_SHORT_TEXT_CHARS)):
        lengths = list(map(len, col))
        if not 0 < min(lengths) <= max(lengths) <= limit:
            length = np.array(lengths, dtype=np.int64)
            ok &= (length > 0) & (length <= limit)
    named = ids if ok.all() else [v or "x" for v in ids]
    firsts = "".join(map(itemgetter(0), named))
    lasts = "".join(map(itemgetter(-1), named))
    if _SPACE.search(firsts) or _SPACE.search(lasts) or "\n" in "\x00".join(named):
        ok &= ~np.fromiter((v[0].isspace() or v[-1].isspace() or "\n" in v for v in named), dtype=bool, count=n)
    codes = np.fromiter(map(cat_index.get, cats, repeat(-1)), dtype=np.int32, count=n)
    missing = codes < 0
    if missing.any():
        ok &= ~(missing & np.fromiter(map(is_not, cats, repeat(None)), dtype=bool, count=n))
    unknown = None
    if lens is not None and (ok & (lens > 0)).any():
        with_extra = np.flatnonzero(ok & (lens > 0))
        names = list(chain.from_iterable(map(extras.__getitem__, with_extra.tolist())))
        where = np.repeat(with_extra, lens[with_extra]).tolist()
        # Keys inside the ignored values (objects, arrays) count in the duplicate-key check.
        keys += _kept_keys(list(map(dict.__getitem__, map(events.__getitem__, where), names)))
        unknown = (names, where)
    return ids, titles, starts, ends, codes, ok, keys, unknown


def _event_table(events: list, meta: Timeline, progress: Progress | None
                 ) -> tuple[EventTable, list[Problem], list[tuple[int, dict]], int]:
    """Check every event and build the table: plain events by hand, the rest by pydantic.

    The hand checks accept only what pydantic would accept; anything they are unsure of
    (a wrong type, a length out of bounds, an unknown category) goes to pydantic, so its
    messages stay the only wording of an error.
    """
    n = len(events)
    cat_index = {c.id: k for k, c in enumerate(meta.categories)}
    rich: dict[int, Event] = {}
    rich_raw: list[tuple[int, dict]] = []
    problems: list[tuple[int, Problem]] = []
    if progress is not None:
        progress(0.0)
    cols = _plain_columns(events, cat_index)
    if cols is not None:
        ids, titles, start_text, end_text, category, ok, own_keys, fast_unknown = cols
        others = np.flatnonzero(~ok).tolist()
        # Keys kept by the parser: plain events hold no objects, so their own keys are all.
        kept_keys = own_keys + sum(_kept_keys(events[i]) - len(events[i]) for i in others)
    else:  # not every event is an object: look at each
        kept_keys = _kept_keys(events)
        fast_unknown = _UnknownKeys()
        ids, titles = [""] * n, [""] * n
        start_text, end_text = [None] * n, [None] * n
        category = np.full(n, -1, dtype=np.int32)
        others = range(n)
    for k, i in enumerate(others):
        if k % 1000 == 0:
            checkpoint()
        item = events[i]
        start_text[i] = end_text[i] = None
        if cols is None and _is_plain(item, cat_index):
            ids[i], titles[i], start_text[i], end_text[i] = item["id"], item["title"], item["start"], item.get("end")
            cat = item.get("category")
            category[i] = cat_index[cat] if cat is not None else -1
            continue
        try:
            ev = Event.model_validate(item)
        except ValidationError as exc:
            problems += [(i, _problem_from_pydantic(e, ("events", i))) for e in exc.errors()]
            continue
        rich[i] = ev
        rich_raw.append((i, item))
        ids[i] = ev.id
        titles[i] = ev.title
        category[i] = cat_index.get(ev.category, -1) if ev.category is not None else -1
    if progress is not None:
        progress(0.6)
    # Dates of the plain events (file positions `pos`), ends where they have one (`end_pos`).
    if rich or problems:
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
    start_ms = np.zeros(n)
    end_ms = np.zeros(n)
    rank = np.zeros(n, dtype=np.int8)
    same = np.ones(n, dtype=bool)
    has_end = np.zeros(n, dtype=bool)
    start_ms[pos], end_ms[pos], rank[pos] = s_ms, s_end, s_rank
    end_ms[end_pos] = e_end
    has_end[end_pos] = True
    same[end_pos] = (e_ms == s_ms[with_end]) & (e_rank == s_rank[with_end]) & (e_off == s_off[with_end])
    for k, v in s_slow.items():
        if isinstance(v, str):
            problems.append((int(pos[k]), Problem(f"events[{int(pos[k])}].start", v)))
    slow_ends = {int(end_pos[k]): v for k, v in e_slow.items()}
    for i, v in slow_ends.items():
        if isinstance(v, str):
            problems.append((i, Problem(f"events[{i}].end", v)))
    # Texts with expanded years (or odd offsets) took the slow path: compare them as values.
    for i in {int(pos[k]) for k in s_slow} | set(slow_ends):
        if has_end[i] and not isinstance(slow_ends.get(i), str):
            try:
                same[i] = parse_time(start_text[i]) == parse_time(end_text[i])
            except TimeParseError:
                same[i] = False
    bad_order = np.flatnonzero(has_end & (end_ms <= start_ms))
    for i in bad_order.tolist():
        if not any(j == i for j, _ in problems):
            s_v, e_v = parse_time(start_text[i]), parse_time(end_text[i])
            problems.append((i, Problem(f"events[{i}].end", f'"{e_v.to_iso()}" is before the start "{s_v.to_iso()}"')))
    for i, ev in rich.items():
        start_ms[i] = ev.start_ms
        end_ms[i] = ev.end_ms
        rank[i] = ev.start.precision.rank
        has_end[i] = ev.end is not None
    point = point_mask(rank, same)
    for i, ev in rich.items():
        point[i] = ev.is_point
    imprecise = ~point & ~has_end
    index_of = _id_index(ids)
    if len(index_of) != n and not problems:
        seen: set[str] = set()
        for i, eid in enumerate(ids):
            if eid in seen:
                problems.append((i, Problem(f"events[{i}].id", f'"{eid}" is used twice')))
            seen.add(eid)
    if rich and not problems:
        source_ids = {s.id for s in meta.sources}
        for i, ev in rich.items():
            problems += [(i, p) for p in _event_reference_problems(i, ev, cat_index, index_of, source_ids)]
    problems.sort(key=lambda item: item[0])
    table = EventTable(ids=ids, titles=titles, start_ms=start_ms, end_ms=end_ms, point=point,
                       imprecise=imprecise, category=category, categories=meta.categories,
                       start_text=start_text, end_text=end_text, rich=rich, index_of=index_of)
    if progress is not None:
        progress(1.0)
    return table, [p for _, p in problems], rich_raw, kept_keys, fast_unknown


def _id_index(ids: list[str]) -> dict[str, int]:
    """id -> file position, built a piece at a time (see _PIECE). One dict still rehashes all
    its ids in one step as it grows past 350,000 and 700,000 (30-60 ms each): a PartedIndex
    (several dicts chosen by hash; branch gaps, commit 616b78f) removed those steps but cost
    10-20% more load time at a million events, so it is not used."""
    n = len(ids)
    index_of: dict[str, int] = {}
    for a in range(0, n, _PIECE):
        index_of.update(zip(ids[a:a + _PIECE], range(a, min(a + _PIECE, n))))
    return index_of


def _gather(items: list, positions: np.ndarray) -> list:
    """[items[i] for i in positions], a piece at a time (see _PIECE)."""
    out: list = []
    for a in range(0, len(positions), _PIECE):
        out += map(items.__getitem__, positions[a:a + _PIECE].tolist())
    return out


def _parse_times_in_pieces(texts: list[str]):
    """parse_times a piece at a time (it turns texts into one NumPy array, a long hold of the
    interpreter lock at a million), looking at Cancel between pieces."""
    n = len(texts)
    if n <= _PIECE:
        checkpoint()
        return parse_times(texts)
    parts = []
    for a in range(0, n, _PIECE):
        checkpoint()
        parts.append(parse_times(texts[a:a + _PIECE]))
    slow: dict = {}
    for a, part in zip(range(0, n, _PIECE), parts):
        slow.update((a + k, v) for k, v in part[4].items())
    return (*(np.concatenate([part[j] for part in parts]) for j in range(4)), slow)


def _event_reference_problems(i: int, ev: Event, category_ids, event_ids, source_ids) -> list[Problem]:
    """What a schema cannot see about one event: its end, category, related ids and citations."""
    problems: list[Problem] = []
    here = f"events[{i}]"

    def cite(ids: tuple[str, ...], where: str) -> None:
        for k, sid in enumerate(ids):
            if sid not in source_ids:
                problems.append(Problem(f"{where}.sources[{k}]", f'"{sid}" is not the id of a source'))

    if ev.end is not None and ev.end.end_ms <= ev.start.ms:
        problems.append(Problem(f"{here}.end", f'"{ev.end.to_iso()}" is before the start "{ev.start.to_iso()}"'))
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


def _problem_from_pydantic(err: dict, prefix: tuple = ()) -> Problem:
    path = json_path(prefix + tuple(err["loc"]))
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
    for i, era in enumerate(t.eras):
        if era.end.end_ms <= era.start.ms:
            problems.append(Problem(f"eras[{i}].end", f'"{era.end.to_iso()}" is before the start'))
    for i, ev in enumerate(t.events):
        problems += _event_reference_problems(i, ev, category_ids, event_ids, source_ids)
    return problems


def _unique_ids(items, where: str, problems: list[Problem]) -> set[str]:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            problems.append(Problem(f"{where}[{i}].id", f'"{item.id}" is used twice'))
        seen.add(item.id)
    return seen


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
    extra = f' (did you mean "{hint}"?)' if hint else ""
    return Problem(f"{path}.{name}" if path else name, f"unknown key, ignored{extra}")


def _closest(key: str, known: dict) -> str | None:
    return _closest_name(str(key), tuple(known))


@lru_cache(maxsize=1024)  # one unknown key on a million events is looked up once, not a million times
def _closest_name(key: str, names: tuple[str, ...]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, names, n=1, cutoff=0.75)
    return match[0] if match else None
