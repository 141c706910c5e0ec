"""Export a timeline to a picture file whose format its suffix names (.png, .svg, .pdf).

The one entry point the window and the command line call; each format lives in its own module
(png.py, svg.py, pdf.py), and what they share in output.py, below them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication

from timeline_app.model import Timeline
from timeline_app.render.output import Cancelled, ExportRequest, Progress
from timeline_app.render.pdf import export_pdf
from timeline_app.render.png import export_png
from timeline_app.render.svg import export_svg
from timeline_app.render.theme import LIGHT, Theme

Suffix = Literal[".png", ".svg", ".pdf"]  # the picture formats, named by the file suffix that picks them
FORMATS: dict[Suffix, str] = {".png": "PNG image", ".svg": "SVG drawing", ".pdf": "PDF document"}


def format_of(path) -> Suffix:
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
        scene = export_svg(timeline, path, request, theme, progress, cancelled)
        return QCoreApplication.translate("Export", "{0} x {1} px, vector").format(round(scene.width), round(scene.height))
    pages = export_pdf(timeline, path, request, theme, progress, cancelled)
    kind = (QCoreApplication.translate("Export", "one page") if request.pages == "single" else
            QCoreApplication.translate("Export", "{0} landscape").format("A4" if request.pages == "a4" else "Letter"))
    return (QCoreApplication.translate("Export", "1 page ({0})").format(kind) if pages == 1
            else QCoreApplication.translate("Export", "{0} pages ({1})").format(pages, kind))
