"""The axis: its band and tick labels, the grid lines that run down from it, and the today line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from timeline_app.render.lettering import draw_text, theme_font
from timeline_app.render.pens import color, shared_color
from timeline_app.render.theme import Theme
from timeline_app.layout.grid import line_spans
from timeline_app.layout.records import Scene
from timeline_app.layout.sizes import MAJOR_H


def draw_axis(p: QPainter, scene: Scene, theme: Theme) -> None:
    """The axis band, the grid lines under it and its tick labels."""
    p.fillRect(QRectF(0, scene.axis_top, scene.width, scene.axis_bottom - scene.axis_top), color(theme.axis_background))
    _draw_grid(p, scene, theme)
    for item in scene.labels:
        draw_text(p, item, theme, theme.text if item.role == "major" else theme.muted_text)


def _grid_lines(scene: Scene, major: bool) -> list[QLineF]:
    """The grid lines of one kind, in the pieces the scene left between labels."""
    bottom = scene.lanes_bottom
    top = scene.axis_top if major else scene.axis_top + MAJOR_H
    out = []
    for t in scene.ticks:
        if t.major != major:
            continue
        x = round(t.x) + 0.5
        for y0, y1 in t.spans or ((top, bottom),):
            if y1 > y0:
                out.append(QLineF(x, y0, x, y1))
    return out


def _draw_grid(p: QPainter, scene: Scene, theme: Theme) -> None:
    minor_pen = QPen(shared_color(theme.grid_minor), 1)
    major_pen = QPen(shared_color(theme.grid_major), 1)
    # Grid lines sit on pixel centres: no antialiasing needed, and it halves their cost.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(minor_pen)
    p.drawLines(_grid_lines(scene, major=False))
    p.setPen(major_pen)
    p.drawLines(_grid_lines(scene, major=True))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.drawLine(QPointF(0, scene.axis_bottom + 0.5), QPointF(scene.width, scene.axis_bottom + 0.5))


def draw_today(p: QPainter, scene: Scene, theme: Theme) -> None:
    """A dashed line at today's date, when it is in view, with its word."""
    if scene.today_x is None:
        return
    x = round(scene.today_x) + 0.5
    p.setPen(QPen(color(theme.selection), 1.5, Qt.PenStyle.DashLine))
    # Like the grid, the line stops short of the labels it would cross.
    for y0, y1 in line_spans(scene, scene.today_x, scene.axis_bottom):
        if y1 > y0:
            p.drawLine(QPointF(x, y0), QPointF(x, y1))
    p.setFont(theme_font(theme, "count"))
    p.setPen(color(theme.selection))
    p.drawText(QPointF(x + 4, scene.axis_bottom + 12), QCoreApplication.translate("Export", "Today"))
