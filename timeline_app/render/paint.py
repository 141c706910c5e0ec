"""paint(painter, scene, theme): the one drawing routine for the screen and every export."""

from __future__ import annotations

import threading
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
import numpy as np
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPaintEngine, QPen

from timeline_app.render.fonts import install_fonts
from timeline_app.render.theme import Theme
from timeline_app.layout.grid import line_spans
from timeline_app.layout.records import GlyphKind, Scene, TextItem
from timeline_app.layout.sizes import BAR_H, MAJOR_H, MARK_R

ROLE_STYLE = {
    # role: (size relative to theme.font_px, bold, italic)
    "title": (None, True, False),
    "major": (0, True, False),
    "minor": (-1, False, False),
    "event": (0, False, False),
    "era": (-1, False, True),
    "legend": (-1, False, False),
    "footer": (-2, False, False),
    "count": (-2, True, False),
}


def color(spec: str, alpha: int | None = None) -> QColor:
    """#rrggbb or #rrggbbaa (CSS order) to QColor (a new object the caller may change)."""
    c = QColor(_parsed(spec[:7]))
    if len(spec) == 9:
        c.setAlpha(int(spec[7:9], 16))
    if alpha is not None:
        c.setAlpha(alpha)
    return c


@lru_cache(maxsize=1024)
def _parsed(spec: str) -> QColor:
    return QColor(spec)


@lru_cache(maxsize=2048)
def _qc(spec: str, alpha: int | None = None) -> QColor:
    """A shared QColor for painting (never change it; use color() for one to change)."""
    return color(spec, alpha)


