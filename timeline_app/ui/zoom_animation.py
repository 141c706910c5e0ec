"""A short eased move from one viewport to another (Fit all, zoom to an event, a cluster)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEasingCurve, QObject, QVariantAnimation, Slot

from timeline_app.layout.timescale import TimeScale

DURATION_MS = 250


class ZoomAnimation(QObject):
    """Calls `show(scale)` with each step between two scales; the zoom is interpolated
    geometrically and the centre linearly, so the motion feels even across scales."""

    def __init__(self, show: Callable[[TimeScale], None], parent: QObject | None = None):
        super().__init__(parent)
        self._show = show
        self._from: TimeScale | None = None
        self._to: TimeScale | None = None
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(DURATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._step)

    def start(self, a: TimeScale, b: TimeScale) -> None:
        self._from, self._to = a, b
        self._animation.stop()
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.start()

    def stop(self) -> None:
        self._animation.stop()

    def running(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    @Slot(object)
    def _step(self, value: float) -> None:
        a, b = self._from, self._to
        if a is None or b is None:
            return
        k = float(value)
        ms_per_px = a.ms_per_px * (b.ms_per_px / a.ms_per_px) ** k
        ca, cb = a.time_at(a.width / 2), b.time_at(b.width / 2)
        centre = ca + (cb - ca) * k
        self._show(TimeScale(centre - ms_per_px * a.width / 2, ms_per_px, a.width))
