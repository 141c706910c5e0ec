"""TimeScale: the mapping between time (ms) and x (px), with zoom about a point and clamps."""

from __future__ import annotations

from dataclasses import dataclass, replace

# The finest zoom: 1 ms spread over 100 px. Coarser limits come from the data extent.
MIN_MS_PER_PX = 0.01


@dataclass(frozen=True)
class TimeScale:
    """x = (t - start_ms) / ms_per_px over a view `width` px wide. Immutable: zoom returns a new one."""

    start_ms: float
    ms_per_px: float
    width: float

    @classmethod
    def fit(cls, start_ms: float, end_ms: float, width: float, margin_px: float = 0.0) -> "TimeScale":
        """A scale showing [start_ms, end_ms) across `width` with `margin_px` free on each side."""
        usable = max(width - 2 * margin_px, 1.0)
        span = max(float(end_ms - start_ms), MIN_MS_PER_PX * usable)
        ms_per_px = span / usable
        return cls(start_ms - margin_px * ms_per_px, ms_per_px, width)

    @property
    def end_ms(self) -> float:
        return self.start_ms + self.width * self.ms_per_px

    @property
    def span_ms(self) -> float:
        return self.width * self.ms_per_px

    def x(self, t: float) -> float:
        return (t - self.start_ms) / self.ms_per_px

    def time_at(self, x: float) -> float:
        return self.start_ms + x * self.ms_per_px

    def zoom(self, factor: float, about_x: float | None = None) -> "TimeScale":
        """Zoom in by `factor` (>1 in, <1 out) keeping the time under `about_x` where it is."""
        if about_x is None:
            about_x = self.width / 2
        c = self.time_at(about_x)
        ms_per_px = self.ms_per_px / factor
        return replace(self, start_ms=c - about_x * ms_per_px, ms_per_px=ms_per_px)

    def pan(self, dx_px: float) -> "TimeScale":
        """Move the view so content shifts right by dx_px (dragging right shows earlier times)."""
        return replace(self, start_ms=self.start_ms - dx_px * self.ms_per_px)

    def resized(self, width: float) -> "TimeScale":
        """The same start and zoom in a wider or narrower view."""
        return replace(self, width=max(width, 1.0))

    def centered_on(self, t: float) -> "TimeScale":
        return replace(self, start_ms=t - self.width / 2 * self.ms_per_px)


def clamp(scale: TimeScale, bounds: tuple[float, float] | None) -> TimeScale:
    """Keep the zoom within limits and the view within bounds: shift, don't shrink.

    The deepest zoom is MIN_MS_PER_PX; the widest shows all of `bounds` (which should
    already include margins). When the view is wider than the bounds it is centred on them.
    """
    ms_per_px = max(scale.ms_per_px, MIN_MS_PER_PX)
    if bounds is None:
        if ms_per_px == scale.ms_per_px:
            return scale
        return scale.zoom(scale.ms_per_px / ms_per_px)
    lo, hi = bounds
    max_ms_per_px = max((hi - lo) / max(scale.width, 1.0), MIN_MS_PER_PX)
    if ms_per_px > max_ms_per_px:
        ms_per_px = max_ms_per_px
    if ms_per_px != scale.ms_per_px:
        scale = scale.zoom(scale.ms_per_px / ms_per_px)
    span = scale.span_ms
    start = scale.start_ms
    if span >= hi - lo:
        start = (lo + hi) / 2 - span / 2
    elif start < lo:
        start = lo
    elif start + span > hi:
        start = hi - span
    return replace(scale, start_ms=start)
