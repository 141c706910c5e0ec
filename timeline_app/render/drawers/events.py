"""Single events: a rounded bar for a span, a diamond for a point, a halo when selected or
hovered, and the label beside or inside."""

from __future__ import annotations


from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from timeline_app.render.lettering import draw_line, theme_font
from timeline_app.render.pens import brush, color, edge_pen, is_dark, shared_color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import EventGlyph, GlyphKind, Scene
from timeline_app.layout.sizes import BAR_H, MARK_R

BAR = GlyphKind.BAR  # a module name: cheaper in the loop over every glyph than the attribute lookup


def draw_events(p: QPainter, scene: Scene, theme: Theme) -> None:
    event_font = theme_font(theme, "event")
    inks = (shared_color(theme.text), shared_color(theme.muted_text), shared_color("#ffffff"))
    for g in scene.events:
        fill = brush(g.color, 70 if g.dimmed else (120 if g.imprecise and g.kind == BAR else None))
        if g.kind == BAR:
            _draw_bar(p, g, fill, theme)
        else:
            _draw_point(p, g, fill, theme)
        if g.label is not None:
            _draw_label(p, g, theme, event_font, inks)


def _draw_bar(p: QPainter, g: EventGlyph, fill: QBrush, theme: Theme) -> None:
    rect = QRectF(g.x0, g.cy - BAR_H / 2, g.x1 - g.x0, BAR_H)
    if g.selected or g.hovered:
        halo = color(theme.selection if g.selected else theme.hover)
        p.setPen(QPen(halo, 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 6, 6)
    p.setPen(edge_pen(g.color, 1.2, 90 if g.dimmed else None, g.imprecise))
    p.setBrush(fill)
    # A bar of a few px keeps square-ish ends rather than turning into a pill.
    radius = min(4.0, rect.width() / 3)
    p.drawRoundedRect(rect, radius, radius)


def _draw_point(p: QPainter, g: EventGlyph, fill: QBrush, theme: Theme) -> None:
    if g.selected or g.hovered:
        p.setPen(QPen(color(theme.selection if g.selected else theme.hover), 3))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(g.cx, g.cy), MARK_R + 4, MARK_R + 4)
    p.setPen(edge_pen(g.color, 1.2, 90 if g.dimmed else None))
    p.setBrush(fill)
    p.drawPath(_DIAMOND.translated(g.cx, g.cy))


def _draw_label(p: QPainter, g: EventGlyph, theme: Theme, font: QFont, inks: tuple[QColor, QColor, QColor]) -> None:
    """The label, on a tint when it matches a search or (outside its bar) is selected.
    `inks`: the text colour, the muted one, and white for a label inside a dark bar."""
    lab = g.label
    inside_bar = g.kind == BAR and g.x0 <= lab.x and lab.x + lab.w <= g.x1
    if g.matched and not g.selected:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(brush(theme.match))
        p.drawRoundedRect(QRectF(lab.x - 3, lab.y - 1, lab.w + 6, lab.h + 2), 3, 3)
    elif g.selected and not inside_bar:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(brush(theme.selection, 60))
        p.drawRoundedRect(QRectF(lab.x - 3, lab.y - 1, lab.w + 6, lab.h + 2), 3, 3)
    # Labels sit in room the scene left free in their lane: no backdrop needed.
    p.setFont(font)
    text, muted, white = inks
    if g.dimmed:
        p.setPen(muted)
    elif inside_bar and is_dark(g.color):
        p.setPen(white)
    else:
        p.setPen(text)
    draw_line(p, font, lab)


_DIAMOND = QPainterPath()
_DIAMOND.moveTo(0, -MARK_R - 1)
_DIAMOND.lineTo(MARK_R + 1, 0)
_DIAMOND.lineTo(0, MARK_R + 1)
_DIAMOND.lineTo(-MARK_R - 1, 0)
_DIAMOND.closeSubpath()
