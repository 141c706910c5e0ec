"""What every fuzz test asserts: a file either opens (a valid `Loaded`) or fails with a
`TimelineError` whose message is short and names a place; nothing else, and never slowly.

Sizes: each test runs FUZZ_EXAMPLES examples (or a multiple set by $TIMELINE_FUZZ_SCALE, e.g.
TIMELINE_FUZZ_SCALE=20 for a longer hunt). No example database is written.
"""

from __future__ import annotations

import os
import signal
import threading
from contextlib import contextmanager

from hypothesis import HealthCheck, settings

from timeline_app.importers import parse_any
from timeline_app.model import Loaded, Timeline, TimelineError

SCALE = float(os.environ.get("TIMELINE_FUZZ_SCALE", "1"))
HANG_SECONDS = 10  # one input taking longer than this is a hang, and fails the test


def fuzz_settings(examples: int, deadline_ms: int = 3000) -> settings:
    return settings(
        max_examples=max(1, int(examples * SCALE)),
        deadline=deadline_ms,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


class Hang(Exception):
    pass


@contextmanager
def no_hang(seconds: int = HANG_SECONDS):
    """Fail (instead of waiting forever) when the body runs longer than `seconds` (Unix main thread)."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check_error(exc: TimelineError) -> None:
    """A TimelineError a user may see: at least one problem, every line short and readable."""
    assert exc.problems, "a TimelineError without a problem"
    text = exc.message()
    assert text.strip()
    assert "Traceback" not in text
    for line in text.splitlines():
        assert len(line) <= 1200, f"a message line of {len(line)} characters: {line[:200]}..."


def check_loaded(loaded: Loaded) -> None:
    assert isinstance(loaded, Loaded)
    assert isinstance(loaded.timeline, Timeline)
    for w in loaded.warnings:
        assert len(str(w)) <= 1200, f"a warning of {len(str(w))} characters: {str(w)[:200]}..."


def outcome(fn, *args) -> Loaded | TimelineError:
    """Run a loader; only a Loaded or a TimelineError may come out."""
    with no_hang():
        try:
            loaded = fn(*args)
        except TimelineError as exc:
            check_error(exc)
            return exc
        except RecursionError:  # pragma: no cover - reported as a failure with its cause
            raise AssertionError("RecursionError escaped the loader") from None
    check_loaded(loaded)
    return loaded


def parse_any_outcome(data: bytes, source: str = "fuzz") -> Loaded | TimelineError:
    return outcome(parse_any, data, source)

