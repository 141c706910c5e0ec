"""Parse many ISO dates at once with NumPy: the loader's fast path for large files.

`parse_times(texts)` gives the same instants and precisions as `parse_time` for the plain
shapes almost every file uses (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]] with
no UTC offset). Everything else (signed or expanded years, offsets, errors) is left to
`parse_time`, one text at a time, so its messages and rules stay the only ones.
"""

from __future__ import annotations

import numpy as np

from timeline_app.time.calendar import MS_PER_DAY, MS_PER_MINUTE, MS_PER_SECOND
from timeline_app.time.value import Precision, TimeParseError, TimeValue, parse_time

# Precision codes stored in arrays: Precision.rank (YEAR 0 ... MILLISECOND 5).
DAY_RANK = Precision.DAY.rank

_TEMPLATE = b"dddd-dd-ddTdd:dd:dd.ddd"
# Text length -> precision rank, for the plain shapes.
_RANK_BY_LEN = {4: 0, 7: 1, 10: 2, 16: 3, 19: 4, 21: 5, 22: 5, 23: 5}


def _plain_mask(raw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(mask of texts in a plain shape, their lengths) for a fixed-width bytes array."""
    width = raw.dtype.itemsize
    m = raw.view(np.uint8).reshape(len(raw), width)
    lengths = np.count_nonzero(m, axis=1)
    ok = np.isin(lengths, list(_RANK_BY_LEN))
    # A NUL inside the text would make count_nonzero lie about its length.
    for pos in range(min(width, len(_TEMPLATE))):
        col = m[:, pos]
        want = _TEMPLATE[pos]
        good = (col >= 48) & (col <= 57) if want == ord("d") else col == want
        ok &= good | (lengths <= pos)
    if width > len(_TEMPLATE):
        ok &= lengths <= len(_TEMPLATE)
    return ok, lengths


def parse_times(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, TimeValue | str]]:
    """(start ms, exclusive end ms, precision rank) per text as float64/float64/int8 arrays.

    The last item maps positions that took the slow path to their TimeValue, or to the
    error message when the text is not a date (their array slots are then NaN / -1).
    """
    n = len(texts)
    start = np.full(n, np.nan)
    end = np.full(n, np.nan)
    rank = np.full(n, -1, dtype=np.int8)
    slow: dict[int, TimeValue | str] = {}
    if n == 0:
        return start, end, rank, slow
    try:
        raw = np.array(texts, dtype=np.bytes_)
    except (UnicodeEncodeError, ValueError, TypeError):
        raw = None
    if raw is not None and raw.dtype.itemsize > 0:
        ok, lengths = _plain_mask(raw)
        idx = np.flatnonzero(ok)
        try:
            dt = raw[idx].astype("datetime64[ms]")
        except ValueError:  # a month 13 or a February 30 somewhere: let parse_time name it
            idx = idx[:0]
            ok[:] = False
            dt = np.array([], dtype="datetime64[ms]")
        r = np.array([_RANK_BY_LEN.get(k, -1) for k in range(24)], dtype=np.int8)[np.minimum(lengths[idx], 23)]
        ms = dt.astype(np.int64)
        e = ms.copy()
        years = r == 0
        e[years] = (dt[years].astype("datetime64[Y]") + 1).astype("datetime64[ms]").astype(np.int64)
        months = r == 1
        e[months] = (dt[months].astype("datetime64[M]") + 1).astype("datetime64[ms]").astype(np.int64)
        for code, step in ((2, MS_PER_DAY), (3, MS_PER_MINUTE), (4, MS_PER_SECOND), (5, 1)):
            sel = r == code
            e[sel] += step
        start[idx] = ms
        end[idx] = e
        rank[idx] = r
        rest = np.flatnonzero(~ok)
    else:
        rest = np.arange(n)
    for i in rest.tolist():
        try:
            v = parse_time(texts[i])
        except TimeParseError as exc:
            slow[i] = str(exc)
            continue
        slow[i] = v
        start[i], end[i], rank[i] = v.ms, v.end_ms, v.precision.rank
    return start, end, rank, slow
