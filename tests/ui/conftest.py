"""A main window on the bundled timeline, shown and ready for input."""

import pytest

from timeline_app.ui import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    return w
