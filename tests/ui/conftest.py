"""A main window on the bundled timeline, shown and ready for input."""

import pytest

from timeline_app.ui import MainWindow


@pytest.fixture
def open_window(qtbot):
    """Open a main window on `path` (None: the bundled timeline) at 1400x900, shown and exposed:
    for tests that set something up (a language, a file) before the window exists."""
    def open_(path=None) -> MainWindow:
        w = MainWindow(path)
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
        qtbot.waitExposed(w)
        return w

    return open_


@pytest.fixture
def window(open_window):
    return open_window()


@pytest.fixture(autouse=True)
def _delete_closed_windows(qtbot):
    """Windows a test made are deleted after it, not only closed: a closed window is still
    alive (pytest-qt only closes it), and a dozen of them make every paint of the next test's
    window slower while a worker holds the interpreter lock, so a test counting event-loop
    ticks measured the tests before it."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.close()
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _questions_answered(monkeypatch):
    """A question about unsaved changes would wait for a click forever in a test (pytest-qt
    closes the windows a test edited): it is answered "discard" unless a test answers it
    itself (monkeypatch edit_session.ask)."""
    from PySide6.QtWidgets import QMessageBox

    from timeline_app.ui import edit_session

    monkeypatch.setattr(edit_session, "ask", lambda *_args: QMessageBox.StandardButton.Discard)
