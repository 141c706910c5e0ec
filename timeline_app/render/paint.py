"""paint(painter, scene, theme): the one drawing routine for the screen and every export.

It draws a scene's parts in order, back to front, each with its drawer in render/drawers/;
colours and pens come from render/pens.py, fonts and text from render/lettering.py.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from timeline_app.render.drawers.axis import draw_axis, draw_today
from timeline_app.render.drawers.clusters import draw_aggregate_note, draw_clusters
from timeline_app.render.drawers.density import draw_density
from timeline_app.render.drawers.eras import draw_eras
from timeline_app.render.drawers.events import draw_events
from timeline_app.render.drawers.histogram import draw_histogram
from timeline_app.render.drawers.legend import draw_legend
from timeline_app.render.lettering import draw_text
from timeline_app.render.pens import color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import Scene


def paint(p: QPainter, scene: Scene, theme: Theme, background: bool = True) -> None:
    """Draw `scene` with `theme` on any paint device (widget, QImage, printer, SVG)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if background:
        p.fillRect(QRectF(0, 0, scene.width, scene.height), color(theme.background))
    draw_eras(p, scene, theme)
    draw_axis(p, scene, theme)
    # Aggregates under single events: the histogram track, density rows, cluster boxes.
    draw_histogram(p, scene, theme)
    draw_density(p, scene, theme)
    draw_aggregate_note(p, scene, theme)
    draw_clusters(p, scene, theme)
    draw_events(p, scene, theme)
    draw_today(p, scene, theme)
    draw_legend(p, scene, theme)
    if scene.title is not None:
        draw_text(p, scene.title, theme, theme.text)
    if scene.footer is not None:
        draw_text(p, scene.footer, theme, theme.muted_text)
