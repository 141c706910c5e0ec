"""A big JSON object with an "events" array, parsed from its decoded pieces without joining them.

json.loads needs the whole text as one str: for a 90 MB file that is one allocation and copy
of 90 MB, a single C step of 60-120 ms holding the interpreter lock (most of it the fresh
pages being faulted in), which a window waiting for the lock feels. Here the text stays in
the pieces it was decoded in (model/json_text.py), and the events array is parsed a batch of
events at a time, each batch cut where one event object ends and the next begins.

A cut is only ever trusted when the batch parses: a batch starts where an event starts, so if
"[" + batch + "]" is valid JSON, its last "}" closed an event (a cut inside a string leaves it
unterminated; one inside an event leaves the event open), and the values are what one parse
of the whole text gives. Anything else (no top-level "events" array in the first piece, a
batch that will not parse, text after the array that is not the rest of the object, a
surrogate escape) returns None, and the caller parses the joined text as before, so every
error message, with its line and column, comes from that one parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from timeline_app.model.cancel import checkpoint
from timeline_app.model.problems import TimelineError

# `"events": [` in the first piece; whether it is the top-level key is checked by parsing.
_EVENTS_KEY = re.compile(r'"events"\s*:\s*\[')
# Between two objects of an array: where a batch may end (just after the "}").
_BETWEEN_OBJECTS = re.compile(r"\}\s*,\s*\{")
_TRIES = 8  # cuts tried per batch before giving up (a "}, {" inside strings or nested arrays)
_LOOKS = 256  # "}"s looked at per batch (a text full of them is left to the one parse)
_MAX_REST = 1 << 23  # text waiting for a cut (an event bigger than this: the one parse)


def parse_in_pieces(pieces: list[str], loads: Callable[[str], Any]) -> Any | None:
    """What loads("".join(pieces)) gives for a top-level object with an "events" array, or
    None when the text is not of that shape (or not valid): then parse the joined text.
    Text with a surrogate escape is left to that one parse, so `loads` need not look for them."""
    if len(pieces) < 2 or any(_may_hold_surrogates(p) for p in pieces) or _split_escape(pieces):
        return None
    first = _EVENTS_KEY.search(pieces[0])
    if first is None:
        return None
    try:
        head = loads(pieces[0][:first.end()] + "]}")
    except TimelineError:  # the joined parse says it, with its place
        return None
    if not isinstance(head, dict) or head.get("events") != []:
        return None
    events: list = []
    rest = pieces[0][first.end():]
    for piece in pieces[1:]:
        checkpoint()
        rest += piece
        cut = _batch(rest, loads, events)
        if cut is None or cut == 0 and len(rest) > _MAX_REST:
            return None
        rest = rest[cut:]
    try:
        tail = loads('{"events":[' + rest)
    except TimelineError:
        return None
    if not isinstance(tail, dict) or not isinstance(tail["events"], list):  # ("events" again: one parse)
        return None
    events += tail.pop("events")
    head["events"] = events
    head.update(tail)  # keys after the array (a repeated key: the duplicate-key check finds it)
    return head


def _batch(text: str, loads: Callable[[str], Any], events: list) -> int | None:
    """Parse the events at the start of `text`, up to the last cut that parses, into `events`;
    the position after that cut's comma (0 when there is no cut yet: the batch waits for
    more text), or None when none of the last few cuts parses."""
    end, tries = len(text), 0
    for _ in range(_LOOKS):
        if tries == _TRIES:
            break
        end = text.rfind("}", 0, end)
        if end < 0:
            return 0 if tries == 0 else None
        between = _BETWEEN_OBJECTS.match(text, end)
        if between is None:
            continue
        tries += 1
        try:
            got = loads("[" + text[:end + 1] + "]")
        except TimelineError:
            continue
        events += got
        return text.index(",", end) + 1
    return None


def _may_hold_surrogates(piece: str) -> bool:
    return "\\ud" in piece or "\\uD" in piece


def _split_escape(pieces: list[str]) -> bool:
    """Whether a surrogate escape could straddle two pieces (then parse the joined text)."""
    return any(_may_hold_surrogates(a[-4:] + b[:4]) for a, b in zip(pieces, pieces[1:]))
