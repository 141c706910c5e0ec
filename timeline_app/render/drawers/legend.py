"""The category legend: a swatch and a name per category, struck through when filtered out."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPaintEngine, QPen

from timeline_app.render.lettering import draw_text
from timeline_app.render.pens import color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import Scene

_LEGEND_CACHE: dict[tuple, QImage] = {}


def draw_legend(p: QPainter, scene: Scene, theme: Theme) -> None:
    """The legend; on raster devices (the screen, PNG) drawn once into an image and reused,
    since it rarely changes while the view moves. SVG, PDF and print get vector shapes."""
    if not scene.legend:
        return
    engine = p.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        _draw_entries(p, scene, theme)
        return
    top = min(e.label.y for e in scene.legend) - 6
    bottom = max(e.label.y + e.label.h for e in scene.legend) + 8
    ratio = p.device().devicePixelRatioF()
    key = (threading.get_ident(), theme, scene.width, top, ratio,
           tuple((e.x, e.y, e.color, e.hidden, e.label.text, e.label.x, e.label.y) for e in scene.legend))
    img = _LEGEND_CACHE.get(key)
    if img is None:
        w, h = int(scene.width * ratio + 1), int((bottom - top) * ratio + 1)
        img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        img.setDevicePixelRatio(ratio)
        img.fill(0)
        with QPainter(img) as q:
            q.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            q.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            q.translate(0, -top)
            _draw_entries(q, scene, theme)
        if len(_LEGEND_CACHE) > 8:
            _LEGEND_CACHE.clear()
        _LEGEND_CACHE[key] = img
    p.drawImage(QPointF(0, top), img)


def _draw_entries(p: QPainter, scene: Scene, theme: Theme) -> None:
    top = min(e.label.y for e in scene.legend) - 6
    p.setPen(QPen(color(theme.grid_minor), 1))
    p.drawLine(QPointF(0, top + 0.5), QPointF(scene.width, top + 0.5))
    for e in scene.legend:
        p.setPen(QPen(color(e.color).darker(140), 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush if e.hidden else QBrush(color(e.color)))
        p.drawRoundedRect(QRectF(e.x - 6, e.y - 6, 12, 12), 3, 3)
        draw_text(p, e.label, theme, theme.muted_text if e.hidden else theme.text)
        if e.hidden:  # struck through: this category is filtered out
            p.setPen(QPen(color(theme.muted_text), 1))
            mid = e.label.y + e.label.h / 2
            p.drawLine(QPointF(e.label.x, mid), QPointF(e.label.x + e.label.w, mid))
