"""paint(painter, scene, theme): the one drawing routine for the screen and every export."""

from __future__ import annotations

import threading
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from timeline_app.render.theme import Theme
from timeline_app.scale.scene import BAR_H, MAJOR_H, MARK_R, Scene, TextItem

ROLE_STYLE = {
    # role: (size relative to theme.font_px, bold, italic)
    "title": (None, True, False),
    "major": (0, True, False),
    "minor": (-1, False, False),
    "event": (0, False, False),
    "era": (-1, False, True),
    "legend": (-1, False, False),
    "footer": (-2, False, False),
}


def color(spec: str, alpha: int | None = None) -> QColor:
    """#rrggbb or #rrggbbaa (CSS order) to QColor."""
    c = QColor(spec[:7])
    if len(spec) == 9:
        c.setAlpha(int(spec[7:9], 16))
    if alpha is not None:
        c.setAlpha(alpha)
    return c


@lru_cache(maxsize=64)
def font_for(role: str, family: str, base_px: int, title_px: int, thread: int = 0) -> QFont:
    # One cache entry per thread: exports paint in a worker thread, and QFont is
    # reentrant, not thread-safe, so threads never share an instance.
    delta, bold, italic = ROLE_STYLE.get(role, (0, False, False))
    f = QFont(family)
    f.setPixelSize(title_px if delta is None else base_px + delta)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def theme_font(theme: Theme, role: str) -> QFont:
    return font_for(role, theme.font_family, theme.font_px, theme.title_px, threading.get_ident())


def make_measure(theme: Theme):
    """A measure(text, role) -> (w, h) function using the theme's real fonts."""
    metrics = {}

    def measure(text: str, role: str) -> tuple[float, float]:
        fm = metrics.get(role)
        if fm is None:
            fm = metrics[role] = QFontMetricsF(theme_font(theme, role))
        return fm.horizontalAdvance(text) + 1, fm.height()

    return measure


