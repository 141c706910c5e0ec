"""Reading the PDFs the app writes, with Python libraries from the `test` extra only.

pypdf gives the pages, their sizes and text; PyMuPDF gives word boxes and renders a page
to pixels. No test needs poppler's pdftotext/pdfinfo/pdftoppm, which the README never installs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
from pypdf import PdfReader


def pdf_pages(path: Path) -> int:
    return len(PdfReader(path).pages)


def pdf_page_size(path: Path, page: int = 1) -> tuple[float, float]:
    """(width, height) in PDF points of page `page` (1-based)."""
    box = PdfReader(path).pages[page - 1].mediabox
    return float(box.width), float(box.height)


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text of one page (1-based) or of all, one line per line; words one space apart.

    Qt places each word on its own, so pypdf separates them with tabs: written as spaces here, as
    a reader would copy them.
    """
    pages = PdfReader(path).pages
    chosen = [pages[page - 1]] if page else list(pages)
    text = "\n".join(p.extract_text() for p in chosen)
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())


def pdf_words(path: Path, page: int | None = None) -> list[tuple[str, float, float]]:
    """(word, left, top) in PDF points, top measured down from the top of the page, in reading order."""
    with pymupdf.open(path) as doc:
        chosen = [doc[page - 1]] if page else list(doc)
        return [(w[4], w[0], w[1]) for p in chosen for w in p.get_text("words", sort=False)]


def render_pdf_page(path: Path, out_png: Path, page: int = 1, dpi: int = 96) -> Path:
    """Page `page` (1-based) as a PNG at `dpi` (96: one pixel per CSS pixel of the scene)."""
    with pymupdf.open(path) as doc:
        doc[page - 1].get_pixmap(dpi=dpi).save(str(out_png))
    return out_png


def pdf_fonts(path: Path) -> dict[str, tuple[bool, bool]]:
    """Font name (subset tag dropped) -> (embedded, has a Unicode map), over every page."""
    fonts: dict[str, tuple[bool, bool]] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        table = resources.get_object().get("/Font") if resources else None
        for ref in (table.get_object().values() if table else ()):
            font = ref.get_object()
            # A composite (Type0) font keeps its descriptor on its one descendant font.
            described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
            fonts[name] = (embedded, "/ToUnicode" in font)
    return fonts
