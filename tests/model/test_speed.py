"""A load leaves the interpreter as it found it: the speed switches (model/speed.py) are put back."""

import gc
import sys
import threading

import pytest

from benchmarks.shapes import shape_bytes
from timeline_app.importers import open_timeline, parse_any
from timeline_app.model import speed
from timeline_app.model.cancel import CancelFlag, cancellable
from timeline_app.model.query import search_index

BIG = 210_000  # past the size at which the loader used to gc.freeze() what it made
RECURRING_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
    "BEGIN:VEVENT\r\nUID:r1\r\nDTSTART:20200101T090000Z\r\nSUMMARY:Standup\r\n"
    "RRULE:FREQ=DAILY;COUNT=5\r\nEND:VEVENT\r\n"
    # a rule that never matches: dateutil would search it to the year 9999 without the trace hook
    "BEGIN:VEVENT\r\nUID:r2\r\nDTSTART:20200101T090000Z\r\nSUMMARY:Never\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
).encode()


def _state():
    return gc.isenabled(), gc.get_freeze_count(), sys.gettrace(), sys.getswitchinterval()


def _load_like_the_window(path):
    """What ui/file_loader.py's worker does around a load."""
    with speed.collector_paused(), speed.sharing_the_lock(), speed.switch_interval(0.001), \
            cancellable(CancelFlag()):
        return open_timeline(path)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("speed") / "big.json"
    path.write_bytes(shape_bytes("spikes", BIG, seed=5))
    return path


def test_a_big_load_on_this_thread_leaves_the_interpreter_as_found(big_file):
    before = _state()
    loaded = open_timeline(big_file)
    assert len(loaded.timeline.table) == BIG
    assert _state() == before


def test_a_big_load_in_a_worker_thread_leaves_the_interpreter_as_found(big_file):
    sys.setswitchinterval(0.004)  # not the default, so that "put back" is seen
    try:
        before = _state()
        got = []
        worker = threading.Thread(target=lambda: got.append(_load_like_the_window(big_file)))
        worker.start()
        worker.join(120)
        assert got and len(got[0].timeline.table) == BIG
        assert _state() == before
    finally:
        sys.setswitchinterval(0.005)


def _walked(column) -> int:
    """How many objects the collector visits through a text column: the column and its few
    lists of pieces and offsets; the pieces are NumPy object arrays, which it never tracks,
    so never the texts."""
    assert not any(map(gc.is_tracked, column.pieces))
    seen = [column, *gc.get_referents(column)]
    return sum(1 for o in seen if gc.is_tracked(o)) + sum(
        len(gc.get_referents(o)) for o in seen[1:] if gc.is_tracked(o))


def test_the_loaded_columns_cost_the_collector_nothing(big_file):
    table = open_timeline(big_file).timeline.table
    gc.collect()  # the collector untracks tuples of strings the first time it meets them
    for column in (table.ids, table.titles, table.start_text, table.end_text):
        assert _walked(column) < 50  # for 210,000 texts


def test_the_big_columns_are_never_walked_by_the_collector(big_file):
    # No collection may run between the load and the look: the collector untracks a tuple of
    # strings the first time it meets it, and that first meeting walks a million items (the
    # window's longest wait while a file loaded). NumPy object arrays are never tracked.
    with speed.collector_paused():
        timeline = _load_like_the_window(big_file).timeline
        table = timeline.table
        columns = (table.ids, table.titles, table.start_text, table.end_text, search_index(timeline).titles)
        assert all(_walked(column) < 50 for column in columns)
    assert list(table.ids[:2]) == ["e0", "e1"] and len(table.titles) == BIG


def test_an_ics_import_puts_back_the_trace_hook_it_found():
    def tracer(frame, event, arg):
        return None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        loaded = parse_any(RECURRING_ICS, "cal.ics")
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(previous)
    assert [e.title for e in loaded.timeline.events].count("Standup") == 5


def test_overlapping_users_leave_a_switch_as_the_first_found_it():
    found = gc.isenabled(), sys.getswitchinterval()
    first, second = speed.collector_paused(), speed.switch_interval(0.001)
    first.__enter__()
    second.__enter__()
    third = speed.collector_paused()
    third.__enter__()
    assert not gc.isenabled() and sys.getswitchinterval() == pytest.approx(0.001)
    first.__exit__(None, None, None)  # the other user still holds the collector off
    assert not gc.isenabled()
    third.__exit__(None, None, None)
    second.__exit__(None, None, None)
    assert (gc.isenabled(), sys.getswitchinterval()) == found


def test_only_a_load_that_shares_the_lock_parses_with_an_object_hook():
    assert speed.object_hook() is None
    with speed.sharing_the_lock():
        assert speed.object_hook() is not None
        seen = []
        worker = threading.Thread(target=lambda: seen.append(speed.object_hook()))
        worker.start()
        worker.join()
        assert seen == [None]  # the wish is this thread's, not every worker's
    assert speed.object_hook() is None
