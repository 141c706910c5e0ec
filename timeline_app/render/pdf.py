"""Export a timeline to PDF (vector, via QPdfWriter) and print it: one long page, or tiled pages.

Both paint the export scene with render.paint.paint. Paper coordinates are logical pixels at
96 per inch (1 px = 0.75 pt), the size a screen shows them at; a tiled page shows a slice of
the same scene under a header with the title and "Page i of n".
"""

from __future__ import annotations

import math
from typing import get_args

from PySide6.QtCore import QBuffer, QCoreApplication, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPagedPaintDevice, QPageSize, QPainter, QPdfWriter

from timeline_app.model import Timeline, write_atomically
from timeline_app.render.lettering import theme_font
from timeline_app.render.output import Cancelled, ExportRequest, Pages, Progress, check_cancelled, export_scene
from timeline_app.render.paint import paint
from timeline_app.render.pens import color
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.layout.records import Scene

PX_DPI = 96
PT_PER_PX = 72 / PX_DPI
MAX_PAGE_PT = 14400  # the largest page side PDF readers accept (200 inches)
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PAGE_CHOICES: tuple[Pages, ...] = get_args(Pages)
MARGIN_MM = 10
HEADER_H = 30  # px, above the strip on a tiled page
FOOTER_H = 20  # px, below it, when there is a footer line


def page_title(timeline: Timeline, req: ExportRequest) -> str | None:
    if not req.title:
        return None
    return req.title_text if req.title_text is not None else timeline.title


def tiled_layout(page: QPageSize.PageSizeId, orientation=QPageLayout.Orientation.Landscape) -> QPageLayout:
    return QPageLayout(QPageSize(page), orientation, QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def export_pdf(timeline: Timeline, path, req: ExportRequest = ExportRequest(), theme: Theme = LIGHT,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Render and write a PDF atomically; returns the number of pages."""
    if req.pages not in PAGE_CHOICES:
        raise ValueError(f"pages must be one of {', '.join(PAGE_CHOICES)}, not {req.pages!r}")
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(PX_DPI)
    writer.setCreator("timeline-app")
    title = page_title(timeline, req) or timeline.title
    writer.setTitle(title)
    if req.pages == "single":
        scene, _ = export_scene(timeline, req, theme)
        fit = min(1.0, MAX_PAGE_PT / (max(scene.width, scene.height) * PT_PER_PX))
        size = QSizeF(scene.width * PT_PER_PX * fit, scene.height * PT_PER_PX * fit)
        writer.setPageLayout(QPageLayout(QPageSize(size, QPageSize.Unit.Point, title, QPageSize.SizeMatchPolicy.ExactMatch),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError("the PDF writer could not start")
        try:
            painter.scale(fit * writer.resolution() / PX_DPI, fit * writer.resolution() / PX_DPI)
            paint(painter, scene, theme)
        finally:
            painter.end()
        pages = 1
        if progress is not None:
            progress(0.9)
    else:
        writer.setPageLayout(tiled_layout(PAGE_SIZES[req.pages]))
        pages = paint_pages(writer, timeline, req, theme, progress=progress, cancelled=cancelled)
    buf.close()
    check_cancelled(cancelled)
    write_atomically(path, bytes(data.data()))
    if progress is not None:
        progress(1.0)
    return pages


def tiled_scene(timeline: Timeline, req: ExportRequest, theme: Theme) -> Scene:
    """The scene for tiled pages: the header carries the title and the page footer the footer."""
    scene, _ = export_scene(timeline, req.with_(title=False, footer=None), theme)
    return scene


def paint_pages(device: QPagedPaintDevice, timeline: Timeline, req: ExportRequest, theme: Theme = LIGHT,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
    """Paint the timeline across the pages of `device` (a QPdfWriter or a QPrinter) as laid out.

    The strip is shrunk only when it is taller than a page; it is cut into page-wide slices.
    Returns the number of pages.
    """
    scene = tiled_scene(timeline, req, theme)
    title = page_title(timeline, req)
    footer = req.footer
    dpi = device.resolution()
    to_px = dpi / PX_DPI
    area = device.pageLayout().paintRectPixels(dpi)
    page_w, page_h = area.width() / to_px, area.height() / to_px
    strip_top = HEADER_H
    strip_h = page_h - HEADER_H - (FOOTER_H if footer else 0)
    k = min(1.0, strip_h / scene.height) if scene.height > 0 else 1.0
    slice_w = page_w / k
    count = max(1, math.ceil(scene.width / slice_w - 1e-6))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting the pages")
    try:
        for i in range(count):
            check_cancelled(cancelled)
            if i:
                device.newPage()
            painter.save()
            painter.scale(to_px, to_px)
            painter.fillRect(QRectF(0, 0, page_w, page_h), color(theme.background))
            _page_furniture(painter, theme, page_w, page_h, title, footer, i + 1, count)
            painter.translate(0, strip_top)
            painter.scale(k, k)
            painter.translate(-i * slice_w, 0)
            painter.setClipRect(QRectF(i * slice_w, 0, min(slice_w, scene.width - i * slice_w), scene.height))
            paint(painter, scene, theme)
            painter.restore()
            if progress is not None:
                progress(0.9 * (i + 1) / count)
    finally:
        painter.end()
    return count


def _page_furniture(p: QPainter, theme: Theme, w: float, h: float, title: str | None, footer: str | None,
                    page: int, count: int) -> None:
    """The title and page number above the strip, and the footer line below it."""
    number = QCoreApplication.translate("Export", "Page {0} of {1}").format(page, count)
    p.setFont(theme_font(theme, "legend"))
    p.setPen(color(theme.muted_text))
    right = QRectF(0, 0, w, HEADER_H - 6)
    p.drawText(right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
    number_w = p.fontMetrics().horizontalAdvance(number) + 24
    if title:
        p.setFont(theme_font(theme, "major"))
        p.setPen(color(theme.text))
        elided = p.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(w - number_w))
        p.drawText(QRectF(0, 0, w - number_w, HEADER_H - 6), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
    if footer:
        p.setFont(theme_font(theme, "footer"))
        p.setPen(color(theme.muted_text))
        elided = p.fontMetrics().elidedText(" ".join(footer.split()), Qt.TextElideMode.ElideRight, int(w))
        p.drawText(QRectF(0, h - FOOTER_H, w, FOOTER_H), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
