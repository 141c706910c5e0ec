"""Fields of the status bar kept apart by a " · " separator, shown only between fields that say something."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

SEPARATOR = "·"
MESSAGE_MS = 4000  # how long a passing message ("zoomed out as far as it goes") stays


class SeparatedFields(QObject):
    """Adds groups of widgets to the right of `bar` as permanent widgets, a separator label
    between neighbouring groups. A separator shows only when a group on each side of it shows
    something (a visible widget that is not an empty label), so a search with no query or a
    hidden filter chip never leaves a stray dot. The fields change their text from many
    places; the status bar lays itself out again after each change, and that is when the
    separators are brought up to date."""

    def __init__(self, bar: QStatusBar, groups: list[list[QWidget]]):
        super().__init__(bar)
        self._bar = bar
        self._groups = groups
        self.separators: list[QLabel] = []
        for i, group in enumerate(groups):
            if i:
                sep = QLabel(SEPARATOR)
                sep.setObjectName("statusSeparator")
                sep.setTextFormat(Qt.TextFormat.PlainText)
                sep.setAccessibleName("")
                bar.addPermanentWidget(sep)
                self.separators.append(sep)
            for widget in group:
                bar.addPermanentWidget(widget)
                widget.installEventFilter(self)
        bar.installEventFilter(self)
        self.refresh()

    def _says_something(self, widget: QWidget) -> bool:
        if widget.isHidden():
            return False
        return bool(widget.text()) if isinstance(widget, QLabel) else True

    def refresh(self) -> None:
        shows = [any(self._says_something(w) for w in group) for group in self._groups]
        for i, sep in enumerate(self.separators):
            # Before each showing group that has a showing group somewhere on its left.
            want = shows[i + 1] and any(shows[:i + 1])
            if sep.isHidden() == want:
                sep.setVisible(want)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.refresh()
        return False
