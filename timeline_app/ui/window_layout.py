"""The window's size and splits: first-launch geometry, the pane's share of the width, the
canvas no taller than its lanes need, and what is restored and saved between sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication

from timeline_app.ui import session

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

FIRST_LAUNCH_SHARE = 0.8  # of the screen's available width and height
PANE_SHARE = 0.41  # of the window's width for the detail pane: lines of about 70 characters at 1400 px


class WindowLayout:
    """Sizes the splitters of `window` and remembers whether the user chose the list's height."""

    def __init__(self, window: "MainWindow"):
        self.window = window
        self.list_height_chosen = True  # by dragging between canvas and list; restore() sets the defaults
        window.left.splitterMoved.connect(self._on_left_split_moved)

    def restore(self) -> None:
        """Geometry, splits, the Filters panel and the toolbar as the user left them (or defaults)."""
        w, s = self.window, QSettings()
        geometry = s.value("window/geometry")
        if geometry is None or not w.restoreGeometry(geometry):
            self._first_launch_geometry()
        self.fit_content_heights()
        self._default_splits()
        # Splitter and dock states saved by another layout would put its sizes on these
        # widgets: only a state saved by this layout is restored.
        self.list_height_chosen = False
        if session.layout_version() == session.LAYOUT_VERSION:
            for key, splitter in (("window/split", w.split), ("window/left", w.left)):
                state = s.value(key)
                if state is not None:
                    splitter.restoreState(state)
                    self.list_height_chosen |= splitter is w.left
            state = s.value("window/filters")
            if state is not None:
                w.left_area.restoreState(state, session.LAYOUT_VERSION)  # the Filters panel
        state = s.value("window/state")
        if state is not None:
            w.restoreState(state, session.LAYOUT_VERSION)  # the toolbar

    def save(self) -> None:
        w, s = self.window, QSettings()
        s.setValue("window/geometry", w.saveGeometry())
        s.setValue("window/split", w.split.saveState())
        if self.list_height_chosen:
            s.setValue("window/left", w.left.saveState())
        else:
            s.remove("window/left")  # the next timeline gets the height its rows need, not this one's
        s.setValue("window/filters", w.left_area.saveState(session.LAYOUT_VERSION))
        s.setValue("window/state", w.saveState(session.LAYOUT_VERSION))
        session.set_layout_version()

    def _first_launch_geometry(self) -> None:
        """About FIRST_LAUNCH_SHARE of the screen's free area, centred on it."""
        w = self.window
        screen = w.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        size = QSize(round(free.width() * FIRST_LAUNCH_SHARE), round(free.height() * FIRST_LAUNCH_SHARE))
        size = size.expandedTo(w.minimumSizeHint()).boundedTo(free.size())
        w.resize(size)
        w.move(free.x() + (free.width() - size.width()) // 2, free.y() + (free.height() - size.height()) // 2)

    def _default_splits(self) -> None:
        """The pane gets PANE_SHARE of the width; the list its rows (up to LIST_ROWS), the canvas the rest."""
        w = self.window
        width = max(w.width(), 1)
        w.split.setSizes([round(width * (1 - PANE_SHARE)), round(width * PANE_SHARE)])
        list_h = w.list.sizeHint().height()
        w.left.setSizes([max(w.height() - list_h, w.canvas_pane.minimumHeight()), list_h])

    def fit_content_heights(self) -> None:
        """Cap the canvas at the height its lanes need: the list below gets the rest. Until the
        user sets the list's height, it follows the timeline shown: its rows, up to LIST_ROWS."""
        w = self.window
        w.view.setMaximumHeight(max(w.view.height_for_lanes(), w.view.minimumHeight()))
        sizes = w.left.sizes()
        total = sum(sizes)
        if self.list_height_chosen or total <= 0:
            return
        canvas_max = w.view.maximumHeight() + (w.overview.height() if w.overview.isVisible() else 0)
        list_h = max(w.list.sizeHint().height(), total - canvas_max)
        if abs(sizes[1] - list_h) > 1:
            w.left.setSizes([total - list_h, list_h])

    def _on_left_split_moved(self, _pos: int, _index: int) -> None:
        self.list_height_chosen = True
