"""The small square of a category's colour beside its name (event list, Filters panel)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

SIZE = 12


def category_swatch(color: str | QColor, size: int = SIZE) -> QIcon:
    """An icon of exactly `color` in every state.

    A bare colour (or a one-pixmap icon) is tinted with the highlight colour on a selected row, so
    an orange category turned brown; the same pixmap for the Selected and Active modes keeps it.
    The edge is a shade darker so pale colours still show on a white row.
    """
    fill = QColor(color)
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    with QPainter(pix) as p:
        p.fillRect(0, 0, size, size, fill.darker(135))
        p.fillRect(1, 1, size - 2, size - 2, fill)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
        icon.addPixmap(pix, mode)
    return icon
