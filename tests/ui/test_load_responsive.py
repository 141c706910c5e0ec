"""Opening a slow file never freezes the window, Cancel really stops the reading, and a file
that fails for an unforeseen reason says so in the window (no crash dialog).

The files here are small; their reading is made slow by a hook in the importer's per-event
step, so the test does not depend on the machine's speed. Counts of timer ticks are the
measure (generous bounds), never a timing.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from tests.helpers import timeline_dict, wait_loaded, write_json
from timeline_app.importers import builder
from timeline_app.model import event_columns
from timeline_app.ui import file_loader

SONGDO_EVENTS = 3


def ics_file(tmp_path: Path, n: int, name: str = "slow.ics") -> Path:
    events = "".join(f"BEGIN:VEVENT\r\nUID:e{i}@test\r\nDTSTART;VALUE=DATE:2019{1 + i % 12:02d}{1 + i % 28:02d}\r\n"
                     f"SUMMARY:Event {i}\r\nEND:VEVENT\r\n" for i in range(n))
    path = tmp_path / name
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//slow//EN\r\nX-WR-CALNAME:Slow calendar\r\n"
                    f"{events}END:VCALENDAR\r\n", encoding="utf-8")
    return path


def slow_ids(monkeypatch, seconds_per_event: float) -> None:
    """The importer's per-event step burns the CPU in Python (as a pathological file would)."""
    real = builder.TimelineBuilder.event_id

    def slow(self, *args, **kwargs):
        end = time.perf_counter() + seconds_per_event
        while time.perf_counter() < end:
            pass
        return real(self, *args, **kwargs)

    monkeypatch.setattr(builder.TimelineBuilder, "event_id", slow)


class Ticks:
    """A 10 ms timer on the GUI thread, counting how often the event loop got to it."""

    def __init__(self):
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self):
        self.count += 1


def test_the_event_loop_keeps_ticking_while_a_slow_small_file_opens(qtbot, window, tmp_path, monkeypatch):
    path = ics_file(tmp_path, 40)
    assert path.stat().st_size < 10_000  # small: it used to be read on the GUI thread
    slow_ids(monkeypatch, 0.03)  # about 1.2 s of reading in all
    ticks = Ticks()
    ticks.timer.start()
    assert window.open_path(path) is True
    during_call = ticks.count
    wait_loaded(qtbot, window, timeout=30_000)
    ticks.timer.stop()
    assert during_call == 0  # open_path itself returned at once (nothing ticked inside it)
    assert ticks.count >= 25  # about 120 at full speed; 0 when the window freezes
    assert window.windowTitle().startswith("Slow calendar") and window.list.model().rowCount() == 40


def test_cancel_stops_the_worker_inside_an_importer(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(file_loader, "SHOW_PROGRESS_MS", 0)
    slow_ids(monkeypatch, 0.05)
    window.open_path(ics_file(tmp_path, 400))  # 20 s of reading if nothing stopped it
    job = window.loader.job
    qtbot.waitUntil(lambda: window.loader.cancel_button.isVisible(), timeout=5000)
    qtbot.wait(200)  # the worker is now deep in the importer's loop
    window.loader.cancel_button.click()
    job.thread.join(5)
    assert not job.thread.is_alive()  # stopped, not left running with its result dropped
    assert job.outcome == "cancelled"
    assert "Songdo" in window.windowTitle() and len(window.timeline.events) == SONGDO_EVENTS


def test_cancel_stops_the_column_checks_of_our_own_format(qtbot, window, tmp_path, monkeypatch):
    events = [{"id": f"e{i}", "title": f"Event {i}", "start": "2001-02-03"} for i in range(3000)]
    path = write_json(tmp_path, timeline_dict(*events, title="Many"), "many.json")
    real = event_columns._plain_piece

    def slow_piece(*args):
        time.sleep(0.05)
        return real(*args)

    monkeypatch.setattr(event_columns, "_PIECE", 10)  # 300 pieces: 15 s if nothing stopped it
    monkeypatch.setattr(event_columns, "_plain_piece", slow_piece)
    window.open_path(path)
    job = window.loader.job
    qtbot.wait(300)
    window.loader.cancel()
    job.thread.join(5)
    assert not job.thread.is_alive() and job.outcome == "cancelled"
    assert "Songdo" in window.windowTitle()


def test_an_unforeseen_error_fails_the_file_in_the_window_not_in_a_crash_dialog(qtbot, window, tmp_path,
                                                                                monkeypatch):
    shown, hooked = [], []
    monkeypatch.setattr(window, "_error", lambda title, text: shown.append(text))
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append(args))
    monkeypatch.setattr(file_loader, "write_log", lambda details: None)

    def broken(self, *args, **kwargs):
        raise KeyError("a bug met by this file")

    monkeypatch.setattr(builder.TimelineBuilder, "event_id", broken)
    path = ics_file(tmp_path, 3, "broken.ics")
    window.select_event("2019-10-14-medicen-agreement")
    window.open_path(path)
    wait_loaded(qtbot, window)
    qtbot.wait(20)
    assert len(shown) == 1 and "broken.ics" in shown[0] and "unexpected error: KeyError" in shown[0]
    assert hooked == []  # no crash report
    assert "Songdo" in window.windowTitle() and len(window.timeline.events) == SONGDO_EVENTS
    assert window.view.selected_id == "2019-10-14-medicen-agreement"


def test_a_bad_small_file_reloads_in_the_background_and_keeps_the_last_good_version(qtbot, window, tmp_path):
    path = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2001"}, title="Good"), "r.json")
    window.open_path(path)
    wait_loaded(qtbot, window)
    path.write_text('{"format": "timeline-app", "events": [', encoding="utf-8")
    window.reload_from_disk()
    assert window.loader.busy and window.loader.kind == "reload"  # not read on the GUI thread
    wait_loaded(qtbot, window)
    assert "JSON syntax error" in window.message_bar.text() and window.windowTitle().startswith("Good")


def test_loads_leave_the_collector_as_they_found_it(qtbot, window, tmp_path, monkeypatch):
    import gc

    monkeypatch.setattr(file_loader, "SHOW_PROGRESS_MS", 0)
    before = gc.isenabled(), gc.get_threshold(), gc.get_freeze_count(), sys.getswitchinterval()
    window.open_path(write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2001"}), "a.json"))
    wait_loaded(qtbot, window)
    slow_ids(monkeypatch, 0.05)
    window.open_path(ics_file(tmp_path, 200))
    job = window.loader.job
    qtbot.waitUntil(lambda: window.loader.cancel_button.isVisible(), timeout=5000)
    window.loader.cancel()
    job.thread.join(5)
    assert (gc.isenabled(), gc.get_threshold(), gc.get_freeze_count(), sys.getswitchinterval()) == before
