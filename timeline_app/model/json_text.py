"""A timeline file's bytes to parsed JSON: reading, decoding, the parse, duplicate keys.

Errors name their place (a line and column, a byte offset). Long C-level passes over a big
file (decoding, scanning for escapes, walking the parsed objects) go in pieces, so a thread
loading a file lets the window's thread run between them and Cancel is looked at. A big
file's text is not even joined into one str where it can be parsed from its decoded pieces
(model/json_pieces.py).

Duplicate keys are errors, found without a second parse in the usual case: the parse runs,
the key tokens in the text are counted (`KeyCheck`), and whoever reads the data counts the
keys the parser kept as it goes (the loader does, while it takes the events' columns) and
calls `KeyCheck.check(kept)`; only a text with more key tokens than that is parsed again key
by key, to find the duplicate (or that a string merely held a quote and a colon).
"""

from __future__ import annotations

import json
import re
import stat
from dataclasses import dataclass
from itertools import chain, compress, islice, repeat
from operator import is_, or_
from pathlib import Path
from typing import Any

from timeline_app.model.cancel import CancelFlag, Cancelled, checkpoint, current_flag
from timeline_app.model.json_pieces import parse_in_pieces
from timeline_app.model.limits import JSON_DEPTH_NOTE, MAX_FILE_BYTES, describe_bytes
from timeline_app.model.problems import QT_TRANSLATE_NOOP, FixedMessage, Message, Problem, TimelineError
from timeline_app.model.speed import object_hook


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
            raise TimelineError(path, [Problem("", QT_TRANSLATE_NOOP("problems", "is not a regular file"))])
        if info.st_size > MAX_FILE_BYTES:
            raise TimelineError(path, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "is {size}; the limit is {limit}"),
                                                           size=describe_bytes(info.st_size), limit=describe_bytes(MAX_FILE_BYTES)))])
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
        if len(data) > MAX_FILE_BYTES:
            raise TimelineError(path, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "is larger than the limit of {limit}"), limit=describe_bytes(MAX_FILE_BYTES)))])
        return data
    except FileNotFoundError:
        raise TimelineError(path, [Problem("", QT_TRANSLATE_NOOP("problems", "no such file"))]) from None
    except IsADirectoryError:
        raise TimelineError(path, [Problem("", QT_TRANSLATE_NOOP("problems", "is a folder, not a timeline file"))]) from None
    except PermissionError:
        raise TimelineError(path, [Problem("", QT_TRANSLATE_NOOP("problems", "permission denied: the file cannot be read"))]) from None
    except OSError as exc:
        raise TimelineError(path, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "cannot be read ({reason})"), reason=exc.strerror or exc))]) from None


def decode_text(data: bytes, source: str | Path | None) -> str:
    """UTF-8 text (a leading BOM is allowed), or a TimelineError naming the bad byte."""
    pieces = decode_pieces(data, source)
    return pieces[0] if len(pieces) == 1 else "".join(pieces)


def decode_pieces(data: bytes, source: str | Path | None) -> list[str]:
    """decode_text's text in pieces of about _SCAN_BYTES (one for a small file), not joined."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"):
        raise TimelineError(source, [Problem("", QT_TRANSLATE_NOOP("problems", "is UTF-16 or UTF-32 text; save it as UTF-8"))])
    if len(data) >= 2 and (data[0] == 0) != (data[1] == 0) and 0x20 <= max(data[0], data[1]) < 0x7f:
        # Text with a zero byte beside each ASCII letter is UTF-16 without its byte-order mark.
        raise TimelineError(source, [Problem("", QT_TRANSLATE_NOOP("problems", "looks like UTF-16 text (a zero byte beside each letter); "
                                                               "save it as UTF-8"))])
    try:
        if len(data) <= _SCAN_BYTES:
            return [data.decode("utf-8-sig")]
        return list(_decode_in_pieces(data))
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TimelineError(
            source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "is not UTF-8 text (bad byte at offset {offset})"), offset=exc.start), line=line)]
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


def _int_limit_message(exc: ValueError) -> Message | str:
    m = _INT_LIMIT.match(str(exc))
    return Message(QT_TRANSLATE_NOOP("problems", "a number with {digits:,} digits is too large"), digits=int(m.group(1))) \
        if m else str(exc)


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
    """Parse JSON bytes; a syntax error becomes a Problem with line and column, and a
    duplicate key is an error (see the module's note)."""
    raw, keys = parse_json_unchecked(data, source)
    keys.check(_kept_keys(raw))
    return raw


def parse_json_unchecked(data: bytes, source: str | Path | None) -> tuple[Any, KeyCheck]:
    """parse_json without its duplicate-key check: the data, and the KeyCheck a reader calls
    once it has counted the keys it read more cheaply than a walk of every object."""
    pieces = decode_pieces(data, source)
    # A big file is parsed from its pieces where it can (model/json_pieces.py: no 90 MB join).
    raw = parse_in_pieces(pieces, lambda text: _loads(text, source, None, surrogates=False))
    if raw is None:
        text = pieces[0] if len(pieces) == 1 else "".join(pieces)
        del pieces
        if not text or text.isspace():  # (not text.strip(): that copies a file ending in a newline)
            raise TimelineError(source, [Problem("", QT_TRANSLATE_NOOP("problems", "the file is empty"))])
        raw = _loads(text, source, None)
    return raw, KeyCheck(data, _key_tokens(data), source)


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


def _loads(text: str, source: str | Path | None, pairs_hook, surrogates: bool = True) -> Any:
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
            source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "JSON syntax error: {error}"), error=exc.msg), line=exc.lineno, column=exc.colno)]
        ) from None
    except RecursionError:
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "JSON nested {note}"), note=FixedMessage(JSON_DEPTH_NOTE)))]) \
            from None
    except ValueError as exc:
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "JSON error: {error}"), error=_int_limit_message(exc)))]) from None
    if surrogates:  # (False: the caller looked for surrogate escapes in the whole text)
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
                    raise TimelineError(source, [Problem(path, Message(QT_TRANSLATE_NOOP("problems", "the key {key} {problem}"), key=shown(key),
                                                                       problem=_surrogate_message(bad.group(0))))])
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


def _surrogate_message(char: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("problems", "holds {escape}, half of a UTF-16 surrogate pair without its other "
                                     "half, which is no character; write the character itself"),
                   escape=f"\\u{ord(char):04x}")


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


@dataclass(frozen=True)
class KeyCheck:
    """JSON text whose duplicate keys are still to be looked for: its bytes and key tokens."""

    data: bytes
    tokens: int
    source: str | Path | None = None

    def check(self, kept: int) -> None:
        """Raise the duplicate-key error when the text has more key tokens than the `kept`
        keys of the parsed data (else the key tokens were all kept: no duplicates)."""
        if self.tokens > kept:
            _find_duplicate_keys(self.data, self.source)
