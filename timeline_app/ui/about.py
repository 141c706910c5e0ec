"""About and Keyboard Shortcuts dialogs (plain text only)."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.model import TimelineError, load_timeline
from timeline_app.paths import bundled_timeline, icon_path

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+O", "Open a timeline file (or drop one on the window)"),
    ("Ctrl+F", "Search: every word must match, case and accents ignored"),
    ("Enter, F3 / Shift+F3", "Next / previous search match (the canvas follows)"),
    ("Escape (in the search field)", "Clear the search"),
    ("Ctrl+Shift+F", "Show or hide the Filters panel"),
    ("Ctrl+Shift+L", "Clear all filters"),
    ("Click a legend entry", "Hide or show that category"),
    ("Ctrl+E", "Export a PNG, SVG or PDF of the timeline"),
    ("Ctrl+P", "Print, with a preview"),
    ("Ctrl++ / Ctrl+=", "Zoom in (about the selected event when visible)"),
    ("Ctrl+-", "Zoom out"),
    ("Ctrl+0", "Fit the whole timeline"),
    ("Mouse wheel, pinch", "Zoom about the pointer"),
    ("Drag, Shift+wheel, sideways swipe", "Pan"),
    ("Drag the box in the overview", "Pan; click elsewhere in it to go there, scroll on it to zoom"),
    ("Alt+wheel, Ctrl+Up / Ctrl+Down", "Scroll the lanes when they do not all fit (canvas focused for keys)"),
    ("Click a cluster or band", "Zoom into its events (a band across the view: 4x about the click)"),
    ("Click the bottom \"+N\" row", "Scroll down to the lanes it counts"),
    ("Left / Right, Tab / Shift+Tab", "Previous / next event (canvas focused)"),
    ("Ctrl+Left / Ctrl+Right", "Previous / next event (anywhere)"),
    ("Shift+Left / Shift+Right", "Pan a little"),
    ("Page Up / Page Down", "Pan a screen"),
    ("Home / End", "First / last event"),
    ("+ / -", "Zoom in / out (canvas focused)"),
    ("Enter, double-click", "Zoom to the selected event"),
    ("Escape", "Clear the selection"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit"),
)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def bundled_credits() -> str:
    """Who the bundled timeline's facts come from, one source a line."""
    try:
        timeline = load_timeline(bundled_timeline()).timeline
    except TimelineError as exc:
        return f"(bundled timeline unavailable: {exc.message()})"
    lines = []
    for s in timeline.sources:
        lines.append("• " + ", ".join(x for x in (s.title, s.publisher, s.url) if x))
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("About Timeline")
        self.setWindowIcon(QIcon(str(icon_path())))
        layout = QVBoxLayout(self)
        title = _label(f"Timeline {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(_label(
            "A desktop timeline viewer: zoomable timelines, event details, exact exports.\n"
            f"Qt {qVersion()}, PySide6 {PySide6.__version__}."
        ))
        layout.addWidget(_label("Bundled timeline (Songdo Bio Cluster, autumn 2019), from:"))
        layout.addWidget(_label(bundled_credits()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels(["Keys", "Action"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)
