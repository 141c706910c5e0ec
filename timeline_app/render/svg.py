"""Export a timeline to SVG: the export scene painted through QSvgGenerator.

The result is real vector shapes and selectable <text>, one unit per logical pixel.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.model import Timeline, write_atomically
from timeline_app.render.fonts import svg_with_fallback
from timeline_app.render.paint import paint
from timeline_app.render.output import Cancelled, ExportRequest, Progress, check_cancelled, export_scene
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.layout.records import Scene

SVG_DPI = 96  # CSS pixels: a 1600 px wide export opens 1600 px wide in a browser


def svg_bytes(scene: Scene, theme: Theme, title: str = "", transparent: bool = False) -> bytes:
    """`scene` as an SVG document."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setResolution(SVG_DPI)
    gen.setSize(QSize(round(scene.width), round(scene.height)))
    gen.setViewBox(QRectF(0, 0, scene.width, scene.height))
    gen.setTitle(title)
    gen.setDescription("Exported by timeline-app")
    painter = QPainter()
    if not painter.begin(gen):
        raise OSError("the SVG generator could not start")
    try:
        paint(painter, scene, theme, background=not transparent)
    finally:
        painter.end()
    buf.close()
    return svg_with_fallback(_px_size(bytes(data.data()), scene))


def _px_size(svg: bytes, scene: Scene) -> bytes:
    """Give the root element its size in px: QSvgGenerator writes mm, which viewers convert
    at different dpi (Qt's own renderer at 90), so the drawing's size would vary by viewer."""
    head, sep, rest = svg.partition(b"viewBox=")
    head = re.sub(rb'width="[0-9.]+mm" height="[0-9.]+mm"',
                  f'width="{round(scene.width)}" height="{round(scene.height)}"'.encode(), head, count=1)
    return head + sep + rest


def export_svg(timeline: Timeline, path, req: ExportRequest = ExportRequest(), theme: Theme = LIGHT,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> Scene:
    """Render and write an SVG atomically; returns the scene drawn."""
    scene, _ = export_scene(timeline, req, theme)
    check_cancelled(cancelled)
    title = scene.title.text if scene.title is not None else (req.title_text or timeline.title)
    data = svg_bytes(scene, theme, title, req.transparent)
    if progress is not None:
        progress(0.9)
    check_cancelled(cancelled)
    write_atomically(path, data)
    if progress is not None:
        progress(1.0)
    return scene
