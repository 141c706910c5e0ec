"""Export a timeline to PNG by painting its scene into an image: never a screenshot."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPainter

from timeline_app.model import Timeline, write_atomically
from timeline_app.render.paint import make_measure, paint
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.scale.fit import fit_scale
from timeline_app.scale.scene import (
    LANE_H,
    LANES_TOP_GAP,
    LEGEND_H,
    MAJOR_H,
    MINOR_H,
    TITLE_H,
    LaneLayout,
    Scene,
    SceneOptions,
    build_scene,
)
from timeline_app.scale.timescale import TimeScale

MAX_PIXELS = 16384 * 16384  # QImage's own limit per side is 32767; this bounds memory too.


@dataclass(frozen=True)
class PngRequest:
    """What to export: range (None = everything), logical size, and pixel scale."""

    width: int = 1600
    height: int | None = None  # None: tall enough for every lane
    scale: float = 2.0
    span: tuple[float, float] | None = None
    title: bool = True
    legend: bool = True
    selected_id: str | None = None


def natural_height(lane_count: int, title: bool, legend: bool) -> int:
    """Height that shows every lane at full size."""
    h = (TITLE_H if title else 0) + MAJOR_H + MINOR_H + LANES_TOP_GAP + max(lane_count, 1) * LANE_H + 24
    return int(h + (LEGEND_H if legend else 0))


def export_scene(timeline: Timeline, req: PngRequest, theme: Theme = LIGHT) -> tuple[Scene, TimeScale]:
    """The scene an export draws, so callers and tests can see where things go."""
    measure = make_measure(theme)
    scale = fit_scale(timeline, req.width, measure, span=req.span)
    lanes = LaneLayout(timeline, scale.ms_per_px, measure)
    height = req.height or natural_height(lanes.lane_count, req.title, req.legend)
    opts = SceneOptions(title=req.title, legend=req.legend, selected_id=req.selected_id)
    return build_scene(timeline, scale, height, measure, opts, lanes), scale


def render_image(timeline: Timeline, req: PngRequest, theme: Theme = LIGHT) -> QImage:
    """Paint the timeline into a new image of req.width x height logical px at req.scale."""
    scene, _ = export_scene(timeline, req, theme)
    pw, ph = round(scene.width * req.scale), round(scene.height * req.scale)
    if pw < 1 or ph < 1 or pw > 32767 or ph > 32767 or pw * ph > MAX_PIXELS:
        raise ValueError(f"an image of {pw} x {ph} pixels is too large (at most 32767 per side)")
    image = QImage(pw, ph, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise MemoryError(f"not enough memory for a {pw} x {ph} image")
    image.setDevicePixelRatio(req.scale)
    with QPainter(image) as painter:
        paint(painter, scene, theme)
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise OSError("the PNG encoder failed")
    buf.close()
    return bytes(data.data())


def export_png(timeline: Timeline, path, req: PngRequest = PngRequest(), theme: Theme = LIGHT) -> QImage:
    """Render and write a PNG atomically; returns the image written."""
    image = render_image(timeline, req, theme)
    write_atomically(path, png_bytes(image))
    return image
