"""Parse many ISO dates at once with NumPy: the loader's fast path for large files.

`parse_times(texts)` gives the same instants, precisions and UTC offsets as `parse_time` for
the plain shapes almost every file uses (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss[.sss]],
the times with or without a Z or +hh:mm / -hh:mm / +hhmm offset). Everything else (signed or
expanded years, errors) is left to `parse_time`, one text at a time, so its messages and rules
stay the only ones.
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
_PLAIN_LEN = np.array([k in _RANK_BY_LEN for k in range(25)])  # a lookup is cheaper than np.isin
_TIME_LENS = (16, 19, 21, 22, 23)  # the shapes an offset may follow
NO_OFFSET = np.iinfo(np.int16).min  # in the offset array: the text named no offset


def _plain_mask(m: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The mask of texts in a plain shape, for a byte matrix (rows are texts, zero-padded)."""
    width = m.shape[1]
    ok = _PLAIN_LEN[np.minimum(lengths, len(_PLAIN_LEN) - 1)]
    # A NUL inside the text would make count_nonzero lie about its length.
    for pos in range(min(width, len(_TEMPLATE))):
        col = m[:, pos]
        want = _TEMPLATE[pos]
        good = (col >= 48) & (col <= 57) if want == ord("d") else col == want
        ok &= good | (lengths <= pos)
    if width > len(_TEMPLATE):
        ok &= lengths <= len(_TEMPLATE)
    return ok


