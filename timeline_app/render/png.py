"""Export a timeline to PNG by painting its scene into an image: never a screenshot."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from timeline_app.model import Timeline, write_atomically
from timeline_app.render.output import Cancelled, ExportRequest, Progress, check_cancelled, export_scene
from timeline_app.render.paint import paint
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.layout.records import Scene

MAX_PIXELS = 16384 * 16384  # QImage's own limit per side is 32767; this bounds memory too.
BAND_PIXELS = 4_000_000  # paint big images in bands of about this many pixels, to report progress


def image_size(scene: Scene, scale: float) -> tuple[int, int]:
    """Pixel size of an image of `scene` at `scale`; ValueError when too large."""
    pw, ph = round(scene.width * scale), round(scene.height * scale)
    if pw < 1 or ph < 1 or pw > 32767 or ph > 32767 or pw * ph > MAX_PIXELS:
        raise ValueError(f"an image of {pw} x {ph} pixels is too large (at most 32767 per side)")
    return pw, ph


def render_image(timeline: Timeline, req: ExportRequest, theme: Theme = LIGHT,
                 progress: Progress | None = None, cancelled: Cancelled | None = None) -> QImage:
    """Paint the timeline into a new image of req.width x height logical px at req.scale."""
    scene, _ = export_scene(timeline, req, theme)
    return paint_image(scene, theme, req.scale, req.transparent, progress, cancelled)


def paint_image(scene: Scene, theme: Theme, scale: float, transparent: bool = False,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> QImage:
    """`scene` painted into a new image; big images are painted in bands between cancel checks."""
    pw, ph = image_size(scene, scale)
    check_cancelled(cancelled)
    image = QImage(pw, ph, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise MemoryError(f"not enough memory for a {pw} x {ph} image")
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(scale)
    bands = max(1, -(-pw * ph // BAND_PIXELS))
    rows = -(-ph // bands)  # whole pixel rows per band, so bands meet without seams
    for i in range(bands):
        check_cancelled(cancelled)
        with QPainter(image) as painter:
            if bands > 1:
                r0, r1 = i * rows, min(ph, (i + 1) * rows)
                painter.setClipRect(QRectF(0, r0 / scale, scene.width, (r1 - r0) / scale))
            paint(painter, scene, theme, background=not transparent)
        if progress is not None:
            progress((i + 1) / bands)
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise OSError("the PNG encoder failed")
    buf.close()
    return bytes(data.data())


def export_png(timeline: Timeline, path, req: ExportRequest = ExportRequest(), theme: Theme = LIGHT,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> QImage:
    """Render and write a PNG atomically; returns the image written."""
    image = render_image(timeline, req, theme,
                         (lambda f: progress(0.8 * f)) if progress else None, cancelled)
    data = png_bytes(image)
    check_cancelled(cancelled)
    write_atomically(path, data)
    if progress is not None:
        progress(1.0)
    return image