@lru_cache(maxsize=2048)
def _pen(spec: str, width: float, alpha: int | None = None, dashed: bool = False) -> QPen:
    pen = QPen(_edge(spec) if alpha is None else _edge_alpha(spec, alpha), width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


@lru_cache(maxsize=2048)
def _brush(spec: str, alpha: int | None = None) -> QBrush:
    return QBrush(_qc(spec, alpha))


@lru_cache(maxsize=1024)
def _edge_alpha(spec: str, alpha: int) -> QColor:
    c = QColor(_edge(spec))
    c.setAlpha(alpha)
    return c


@lru_cache(maxsize=1024)
def _edge(spec: str) -> QColor:
    return QColor(spec[:7]).darker(140)


@lru_cache(maxsize=64)
def font_for(role: str, family: str, base_px: int, title_px: int, thread: int = 0) -> QFont:
    # One cache entry per thread: exports paint in a worker thread, and QFont is
    # reentrant, not thread-safe, so threads never share an instance.
    delta, bold, italic = ROLE_STYLE.get(role, (0, False, False))
    install_fonts(family)  # Hangul from the bundled font, whatever the system has
    f = QFont(family)
    f.setPixelSize(title_px if delta is None else base_px + delta)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def theme_font(theme: Theme, role: str) -> QFont:
    return font_for(role, theme.font_family, theme.font_px, theme.title_px, threading.get_ident())


def make_measure(theme: Theme):
    """A measure(text, role) -> (w, h) function using the theme's real fonts.

    Sizes are remembered (up to MEASURE_CACHE texts): the axis, legend and visible titles
    are measured again on every frame otherwise."""
    metrics = {}
    cache: dict[tuple[str, str], tuple[float, float]] = {}

    def measure(text: str, role: str) -> tuple[float, float]:
        key = (text, role)
        got = cache.get(key)
        if got is not None:
            return got
        fm = metrics.get(role)
        if fm is None:
            fm = metrics[role] = QFontMetricsF(theme_font(theme, role))
        if len(cache) >= MEASURE_CACHE:
            cache.clear()
        got = cache[key] = (fm.horizontalAdvance(text) + 1, fm.height())
        return got

    return measure


MEASURE_CACHE = 50_000


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
    _paint_clusters(p, scene, theme)
    _paint_events(p, scene, theme)
    _paint_today(p, scene, theme)
    _paint_legend(p, scene, theme)
    if scene.title is not None:
        _text(p, scene.title, theme, theme.text)
    if scene.footer is not None:
        _text(p, scene.footer, theme, theme.muted_text)


def _text(p: QPainter, item: TextItem, theme: Theme, fg: str) -> None:
    font = theme_font(theme, item.role)
    p.setFont(font)
    p.setPen(color(fg))
    _draw_line(p, font, item)


_BASELINE_FONTS: dict[int, tuple[QFont, float, float]] = {}


def _metrics(font: QFont) -> tuple[float, float]:
    """(ascent, descent) of a font; fonts come from font_for's cache, so one entry each."""
    key = id(font)
    got = _BASELINE_FONTS.get(key)
    if got is None or got[0] is not font:
        fm = QFontMetricsF(font)
        got = _BASELINE_FONTS[key] = (font, fm.ascent(), fm.descent())
    return got[1], got[2]


def _draw_line(p: QPainter, font: QFont, item: TextItem) -> None:
    """One line of plain text (never markup) vertically centred in the item's box.

    drawText at a baseline point costs half what the rectangle-and-alignment form does,
    and the scene has already cut every text to its room."""
    ascent, descent = _metrics(font)
    p.drawText(QPointF(item.x, item.y + (item.h + ascent - descent) / 2), item.text)


def _paint_eras(p: QPainter, scene: Scene, theme: Theme) -> None:
    for era in scene.eras:
        x0, x1 = max(era.x0, 0), min(era.x1, scene.width)
        p.fillRect(QRectF(x0, scene.axis_bottom, x1 - x0, scene.lanes_bottom - scene.axis_bottom), color(era.color, 70))
        if era.label is not None:
            _text(p, era.label, theme, theme.muted_text)


def _grid_lines(scene: Scene, major: bool) -> list[QLineF]:
    """The grid lines of one kind, in the pieces the scene left between labels."""
    bottom = scene.lanes_bottom
    top = scene.axis_top if major else scene.axis_top + MAJOR_H
    out = []
    for t in scene.ticks:
        if t.major != major:
            continue
        x = round(t.x) + 0.5
        for y0, y1 in t.spans or ((top, bottom),):
            if y1 > y0:
                out.append(QLineF(x, y0, x, y1))
    return out


def _paint_grid(p: QPainter, scene: Scene, theme: Theme) -> None:
    minor_pen = QPen(_qc(theme.grid_minor), 1)
    major_pen = QPen(_qc(theme.grid_major), 1)
    # Grid lines sit on pixel centres: no antialiasing needed, and it halves their cost.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(minor_pen)
    p.drawLines(_grid_lines(scene, major=False))
    p.setPen(major_pen)
    p.drawLines(_grid_lines(scene, major=True))
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.drawLine(QPointF(0, scene.axis_bottom + 0.5), QPointF(scene.width, scene.axis_bottom + 0.5))


def _paint_events(p: QPainter, scene: Scene, theme: Theme) -> None:
    event_font = theme_font(theme, "event")
    text_color, muted = _qc(theme.text), _qc(theme.muted_text)
    white = _qc("#ffffff")
    for g in scene.events:
        fill = _brush(g.color, 70 if g.dimmed else (120 if g.imprecise and g.kind == GlyphKind.BAR else None))
        if g.kind == GlyphKind.BAR:
            rect = QRectF(g.x0, g.cy - BAR_H / 2, g.x1 - g.x0, BAR_H)
            if g.selected or g.hovered:
                halo = color(theme.selection if g.selected else theme.hover)
                p.setPen(QPen(halo, 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 6, 6)
            p.setPen(_pen(g.color, 1.2, 90 if g.dimmed else None, g.imprecise))
            p.setBrush(fill)
            # A bar of a few px keeps square-ish ends rather than turning into a pill.
            radius = min(4.0, rect.width() / 3)
            p.drawRoundedRect(rect, radius, radius)
        else:
            if g.selected or g.hovered:
                p.setPen(QPen(color(theme.selection if g.selected else theme.hover), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(g.cx, g.cy), MARK_R + 4, MARK_R + 4)
            p.setPen(_pen(g.color, 1.2, 90 if g.dimmed else None))
            p.setBrush(fill)
            p.drawPath(_diamond(g.cx, g.cy))
        if g.label is not None:
            lab = g.label
            inside_bar = g.kind == GlyphKind.BAR and g.x0 <= lab.x and lab.x + lab.w <= g.x1
            if g.matched and not g.selected:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(_brush(theme.match))
                p.drawRoundedRect(QRectF(lab.x - 3, lab.y - 1, lab.w + 6, lab.h + 2), 3, 3)
            elif g.selected and not inside_bar:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(_brush(theme.selection, 60))
                p.drawRoundedRect(QRectF(lab.x - 3, lab.y - 1, lab.w + 6, lab.h + 2), 3, 3)
            # Labels sit in room the scene left free in their lane: no backdrop needed.
            p.setFont(event_font)
            if g.dimmed:
                p.setPen(muted)
            elif inside_bar and _is_dark(g.color):
                p.setPen(white)
            else:
                p.setPen(text_color)
            _draw_line(p, event_font, lab)


_DIAMOND = QPainterPath()
_DIAMOND.moveTo(0, -MARK_R - 1)
_DIAMOND.lineTo(MARK_R + 1, 0)
_DIAMOND.lineTo(0, MARK_R + 1)
_DIAMOND.lineTo(-MARK_R - 1, 0)
_DIAMOND.closeSubpath()


def _diamond(cx: float, cy: float) -> QPainterPath:
    return _DIAMOND.translated(cx, cy)


def _paint_density(p: QPainter, scene: Scene, theme: Theme) -> None:
    """Density bands: one image, a pixel row per band and a column per bin, more opaque
    where more events start; each row is stretched onto its band."""
    rows = scene.density
    if not rows:
        return
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
        m = _qc(theme.match)
        hit = (255 << 24) | (m.red() << 16) | (m.green() << 8) | m.blue()
        for k in searched:
            px[k] = np.where(rows[k].matches > 0, hit, (px[k] >> 1) & 0x7F7F7F7F)
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
    font = theme_font(theme, "count")
    p.setFont(font)
    p.setPen(_qc(theme.text))
    backdrop = _qc(theme.label_background, 200)
    for item in scene.labels_count:
        p.fillRect(QRectF(item.x - 2, item.y, item.w + 4, item.h), backdrop)
        _draw_line(p, font, item)


def _density_colors(rows, counts: np.ndarray, scene: Scene, theme: Theme) -> tuple[np.ndarray, np.ndarray]:
    """(alpha, rgb) per cell of the density rows: the colour of the cell's most common
    category, more opaque where more events start, on one scale for every row (a folded row
    of many lanes is stronger than one lane with the same spread). The cube root keeps a lone
    event visible while the columns where thousands pile up stand out."""
    top = float(counts.max()) if counts.size else 1.0
    floor = 95 if _is_dark(theme.background) else 60  # faint colours vanish sooner on a dark ground
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
    return np.array([(c.red(), c.green(), c.blue()) for c in map(_qc, colors + (fallback,))], dtype=np.uint32)


def _paint_histogram(p: QPainter, scene: Scene, theme: Theme) -> None:
    """The histogram track: each column's events stacked by category, heights linear in the
    count (the tallest column fills the track; any column with an event shows at least 1 px)."""
    hist = scene.histogram
    if hist is None:
        return
    counts = hist.counts.astype(np.float64)
    per_col = counts.sum(axis=0)
    peak = per_col.max() if per_col.size else 0.0
    h = hist.bottom - hist.top
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    p.setPen(QPen(_qc(theme.grid_major), 1))
    p.drawLine(QPointF(0, hist.bottom + 0.5), QPointF(scene.width, hist.bottom + 0.5))
    if peak > 0:
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        rows = max(int(round(h * ratio)), 1)
        total_px = np.where(per_col > 0, np.maximum(per_col / peak * rows, 1.0), 0.0)
        # Stack boundaries per column in pixel rows from the bottom, categories in legend order:
        # a pixel row's category is the number of boundaries at or below its centre, counted by
        # marking each boundary's first row above it and summing up the rows.
        cum = np.cumsum(counts, axis=0) / np.maximum(per_col, 1) * total_px
        first_above = np.clip(np.ceil(cum - 0.5), 0, rows).astype(np.int64)
        marks = np.zeros((rows + 1, cum.shape[1]), dtype=np.int64)
        np.add.at(marks, (first_above, np.broadcast_to(np.arange(cum.shape[1]), cum.shape)), 1)
        cat = np.cumsum(marks, axis=0)[:rows]  # (rows, columns): category index, C1 = empty
        colors = [_qc(c) for c in hist.colors]
        argb = np.array([(255 << 24) | (c.red() << 16) | (c.green() << 8) | c.blue() for c in colors] + [0],
                        dtype=np.uint32)
        pixels = np.ascontiguousarray(argb[cat][::-1])
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
        p.fillRect(QRectF(lab.x - 3, lab.y, lab.w + 6, lab.h), _qc(theme.label_background, 220))
        p.setPen(_qc(theme.muted_text))
        _draw_line(p, font, lab)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _paint_aggregate_note(p: QPainter, scene: Scene, theme: Theme) -> None:
    """The legend's line on band colours, and a rule above the folded rows (lanes that did not fit)."""
    if scene.aggregate_note is not None:
        _text(p, scene.aggregate_note, theme, theme.muted_text)
    if scene.folded_from is not None and scene.more_row_y is not None:
        y = round(scene.more_row_y - scene.lane_h / 2) + 0.5
        p.setPen(QPen(_qc(theme.grid_major), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(0, y), QPointF(scene.width, y))


def _paint_clusters(p: QPainter, scene: Scene, theme: Theme) -> None:
    """Aggregates: a rounded box per cluster, its exact count inside when it fits."""
    _paint_histogram(p, scene, theme)
    _paint_density(p, scene, theme)
    _paint_aggregate_note(p, scene, theme)
    if not scene.clusters:
        return
    count_font = theme_font(theme, "count")
    p.setFont(count_font)
    # Square, unantialiased boxes: a third of the cost of rounded antialiased ones, and they
    # read as "many events" beside the rounded bars of single ones.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for c in scene.clusters:
        rect = QRectF(c.x0, c.cy - c.h / 2, max(c.x1 - c.x0, 2.0), c.h)
        p.setPen(_pen(c.color, 1.0))
        p.setBrush(_brush(c.color, 150))
        p.drawRect(rect)
        if c.text is not None:
            p.setPen(_qc(theme.text if not _is_dark(c.color) else "#ffffff"))
            _draw_line(p, count_font, c.text)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _paint_today(p: QPainter, scene: Scene, theme: Theme) -> None:
    if scene.today_x is None:
        return
    x = round(scene.today_x) + 0.5
    p.setPen(QPen(color(theme.selection), 1.5, Qt.PenStyle.DashLine))
    # Like the grid, the line stops short of the labels it would cross.
    for y0, y1 in line_spans(scene, scene.today_x, scene.axis_bottom):
        if y1 > y0:
            p.drawLine(QPointF(x, y0), QPointF(x, y1))
    p.setFont(theme_font(theme, "count"))
    p.setPen(color(theme.selection))
    p.drawText(QPointF(x + 4, scene.axis_bottom + 12), QCoreApplication.translate("Export", "Today"))


_LEGEND_CACHE: dict[tuple, QImage] = {}


def _paint_legend(p: QPainter, scene: Scene, theme: Theme) -> None:
    """The legend; on raster devices (the screen, PNG) drawn once into an image and reused,
    since it rarely changes while the view moves. SVG, PDF and print get vector shapes."""
    if not scene.legend:
        return
    engine = p.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        _draw_legend(p, scene, theme)
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
            _draw_legend(q, scene, theme)
        if len(_LEGEND_CACHE) > 8:
            _LEGEND_CACHE.clear()
        _LEGEND_CACHE[key] = img
    p.drawImage(QPointF(0, top), img)


def _draw_legend(p: QPainter, scene: Scene, theme: Theme) -> None:
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


@lru_cache(maxsize=1024)
def _is_dark(spec: str) -> bool:
    c = QColor(spec[:7])
    return (0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()) < 150
