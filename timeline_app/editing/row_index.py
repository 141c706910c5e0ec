"""An id -> file position index that follows inserts and removals without rebuilding.

Rebuilding the dict of a million ids after a row moves costs about a second; instead the new
table's index reads the old one's and replays the few row shifts made since (a row put in
moves the rows at and after it down one; a row taken out moves the later ones up), then
checks the answer against the table's id list. After MAX_SHIFTS shifts it is rebuilt once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

MAX_SHIFTS = 64


class ShiftedIndex(Mapping):
    """id -> row of a table made from an earlier one by a few row inserts and removals."""

    __slots__ = ("_base", "_ids", "_placed", "_shifts")

    def __init__(self, base: Mapping[str, int], shifts: tuple[tuple[int, int], ...],
                 placed: dict[str, tuple[int, int]], ids: list[str]):
        self._base = base  # the earlier table's index
        self._shifts = shifts  # (row, +1 put in | -1 taken out), oldest first
        self._placed = placed  # ids put at a row since: id -> (row, shifts made before it)
        self._ids = ids

    def _row(self, key: object) -> int | None:
        got = self._placed.get(key)  # type: ignore[call-overload]
        if got is not None:
            row, done = got
        else:
            row, done = self._base.get(key), 0  # type: ignore[call-overload]
            if row is None:
                return None
        for at, step in self._shifts[done:]:
            if step > 0:
                row += row >= at
            elif row == at:
                return None
            else:
                row -= row > at
        ids = self._ids
        return row if row < len(ids) and ids[row] == key else None

    def __getitem__(self, key: str) -> int:
        row = self._row(key)
        if row is None:
            raise KeyError(key)
        return row

    def __contains__(self, key: object) -> bool:
        return self._row(key) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def index_after(index: Mapping[str, int], ids: list[str], shift: tuple[int, int] | None = None,
                placed: tuple[str, int] | None = None) -> Mapping[str, int]:
    """The index of a table whose id list is `ids`, made from the table indexed by `index` by
    one row `shift` and/or one id `placed` at a row (an insert, or an id changed)."""
    if isinstance(index, ShiftedIndex):
        base, shifts, done = index._base, index._shifts, dict(index._placed)
    else:
        base, shifts, done = index, (), {}
    if shift is not None:
        shifts = (*shifts, shift)
    if len(shifts) > MAX_SHIFTS:
        return dict(zip(ids, range(len(ids))))
    if placed is not None:
        done[placed[0]] = (placed[1], len(shifts))
    return ShiftedIndex(base, shifts, done, ids)
