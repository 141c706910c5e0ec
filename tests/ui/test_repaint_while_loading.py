"""While a file loads, repainting the window barely calls into Python.

Every call from Qt into Python while the loading thread holds the interpreter lock waits for
it (up to the 5 ms switch interval), so a repaint that calls Python hundreds of times stalls
the window for tens of milliseconds. The controls' edges are drawn by Fusion from the palette
(ui/appearance.py edge_palettes), not by a Python style. Counted, not timed: the Python calls the
GUI thread makes during one repaint.
"""

from __future__ import annotations

import sys
import threading
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers import timeline_dict, write_json
from timeline_app.ui import appearance, file_loader


def python_calls_during(action) -> Counter:
    """The Python functions the GUI thread enters while `action` runs, by file:name."""
    calls: Counter = Counter()

    def profile(frame, event, _arg):
        if event == "call":
            calls[f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"] += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    calls.pop("test_repaint_while_loading.py:<lambda>", None)
    return calls


@pytest.fixture
def loading(qtbot, window, tmp_path, monkeypatch):
    """The window with a File > Open in progress (held until the test ends) and its bar showing."""
    release = threading.Event()
    real = file_loader.open_timeline

    def held(path, progress=None):
        release.wait(30)
        return real(path, progress)

    monkeypatch.setattr(file_loader, "open_timeline", held)
    appearance.PaletteKeeper().apply("dark")
    events = [{"id": f"e{i}", "title": f"Event {i}", "start": f"2020-01-{1 + i:02d}"} for i in range(10)]
    path = write_json(tmp_path, timeline_dict(*events), "other.json")
    window.open_path(path)
    assert window.loader.busy
    window.loader._show_bar()
    qtbot.waitUntil(lambda: window.loader.progress.isVisible())
    yield window
    release.set()
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=10_000)
    appearance.PaletteKeeper().apply("system")


def test_the_progress_bar_repaints_without_python(loading):
    calls = python_calls_during(lambda: loading.loader.progress.repaint())
    assert sum(calls.values()) <= 5, calls.most_common(10)  # a status-bar event filter, an enum


def test_a_whole_window_repaint_calls_no_python_style(loading):
    """A full repaint (an expose, a resize) while loading: no style primitive goes through Python."""
    QApplication.processEvents()
    calls = python_calls_during(lambda: loading.repaint())
    # QStyle's virtuals (camelCase); the painter's own drawers (render/drawers, draw_*) are not style.
    style_calls = ("drawPrimitive", "drawControl", "drawComplexControl", "drawItem", "pixelMetric", "styleHint",
                   "subElementRect", "_edge")
    style = {name: n for name, n in calls.items() if name.split(":")[1].startswith(style_calls)}
    assert not style, style
