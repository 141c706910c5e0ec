"""IdleSteps: an iterator run one step per pass of the event loop, so work that would stall the
window for a while is spread over its idle moments (each step must be short: a few ms)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Slot


class IdleSteps(QObject):
    def __init__(self, steps: Iterator, parent: QObject):
        super().__init__(parent)
        self._steps = steps
        self._timer = QTimer(self)
        self._timer.setInterval(0)  # a pass of the event loop: input and paints come first
        self._timer.timeout.connect(self._step)
        self._timer.start()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @Slot()
    def _step(self) -> None:
        try:
            next(self._steps)
        except StopIteration:
            self.stop()

    def stop(self) -> None:
        """Stop early; a generator is closed (its `finally` runs)."""
        self._timer.stop()
        close = getattr(self._steps, "close", None)
        if close is not None:
            close()
