"""Values computed from an object (usually an EventTable), kept as long as that object lives.

A layer that derives something costly from a table (the lanes, a search index, per-column
counts) declares a Memo of its own next to the code that computes it, instead of writing into
a cache the table offers to everyone: the table knows nothing of its readers, each value has
one owner and one type, and no key is made of id() (which a new object may reuse). The value
goes when the table goes (a filtered timeline's table is dropped with the filter).

The values are stored on the object itself (in one dict keyed by Memo) rather than in a
WeakKeyDictionary, because they often refer back to their object (a lane layout holds its
table): a weak-key dictionary whose value holds its key never lets it go.
"""

from __future__ import annotations

from typing import Generic, TypeVar

V = TypeVar("V")
_STORE = "_memo_values"  # the attribute that holds an object's memo values


class Memo(Generic[V]):
    """One value per live object: `get(obj)` is None until `put(obj, value)`."""

    __slots__ = ("name",)

    def __init__(self, name: str):
        self.name = name  # what is kept, for a reader of a debugger

    def get(self, obj: object) -> V | None:
        store = vars(obj).get(_STORE)
        return None if store is None else store.get(self)

    def put(self, obj: object, value: V) -> V:
        """Keep `value` for `obj` (replacing what this memo kept for it) and return it."""
        vars(obj).setdefault(_STORE, {})[self] = value
        return value

    def __repr__(self) -> str:
        return f"<Memo {self.name}>"
