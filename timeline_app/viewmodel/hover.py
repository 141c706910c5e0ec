"""The event under the pointer (its mark is drawn raised)."""

from __future__ import annotations

from timeline_app.viewmodel.notify import Notifier


class Hover:
    """`changed` is called with the id now under the pointer (None: none)."""

    def __init__(self) -> None:
        self.changed = Notifier()
        self.id: str | None = None

    def set(self, event_id: str | None) -> bool:
        if event_id == self.id:
            return False
        self.id = event_id
        self.changed.emit(event_id)
        return True
