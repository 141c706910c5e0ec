"""An unexpected error is logged and shown with its details; the window keeps working."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QMessageBox

from timeline_app.ui.crash import CrashReporter, log_path


def boom():
    raise RuntimeError("a bug in a slot")


def test_an_unexpected_error_is_logged_and_shown(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    reporter = CrashReporter(window)
    try:
        boom()
    except RuntimeError:
        reporter.handle(*sys.exc_info())
    assert len(shown) == 1
    box = shown[0]
    assert box.objectName() == "crashDialog"
    assert "window keeps working" in box.text() and str(log_path()) in box.text()
    assert "RuntimeError: a bug in a slot" in box.detailedText()
    assert "timeline-app" in box.detailedText().splitlines()[0]
    log = log_path().read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a slot" in log
    copy = next(b for b in box.buttons() if "Copy" in b.text())
    copy.click()
    from PySide6.QtGui import QGuiApplication

    assert "a bug in a slot" in QGuiApplication.clipboard().text()
    # The window still works.
    window.select_event("2019-12-05-asian-pain-symposium")
    assert "Asian Pain Symposium" in window.pane.toPlainText()


def test_errors_in_worker_threads_reach_the_dialog(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    reporter = CrashReporter(window)
    reporter.install()
    try:
        t = threading.Thread(target=boom)
        t.start()
        t.join()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    finally:
        reporter.uninstall()
    assert "a bug in a slot" in shown[0].detailedText()
    assert sys.excepthook is not reporter.handle


def test_keyboard_interrupt_is_not_a_crash(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    quit_called = []
    monkeypatch.setattr("timeline_app.ui.crash.QApplication.quit", lambda: quit_called.append(True))
    CrashReporter().handle(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert shown == [] and quit_called == [True]
