"""Putting text from files into widgets that would otherwise interpret parts of it.

QLabel, QMessageBox and QToolTip guess "rich text" from angle brackets; buttons, check boxes
and menu entries turn "&" into a keyboard mnemonic; window titles hide "[*]". Text from data
goes through these so it shows exactly as written.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def mnemonic_safe(text: str) -> str:
    """For QAction, QCheckBox and button texts: "R&D" stays "R&D", not "R" and underlined "D"."""
    return text.replace("&", "&&")


def title_safe(text: str) -> str:
    """For window titles: Qt hides a lone "[*]" (the unsaved-changes marker); two make one."""
    return text.replace("[*]", "[*][*]")


def tooltip_html(text: str) -> str:
    """QToolTip renders anything that looks like HTML; this is escaped HTML that shows `text`."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label
