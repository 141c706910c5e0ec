"""A non-modal message bar above the canvas: warnings and errors that stay until dealt with."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

# The bar is light in both themes, so its dismiss button takes the bar's text colour too (the
# dark theme's light button text vanished on it).
STYLES = {
    "error": "QFrame#messageBar { background: #fbe3e4; border: 1px solid #d9a3a6; }"
             " QLabel, QToolButton { color: #6b1218; }",
    "warning": "QFrame#messageBar { background: #fff4d6; border: 1px solid #e3c77a; }"
               " QLabel, QToolButton { color: #5a4300; }",
    "info": "QFrame#messageBar { background: #e3eefb; border: 1px solid #a6c1e3; }"
            " QLabel, QToolButton { color: #15365e; }",
}


class MessageBar(QFrame):
    """Shows one message (plain text) with a close button; hidden when there is none."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Messages"))
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "warning") -> None:
        self.kind = kind
        self.setStyleSheet(STYLES.get(kind, STYLES["info"]))
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def dismiss(self) -> None:
        self.hide()
        self.kind = ""
        self.closed.emit()
