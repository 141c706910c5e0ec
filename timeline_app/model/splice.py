"""One copy of an array with one item taken out and one put in: what an edit does to the
table's chronological order (editing/rows.py) and to the sorted per-lane and per-fold arrays
(layout/lane_edits.py, fold_edits.py), in a single pass over memory (np.delete then np.insert
would copy a million items twice)."""

from __future__ import annotations

import numpy as np


def spliced(a: np.ndarray, cut: int | None, at: int | None, value) -> np.ndarray:
    """A copy of `a` without the item at `cut` and with `value` at `at` (a position in the
    result), in one pass over memory; either may be None."""
    size = len(a) - (cut is not None) + (at is not None)
    out = np.empty(size, dtype=a.dtype)
    if cut is None and at is None:
        out[:] = a
    elif at is None:
        out[:cut] = a[:cut]
        out[cut:] = a[cut + 1:]
    elif cut is None:
        out[:at] = a[:at]
        out[at] = value
        out[at + 1:] = a[at:]
    elif cut <= at:  # in the result, a[cut + 1 : at + 1] moves up one to fill the cut
        out[:cut] = a[:cut]
        out[cut:at] = a[cut + 1:at + 1]
        out[at] = value
        out[at + 1:] = a[at + 1:]
    else:  # at < cut: a[at : cut] moves down one to make room
        out[:at] = a[:at]
        out[at] = value
        out[at + 1:cut + 1] = a[at:cut]
        out[cut + 1:] = a[cut + 1:]
    return out
