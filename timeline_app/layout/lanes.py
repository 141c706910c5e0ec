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
    return pack_in_order(order, [x0 for x0, _ in extents], [x1 + gap for _, x1 in extents])


def pack_in_order(order: Sequence[int], starts: Sequence[float], reaches: Sequence[float]) -> list[int]:
    """Lane index for each item, taking items in the given `order` (by start): each goes into
    the lowest-numbered lane whose last item reaches no further than its start."""
    lanes = [0] * len(starts)
    busy: list[tuple[float, int]] = []  # (reach, lane)
    free: list[int] = []
    count = 0
    push, pop = heapq.heappush, heapq.heappop
    for i in order:
        x0 = starts[i]
        while busy and busy[0][0] <= x0:
            push(free, pop(busy)[1])
        if free:
            lane = pop(free)
        else:
            lane = count
            count += 1
        lanes[i] = lane
        push(busy, (reaches[i], lane))
    return lanes
