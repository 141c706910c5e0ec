"""Eras: tinted spans behind the lanes, with their names."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from timeline_app.render.lettering import draw_text
from timeline_app.render.pens import color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import Scene


def draw_eras(p: QPainter, scene: Scene, theme: Theme) -> None:
    for era in scene.eras:
        x0, x1 = max(era.x0, 0), min(era.x1, scene.width)
        p.fillRect(QRectF(x0, scene.axis_bottom, x1 - x0, scene.lanes_bottom - scene.axis_bottom), color(era.color, 70))
        if era.label is not None:
            draw_text(p, era.label, theme, theme.muted_text)
