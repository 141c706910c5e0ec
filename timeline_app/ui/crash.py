"""Unexpected errors in the running app: logged to a file and shown once, the window keeps working.

A bug is allowed to crash a test, never to end a user's session silently: every exception that
reaches Qt's event loop (sys.excepthook) or a worker thread (threading.excepthook) is written to
<app data>/logs/timeline-app.log and shown in a dialog with a "Copy Details" button.
"""

from __future__ import annotations

import platform
import sys
import threading
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from timeline_app import __version__

LOG_NAME = "timeline-app.log"
MAX_LOG_BYTES = 1_000_000  # then the log moves to timeline-app.log.1 and starts again


def log_path() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".timeline-app") / "logs" / LOG_NAME


def write_log(details: str) -> Path | None:
    """Append a report to the log file; None when even that fails (a full disk, say)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"==== {time.strftime('%Y-%m-%d %H:%M:%S')}\n{details}\n")
        return path
    except OSError:
        return None


def report_text(exc_type, exc, tb) -> str:
    versions = (f"timeline-app {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
                f"{platform.platform()}")
    return versions + "\n" + "".join(traceback.format_exception(exc_type, exc, tb))


class CrashReporter(QObject):
    """Installs the hooks; shows at most one dialog at a time (later errors are only logged)."""

    _from_thread = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._showing = False
        self.last_report: str | None = None
        self.last_log: Path | None = None
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        details = report_text(exc_type, exc, tb)
        sys.stderr.write(details)
        self._show(details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        details = report_text(args.exc_type, args.exc_value, args.exc_traceback)
        sys.stderr.write(details)
        self._from_thread.emit(details)  # dialogs belong to the GUI thread

    @Slot(str)
    def _show(self, details: str) -> None:
        self.last_report = details
        self.last_log = write_log(details)
        if self._showing:
            return
        self._showing = True
        try:
            self.dialog(details, self.last_log).exec()
        finally:
            self._showing = False

    @staticmethod
    def dialog(details: str, log: Path | None) -> QMessageBox:
        where = (QCoreApplication.translate("CrashReporter", "The details were saved to {0}.").format(log) if log
                 else QCoreApplication.translate("CrashReporter", "The details could not be saved to a log file."))
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("CrashReporter", "Something went wrong"),
                          QCoreApplication.translate("CrashReporter", "An unexpected error happened. The window keeps "
                                                     "working, but the last action may not have finished.") + f"\n{where}",
                          QMessageBox.StandardButton.Close, QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)  # shown as plain text
        copy = box.addButton(QCoreApplication.translate("CrashReporter", "&Copy Details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the dialog open after copying
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        return box
