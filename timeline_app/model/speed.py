"""The process-wide switches a load flips for speed, each in one place and each put back.

A million-event file is parsed and checked in seconds only because a few interpreter-wide
settings are changed while it loads. Each lives here as a context manager that restores what
it found on the way out (also when the load fails or is cancelled), so no state is left
changed after a load, and a reader of the loader sees by name what it flips:

- `collector_paused()`: Python's cyclic collector off. A load makes millions of objects and
  the collector walked them again and again (a quarter of a million-event load, in pauses of
  0.1-0.3 s that also stall the window's thread). Reference counting still frees everything.
  Cost: cyclic garbage made meanwhile waits for the next collection after the load.
- `sharing_the_lock()`: the JSON parse runs interpreter code once per object (a do-nothing
  object hook), so a thread loading a file lets the window's thread have the interpreter lock
  between objects; without it json.loads holds the lock for the whole parse (1.5 s at a
  million events). Cost: the parse takes about half as long again, so only a load with a
  window waiting (ui/file_loader.py) asks for it; the command line and benchmarks do not.
- `switch_interval(seconds)`: how long a thread may hold the interpreter lock while another
  waits for it (sys.setswitchinterval; Python's default is 5 ms).
- `trace_hook(hook)`: a sys.settrace hook for the with-block (the .ics importer uses one to
  stop dateutil searching a rule that never matches); the previous hook (a debugger,
  coverage) is put back.

There is no gc.freeze() (which would change the process for good, and exempt the cyclic
garbage made meanwhile too): the table keeps its big text columns where the collector does
not walk them (model/table.py): ids, titles and date texts in NumPy object arrays (the
pieces of its TextColumns), which it never tracks (tuples of strings cost the first collection after a load 0.15-0.25 s at a
million events, with the window waiting: the collector untracks a tuple only once it has
walked it), and the search index's folded titles likewise (model/query.py).

Process-wide switches (the collector, the switch interval) count their users, so loads that
overlap in several threads leave them as the first one found them.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["collector_paused", "object_hook", "sharing_the_lock", "switch_interval", "trace_hook"]


class _Shared:
    """A process-wide setting changed while any user holds it, restored when the last lets go."""

    def __init__(self, read: Callable[[], Any], write: Callable[[Any], None]):
        self._read, self._write = read, write
        self._lock = threading.Lock()
        self._users = 0
        self._found: Any = None

    @contextmanager
    def held(self, value: Any) -> Iterator[None]:
        with self._lock:
            if self._users == 0:
                self._found = self._read()
                self._write(value)
            self._users += 1
        try:
            yield
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0:
                    self._write(self._found)


def _set_collector(enabled: bool) -> None:
    if enabled:
        gc.enable()
    else:
        gc.disable()


_collector = _Shared(gc.isenabled, _set_collector)
_interval = _Shared(sys.getswitchinterval, sys.setswitchinterval)


def collector_paused():
    """Python's cyclic collector off for the with-block (see the module's note)."""
    return _collector.held(False)


def switch_interval(seconds: float):
    """sys.setswitchinterval(seconds) for the with-block; the first of overlapping users'
    value holds until the last leaves."""
    return _interval.held(seconds)


@contextmanager
def trace_hook(hook: Callable) -> Iterator[None]:
    """sys.settrace(hook) in this thread for the with-block, the previous hook put back after."""
    previous = sys.gettrace()
    sys.settrace(hook)
    try:
        yield
    finally:
        sys.settrace(previous)


_local = threading.local()


@contextmanager
def sharing_the_lock() -> Iterator[None]:
    """JSON parses in this thread, for the with-block, let other threads run between objects."""
    previous = getattr(_local, "share", False)
    _local.share = True
    try:
        yield
    finally:
        _local.share = previous


def _same(obj: dict) -> dict:
    return obj


def object_hook() -> Callable[[dict], dict] | None:
    """The json.loads object_hook a parse in this thread should use for speed: a do-nothing
    hook under sharing_the_lock(), else None (the parse in one C call)."""
    return _same if getattr(_local, "share", False) else None
