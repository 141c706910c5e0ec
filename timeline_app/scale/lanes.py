"""Lane packing (vis-timeline Stack.js): items by start, each in the first lane free for it."""

from __future__ import annotations

import heapq
from collections.abc import Sequence


def pack_lanes(extents: Sequence[tuple[float, float]], gap: float = 0.0) -> list[int]:
    """Lane index for each (x0, x1) extent, in input order.

    Items are taken in order of x0 (ties in input order); each goes into the lowest-numbered
    lane whose last item ends at least `gap` before it starts, so an item's lane never
    depends on items that start after it. O(n log n): lanes are released into a heap of free
    lane numbers as the sweep passes their ends.
    """
    order = sorted(range(len(extents)), key=lambda i: extents[i][0])
    lanes = [0] * len(extents)
    busy: list[tuple[float, int]] = []  # (end + gap, lane)
    free: list[int] = []
    count = 0
    for i in order:
        x0, x1 = extents[i]
        while busy and busy[0][0] <= x0:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane = count
            count += 1
        lanes[i] = lane
        heapq.heappush(busy, (x1 + gap, lane))
    return lanes
