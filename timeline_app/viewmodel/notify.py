"""Change notification without Qt: a list of plain callbacks, in the spirit of napari's events."""

from __future__ import annotations

from typing import Any, Callable


class Notifier:
    """`changed.connect(fn)`; `emit(*args)` calls every listener in the order they connected.

    A listener that connects twice is called once: widgets rebuilt on a language change may
    connect again without doubling their work.
    """

    def __init__(self) -> None:
        self._listeners: list[Callable[..., Any]] = []

    def connect(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        if fn not in self._listeners:
            self._listeners.append(fn)
        return fn

    def disconnect(self, fn: Callable[..., Any]) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def emit(self, *args: Any) -> None:
        # A copy: a listener may disconnect itself (or connect another) while being called.
        for fn in list(self._listeners):
            fn(*args)

    def __len__(self) -> int:
        return len(self._listeners)
