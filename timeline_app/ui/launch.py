"""The window app's start: the QApplication, its names and icon, fonts, language, crash
reporting and the main window (what `timeline-app [FILE]` runs once the file is known good)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from timeline_app.model.memory import prefer_reused_memory
from timeline_app.paths import icon_path
from timeline_app.render.fonts import install_fonts
from timeline_app.ui import language, translation
from timeline_app.ui.crash import CrashReporter
from timeline_app.ui.main_window import MainWindow

PROG = "timeline-app"


def run_window(path: Path) -> int:
    """Open `path` in the main window and run until it closes; the exit status."""
    prefer_reused_memory()  # before any big column is made: edits then copy into warm memory
    app = QApplication.instance() or QApplication([PROG])
    app.setApplicationName("timeline-app")
    app.setOrganizationName("timeline-app")
    app.setApplicationDisplayName("Timeline")
    app.setDesktopFileName("timeline-app")
    app.setWindowIcon(QIcon(str(icon_path())))
    install_fonts()  # before any widget: lists, dialogs and the pane all draw Hangul
    translation.apply(language.current())  # now that there is an application to install them in
    reporter = CrashReporter(app)
    reporter.install()
    window = MainWindow(path)
    window.show()
    window.restore_session()
    return app.exec()
