"""The selected event: one id or None, shared by the canvas, the list and the detail pane."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import numpy as np

from timeline_app.viewmodel.notify import Notifier

if TYPE_CHECKING:
    from timeline_app.model.table import EventTable


class Selection:
    """`changed` is called with the new id (None: nothing selected) after every real change.

    `reveal` tells listeners that can scroll whether to bring the selection into view: a click
    on the canvas selects what is already under the pointer, so it asks for no scrolling.
    """

    def __init__(self) -> None:
        self.changed = Notifier()
        self._id: str | None = None
        self.reveal = True
        self._known: Callable[[str], bool] = lambda _id: False

    @property
    def id(self) -> str | None:
        return self._id

    def know(self, known: Callable[[str], bool]) -> None:
        """Which ids may be selected (the events shown); a selection outside them is dropped."""
        self._known = known
        if self._id is not None and not known(self._id):
            self.select(None)

    def select(self, event_id: str | None, reveal: bool = True) -> bool:
        """Select an event shown (or nothing); an unknown id changes nothing. True on a change."""
        if event_id and not self._known(event_id):
            return False
        event_id = event_id or None
        if event_id == self._id:
            return False
        self._id, self.reveal = event_id, reveal
        self.changed.emit(event_id)
        return True

    def step(self, table: "EventTable", delta: int, view_start_ms: float, view_end_ms: float) -> bool:
        """Select the next (+1) or previous (-1) event in time; False at either end.

        With nothing selected, stepping starts from the view: the first event starting in it
        (or the last one starting before its end).
        """
        if not table.n:
            return False
        index = table.index_of.get(self._id) if self._id else None
        if index is not None:
            i = table.rank_in_order(index) + delta
        else:
            i = first_in_view(table.sorted_start_ms, delta, view_start_ms, view_end_ms)
        if not 0 <= i < table.n:
            return False
        self.select(table.ids[int(table.order[i])])
        return True


def first_in_view(starts: np.ndarray, delta: int, view_start_ms: float, view_end_ms: float) -> int:
    """Rank (in time order) where stepping by `delta` begins when nothing is selected."""
    if delta > 0:
        i = int(np.searchsorted(starts, view_start_ms, "left"))
        return i if i < len(starts) else 0
    i = int(np.searchsorted(starts, view_end_ms, "right")) - 1
    return i if i >= 0 else len(starts) - 1
