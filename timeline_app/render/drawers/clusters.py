"""Aggregates drawn as boxes: a box per cluster of events with its exact count inside when it
fits, and the legend's note on band colours with a rule above the folded rows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from timeline_app.render.lettering import draw_line, draw_text, theme_font
from timeline_app.render.pens import brush, edge_pen, is_dark, shared_color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import Scene



def draw_aggregate_note(p: QPainter, scene: Scene, theme: Theme) -> None:
    """The legend's line on band colours, and a rule above the folded rows (lanes that did not fit)."""
    if scene.aggregate_note is not None:
        draw_text(p, scene.aggregate_note, theme, theme.muted_text)
    if scene.folded_from is not None and scene.more_row_y is not None:
        y = round(scene.more_row_y - scene.lane_h / 2) + 0.5
        p.setPen(QPen(shared_color(theme.grid_major), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(0, y), QPointF(scene.width, y))


def draw_clusters(p: QPainter, scene: Scene, theme: Theme) -> None:
    if not scene.clusters:
        return
    count_font = theme_font(theme, "count")
    p.setFont(count_font)
    # Square, unantialiased boxes: a third of the cost of rounded antialiased ones, and they
    # read as "many events" beside the rounded bars of single ones.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for c in scene.clusters:
        rect = QRectF(c.x0, c.cy - c.h / 2, max(c.x1 - c.x0, 2.0), c.h)
        p.setPen(edge_pen(c.color, 1.0))
        p.setBrush(brush(c.color, 150))
        p.drawRect(rect)
        if c.text is not None:
            p.setPen(shared_color(theme.text if not is_dark(c.color) else "#ffffff"))
            draw_line(p, count_font, c.text)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
