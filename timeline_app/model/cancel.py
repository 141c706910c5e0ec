"""Stopping a load nobody waits for any more, from inside the work rather than after it.

The window's loader raises a CancelFlag when the user presses Cancel (or opens another file);
the thread reading the file runs under `cancellable(flag)` and calls `checkpoint()` between
pieces of its work (the JSON parse, the column checks, an importer's loop over events), which
raises Cancelled once the flag is up. Work run outside such a load (the command line, tests,
the GUI thread) finds no flag and is never stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Cancelled(BaseException):  # noqa: N818 (like asyncio.CancelledError)
    """The load was cancelled. A BaseException, like asyncio's, so that code catching Exception
    around a checkpoint (an importer skipping a bad item) cannot swallow it."""


class CancelFlag:
    """Raised once, from any thread; read with a plain attribute (cheap enough per JSON object)."""

    __slots__ = ("up",)

    def __init__(self) -> None:
        self.up = False

    def raise_flag(self) -> None:
        self.up = True


_local = threading.local()


@contextmanager
def cancellable(flag: CancelFlag) -> Iterator[CancelFlag]:
    """Work in this thread under the with-block stops at its next checkpoint once `flag` is up."""
    previous = getattr(_local, "flag", None)
    _local.flag = flag
    try:
        yield flag
    finally:
        _local.flag = previous


def current_flag() -> CancelFlag | None:
    """The flag of the load running in this thread, if any."""
    return getattr(_local, "flag", None)


def checkpoint() -> None:
    """Raise Cancelled if the load running in this thread was cancelled."""
    flag = getattr(_local, "flag", None)
    if flag is not None and flag.up:
        raise Cancelled
