"""The id -> file position index of a big table, built without one long interpreter-lock hold.

A dict doubles its table in one C step each time it fills: at a million ids the last steps
rehash 350,000 and 700,000 entries (25-60 ms each on a quiet machine, twice that under load),
and a window waiting for the lock while a loading thread builds the index stalls that long.
No dict can be given its final size in advance from Python without one C call that also puts
every id in. So a big index is a few dicts over consecutive runs of file positions, each at
most PART_IDS long, whose last growth step rehashes at most 174,762 entries. Building it
costs what one dict costs (the same updates, into different dicts); a lookup tries the parts
in turn (at most three at a million). (Parts chosen by each id's hash, tried before, cost
10-20% more load time to route every id.)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import chain

import numpy as np

from timeline_app.model.cancel import checkpoint

# The most entries a dict holds before it grows from 2**19 slots: its growth before that, at
# 174,762 entries, is the longest C step a part ever takes.
PART_IDS = 349_525
_PIECE = 10_000  # ids per update: the lock is let go between them


def id_index(ids: Sequence[str]) -> Mapping[str, int]:
    """id -> file position (one of them, when an id repeats: a file in error), built a piece
    at a time: one dict for up to PART_IDS ids, else a PartedIndex."""
    n = len(ids)
    parts = []
    hashes = np.empty(n if n > PART_IDS else 0, dtype=np.int64)  # (for _repeats_across)
    for p in range(0, max(n, 1), PART_IDS):
        part: dict[str, int] = {}
        for a in range(p, min(p + PART_IDS, n), _PIECE):
            checkpoint()
            piece = _listed(ids[a:min(a + _PIECE, p + PART_IDS, n)])
            part.update(zip(piece, range(a, a + len(piece))))
            if len(hashes):
                hashes[a:a + len(piece)] = np.fromiter(map(hash, piece), dtype=np.int64, count=len(piece))
        parts.append(part)
    if len(parts) == 1:
        return parts[0]
    return PartedIndex(parts, ids, _repeats_across(parts, ids, hashes))


def _listed(piece):
    return piece.tolist() if isinstance(piece, np.ndarray) else piece  # (a list iterates faster)


def _repeats_across(parts: list[dict[str, int]], ids: Sequence[str], hashes: np.ndarray) -> int:
    """How many ids are also in an earlier part (the file is then in error). Looking each id
    up in the earlier parts costs more than the index; ids whose hashes all differ are all
    different, which a sort of the hashes (with the interpreter lock let go) shows."""
    hashes = np.sort(hashes)
    if not (hashes[1:] == hashes[:-1]).any():
        return 0
    repeats, n = 0, len(ids)
    for k in range(1, len(parts)):
        end = min((k + 1) * PART_IDS, n)
        for a in range(k * PART_IDS, end, _PIECE):
            checkpoint()
            piece = _listed(ids[a:min(a + _PIECE, end)])
            repeats += sum(sum(map(earlier.__contains__, piece)) for earlier in parts[:k])
    return repeats


class PartedIndex(Mapping):
    """id -> position held as dicts over consecutive runs of positions (see the module's note)."""

    __slots__ = ("_ids", "_len", "_parts")

    def __init__(self, parts: list[dict[str, int]], ids: Sequence[str], repeats: int):
        self._parts = parts
        self._ids = ids
        self._len = sum(map(len, parts)) - repeats

    def get(self, key, default=None):
        for part in self._parts:
            i = part.get(key)
            if i is not None:
                return i
        return default

    def __getitem__(self, key: str) -> int:
        i = self.get(key)
        if i is None:
            raise KeyError(key)
        return i

    def __contains__(self, key: object) -> bool:
        return any(key in part for part in self._parts)

    def __iter__(self) -> Iterator[str]:
        if self._len == len(self._ids):
            return iter(self._ids)
        return iter(dict.fromkeys(chain.from_iterable(self._parts)))  # each repeated id once

    def __len__(self) -> int:
        return self._len