def _split_offsets(m: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cut a well-formed offset suffix off each text of the byte matrix `m` (rows are texts).

    Returns (the matrix with the suffixes zeroed, the lengths without them, the offsets in
    minutes, NO_OFFSET where none was written). Only a suffix after a time shape is cut, and
    one whose hour or minute is out of range is left on, so such texts fail the plain shape
    and parse_time names the problem. Works one text length at a time: the columns of a
    suffix are then fixed, so a file whose times all look alike costs a few column passes.
    """
    n = len(m)
    offset = np.full(n, NO_OFFSET, dtype=np.int16)
    base = lengths.copy()
    out = m
    for length in np.flatnonzero(np.bincount(lengths, minlength=1)).tolist():
        if length <= min(_TIME_LENS):
            continue
        where = lengths == length
        rows = np.flatnonzero(where)
        sub = m if len(rows) == n else m[rows]

        def col(back: int, sub=sub, length=length) -> np.ndarray:
            return sub[:, length - back]

        def num(*backs: int, col=col) -> tuple[np.ndarray, np.ndarray]:
            cs = [col(b) for b in backs]
            ok = np.logical_and.reduce([(c >= 48) & (c <= 57) for c in cs])
            value = np.zeros(len(cs[0]), dtype=np.int16)
            for c in cs:
                value = value * 10 + (c.astype(np.int16) - 48)
            return ok, value

        found: list[tuple[int, np.ndarray, np.ndarray]] = []  # (cut, which rows of sub, offset)
        if length - 1 in _TIME_LENS:
            found.append((1, col(1) == ord("Z"), np.zeros(len(rows), dtype=np.int16)))
        for cut, hh, mm, colon in ((6, (5, 4), (2, 1), 3), (5, (4, 3), (2, 1), None)):
            if length - cut not in _TIME_LENS:
                continue
            sign = col(cut)
            signed = (sign == ord("+")) | (sign == ord("-"))
            if colon is not None:
                signed &= col(colon) == ord(":")
            if not signed.any():
                continue
            h_ok, h = num(*hh)
            m_ok, mi = num(*mm)
            take = signed & h_ok & m_ok & (h <= 23) & (mi <= 59)
            found.append((cut, take, np.where(sign == ord("-"), -1, 1).astype(np.int16) * (h * 60 + mi)))
        for cut, take, minutes in found:
            if not take.any():
                continue
            if out is m:
                out = m.copy()
            hit = rows[take]
            offset[hit] = minutes[take]
            base[hit] = length - cut
            out[hit, length - cut:length] = 0
    return out, base, offset


# Length of a day or finer unit by precision rank (years and months are stepped by the calendar).
_STEP_BY_RANK = np.array([0, 0, MS_PER_DAY, MS_PER_MINUTE, MS_PER_SECOND, 1], dtype=np.int64)
_MONTH_DAYS = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)


def _number(m: np.ndarray, first: int, count: int) -> np.ndarray:
    """The decimal number in columns [first, first + count) of the byte matrix (int32); a
    column past the matrix or a NUL (past the text's end) reads as the digit 0."""
    value = np.zeros(len(m), dtype=np.int32)
    for c in range(first, first + count):
        value *= 10
        if c < m.shape[1]:
            value += np.maximum(m[:, c], 48) - np.uint8(48)
    return value


def _days_from_civil(y: np.ndarray, mo: np.ndarray, d: np.ndarray) -> np.ndarray:
    """calendar.days_from_civil over arrays (Howard Hinnant's algorithm)."""
    y = y - (mo <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * np.where(mo > 2, mo - 3, mo + 9) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def _fields(m: np.ndarray, lengths: np.ndarray, ok: np.ndarray) -> dict[str, np.ndarray]:
    """Year ... millisecond of the texts in `ok` (plain shapes); a field the text lacks reads as
    its least value. Texts with a field out of range (month 13, February 30, 24:00, second 60)
    are taken out of `ok`, so parse_time names the problem."""
    every = bool(ok.all())
    rows = m if every else m[ok]
    n_len = lengths if every else lengths[ok]
    y = _number(rows, 0, 4)
    mo = np.where(n_len >= 7, _number(rows, 5, 2), 1)
    d = np.where(n_len >= 10, _number(rows, 8, 2), 1)
    h, mi, sec = _number(rows, 11, 2), _number(rows, 14, 2), _number(rows, 17, 2)
    frac = _number(rows, 20, 3)  # ".5" zero-filled reads 500, as parse_time scales it
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    month_days = _MONTH_DAYS[np.minimum(mo, 12)] + (leap & (mo == 2))  # (mo >= 0: two digits)
    good = (mo >= 1) & (mo <= 12) & (d >= 1) & (d <= month_days) & (h <= 23) & (mi <= 59) & (sec <= 59)
    if not good.all():
        where = np.flatnonzero(ok)
        ok[where[~good]] = False
        y, mo, d, h, mi, sec, frac = (a[good] for a in (y, mo, d, h, mi, sec, frac))
    return {"y": y, "mo": mo, "d": d, "h": h, "mi": mi, "s": sec, "ms": frac}


def _instants(f: dict[str, np.ndarray], lengths: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(precision rank, start ms, exclusive end ms) from _fields, before any offset."""
    r = np.array([_RANK_BY_LEN.get(k, -1) for k in range(24)], dtype=np.int8)[np.minimum(lengths, 23)]
    y, mo = f["y"].astype(np.int64), f["mo"].astype(np.int64)
    days = _days_from_civil(y, mo, f["d"].astype(np.int64))
    clock = (f["h"] * 60 + f["mi"]) * 60_000 + f["s"] * 1000 + f["ms"]  # under a day: fits int32
    ms = days * MS_PER_DAY + clock
    e = ms + _STEP_BY_RANK[r]
    years, months = r == 0, r == 1
    if years.any():
        e[years] = _days_from_civil(y[years] + 1, np.ones_like(y[years]), np.ones_like(y[years])) * MS_PER_DAY
    if months.any():
        ym, mm = y[months], mo[months]
        e[months] = _days_from_civil(ym + (mm == 12), mm % 12 + 1, np.ones_like(ym)) * MS_PER_DAY
    return r, ms, e


_LONGEST = len(_TEMPLATE) + 6  # a plain shape with an offset; longer texts go the slow way


def _byte_matrix(texts: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """The texts as rows of a zero-padded uint8 matrix (at most _LONGEST wide) and their
    lengths, 0 for a text that cannot be a plain shape (too long, or with a NUL in it); None
    when some text is not ASCII (or not text). One join and one gather, not NumPy's own
    conversion (a third of the time), and one long text does not widen every row."""
    try:
        joined = "".join(texts)
        buf = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    except (UnicodeEncodeError, TypeError):
        return None
    n = len(texts)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    shortest, longest = int(lengths.min()), int(lengths.max())
    if shortest == longest and 0 < longest <= _LONGEST:  # the usual file: every date written alike
        m = buf.reshape(n, longest)
    else:
        width = max(min(longest, _LONGEST), 1)
        m = np.zeros((n, width), dtype=np.uint8)
        firsts = np.cumsum(lengths) - lengths
        counts = np.bincount(np.minimum(lengths, width))
        for length in np.flatnonzero(counts).tolist():  # a few lengths: one gather each
            if length == 0:
                continue
            rows = np.flatnonzero(np.minimum(lengths, width) == length)
            m[rows, :length] = buf[firsts[rows, None] + np.arange(length)]
        lengths[lengths > _LONGEST] = 0
    if "\x00" in joined:  # a NUL would read as the end of its text
        lengths[np.count_nonzero(m, axis=1) != lengths] = 0
    return m, lengths


def parse_times(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, dict[int, TimeValue | str]]:
    """(start ms, exclusive end ms, precision rank, UTC offset) per text as float64/float64/int8/
    int16 arrays (the offset in minutes, NO_OFFSET when none was written).

    The last item maps positions that took the slow path to their TimeValue, or to the
    error message when the text is not a date (their array slots are then NaN / -1).
    """
    n = len(texts)
    start = np.full(n, np.nan)
    end = np.full(n, np.nan)
    rank = np.full(n, -1, dtype=np.int8)
    offset = np.full(n, NO_OFFSET, dtype=np.int16)
    slow: dict[int, TimeValue | str] = {}
    if n == 0:
        return start, end, rank, offset, slow
    matrix = _byte_matrix(texts)
    if matrix is not None:
        m, lengths = matrix
        width = m.shape[1]
        if width > 16:  # room for a time and an offset
            m, lengths, offs = _split_offsets(m, lengths)
        else:
            offs = offset
        ok = _plain_mask(m, lengths)
        fields = _fields(m, lengths, ok)
        idx = np.flatnonzero(ok)
        r, ms, e = _instants(fields, lengths[idx])
        off = offs[idx]
        # The written time is local at its offset; the instant is UTC (as parse_time stores it).
        shift = np.where(off == NO_OFFSET, 0, off.astype(np.int64)) * MS_PER_MINUTE
        start[idx] = ms - shift
        end[idx] = e - shift
        rank[idx] = r
        offset[idx] = off
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
        offset[i] = NO_OFFSET if v.offset_minutes is None else v.offset_minutes
    return start, end, rank, offset, slow