def paint(p: QPainter, scene: Scene, theme: Theme, background: bool = True) -> None:
    """Draw `scene` with `theme` on any paint device (widget, QImage, printer, SVG)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    w, h = scene.width, scene.height
    if background:
        p.fillRect(QRectF(0, 0, w, h), color(theme.background))
    _paint_eras(p, scene, theme)
    p.fillRect(QRectF(0, scene.axis_top, w, scene.axis_bottom - scene.axis_top), color(theme.axis_background))
    _paint_grid(p, scene, theme)
    for item in scene.labels:
        _text(p, item, theme, theme.text if item.role == "major" else theme.muted_text)
    _paint_events(p, scene, theme)
    _paint_legend(p, scene, theme)
    if scene.title is not None:
        _text(p, scene.title, theme, theme.text)
    if scene.footer is not None:
        _text(p, scene.footer, theme, theme.muted_text)


def _text(p: QPainter, item: TextItem, theme: Theme, fg: str) -> None:
    p.setFont(theme_font(theme, item.role))
    p.setPen(color(fg))
    # Plain drawText: text from data is never interpreted as markup.
    p.drawText(QRectF(item.x, item.y, item.w + 2, item.h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, item.text)


def _paint_eras(p: QPainter, scene: Scene, theme: Theme) -> None:
    for era in scene.eras:
        x0, x1 = max(era.x0, 0), min(era.x1, scene.width)
        p.fillRect(QRectF(x0, scene.axis_bottom, x1 - x0, scene.lanes_bottom - scene.axis_bottom), color(era.color, 70))
        if era.label is not None:
            _text(p, era.label, theme, theme.muted_text)


def _paint_grid(p: QPainter, scene: Scene, theme: Theme) -> None:
    minor_pen = QPen(color(theme.grid_minor), 1)
    major_pen = QPen(color(theme.grid_major), 1)
    bottom = scene.lanes_bottom
    for t in scene.ticks:
        x = round(t.x) + 0.5
        if t.major:
            p.setPen(major_pen)
            p.drawLine(QPointF(x, scene.axis_top), QPointF(x, bottom))
        else:
            p.setPen(minor_pen)
            p.drawLine(QPointF(x, scene.axis_top + MAJOR_H), QPointF(x, bottom))
    p.setPen(major_pen)
    p.drawLine(QPointF(0, scene.axis_bottom + 0.5), QPointF(scene.width, scene.axis_bottom + 0.5))


def _paint_events(p: QPainter, scene: Scene, theme: Theme) -> None:
    for g in scene.events:
        fill = color(g.color, 70 if g.dimmed else None)
        edge = QColor(color(g.color)).darker(140)
        if g.dimmed:
            edge.setAlpha(90)
        if g.kind == "bar":
            rect = QRectF(g.x0, g.cy - BAR_H / 2, g.x1 - g.x0, BAR_H)
            if g.selected or g.hovered:
                halo = color(theme.selection if g.selected else theme.hover)
                p.setPen(QPen(halo, 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 6, 6)
            pen = QPen(edge, 1.2)
            if g.imprecise:
                pen.setStyle(Qt.PenStyle.DashLine)
                fill.setAlpha(120)
            p.setPen(pen)
            p.setBrush(QBrush(fill))
            p.drawRoundedRect(rect, 4, 4)
        else:
            c = QPointF(g.cx, g.cy)
            if g.selected or g.hovered:
                p.setPen(QPen(color(theme.selection if g.selected else theme.hover), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(c, MARK_R + 4, MARK_R + 4)
            path = QPainterPath()
            path.moveTo(g.cx, g.cy - MARK_R - 1)
            path.lineTo(g.cx + MARK_R + 1, g.cy)
            path.lineTo(g.cx, g.cy + MARK_R + 1)
            path.lineTo(g.cx - MARK_R - 1, g.cy)
            path.closeSubpath()
            p.setPen(QPen(edge, 1.2))
            p.setBrush(QBrush(fill))
            p.drawPath(path)
        if g.label is not None:
            lab = g.label
            inside_bar = g.kind == "bar" and g.x0 <= lab.x and lab.x + lab.w <= g.x1
            fg = "#ffffff" if inside_bar and _is_dark(g.color) else theme.text
            if g.matched and not g.selected:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color(theme.match))
                p.drawRoundedRect(QRectF(lab.x - 3, lab.y - 1, lab.w + 6, lab.h + 2), 3, 3)
            elif g.selected and not inside_bar:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color(theme.selection, 60))
                p.drawRoundedRect(QRectF(lab.x - 3, lab.y - 1, lab.w + 6, lab.h + 2), 3, 3)
            elif not inside_bar:
                p.fillRect(QRectF(lab.x - 2, lab.y, lab.w + 4, lab.h), color(theme.label_background))
            p.setFont(theme_font(theme, "event"))
            p.setPen(color(theme.muted_text if g.dimmed else fg))
            p.drawText(QRectF(lab.x, lab.y, lab.w + 8, lab.h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lab.text)


def _paint_legend(p: QPainter, scene: Scene, theme: Theme) -> None:
    if not scene.legend:
        return
    top = min(e.label.y for e in scene.legend) - 6
    p.setPen(QPen(color(theme.grid_minor), 1))
    p.drawLine(QPointF(0, top + 0.5), QPointF(scene.width, top + 0.5))
    for e in scene.legend:
        p.setPen(QPen(color(e.color).darker(140), 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush if e.hidden else QBrush(color(e.color)))
        p.drawRoundedRect(QRectF(e.x - 6, e.y - 6, 12, 12), 3, 3)
        _text(p, e.label, theme, theme.muted_text if e.hidden else theme.text)
        if e.hidden:  # struck through: this category is filtered out
            p.setPen(QPen(color(theme.muted_text), 1))
            mid = e.label.y + e.label.h / 2
            p.drawLine(QPointF(e.label.x, mid), QPointF(e.label.x + e.label.w, mid))


def _is_dark(spec: str) -> bool:
    c = QColor(spec[:7])
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) < 150
