"""TextColumn: a table's texts (ids, titles, date texts) in pieces, so an edit copies one piece.

The table keeps a million texts per column. In one NumPy object array, an edit that makes
a new table (editing/rows.py) copies the whole column, and freeing the old table frees it
again: a reference count up and down per text, 10-20 ms each way at a million, for each
text column a change touches (a delete touches all four). In pieces of PIECE texts, a new
column shares every piece but the one changed; inserts and deletes shift only the piece
they fall in (pieces grow to 2 x PIECE before they split, and an emptied piece goes).

Reading is as before: `column[i]` (0.3 µs), `column[indices]` (a NumPy object array, as a
filter takes), iteration, len, `tolist()`. The pieces are NumPy object arrays, which the
cyclic collector never walks (model/speed.py says why that matters).

    TextColumn.of(texts)          from a sequence or object array
    column.replaced(i, text)      a new column; this one is unchanged
    column.inserted(i, text)      (i == len: appended)
    column.removed(i)
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import chain

import numpy as np

PIECE = 1 << 16


class TextColumn(Sequence):
    __slots__ = ("_pieces", "_starts")

    def __init__(self, pieces: list[np.ndarray]):
        self._pieces = [p for p in pieces if len(p)]
        starts = [0]
        for p in self._pieces:
            starts.append(starts[-1] + len(p))
        self._starts = starts  # where each piece begins; the last item is the length

    @classmethod
    def of(cls, texts: Sequence | np.ndarray) -> TextColumn:
        """A column of `texts` (str or None each). An object array is not copied: its pieces are
        views of it (a loaded million would otherwise be copied and freed again, 20-40 ms), so
        it must not be changed afterwards; anything else is copied into pieces."""
        if isinstance(texts, TextColumn):
            return texts
        if isinstance(texts, np.ndarray) and texts.dtype == object and texts.ndim == 1:
            return cls([texts[a:a + PIECE] for a in range(0, len(texts), PIECE)])
        pieces = []
        for a in range(0, len(texts), PIECE):
            piece = np.empty(min(PIECE, len(texts) - a), dtype=object)  # (np.array would look into the texts)
            piece[:] = texts[a:a + PIECE]
            pieces.append(piece)
        return cls(pieces)

    def __len__(self) -> int:
        return self._starts[-1]

    @property
    def pieces(self) -> tuple[np.ndarray, ...]:
        return tuple(self._pieces)

    def _locate(self, i: int) -> tuple[int, int]:
        """(piece, place in it) of item i, 0 <= i < len."""
        k = bisect_right(self._starts, i) - 1
        return k, i - self._starts[k]

    def __getitem__(self, i):
        if isinstance(i, (int, np.integer)):
            n = self._starts[-1]
            i = int(i)
            if i < 0:
                i += n
            if not 0 <= i < n:
                raise IndexError(i)
            k, j = self._locate(i)
            return self._pieces[k][j]
        if isinstance(i, slice):
            a, b, step = i.indices(len(self))
            return self._span(a, b) if step == 1 else self._gather(np.arange(a, b, step))
        return self._gather(np.asarray(i))

    def _span(self, a: int, b: int) -> np.ndarray:
        """Items a..b-1 as an object array (a copy), from the pieces they lie in."""
        if b <= a:
            return np.empty(0, dtype=object)
        k, j = self._locate(a)
        parts = []
        while a < b:
            piece = self._pieces[k]
            take = min(len(piece) - j, b - a)
            parts.append(piece[j:j + take])
            a, k, j = a + take, k + 1, 0
        return parts[0].copy() if len(parts) == 1 else np.concatenate(parts)

    def _gather(self, idx: np.ndarray) -> np.ndarray:
        """The texts at `idx` (indices, or a mask as long as the column) as an object array."""
        if idx.dtype == bool:
            idx = np.flatnonzero(idx)
        idx = idx.astype(np.int64, copy=False)
        idx = np.where(idx < 0, idx + len(self), idx)
        if len(self._pieces) == 1:
            return self._pieces[0][idx]
        out = np.empty(len(idx), dtype=object)
        piece = np.searchsorted(self._starts, idx, "right") - 1
        for k in np.unique(piece).tolist():
            sel = piece == k
            out[sel] = self._pieces[k][idx[sel] - self._starts[k]]
        return out

    def __iter__(self) -> Iterator:
        return chain.from_iterable(self._pieces)

    def tolist(self) -> list:
        return list(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (TextColumn, list, tuple, np.ndarray)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<TextColumn of {len(self)} in {len(self._pieces)} pieces>"

    # --- new columns, sharing the pieces an edit leaves alone ---------------------------
    def _with(self, k: int, new: list[np.ndarray]) -> TextColumn:
        return TextColumn([*self._pieces[:k], *new, *self._pieces[k + 1:]])

    def replaced(self, i: int, text) -> TextColumn:
        k, j = self._locate(i)
        piece = self._pieces[k].copy()
        piece[j] = text
        return self._with(k, [piece])

    def inserted(self, i: int, text) -> TextColumn:
        if not self._pieces:
            return TextColumn.of([text])
        if i == len(self):  # appended to the last piece
            k, j = len(self._pieces) - 1, len(self._pieces[-1])
        else:
            k, j = self._locate(i)
        old = self._pieces[k]
        piece = np.empty(len(old) + 1, dtype=object)
        piece[:j], piece[j], piece[j + 1:] = old[:j], text, old[j:]
        if len(piece) > 2 * PIECE:
            return self._with(k, [piece[:PIECE], piece[PIECE:]])
        return self._with(k, [piece])

    def removed(self, i: int) -> TextColumn:
        k, j = self._locate(i)
        old = self._pieces[k]
        piece = np.empty(len(old) - 1, dtype=object)
        piece[:j], piece[j:] = old[:j], old[j + 1:]
        return self._with(k, [piece])
