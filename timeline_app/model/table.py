"""EventTable: a timeline's events as columns, the form layout, painting and lists read.

One pydantic Event costs about a kilobyte and tens of microseconds to validate; a million of
them would not fit the memory target nor load in seconds. So the loader checks plain events
(only id, title, start, end, category) itself and keeps them as columns: NumPy arrays of
times and codes, and TextColumns (model/text_column.py) of ids, titles and date texts. Events
with anything more (parties, quotes, tags, ...) are validated by pydantic and kept whole in
`rich`. `event(i)` gives any event as a model Event, built on demand for plain ones.

Times are float64 ms: exact to the millisecond within about 285,000 years of 1970, and
within a minute or so at the Big Bang, where only years mean anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
import numpy as np

from timeline_app.model.lineage import RowEdit
from timeline_app.model.records import Category, Event
from timeline_app.model.text_column import TextColumn
from timeline_app.time import parse_time
from timeline_app.time.vector import DAY_RANK

BUILT_KEPT = 4096


class EventTable:
    """Columns in file order, plus the chronological order and an id index."""

    def __init__(self, *, ids: Sequence[str], titles: Sequence[str], start_ms: np.ndarray, end_ms: np.ndarray,
                 point: np.ndarray, imprecise: np.ndarray, category: np.ndarray,
                 categories: Sequence[Category], start_text: Sequence[str | None], end_text: Sequence[str | None],
                 rich: dict[int, Event], index_of: Mapping[str, int] | None = None,
                 order: np.ndarray | None = None, sorted_start_ms: np.ndarray | None = None):
        # TextColumns (model/text_column.py), like the texts below: pieces of NumPy object
        # arrays, which the cyclic collector never walks (a list would be walked on every full
        # pass, 0.2-0.8 s at a million, and even a tuple once, on the first collection after
        # the load; see model/speed.py), and which an edit copies one piece of, not all.
        self.ids = TextColumn.of(ids)
        self.titles = TextColumn.of(titles)
        self.start_ms = start_ms
        self.end_ms = end_ms  # exclusive
        self.point = point  # drawn as a mark at any zoom (Event.is_point)
        self.imprecise = imprecise  # month/year precision with no end: a span drawn dashed
        self.category = category  # index into `categories`, -1 for none
        self.category_ids = tuple(c.id for c in categories)
        # Plain events' texts, to build their Event on demand (TextColumns too).
        self.start_text = TextColumn.of(start_text)
        self.end_text = TextColumn.of(end_text)
        self.rich = rich
        self.index_of = index_of if index_of is not None else {k: i for i, k in enumerate(ids)}
        self.n = len(ids)
        if order is None:
            order = np.lexsort((end_ms, start_ms)) if self.n else np.zeros(0, dtype=np.int64)
        self.order = order
        # (an edit passes both in: the gather over a million rows costs 5-15 ms)
        self.sorted_start_ms = start_ms[order] if sorted_start_ms is None else sorted_start_ms
        # Plain events built on demand, the last BUILT_KEPT of them. (Not lru_cache on a bound
        # method: that is a reference cycle, and a table in a cycle lives until the collector's
        # next full pass: each edit's million-row table, and its memory, stayed meanwhile.)
        self._built: dict[int, Event] = {}
        self._used: frozenset[str] | None = None
        self._ranks: np.ndarray | None = None
        self.parent: EventTable | None = None  # for a filtered table: the table it came from
        self.parent_index: np.ndarray | None = None  # and each event's position there
        self.derived_from: RowEdit | None = None  # for an edited table: its parent and the row edited

    def __len__(self) -> int:
        return self.n

    @classmethod
    def from_events(cls, events: Sequence[Event], categories: Sequence[Category]) -> EventTable:
        """A table over already-validated Event objects (importers, tests, small files)."""
        cat_index = {c.id: k for k, c in enumerate(categories)}
        n = len(events)
        return cls(
            ids=[e.id for e in events], titles=[e.title for e in events],
            start_ms=np.array([e.start_ms for e in events], dtype=np.float64).reshape(n),
            end_ms=np.array([e.end_ms for e in events], dtype=np.float64).reshape(n),
            point=np.array([e.is_point for e in events], dtype=bool).reshape(n),
            imprecise=np.array([not e.is_point and e.end is None for e in events], dtype=bool).reshape(n),
            category=np.array([cat_index.get(e.category, -1) if e.category else -1 for e in events],
                              dtype=np.int32).reshape(n),
            categories=categories, start_text=[None] * n, end_text=[None] * n,
            rich=dict(enumerate(events)),
        )

    def take(self, indices: np.ndarray, categories: Sequence[Category]) -> EventTable:
        """A table of the events at `indices` (file order kept): what a filter leaves.

        With indices ascending (a filter's), the chronological order and the id index come
        from this table's instead of being sorted and hashed again (a second or so at a
        million events).
        """
        idx = np.asarray(indices, dtype=np.int64)
        new_pos = np.full(self.n, -1, dtype=np.int64)
        new_pos[idx] = np.arange(len(idx))
        rich = {int(new_pos[i]): ev for i, ev in self.rich.items() if new_pos[i] >= 0}
        ids = self.ids[idx]
        order = index_of = None
        if len(idx) < 2 or bool(np.all(idx[1:] > idx[:-1])):
            kept = new_pos[self.order]
            order = kept[kept >= 0]
            index_of = SubIndex(self.index_of, new_pos, ids)
        sub = EventTable(
            ids=ids, titles=self.titles[idx],
            start_ms=self.start_ms[idx], end_ms=self.end_ms[idx],
            point=self.point[idx], imprecise=self.imprecise[idx], category=self.category[idx],
            categories=categories, start_text=self.start_text[idx], end_text=self.end_text[idx],
            rich=rich, index_of=index_of, order=order,
        )
        sub.parent, sub.parent_index = self, idx
        return sub

    def event(self, i: int) -> Event:
        """The event at file position i as a model Event."""
        ev = self.rich.get(i)
        if ev is None:
            ev = self._built.get(i)
            if ev is None:
                built = self._built
                if len(built) >= BUILT_KEPT:
                    del built[next(iter(built))]  # the oldest
                ev = built[i] = self._build_event(i)
        return ev

    def _build_event(self, i: int) -> Event:
        end = self.end_text[i]
        cat = int(self.category[i])
        return Event.model_construct(
            id=self.ids[i], title=self.titles[i], start=parse_time(self.start_text[i]),
            end=parse_time(end) if end is not None else None,
            category=self.category_ids[cat] if cat >= 0 else None,
        )

    def rank_in_order(self, i: int) -> int:
        """Where the event at file position i stands in the chronological order."""
        ranks = self._ranks
        if ranks is None:
            ranks = np.empty(self.n, dtype=np.int64)
            ranks[self.order] = np.arange(self.n)
            self._ranks = ranks
        return int(ranks[i])

    def _used_as_parent(self) -> frozenset[str] | None:
        """The parent's set when this table only replaced a row's event with one in the same
        category: no pass over a million rows on each edit (the legend asks after every one)."""
        edit = self.derived_from
        parent = edit.parent if edit is not None else None
        if (parent is None or parent._used is None or edit.kind != "replace" or edit.code != edit.old_code
                or parent.category_ids != self.category_ids):
            return None
        return parent._used

    def used_categories(self) -> set[str]:
        """Ids of the categories some event is in (computed once)."""
        if self._used is None:
            self._used = self._used_as_parent()
        if self._used is None:
            counts = np.bincount(self.category + 1, minlength=len(self.category_ids) + 1)
            self._used = frozenset(self.category_ids[c] for c in np.flatnonzero(counts[1:]).tolist())
        return set(self._used)

    def extent(self) -> tuple[int, int] | None:
        """(first start, last exclusive end) in exact ms."""
        if not self.n:
            return None
        first, last = self.event(int(np.argmin(self.start_ms))), self.event(int(np.argmax(self.end_ms)))
        return first.start_ms, last.end_ms


def point_mask(rank: np.ndarray, same_as_start: np.ndarray) -> np.ndarray:
    """Event.is_point over columns: a day or finer, with no end or an end equal to the start."""
    return (rank >= DAY_RANK) & same_as_start


class LazyEvents(Sequence):
    """The events of a table as a read-only sequence of Event, built as they are asked for."""

    __slots__ = ("_order", "_table")

    def __init__(self, table: EventTable, order: np.ndarray | None = None):
        self._table = table
        self._order = order

    @property
    def table(self) -> EventTable:
        """The table these events are read from."""
        return self._table

    def __len__(self) -> int:
        return self._table.n

    def _pos(self, k: int) -> int:
        return k if self._order is None else int(self._order[k])

    def __getitem__(self, k):
        if isinstance(k, slice):
            return tuple(self[j] for j in range(*k.indices(len(self))))
        if k < 0:
            k += len(self)
        if not 0 <= k < len(self):
            raise IndexError(k)
        return self._table.event(self._pos(k))

    def __iter__(self) -> Iterator[Event]:
        event = self._table.event
        if self._order is None:
            return (event(i) for i in range(self._table.n))
        return (event(i) for i in self._order.tolist())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, list, LazyEvents)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((id(self._table), self._order is None))

    def __repr__(self) -> str:
        return f"<{len(self)} events>"


class SubIndex(Mapping):
    """id -> position in a table taken from another, read through the other's index."""

    __slots__ = ("_ids", "_new_pos", "_parent")

    def __init__(self, parent: Mapping[str, int], new_pos: np.ndarray, ids: Sequence[str]):
        self._parent = parent
        self._new_pos = new_pos  # parent position -> position here, -1 when not taken
        self._ids = ids

    def __getitem__(self, key: str) -> int:
        k = int(self._new_pos[self._parent[key]])
        if k < 0:
            raise KeyError(key)
        return k

    def __contains__(self, key: object) -> bool:
        i = self._parent.get(key)  # type: ignore[call-overload]
        return i is not None and bool(self._new_pos[i] >= 0)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


class EventMap(Mapping):
    """id -> Event over a table, without building every Event."""

    __slots__ = ("_table",)

    def __init__(self, table: EventTable):
        self._table = table

    def __getitem__(self, key: str) -> Event:
        return self._table.event(self._table.index_of[key])

    def __contains__(self, key: object) -> bool:
        return key in self._table.index_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.index_of)

    def __len__(self) -> int:
        return self._table.n
