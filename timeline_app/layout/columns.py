"""Time cut into pixel columns: the column edges and exact counts of what starts in each.

One binary search per column edge over sorted start times, so a million events cost
O(columns * log n) and every count is exact (nothing sampled).
"""

from __future__ import annotations

import numpy as np

from timeline_app.layout.timescale import TimeScale

DENSITY_PX = 3.0  # column width of the canvas's density bands and histogram track


def column_edges(start_ms: float, column_ms: float, columns: int, *, aligned: bool = False) -> np.ndarray:
    """The columns + 1 boundaries (ms) of `columns` columns `column_ms` wide from `start_ms`.

    `aligned`: from the multiple of column_ms at or before start_ms instead, so the columns
    are fixed in time and panning keeps runs whole (the canvas); otherwise they start exactly
    at start_ms (the overview strip, one column per pixel of its width)."""
    if aligned:
        return (np.floor(start_ms / column_ms) + np.arange(columns + 1)) * column_ms
    return start_ms + np.arange(columns + 1, dtype=np.float64) * column_ms


def view_columns(scale: TimeScale) -> np.ndarray:
    """The canvas's column edges, DENSITY_PX wide, fixed in time, covering the view and a column more each side."""
    return column_edges(scale.start_ms, DENSITY_PX * scale.ms_per_px, int(np.ceil(scale.width / DENSITY_PX)) + 2,
                        aligned=True)


def counts_in_columns(sorted_starts: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """How many of the ascending `sorted_starts` fall in each column [edge k, edge k+1)."""
    return np.diff(np.searchsorted(sorted_starts, edges, "left"))


def open_cuts(sorted_starts: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Where each column begins in `sorted_starts`, with the outer columns open-ended: what
    starts left of the view (and reaches into it) counts in the first column, what starts
    right of it in the last."""
    cuts = np.searchsorted(sorted_starts, edges, "left")
    cuts[0], cuts[-1] = 0, len(sorted_starts)
    return cuts
