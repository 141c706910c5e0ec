"""The histogram track: each column's events stacked by category, heights linear in the count
(the tallest column fills the track; any column with an event shows at least 1 px)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPen

from timeline_app.render.lettering import draw_line, theme_font
from timeline_app.render.pens import shared_color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import HistogramTrack
from timeline_app.layout.records import Scene


def draw_histogram(p: QPainter, scene: Scene, theme: Theme) -> None:
    hist = scene.histogram
    if hist is None:
        return
    counts = hist.counts.astype(np.float64)
    per_col = counts.sum(axis=0)
    peak = per_col.max() if per_col.size else 0.0
    h = hist.bottom - hist.top
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(shared_color(theme.grid_major), 1))
    p.drawLine(QPointF(0, hist.bottom + 0.5), QPointF(scene.width, hist.bottom + 0.5))
    if peak > 0:
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        pixels = _stack_pixels(hist, counts, per_col, peak, max(int(round(h * ratio)), 1))
        img = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.shape[1] * 4,
                     QImage.Format.Format_ARGB32_Premultiplied)
        p.save()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(QRectF(hist.x_first, hist.top, pixels.shape[1] * hist.bin_px, h), img)
        p.restore()
    if hist.label is not None:
        font = theme_font(theme, "count")
        p.setFont(font)
        lab = hist.label
        p.fillRect(QRectF(lab.x - 3, lab.y, lab.w + 6, lab.h), shared_color(theme.label_background, 220))
        p.setPen(shared_color(theme.muted_text))
        draw_line(p, font, lab)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _stack_pixels(hist: HistogramTrack, counts: np.ndarray, per_col: np.ndarray, peak: float, rows: int) -> np.ndarray:
    """ARGB pixels of the stacked columns, `rows` pixel rows high, top row first; `per_col`
    holds each column's total, `peak` the tallest."""
    total_px = np.where(per_col > 0, np.maximum(per_col / peak * rows, 1.0), 0.0)
    # Stack boundaries per column in pixel rows from the bottom, categories in legend order:
    # a pixel row's category is the number of boundaries at or below its centre, counted by
    # marking each boundary's first row above it and summing up the rows.
    cum = np.cumsum(counts, axis=0) / np.maximum(per_col, 1) * total_px
    first_above = np.clip(np.ceil(cum - 0.5), 0, rows).astype(np.int64)
    marks = np.zeros((rows + 1, cum.shape[1]), dtype=np.int64)
    np.add.at(marks, (first_above, np.broadcast_to(np.arange(cum.shape[1]), cum.shape)), 1)
    cat = np.cumsum(marks, axis=0)[:rows]  # (rows, columns): category index, C1 = empty
    colors = [shared_color(c) for c in hist.colors]
    argb = np.array([(255 << 24) | (c.red() << 16) | (c.green() << 8) | c.blue() for c in colors] + [0],
                    dtype=np.uint32)
    return np.ascontiguousarray(argb[cat][::-1])
