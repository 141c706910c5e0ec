"""One entry point for every export: the format comes from the file's suffix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from timeline_app.model import Timeline
from timeline_app.render.document import DETAIL_SUFFIXES, export_details
from timeline_app.render.png import (
    Cancelled,
    ExportCancelled,
    ExportRequest,
    Progress,
    export_png,
)
from timeline_app.render.theme import LIGHT, Theme

FORMATS = {".png": "PNG image", ".svg": "SVG drawing", ".pdf": "PDF document"}

__all__ = ["DETAIL_SUFFIXES", "ExportCancelled", "ExportRequest", "FORMATS", "export_details",
           "export_file", "footer_text", "format_of"]


def format_of(path) -> str:
    """The suffix that picks the format (".png", ".svg", ".pdf"); ValueError for others."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{Path(path).name}: unknown format {suffix or '(no suffix)'}; "
                         "export writes .png, .svg or .pdf")
    return suffix


def export_file(timeline: Timeline, path, request: ExportRequest = ExportRequest(), theme: Theme = LIGHT,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> str:
    """Write `timeline` to `path` in the format its suffix names; returns a one-line summary.

    The file appears only when complete: on an error or ExportCancelled nothing is written
    and an existing file is left as it was.
    """
    suffix = format_of(path)
    if suffix == ".png":
        image = export_png(timeline, path, request, theme, progress, cancelled)
        return f"{image.width()} x {image.height()} px"
    if suffix == ".svg":
        from timeline_app.render.svg import export_svg

        scene = export_svg(timeline, path, request, theme, progress, cancelled)
        return QCoreApplication.translate("Export", "{0} x {1} px, vector").format(round(scene.width), round(scene.height))
    from timeline_app.render.pdf import export_pdf

    pages = export_pdf(timeline, path, request, theme, progress, cancelled)
    kind = (QCoreApplication.translate("Export", "one page") if request.pages == "single" else
            QCoreApplication.translate("Export", "{0} landscape").format("A4" if request.pages == "a4" else "Letter"))
    return (QCoreApplication.translate("Export", "1 page ({0})").format(kind) if pages == 1
            else QCoreApplication.translate("Export", "{0} pages ({1})").format(pages, kind))


def footer_text(timeline: Timeline, source: str | None, today: date | None = None) -> str:
    """The footer line: where the data came from and when it was exported."""
    publishers = list(dict.fromkeys(s.publisher for s in timeline.sources if s.publisher))
    cited = ", ".join(publishers[:3]) + (", …" if len(publishers) > 3 else "")
    where = QCoreApplication.translate("Export", "Source: {0}").format(source if source else timeline.title)
    if cited:
        where += QCoreApplication.translate("Export", " (citing {0})").format(cited)
    return where + QCoreApplication.translate("Export", " · Exported {0}").format((today or date.today()).isoformat())
