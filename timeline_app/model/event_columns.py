"""The columns of plain events, checked with C-speed passes a piece of events at a time.

A plain event has only id, title, start, end and category, each of a valid value: most events
of a big file. They are checked here over whole columns (a Python loop over a million events
costs more than parsing them) and kept as columns (model/table.py); anything else goes to
pydantic (model/event_checks.py), so its messages stay the only wording of an error.
"""

from __future__ import annotations

import re
from typing import Any
from itertools import chain, repeat
from operator import is_not, itemgetter, sub

import numpy as np

from timeline_app.model.cancel import checkpoint
from timeline_app.model.json_text import _kept_keys
from timeline_app.model.limits import MAX_ID_CHARS, MAX_SHORT_TEXT_CHARS
from timeline_app.model.records import Event
from timeline_app.model.unknown_keys import UnknownKeys
from timeline_app.time.vector import parse_times

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
    # The text columns go straight into NumPy object arrays, which the table keeps as the pieces
    # of its TextColumns without a copy (model/text_column.py):
    # a million-item list made here would be freed in one C step once read (20-40 ms each).
    ids, titles, starts, ends = (np.empty(n, dtype=object) for _ in range(4))
    codes, oks = [], []
    keys = 0
    unknown = UnknownKeys()
    for a in range(0, n, _PIECE):
        checkpoint()
        piece = _plain_piece(events[a:a + _PIECE] if n > _PIECE else events, cat_index)
        if piece is None:
            return None
        if piece[7] is not None:
            unknown.add(piece[7][0], [a + i for i in piece[7][1]])
        b = a + len(piece[0])
        ids[a:b], titles[a:b], starts[a:b], ends[a:b] = piece[0], piece[1], piece[2], piece[3]
        codes.append(piece[4])
        oks.append(piece[5])
        keys += piece[6]
    return ids, titles, starts, ends, np.concatenate(codes), np.concatenate(oks), keys, unknown


def _all_str(col: list) -> bool:
    """Whether every item is a str: one join, which refuses anything else, costs a tenth of
    looking at each item's type (about 0.3 s over the three text columns of a million events)."""
    try:
        "".join(col)
    except TypeError:
        return False
    return True


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
        if not (_all_str(col) if allowed is _STR else allowed.issuperset(map(type, col))):
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
