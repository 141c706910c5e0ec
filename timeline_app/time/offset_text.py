"""The UTC offset written after a time: " (UTC+09:00)", the same in every language."""

from __future__ import annotations

from timeline_app.time.value import Precision, TimeValue


def offset_suffix(v: TimeValue) -> str:
    """The offset in brackets after a time finer than a day that carries one; empty otherwise."""
    off = v.offset_minutes
    if off is None or not v.precision.finer_than(Precision.DAY):
        return ""
    if off == 0:
        return " (UTC)"
    h, m = divmod(abs(off), 60)
    return f" (UTC{'-' if off < 0 else '+'}{h:02d}:{m:02d})"
