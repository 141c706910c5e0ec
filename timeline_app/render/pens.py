"""Colours, pens and brushes for painting, each parsed or built once and shared.

The cached objects are shared by every paint: never change one (use color() for a QColor
to change).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen


def color(spec: str, alpha: int | None = None) -> QColor:
    """#rrggbb or #rrggbbaa (CSS order) to QColor (a new object the caller may change)."""
    c = QColor(_parsed(spec[:7]))
    if len(spec) == 9:
        c.setAlpha(int(spec[7:9], 16))
    if alpha is not None:
        c.setAlpha(alpha)
    return c


@lru_cache(maxsize=1024)
def _parsed(spec: str) -> QColor:
    return QColor(spec)


@lru_cache(maxsize=2048)
def shared_color(spec: str, alpha: int | None = None) -> QColor:
    """A shared QColor for painting (never change it; use color() for one to change)."""
    return color(spec, alpha)


@lru_cache(maxsize=2048)
def edge_pen(spec: str, width: float, alpha: int | None = None, dashed: bool = False) -> QPen:
    """The outline of a shape filled with `spec`: the same hue, darker."""
    pen = QPen(_edge(spec) if alpha is None else _edge_alpha(spec, alpha), width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


@lru_cache(maxsize=2048)
def brush(spec: str, alpha: int | None = None) -> QBrush:
    return QBrush(shared_color(spec, alpha))


@lru_cache(maxsize=1024)
def _edge_alpha(spec: str, alpha: int) -> QColor:
    c = QColor(_edge(spec))
    c.setAlpha(alpha)
    return c


@lru_cache(maxsize=1024)
def _edge(spec: str) -> QColor:
    return QColor(spec[:7]).darker(140)


@lru_cache(maxsize=1024)
def is_dark(spec: str) -> bool:
    """Whether white text reads better than dark text on `spec`."""
    c = QColor(spec[:7])
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) < 150
