"""Toolbar icons drawn in code, so the app looks the same without a desktop icon theme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

INK = QColor("#2d3a52")


def _canvas(size: int = 64) -> tuple[QPixmap, QPainter]:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 32, size / 32)
    return pix, p


def magnifier(sign: str, ink: QColor = INK) -> QIcon:
    """A magnifying glass with "+" or "-" in the lens."""
    pix, p = _canvas()
    pen = QPen(ink, 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawEllipse(QPointF(13, 13), 8.5, 8.5)
    pen.setWidthF(4)
    p.setPen(pen)
    p.drawLine(QPointF(19.5, 19.5), QPointF(27, 27))
    pen.setWidthF(2.4)
    p.setPen(pen)
    p.drawLine(QPointF(9, 13), QPointF(17, 13))
    if sign == "+":
        p.drawLine(QPointF(13, 9), QPointF(13, 17))
    p.end()
    return QIcon(pix)


def fit_all(ink: QColor = INK) -> QIcon:
    """Two arrows pushing out to two bars: show everything."""
    pix, p = _canvas()
    pen = QPen(ink, 2.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.drawLine(QPointF(4, 8), QPointF(4, 24))
    p.drawLine(QPointF(28, 8), QPointF(28, 24))
    p.drawLine(QPointF(9, 16), QPointF(23, 16))
    p.drawPolyline([QPointF(13, 12), QPointF(9, 16), QPointF(13, 20)])
    p.drawPolyline([QPointF(19, 12), QPointF(23, 16), QPointF(19, 20)])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#d0661a"))
    p.drawRoundedRect(QRectF(12, 25, 8, 4), 1.5, 1.5)
    p.end()
    return QIcon(pix)
