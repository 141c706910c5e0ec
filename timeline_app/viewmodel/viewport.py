"""The viewport: which stretch of time the canvas shows (a TimeScale) and its first lane."""

from __future__ import annotations

import time

from timeline_app.layout.timescale import MIN_MS_PER_PX, TimeScale, clamp
from timeline_app.viewmodel.notify import Notifier

Bounds = tuple[float, float]


class Viewport:
    """Scale (ms per px and the visible start, at a width), lane offset, and whether the view
    still follows "fit all" through resizes (until the user zooms or pans).

    `changed` is called after the scale or the lane offset changes; `limit_reached` with +1
    (zoom in) or -1 (zoom out) when a zoom asks for more than the bounds allow.
    """

    def __init__(self) -> None:
        self.changed = Notifier()
        self.limit_reached = Notifier()
        self.scale: TimeScale | None = None
        self.lane_offset = 0  # first lane shown: the view scrolls lanes when they do not all fit
        self.auto_fit = True

    def reset(self) -> None:
        """Forget the scale and lanes: the next timeline is fitted afresh."""
        self.scale, self.lane_offset, self.auto_fit = None, 0, True

    def set_scale(self, scale: TimeScale, bounds: Bounds | None = None, fitted: bool = False) -> TimeScale:
        """Show `scale`, clamped to the bounds (shifted, not shrunk). `fitted`: it is "fit all"."""
        scale = clamp(scale, bounds)
        self.auto_fit = fitted
        self.scale = scale
        self.changed.emit()
        return scale

    def zoom_target(self, factor: float, about_x: float | None, bounds: Bounds) -> TimeScale | None:
        """The scale a zoom by `factor` about view x asks for, or None at a limit (then
        `limit_reached` is told which way). The limits are clamps: never a crash."""
        s = self.scale
        if s is None:
            return None
        lo, hi = bounds
        max_ms_per_px = max((hi - lo) / max(s.width, 1), MIN_MS_PER_PX)
        target = min(max(s.ms_per_px / factor, MIN_MS_PER_PX), max_ms_per_px)
        if target == s.ms_per_px:
            if factor != 1:
                self.limit_reached.emit(1 if factor > 1 else -1)
            return None
        return s.zoom(s.ms_per_px / target, about_x)

    def zoom(self, factor: float, about_x: float | None, bounds: Bounds) -> bool:
        """Zoom about a view x (None: the centre), keeping the time under it fixed."""
        target = self.zoom_target(factor, about_x, bounds)
        if target is None:
            return False
        self.set_scale(target, bounds)
        return True

    def pan(self, dx_px: float, bounds: Bounds | None = None) -> None:
        if self.scale is not None:
            self.set_scale(self.scale.pan(dx_px), bounds)

    def scroll_lanes(self, delta: int, lane_count: int) -> bool:
        """Scroll the lanes up (-) or down (+), within 0 .. lane_count - 1."""
        return self.show_lane_from(self.lane_offset + delta, lane_count)

    def show_lane_from(self, first: int, lane_count: int) -> bool:
        offset = max(0, min(first, max(lane_count - 1, 0)))
        if offset == self.lane_offset:
            return False
        self.lane_offset = offset
        self.changed.emit()
        return True


def now_ms() -> int:
    """The wall clock, in ms: an empty timeline is shown around now, and "now" is marked."""
    return int(time.time() * 1000)
