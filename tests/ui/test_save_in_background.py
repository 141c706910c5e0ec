"""Saving in a worker thread: the window keeps working (repaints, timers) while a big timeline
is written, takes no edits meanwhile, and Cancel leaves the file on disk as it was."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from benchmarks.synth import synthetic_bytes
from timeline_app.cli import cmd_validate
from timeline_app.editing import document, edits
from timeline_app.model import parse_timeline
from timeline_app.paths import bundled_timeline
from tests.ui.test_editing_in_window import OCT, SEPT, _drag, answers


class Held:
    """The worker's write waits at a gate until the GUI thread opens it (or 10 s pass): what
    the GUI does before opening it happens while the save is running."""

    def __init__(self):
        self.reached, self.go = threading.Event(), threading.Event()


@pytest.fixture
def held(monkeypatch) -> Held:
    held, real = Held(), document.write_atomically

    def write(path, data, *progress):
        held.reached.set()
        held.go.wait(10)
        real(path, data, *progress)

    monkeypatch.setattr(document, "write_atomically", write)
    return held


def save_while(window, held: Held, during, ready=lambda: True, save=lambda w: w.save()):
    """Save, and call `during()` on the GUI thread once the worker waits at the gate and
    `ready()`; returns save's result and what `during` returned (nothing: it never ran in time)."""
    ran = []

    def tick():
        if not ran and held.reached.is_set() and ready():
            ran.append(during())
            held.go.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    try:
        result = save(window)
    finally:
        timer.stop()
        held.go.set()
    return result, ran


@pytest.fixture
def own_copy(tmp_path) -> Path:
    path = tmp_path / "songdo.json"
    shutil.copy(bundled_timeline(), path)
    return path


def _retitle(window, event_id: str, title: str) -> None:
    window.editing.push(edits.set_fields(window.editing.document, event_id, {"title": title}))


def test_a_big_save_runs_while_the_window_keeps_processing_events_and_writes_the_whole_file(
        open_window, qtbot, held, tmp_path, capsys):
    path = tmp_path / "big.json"
    path.write_bytes(synthetic_bytes(200_000))
    expected = json.loads(path.read_bytes())
    window = open_window(path)
    qtbot.waitUntil(lambda: window.full_timeline.table.n == 200_000 and not window.flow.loader.busy, timeout=60_000)
    target = window.full_timeline.table.ids[123_456]
    _retitle(window, target, "Renamed while big")
    ticks = []
    clock = QTimer()
    clock.timeout.connect(lambda: ticks.append(1))
    clock.start(5)
    saved, ran = save_while(window, held, lambda: len(ticks))
    clock.stop()
    assert ran and ran[0] > 0  # the timer fired while the worker was writing
    assert saved is True and not window.is_dirty() and not window.isWindowModified()
    written = json.loads(path.read_bytes())
    expected["events"][123_456]["title"] = "Renamed while big"
    assert written == expected
    assert cmd_validate([str(path)]) == 0, capsys.readouterr().out
    again = parse_timeline(path.read_bytes()).timeline
    assert list(again.table.titles) == list(window.full_timeline.table.titles)
    assert list(again.table.ids) == list(window.full_timeline.table.ids)
    assert [p.name for p in tmp_path.iterdir()] == ["big.json"]  # no temporary file left


def test_while_saving_keys_drags_and_a_second_save_change_nothing(open_window, qtbot, held, own_copy):
    window = open_window(own_copy)
    _retitle(window, OCT, "Medicen pact")
    sept_start = window.full_timeline.event_by_id[SEPT].start.to_iso()

    def meddle():
        window.list.setFocus()
        qtbot.keyClick(window.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo
        qtbot.keyClick(window.list, Qt.Key.Key_Delete)
        _drag(qtbot, window, SEPT, 7)
        return window.save()  # Ctrl+S again, from code

    saved, ran = save_while(window, held, meddle)
    assert ran == [False]  # the second save did nothing, during the first
    assert saved is True and not window.is_dirty()
    assert window.undo_stack.count() == 1 and window.full_timeline.event_by_id[OCT].title == "Medicen pact"
    assert window.full_timeline.event_by_id[SEPT].start.to_iso() == sept_start
    assert json.loads(own_copy.read_text(encoding="utf-8"))["events"][1]["title"] == "Medicen pact"


def test_cancel_leaves_the_file_as_it_was_and_the_window_dirty(open_window, qtbot, held, own_copy):
    before = own_copy.read_bytes()
    window = open_window(own_copy)
    _retitle(window, OCT, "Medicen pact")
    background = window.editing.background

    def shown() -> bool:
        return background.dialog is not None and background.dialog.isVisible()

    def cancel():
        assert background.dialog.windowModality() == Qt.WindowModality.WindowModal
        qtbot.mouseClick(background.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        return background.dialog.labelText()

    saved, ran = save_while(window, held, cancel, ready=shown)
    assert ran == ["Saving songdo.json…"]
    assert saved is False
    assert own_copy.read_bytes() == before
    assert [p.name for p in own_copy.parent.iterdir()] == ["songdo.json"]
    assert window.is_dirty() and window.isWindowModified()
    assert "cancelled" in window.statusBar().currentMessage()
    assert not background.dialog  # gone with the save
    assert window.save() is True  # a later save still works
    assert json.loads(own_copy.read_text(encoding="utf-8"))["events"][1]["title"] == "Medicen pact"


def test_a_short_save_shows_no_progress_dialog(open_window, qtbot, own_copy):
    window = open_window(own_copy)
    _retitle(window, OCT, "Medicen pact")
    background, shows = window.editing.background, []

    def look() -> None:
        shows.append(background.dialog is not None and background.dialog.isVisible())

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(0)  # looks at every pass of the event loop the save runs
    try:
        assert window.save() is True
    finally:
        timer.stop()
    assert True not in shows  # never shown: no flicker for a small file


def test_the_close_prompts_save_writes_the_file_and_closes(open_window, qtbot, monkeypatch, own_copy):
    window = open_window(own_copy)
    _retitle(window, OCT, "Saved on close")
    answers(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close() is True
    assert json.loads(own_copy.read_text(encoding="utf-8"))["events"][1]["title"] == "Saved on close"


def test_a_save_that_fails_names_the_path_and_keeps_the_changes(open_window, qtbot, monkeypatch, own_copy):
    window = open_window(own_copy)
    _retitle(window, OCT, "Medicen pact")
    shown = []
    monkeypatch.setattr(window, "_error", lambda title, text: shown.append(text))
    folder = own_copy.parent / "a-folder.json"
    folder.mkdir()
    assert window.save_as(folder) is False
    assert len(shown) == 1 and shown[0].startswith(f"{folder}: ") and "folder" in shown[0][len(str(folder)):]
    assert window.is_dirty() and window.path == own_copy
    assert window.save() is True and not window.is_dirty()
