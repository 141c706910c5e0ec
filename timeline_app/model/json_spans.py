"""Where things are in JSON text, and how to change one value without touching the rest.

    events_array(data) -> ArraySpans | None   byte spans of each element of the top-level
                                              "events" array, found by a NumPy scan (no parse)
    scan_object(text, i) -> (members, end)    the key/value spans of the object at text[i]
    scan_array(text, i) -> (elements, end)    the element spans of the array at text[i]
    Style.of(text, start, members, end)       how an object is laid out (indent, separators)
    splice_object(text, start, changes, order) the object with some values replaced, removed
                                              or added, every other character kept
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from json.decoder import scanstring
from typing import Any

import numpy as np

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# Byte classes for the scan: 1 quote, 2 backslash, 3 opening bracket, 4 closing bracket.
_CLASSES = bytes(1 if b == 0x22 else 2 if b == 0x5C else 3 if b in b"{[" else 4 if b in b"}]" else 0
                 for b in range(256))
_PIECE = 1 << 20  # bytes per scan step: keeps the position arrays small (and in cache)


@dataclass(frozen=True)
class ArraySpans:
    """The top-level "events" array: its brackets and each element's [start, end) in bytes."""

    open: int
    close: int
    starts: np.ndarray
    ends: np.ndarray


def _structure(data: bytes, progress: Callable[[float], None] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Positions of the brackets outside strings, and +1 / -1 for opening / closing ones;
    `progress(fraction)` is called before each piece (a save's progress bar and cancel)."""
    positions, kinds = [], []
    inside = 0  # quotes seen so far, mod 2
    a, n = 0, len(data)
    while a < n:
        if progress is not None:
            progress(a / n)
        b = min(a + _PIECE, n)
        while b < n and data[b - 1] == 0x5C:  # never split a run of backslashes from what it escapes
            b += 1
        cls = np.frombuffer(data[a:b].translate(_CLASSES), dtype=np.uint8)
        pos = np.flatnonzero(cls)
        kind = cls[pos]
        slashes = kind == 2
        if slashes.any():
            pos, kind = _drop_escaped(pos, kind, slashes)
        quote = kind == 1
        count = np.cumsum(quote) + inside
        outside = ~quote & (count % 2 == 0)
        positions.append(pos[outside] + a)
        kinds.append(np.where(kind[outside] == 3, 1, -1).astype(np.int8))
        inside = int(count[-1] % 2) if len(count) else inside
        a = b
    if not positions:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int8)
    return np.concatenate(positions), np.concatenate(kinds)


def _drop_escaped(pos: np.ndarray, kind: np.ndarray, slashes: np.ndarray):
    """Remove the backslashes, and the quotes an odd run of backslashes escapes."""
    bs = pos[slashes]
    run_start = np.where(np.r_[True, bs[1:] != bs[:-1] + 1], bs, 0)
    run_start = np.maximum.accumulate(run_start)
    quotes = np.flatnonzero(kind == 1)
    qpos = pos[quotes]
    k = np.searchsorted(bs, qpos - 1)
    k_ok = k < len(bs)
    after_slash = np.zeros(len(qpos), dtype=bool)
    after_slash[k_ok] = bs[k[k_ok]] == qpos[k_ok] - 1
    escaped = np.zeros(len(qpos), dtype=bool)
    escaped[after_slash] = (qpos[after_slash] - run_start[k[after_slash]]) % 2 == 1
    keep = ~slashes
    keep[quotes[escaped]] = False
    return pos[keep], kind[keep]


def events_array(data: bytes, progress: Callable[[float], None] | None = None) -> ArraySpans | None:
    """The top-level "events" array of JSON text (None when there is none)."""
    pos, kind = _structure(data, progress)
    if not len(pos):
        return None
    depth = np.cumsum(kind, dtype=np.int64)  # depth after each bracket
    for i in np.flatnonzero((depth == 2) & (kind == 1)).tolist():
        p = int(pos[i])
        if data[p] != 0x5B or _key_before(data, p) != "events":
            continue
        after = np.flatnonzero(depth[i + 1:] == 1)
        j = i + 1 + int(after[0])
        inner = slice(i + 1, j)
        d, k, at = depth[inner], kind[inner], pos[inner]
        starts = at[(d == 3) & (k == 1)]
        ends = at[(d == 2) & (k == -1)] + 1
        return ArraySpans(p, int(pos[j]), starts, ends)
    return None


def _key_before(data: bytes, p: int) -> str | None:
    """The key whose value starts at byte p (a top-level key: short and plain)."""
    i = p - 1
    while i >= 0 and data[i] in b" \t\r\n":
        i -= 1
    if i < 0 or data[i] != 0x3A:
        return None
    i -= 1
    while i >= 0 and data[i] in b" \t\r\n":
        i -= 1
    j = data.rfind(b'"', 0, i)
    try:
        return json.loads(data[j:i + 1])
    except ValueError:
        return None


@dataclass(frozen=True)
class Member:
    key: str
    start: int  # of the key's opening quote
    value_start: int
    value_end: int


def _skip(text: str, i: int) -> int:
    return _WS.match(text, i).end()


def scan_object(text: str, i: int, opaque: str | None = None) -> tuple[list[Member], int]:
    """The members of the object starting at text[i] and the index after it. A value that
    starts with `opaque` is taken as exactly that text (a stand-in for a value cut out)."""
    members: list[Member] = []
    i = _skip(text, i + 1)
    if text[i] == "}":
        return members, i + 1
    while True:
        key, j = scanstring(text, i + 1)
        j = _skip(text, _skip(text, j) + 1)
        if opaque is not None and text.startswith(opaque, j):
            end = j + len(opaque)
        else:
            end = _DECODER.raw_decode(text, j)[1]
        members.append(Member(key, i, j, end))
        i = _skip(text, end)
        if text[i] == "}":
            return members, i + 1
        i = _skip(text, i + 1)  # past the comma


def scan_array(text: str, i: int) -> tuple[list[tuple[int, int]], int]:
    """The [start, end) of each element of the array starting at text[i], and the index after it."""
    elements: list[tuple[int, int]] = []
    i = _skip(text, i + 1)
    if text[i] == "]":
        return elements, i + 1
    while True:
        end = _DECODER.raw_decode(text, i)[1]
        elements.append((i, end))
        i = _skip(text, end)
        if text[i] == "]":
            return elements, i + 1
        i = _skip(text, i + 1)


class Raw(str):
    """JSON text to be written as it is (Style.dump passes it through)."""


@dataclass(frozen=True)
class Style:
    """How a container is written: what separates its items, the indent of an item's line
    (None: all on one line) and one level of indentation."""

    item_sep: str  # ",\n    " or ", " or ","
    key_sep: str  # ": " or ":"
    indent: str | None
    unit: str

    @classmethod
    def of(cls, text: str, start: int, spans: list[tuple[int, int]], end: int, key_sep: str = ": ") -> Style:
        """The style of the container text[start:end] whose items span `spans` (members from
        key start to value end, or elements)."""
        if len(spans) >= 2:
            item_sep = text[spans[0][1]:spans[1][0]]
        elif spans:
            item_sep = "," + text[start + 1:spans[0][0]]
        else:
            item_sep = ", "
        if "\n" not in item_sep:
            return cls(item_sep, key_sep, None, "")
        indent = item_sep[item_sep.rindex("\n") + 1:]
        closing = text[:end - 1]
        outer = closing[closing.rfind("\n") + 1:] if "\n" in text[spans[-1][1]:end] else ""
        unit = indent[len(outer):] if indent.startswith(outer) and len(indent) > len(outer) else "  "
        return cls(item_sep, key_sep, indent, unit)

    def dump(self, value: Any) -> str:
        """`value` as JSON text to stand at an item's place in this container."""
        if isinstance(value, Raw):
            return str(value)
        if self.indent is None:
            return json.dumps(value, ensure_ascii=False, separators=(self.item_sep, self.key_sep))
        text = json.dumps(value, ensure_ascii=False, indent=self.unit, separators=(",", self.key_sep))
        return text.replace("\n", "\n" + self.indent)


def object_style(text: str, start: int, members: list[Member], end: int) -> Style:
    """The style of the object text[start:end] with these members."""
    key_sep = text[_key_end(text, members[0].start):members[0].value_start] if members else ": "
    return Style.of(text, start, [(m.start, m.value_end) for m in members], end, key_sep)


def _key_end(text: str, i: int) -> int:
    return scanstring(text, i + 1)[1]


def splice_object(text: str, start: int, changes: dict[str, Any], order: list[str], missing: object = None,
                  opaque: str | None = None) -> str:
    """`text` with the object at text[start] changed by `changes`: key -> new value (JSON-able),
    or `missing` to remove the key. Kept members keep their text; a new key goes after the
    member before it in `order` (the format's field order), or last. (`opaque`: see scan_object.)"""
    members, end = scan_object(text, start, opaque)
    style = object_style(text, start, members, end)
    pieces: list[tuple[int, int, str]] = []  # (from, to, replacement)
    by_key = {m.key: k for k, m in enumerate(members)}
    for key, value in changes.items():
        k = by_key.get(key)
        if k is not None and value is missing:
            m = members[k]
            if k > 0:
                pieces.append((members[k - 1].value_end, m.value_end, ""))
            elif len(members) > 1:
                pieces.append((m.start, members[1].start, ""))
            else:
                pieces.append((m.start, m.value_end, ""))
        elif k is not None:
            m = members[k]
            pieces.append((m.value_start, m.value_end, style.dump(value)))
        elif value is not missing:
            new = json.dumps(key, ensure_ascii=False) + style.key_sep + style.dump(value)
            before = [by_key[o] for o in order[:order.index(key)] if o in by_key] if key in order else []
            if members:
                at = members[max(before) if before else len(members) - 1].value_end
                pieces.append((at, at, style.item_sep + new))
            else:
                pieces.append((start + 1, end - 1, new))
    out, last = [], 0
    for a, b, rep in sorted(pieces, key=lambda p: (p[0], p[1])):
        out.append(text[last:a])
        out.append(rep)
        last = b
    out.append(text[last:])
    return "".join(out)
