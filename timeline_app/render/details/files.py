"""Writing the details document to a file: .md (Markdown) or .pdf (printed, numbered pages)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from timeline_app.model import Event, Timeline, write_atomically
from timeline_app.render.details.builder import document_blocks, select_events
from timeline_app.render.details.markdown import details_markdown
from timeline_app.render.details.rich_text import text_document

DETAIL_SUFFIXES = (".md", ".pdf")
Paper = Literal["a4", "letter"]  # the PDF's page size, portrait


def details_pdf_bytes(timeline: Timeline, events: Iterable[Event], page: Paper = "a4", lang: str = "en") -> bytes:
    """The details document as PDF bytes: A4 or Letter, portrait, numbered pages."""
    doc = text_document(document_blocks(timeline, events, lang))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setCreator("timeline-app")
    writer.setTitle(timeline.title)
    size = QPageSize.PageSizeId.Letter if page == "letter" else QPageSize.PageSizeId.A4
    # print_() adds 2 cm of its own: lines stay short enough to read (about 75 characters at 10 pt).
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 10, 15, 10), QPageLayout.Unit.Millimeter))
    doc.print_(writer)
    buf.close()
    return bytes(data.data())


def export_details(timeline: Timeline, path, event_id: str | None = None, page: Paper = "a4",
                   lang: str = "en") -> int:
    """Write the details of one event (or all) to a .md or .pdf file atomically; returns the count."""
    suffix = Path(path).suffix.lower()
    if suffix not in DETAIL_SUFFIXES:
        raise ValueError(f"event details are written as .md or .pdf, not {suffix or 'a file without a suffix'}")
    events = select_events(timeline, event_id)
    if suffix == ".md":
        data = details_markdown(timeline, events, lang).encode("utf-8")
    else:
        data = details_pdf_bytes(timeline, events, page, lang)
    write_atomically(path, data)
    return len(events)
