"""Opening files in a worker thread: progress, Cancel, errors, start-up and reloads.

Big files load in the background; here the size threshold is set to zero so small files do,
and the worker waits at a gate the test opens, so what happens meanwhile is certain.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.helpers import timeline_dict, write_json
from timeline_app.ui import MainWindow, big_file, file_loader, session

SONGDO_EVENTS = 3


@pytest.fixture
def gate(monkeypatch):
    """Every file counts as big; the worker starts reading only once gate.set() is called."""
    gate = threading.Event()
    real = file_loader.open_timeline

    def gated(path, progress=None):
        assert gate.wait(10), "the test never opened the gate"
        return real(path, progress)

    monkeypatch.setattr(big_file, "BACKGROUND_BYTES", 0)
    monkeypatch.setattr(file_loader, "SHOW_PROGRESS_MS", 0)
    monkeypatch.setattr(file_loader, "open_timeline", gated)
    return gate


def other_file(tmp_path: Path, title: str = "Other timeline") -> Path:
    return write_json(tmp_path, timeline_dict({"id": "x", "title": "Only event", "start": "1969-07-20"},
                                              title=title), "other.json")


def finish(qtbot, job) -> None:
    job.thread.join(10)
    assert not job.thread.is_alive()
    qtbot.wait(20)  # let the queued outcome arrive


def test_a_big_file_opens_in_the_background_with_progress(qtbot, window, tmp_path, gate):
    path = other_file(tmp_path)
    assert window.open_path(path) is True
    job = window.loader.job
    assert window.loader.busy and "Songdo" in window.windowTitle()  # the old timeline, until done
    qtbot.waitUntil(lambda: window.loader.bar.isVisible(), timeout=2000)
    assert window.loader.label.text() == "Opening other.json…"
    gate.set()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Other timeline"), timeout=5000)
    assert job.outcome == "loaded" and not window.loader.busy
    assert not window.loader.bar.isVisible()
    assert window.list.model().rowCount() == 1 and window.view.event_position("x") is not None
    assert window.path == path and session.recent_files()[0] == str(path.resolve())


def test_cancel_stops_the_load_and_keeps_the_timeline_and_title(qtbot, window, tmp_path, gate):
    window.select_event("2019-10-14-medicen-agreement")
    title = window.windowTitle()
    window.open_path(other_file(tmp_path))
    job = window.loader.job
    qtbot.waitUntil(lambda: window.loader.cancel_button.isVisible(), timeout=2000)
    qtbot.mouseClick(window.loader.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.loader.busy and not window.loader.bar.isVisible()
    gate.set()  # the worker now runs into its first progress report, which raises
    finish(qtbot, job)
    assert job.outcome == "cancelled"
    assert window.windowTitle() == title
    assert len(window.timeline.events) == SONGDO_EVENTS and window.path.name != "other.json"
    assert window.view.selected_id == "2019-10-14-medicen-agreement"


def test_an_error_in_a_background_load_keeps_the_old_timeline_and_says_where(qtbot, window, tmp_path, gate,
                                                                             monkeypatch):
    shown = []
    monkeypatch.setattr(window, "_error", lambda title, text: shown.append(text))
    bad = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2019-02-30"}), "bad.json")
    assert window.open_path(bad) is True  # started; the verdict comes later
    gate.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert 'events[0].start: "2019-02-30" is not a date' in shown[0] and "bad.json" in shown[0]
    assert "Songdo" in window.windowTitle() and len(window.timeline.events) == SONGDO_EVENTS
    assert not window.loader.busy


def test_a_newer_open_wins_over_a_load_still_running(qtbot, window, tmp_path, gate):
    first = window.loader
    window.open_path(other_file(tmp_path, "First"))
    job = first.job
    second = write_json(tmp_path, timeline_dict({"id": "y", "title": "Y", "start": "2001"}, title="Second"), "b.json")
    assert window.open_path(second, wait=True)
    assert window.windowTitle().startswith("Second") and not window.loader.busy
    gate.set()
    finish(qtbot, job)
    assert window.windowTitle().startswith("Second")  # the first file, read meanwhile, is dropped


def test_a_window_started_on_a_big_file_shows_empty_then_the_timeline(qtbot, tmp_path, gate):
    path = other_file(tmp_path, "Started big")
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    assert w.loader.busy and w.windowTitle().startswith("Opening other.json…")
    assert w.list.model().rowCount() == 0
    w.restore_session()  # waits for the file
    gate.set()
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Started big"), timeout=5000)
    assert w.list.model().rowCount() == 1 and w.view.event_position("x") is not None


def test_cancelling_the_first_file_leaves_an_empty_window(qtbot, tmp_path, gate):
    w = MainWindow(other_file(tmp_path))
    qtbot.addWidget(w)
    w.loader.cancel()
    assert w.windowTitle().startswith("No timeline open") and w.list.model().rowCount() == 0
    gate.set()


def test_a_bad_first_file_is_reported_in_the_window(qtbot, tmp_path, gate):
    bad = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2019-02-30"}), "bad.json")
    w = MainWindow(bad)
    qtbot.addWidget(w)
    w.show()
    gate.set()
    qtbot.waitUntil(lambda: w.message_bar.isVisible(), timeout=5000)
    assert "is not a date" in w.message_bar.text() and "bad.json" in w.message_bar.text()
    assert w.windowTitle().startswith("No timeline open")


def test_a_big_file_reloads_in_the_background(qtbot, tmp_path, gate):
    gate.set()
    path = other_file(tmp_path, "Before")
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.windowTitle().startswith("Before"), timeout=5000)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["title"] = "After"
    path.write_text(json.dumps(data), encoding="utf-8")
    w.reload_from_disk()
    assert w.loader.kind == "reload" and w.loader.label.text() == "Reloading other.json…"
    qtbot.waitUntil(lambda: w.windowTitle().startswith("After"), timeout=5000)
    path.write_text("{", encoding="utf-8")
    w.reload_from_disk()
    qtbot.waitUntil(lambda: w.message_bar.isVisible(), timeout=5000)
    assert "JSON syntax error" in w.message_bar.text() and w.windowTitle().startswith("After")


def test_view_shows_the_window_before_a_big_file_is_read(qtbot, tmp_path, gate, monkeypatch):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from timeline_app import cli
    from timeline_app.ui import crash

    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName(),
             QApplication.applicationDisplayName())
    seen = []

    def fake_exec(*_args):
        w = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append((w.windowTitle(), w.loader.busy))
        gate.set()
        qtbot.waitUntil(lambda: not w.loader.busy, timeout=5000)
        seen.append(w.message_bar.text())
        w.close()
        return 0

    monkeypatch.setattr(crash.CrashReporter, "install", lambda self: None)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    bad = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2019-02-30"}), "big.json")
    try:
        assert cli.cmd_view(str(bad)) == 0  # no exit 1 before a window: the file is read by the window
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
        QApplication.setApplicationDisplayName(names[2])
    assert seen[0] == ("Opening big.json… — Timeline", True)
    assert "is not a date" in seen[1] and "big.json" in seen[1]
