"""Incremental search: a field in the toolbar, matches marked on the canvas and listed."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from timeline_app.model import Timeline
from timeline_app.model.query import search_positions
from timeline_app.viewmodel import SearchMatches

# Debounce: a search over a million events takes 0.1-0.5 s, so on big timelines it waits for a
# longer pause in typing; small ones answer at once.
QUICK_DELAY_MS, BIG_DELAY_MS, BIG_EVENTS = 120, 300, 100_000


class SearchController(QObject):
    """Owns the search field (objectName searchField) and the Find actions.

    The query's matches go to the view model's `SearchMatches` (the canvas, list and pane
    listen to it); `go_to(event_id)` is called when the user steps to a match.
    """

    def __init__(self, parent: QWidget, matches: SearchMatches, go_to: Callable[[str], None]):
        super().__init__(parent)
        self._found = matches
        self._go_to = go_to
        self._timeline: Timeline | None = None
        self.field = QLineEdit(parent)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(240)
        self.field.returnPressed.connect(self.next_match)
        self.field.textChanged.connect(self._schedule)
        self.field.installEventFilter(self)
        self.status = QLabel(parent)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("searchStatus")
        # Typing fast recomputes once, not once per key, on large timelines.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(QUICK_DELAY_MS)
        self._timer.timeout.connect(self.update_matches)

        self.find_action = QAction(parent)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus)
        self.next_action = QAction(parent)
        self.next_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.FindNext), QKeySequence("F3")])
        self.next_action.triggered.connect(self.next_match)
        self.prev_action = QAction(parent)
        self.prev_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.FindPrevious), QKeySequence("Shift+F3")])
        self.prev_action.triggered.connect(self.previous_match)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (the window calls this on a language change)."""
        self.field.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search events"))
        self.field.setAccessibleDescription(
            self.tr("Type to find events by any word they hold; Enter or F3 goes to the next match, "
                    "Shift+F3 to the previous one, Escape clears."))
        self.find_action.setText(self.tr("&Find…"))
        self.next_action.setText(self.tr("Find &Next"))
        self.prev_action.setText(self.tr("Find &Previous"))
        if self.field.text().strip():
            self._update_status()

    @property
    def matches(self) -> list[str]:
        return list(self._found.ids or ())

    @property
    def positions(self) -> np.ndarray:
        """The matches' file positions in the timeline's table."""
        return self._found.positions if self._found.positions is not None else np.zeros(0, dtype=np.int64)

    @property
    def index(self) -> int:
        return self._found.current

    def set_timeline(self, timeline: Timeline) -> None:
        """Search another (or re-filtered) timeline with the current query."""
        self._timeline = timeline
        self._timer.setInterval(BIG_DELAY_MS if len(timeline.table) > BIG_EVENTS else QUICK_DELAY_MS)
        self.update_matches()

    @Slot()
    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.field and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.field.clear()
            return True
        return super().eventFilter(obj, event)

    @Slot()
    def _schedule(self) -> None:
        self._timer.start()

    @Slot()
    def update_matches(self) -> None:
        self._timer.stop()
        query = self.field.text()
        if not query.strip() or self._timeline is None:
            self.status.setText("")
            self._found.clear()
            return
        positions = search_positions(self._timeline, query)
        self._found.set(query, list(map(self._timeline.table.ids.__getitem__, positions.tolist())), positions)
        self._update_status()

    def _update_status(self) -> None:
        n = len(self.matches)
        if n == 0:
            self.status.setText(self.tr("No matches"))
        elif self.index < 0:
            self.status.setText(self.tr("1 match") if n == 1 else self.tr("{0} matches").format(n))
        else:
            self.status.setText(self.tr("{0} of {1}").format(self.index + 1, n))
        self.field.setAccessibleDescription(self.status.text())

    def _step(self, delta: int) -> None:
        if self._timer.isActive():
            self.update_matches()
        match = self._found.step(delta)
        if match is None:
            return
        self._update_status()
        self._go_to(match)

    @Slot()
    def next_match(self) -> None:
        self._step(1)

    @Slot()
    def previous_match(self) -> None:
        self._step(-1)
