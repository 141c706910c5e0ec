"""Lane packing (vis-timeline Stack.js): items by start, each in the first lane free for it."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


def pack_lanes(extents: Sequence[tuple[float, float]], gap: float = 0.0) -> list[int]:
    """Lane index for each (x0, x1) extent, in input order; callers pass items sorted by start.

    An item goes into the lowest lane whose last item ends at least `gap` before it starts,
    so earlier items keep their lanes whatever comes after them.
    """
    lane_ends: list[float] = []
    lanes: list[int] = []
    for x0, x1 in extents:
        for lane, end in enumerate(lane_ends):
            if end + gap <= x0:
                lane_ends[lane] = x1
                lanes.append(lane)
                break
        else:
            lane_ends.append(x1)
            lanes.append(len(lane_ends) - 1)
    return lanes


def visible_slice(starts: Sequence[float], max_len: float, lo: float, hi: float) -> tuple[int, int]:
    """Index range of sorted `starts` whose items (at most `max_len` long) may touch [lo, hi]."""
    return bisect_right(starts, lo - max_len) if starts else 0, bisect_right(starts, hi)
