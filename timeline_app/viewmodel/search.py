"""Search matches: the query, the ids it matches (in time order) and the current one."""

from __future__ import annotations

from typing import Any, Sequence

from timeline_app.viewmodel.notify import Notifier


class SearchMatches:
    """`changed` is called after the query or its matches change. `ids` None means no search
    is running (nothing is dimmed); an empty tuple means a query that matches nothing."""

    def __init__(self) -> None:
        self.changed = Notifier()
        self.query = ""
        self.ids: tuple[str, ...] | None = None
        self.id_set: frozenset[str] | None = None
        self.positions: Any = None  # the matches' rows in the timeline's table, for the list
        self.current = -1  # index into ids; -1 before the first step

    @property
    def active(self) -> bool:
        return self.ids is not None

    def set(self, query: str, ids: Sequence[str] | None, positions: Any = None) -> None:
        """A new query and what it matches; None ends the search."""
        self.query = query if ids is not None else ""
        self.ids = None if ids is None else tuple(ids)
        self.id_set = None if ids is None else frozenset(self.ids)
        self.positions = positions if ids is not None else None
        self.current = -1
        self.changed.emit()

    def clear(self) -> None:
        """End the search; nothing is told when none was running (a re-filter or an edit
        asks for this every time, and each listener would draw its view again for nothing)."""
        if self.ids is not None or self.query:
            self.set("", None)

    def step(self, delta: int) -> str | None:
        """Move to the next (+1) or previous (-1) match, wrapping around: its id, or None."""
        if not self.ids:
            return None
        n = len(self.ids)
        self.current = (self.current + delta) % n if self.current >= 0 else (0 if delta > 0 else n - 1)
        return self.ids[self.current]
