"""Density rows: lanes (or folded blocks of lanes) too dense for single events, drawn as one
image, a pixel row per band and a column per bin, more opaque where more events start, with
the exact count on the runs that have room for it."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from timeline_app.render.lettering import draw_line, theme_font
from timeline_app.render.pens import is_dark, shared_color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import DensityRow, Scene


def draw_density(p: QPainter, scene: Scene, theme: Theme) -> None:
    rows = scene.density
    if not rows:
        return
    _draw_bands(p, rows, _row_pixels(rows, scene, theme))
    font = theme_font(theme, "count")
    p.setFont(font)
    p.setPen(shared_color(theme.text))
    backdrop = shared_color(theme.label_background, 200)
    for item in scene.labels_count:
        p.fillRect(QRectF(item.x - 2, item.y, item.w + 4, item.h), backdrop)
        draw_line(p, font, item)


def _row_pixels(rows: list[DensityRow], scene: Scene, theme: Theme) -> np.ndarray:
    """One premultiplied ARGB32 pixel per row and bin."""
    width = max(len(r.counts) for r in rows)
    counts = np.zeros((len(rows), width), dtype=np.float64)
    for k, r in enumerate(rows):
        counts[k, :len(r.counts)] = r.counts
    alpha, rgb = _density_colors(rows, counts, scene, theme)
    # Premultiplied ARGB32: alpha, then each channel scaled by alpha.
    pm = rgb * alpha[:, :, None] // 255
    px = (alpha << 24) | (pm[:, :, 0] << 16) | (pm[:, :, 1] << 8) | pm[:, :, 2]
    # While searching, columns holding a match are drawn in the match colour, the rest faded.
    searched = [k for k, r in enumerate(rows) if r.matches is not None]
    if searched:
        m = shared_color(theme.match)
        hit = (255 << 24) | (m.red() << 16) | (m.green() << 8) | m.blue()
        for k in searched:
            px[k] = np.where(rows[k].matches > 0, hit, (px[k] >> 1) & 0x7F7F7F7F)
    return px


def _draw_bands(p: QPainter, rows: list[DensityRow], px: np.ndarray) -> None:
    """Each row's pixels stretched onto its band, all in one image."""
    # One image for every band at screen resolution (drawn 1:1, which costs half what a
    # scaled image does): each bin repeated to its pixel width, bands where they are drawn.
    ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
    step = int(round(rows[0].bin_px))
    if ratio == 1.0 and step == rows[0].bin_px:
        px = np.repeat(px, step, axis=1)
        scale_x = 1
    else:
        scale_x = rows[0].bin_px
    top = int(min(r.cy - r.h / 2 for r in rows))
    bottom = int(max(r.cy + r.h / 2 for r in rows)) + 1
    pixels = np.zeros((bottom - top, px.shape[1]), dtype=np.uint32)
    for k, r in enumerate(rows):
        y0 = int(round(r.cy - r.h / 2)) - top
        pixels[y0:y0 + int(round(r.h))] = px[k]
    img = QImage(pixels.data, pixels.shape[1], bottom - top, pixels.shape[1] * 4,
                 QImage.Format.Format_ARGB32_Premultiplied)
    x0 = rows[0].x_first
    if scale_x == 1:
        p.drawImage(QPointF(round(x0), top), img)
    else:
        p.save()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(QRectF(x0, top, pixels.shape[1] * scale_x, bottom - top), img)
        p.restore()


def _density_colors(rows, counts: np.ndarray, scene: Scene, theme: Theme) -> tuple[np.ndarray, np.ndarray]:
    """(alpha, rgb) per cell of the density rows: the colour of the cell's most common
    category, more opaque where more events start, on one scale for every row (a folded row
    of many lanes is stronger than one lane with the same spread). The cube root keeps a lone
    event visible while the columns where thousands pile up stand out."""
    top = float(counts.max()) if counts.size else 1.0
    floor = 95 if is_dark(theme.background) else 60  # faint colours vanish sooner on a dark ground
    alpha = np.where(counts > 0, floor + (255 - floor) * np.cbrt(counts / max(top, 1.0)), 0).astype(np.uint32)
    table = _palette_rgb(scene.category_colors, theme.density)
    codes = np.full(counts.shape, len(table) - 1, dtype=np.int64)  # the last: theme.density
    with_top = [k for k, r in enumerate(rows) if r.dominant is not None and len(r.dominant) == counts.shape[1]]
    if with_top and scene.category_colors:
        tops = np.vstack([rows[k].dominant for k in with_top])
        codes[with_top] = np.where(tops >= 0, tops, len(table) - 1)
    return alpha, table[codes]


@lru_cache(maxsize=16)
def _palette_rgb(colors: tuple[str, ...], fallback: str) -> np.ndarray:
    """(r, g, b) rows for category codes 0..len(colors)-1, then `fallback`."""
    return np.array([(c.red(), c.green(), c.blue()) for c in map(shared_color, colors + (fallback,))], dtype=np.uint32)
