"""Export a timeline to PNG by painting its scene into an image: never a screenshot.

`export_scene` builds the one Scene every export format paints (PNG here, SVG in svg.py,
PDF in pdf.py), so all of them agree with each other and with the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from timeline_app.model import Timeline, write_atomically
from timeline_app.render.paint import make_measure, paint
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.build import build_scene
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.records import Scene, SceneOptions, TextItem
from timeline_app.layout.sizes import LANE_H, LANES_TOP_GAP, LEGEND_H, MAJOR_H, MINOR_H, TITLE_H
from timeline_app.layout.text import elide_end
from timeline_app.layout.timescale import TimeScale

MAX_PIXELS = 16384 * 16384  # QImage's own limit per side is 32767; this bounds memory too.
FOOTER_H = 24
BAND_PIXELS = 4_000_000  # paint big images in bands of about this many pixels, to report progress

Progress = Callable[[float], None]  # fraction done, 0..1
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user cancelled an export; nothing was written."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")


@dataclass(frozen=True)
class PngRequest:
    """What to export: range (None = everything), logical size, pixel scale and extras.

    Every format reads the same request (ExportRequest is the same class); `scale` and
    `transparent` matter to raster images only, `pages` to PDF only.
    """

    width: int = 1600
    height: int | None = None  # None: tall enough for every lane
    scale: float = 2.0
    span: tuple[float, float] | None = None
    title: bool = True
    legend: bool = True
    selected_id: str | None = None
    title_text: str | None = None  # None: the timeline's own title
    footer: str | None = None  # a line at the bottom (source and date), None for none
    transparent: bool = False  # PNG/SVG: no background fill
    pages: str = "single"  # PDF: "single" (one long page), "a4" or "letter" (tiled, landscape)
    lang: str = "en"  # the language of the axis labels and dates (time/locale_format.py)

    def with_(self, **changes) -> "PngRequest":
        return replace(self, **changes)


ExportRequest = PngRequest


MAX_NATURAL_LANES = 60  # taller than this, the bottom row counts the events of the lanes below


def natural_height(lane_count: int, title: bool, legend: bool, footer: bool = False) -> int:
    """Height that shows every lane at full size."""
    h = (TITLE_H if title else 0) + MAJOR_H + MINOR_H + LANES_TOP_GAP + max(lane_count, 1) * LANE_H + 24
    return int(h + (LEGEND_H if legend else 0) + (FOOTER_H if footer else 0))


def export_scene(timeline: Timeline, req: PngRequest, theme: Theme = LIGHT) -> tuple[Scene, TimeScale]:
    """The scene an export draws, so callers and tests can see where things go."""
    measure = make_measure(theme)
    scale = fit_scale(timeline, req.width, measure, span=req.span)
    lanes = LaneLayout.of(timeline, measure)
    footer = bool(req.footer)
    height = req.height or natural_height(min(lanes.lane_count, MAX_NATURAL_LANES), req.title, req.legend, footer)
    opts = SceneOptions(title=req.title, legend=req.legend, selected_id=req.selected_id,
                        margin_bottom=FOOTER_H if footer else 0.0, lang=req.lang)
    scene = build_scene(timeline, scale, height, measure, opts, lanes)
    if scene.title is not None and req.title_text is not None:
        text = _elide(req.title_text, "title", scene.width - 24, measure)
        w, h = measure(text, "title")
        scene.title = TextItem(12, (TITLE_H - h) / 2, w, h, text, "title")
    if footer:
        text = _elide(req.footer, "footer", scene.width - 24, measure)
        w, h = measure(text, "footer")
        scene.footer = TextItem(12, scene.height - FOOTER_H + (FOOTER_H - h) / 2, w, h, text, "footer")
    return scene, scale


def _elide(text: str, role: str, room: float, measure) -> str:
    """`text` cut with an ellipsis to fit `room` px (one line: newlines become spaces)."""
    text = " ".join(text.split())
    if measure(text, role)[0] <= room:
        return text
    return elide_end(text, room, measure, role)


def image_size(scene: Scene, scale: float) -> tuple[int, int]:
    """Pixel size of an image of `scene` at `scale`; ValueError when too large."""
    pw, ph = round(scene.width * scale), round(scene.height * scale)
    if pw < 1 or ph < 1 or pw > 32767 or ph > 32767 or pw * ph > MAX_PIXELS:
        raise ValueError(f"an image of {pw} x {ph} pixels is too large (at most 32767 per side)")
    return pw, ph


def render_image(timeline: Timeline, req: PngRequest, theme: Theme = LIGHT,
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


def export_png(timeline: Timeline, path, req: PngRequest = PngRequest(), theme: Theme = LIGHT,
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
