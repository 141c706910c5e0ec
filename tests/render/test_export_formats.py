"""PNG, SVG and PDF of one scene agree; tiled PDF pages; transparency, dark theme; atomic writes."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.pdf_reading import pdf_page_size, pdf_pages, pdf_text, pdf_words, render_pdf_page
from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.render.output import ExportCancelled, ExportRequest, export_scene, footer_text
from timeline_app.render.export import export_file, format_of
from timeline_app.render.pdf import PT_PER_PX
from timeline_app.render.theme import DARK
from timeline_app.time import parse_time

SVG_NS = "{http://www.w3.org/2000/svg}"
PX_PER_MM = 96 / 25.4


@pytest.fixture
def songdo(qapp):
    return load_timeline(bundled_timeline()).timeline


def svg_texts(path: Path) -> list[tuple[str, float, float]]:
    """(text, x, y) of every <text> element, with the enclosing translations applied."""
    out = []

    def walk(el, dx, dy):
        m = re.match(r"matrix\(([^)]*)\)", el.get("transform", ""))
        if m:
            a, b, c, d, e, f = (float(v) for v in m.group(1).split(","))
            assert (a, b, c, d) == (1, 0, 0, 1), "only translations are expected"
            dx, dy = dx + e, dy + f
        if el.tag == SVG_NS + "text":
            out.append(("".join(el.itertext()).strip(), float(el.get("x")) + dx, float(el.get("y")) + dy))
        for child in el:
            walk(child, dx, dy)

    walk(ET.parse(path).getroot(), 0.0, 0.0)
    return out


def find_phrase(words, phrase: str) -> tuple[float, float]:
    """Position of the first word of `phrase` where the words of `phrase` appear in a row."""
    parts = phrase.split()
    texts = [w for w, _, _ in words]
    for i in range(len(texts) - len(parts) + 1):
        if texts[i:i + len(parts)] == parts:
            return words[i][1], words[i][2]
    raise AssertionError(f"{phrase!r} not in the PDF text")


def test_png_svg_and_pdf_of_one_scene_agree(songdo, tmp_path):
    req = ExportRequest(width=1400, scale=1.0)
    scene, _ = export_scene(songdo, req)
    for suffix in (".png", ".svg", ".pdf"):
        export_file(songdo, tmp_path / f"t{suffix}", req)
    glyphs = sorted(scene.events, key=lambda g: g.label.x)
    assert len(glyphs) == 3

    # PNG: each mark has its category colour where the scene puts it.
    image = QImage(str(tmp_path / "t.png"))
    assert (image.width(), image.height()) == (1400, round(scene.height))
    colours = {c.id: QColor(c.color) for c in songdo.categories}
    for g in glyphs:
        got = image.pixelColor(int(g.cx), int(g.cy))
        want = colours[songdo.event_by_id[g.event_id].category]
        assert all(abs(a - b) <= 12 for a, b in zip(got.getRgb()[:3], want.getRgb()[:3])), g.event_id

    # SVG: the titles are <text> at the label's x; same order as the scene.
    texts = svg_texts(tmp_path / "t.svg")
    svg_x = {}
    for g in glyphs:
        hits = [(x, y) for t, x, y in texts if t == g.label.text]
        assert hits, f"{g.label.text!r} is not an SVG <text>"
        svg_x[g.event_id] = hits[0][0]
        assert hits[0][0] == pytest.approx(g.label.x, abs=2)
        assert g.label.y <= hits[0][1] <= g.label.y + g.label.h  # the baseline is inside the label box
    assert sorted(svg_x, key=svg_x.get) == [g.event_id for g in glyphs]
    assert scene.title.text in [t for t, _, _ in texts]

    # PDF: the same titles as text, at the same place (1 px = 0.75 pt).
    words = pdf_words(tmp_path / "t.pdf")
    pdf_x = {}
    for g in glyphs:
        x, y = find_phrase(words, g.label.text)
        pdf_x[g.event_id] = x / PT_PER_PX
        assert x / PT_PER_PX == pytest.approx(g.label.x, abs=3)
        assert y / PT_PER_PX == pytest.approx(g.label.y, abs=4)
    assert sorted(pdf_x, key=pdf_x.get) == [g.event_id for g in glyphs]
    assert pdf_pages(tmp_path / "t.pdf") == 1


def test_svg_is_sized_in_pixels(songdo, tmp_path):
    export_file(songdo, tmp_path / "t.svg", ExportRequest(width=1000, height=300))
    root = ET.parse(tmp_path / "t.svg").getroot()
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == ("1000", "300", "0 0 1000 300")


@pytest.mark.parametrize(("pages", "paper_mm"), [("a4", 297), ("letter", 279.4)])
def test_tiled_pdf_has_the_expected_pages_each_with_title_and_number(songdo, tmp_path, pages, paper_mm):
    out = tmp_path / "tiled.pdf"
    req = ExportRequest(width=3000, pages=pages, title_text="Songdo tiles", footer="Source: test")
    summary = export_file(songdo, out, req)
    slice_px = (paper_mm - 20) * PX_PER_MM  # landscape width less two 10 mm margins
    expected = math.ceil(3000 / slice_px)
    assert pdf_pages(out) == expected
    assert summary.startswith(f"{expected} pages")
    for page in range(1, expected + 1):
        text = pdf_text(out, page)
        assert "Songdo tiles" in text
        assert f"Page {page} of {expected}" in text
        assert "Source: test" in text
    # Every event title is somewhere in the document, in date order.
    flat = " ".join(pdf_text(out).split())
    for ev in songdo.events:
        assert ev.title.split()[-1] in flat


def test_long_single_page_pdf_is_one_page_of_the_scene_size(songdo, tmp_path):
    out = tmp_path / "long.pdf"
    scene, _ = export_scene(songdo, ExportRequest(width=6000))
    export_file(songdo, out, ExportRequest(width=6000))
    assert pdf_pages(out) == 1
    w, h = pdf_page_size(out)
    assert (w, h) == pytest.approx((6000 * PT_PER_PX, scene.height * PT_PER_PX), abs=1)


def empty_spot(songdo, req):
    """A point in the lanes between the marks, where nothing is drawn."""
    scene, scale = export_scene(songdo, req)
    g = scene.glyph("2019-12-05-asian-pain-symposium")
    return scale.x(parse_time("2019-11-20").ms), g.cy + 45


def test_transparent_png_has_alpha_zero_in_an_empty_area(songdo, tmp_path):
    req = ExportRequest(width=1200, scale=1.0, transparent=True)
    export_file(songdo, tmp_path / "clear.png", req)
    export_file(songdo, tmp_path / "solid.png", req.with_(transparent=False))
    x, y = empty_spot(songdo, req)
    clear, solid = QImage(str(tmp_path / "clear.png")), QImage(str(tmp_path / "solid.png"))
    assert clear.hasAlphaChannel()
    assert clear.pixelColor(int(x), int(y)).alpha() == 0
    assert solid.pixelColor(int(x), int(y)).alpha() == 255
    # The marks are still opaque.
    scene, _ = export_scene(songdo, req)
    g = scene.glyph("2019-10-14-medicen-agreement")
    assert clear.pixelColor(int(g.cx), int(g.cy)).alpha() == 255


def test_transparent_svg_has_no_background_rectangle(songdo, tmp_path):
    export_file(songdo, tmp_path / "clear.svg", ExportRequest(width=1000, transparent=True))
    export_file(songdo, tmp_path / "solid.svg", ExportRequest(width=1000))
    page = re.compile(r'<rect x="0" y="0" width="1000" height="\d+"/>')
    assert page.search((tmp_path / "solid.svg").read_text())
    assert not page.search((tmp_path / "clear.svg").read_text())


def test_dark_theme_background_is_dark(songdo, tmp_path):
    req = ExportRequest(width=1200, scale=1.0)
    export_file(songdo, tmp_path / "dark.png", req, DARK)
    x, y = empty_spot(songdo, req)
    c = QImage(str(tmp_path / "dark.png")).pixelColor(int(x), int(y))
    assert c.lightness() < 60 and c == QColor(DARK.background)
    # The dark PDF too: render its page and look at the same spot.
    export_file(songdo, tmp_path / "dark.pdf", req, DARK)
    page = QImage(str(render_pdf_page(tmp_path / "dark.pdf", tmp_path / "dark-pdf.png", dpi=96)))
    assert page.pixelColor(int(x), int(y)).lightness() < 60


def test_title_text_and_footer(songdo, tmp_path):
    req = ExportRequest(width=1200, title_text="My own <b>title</b>", footer=footer_text(songdo, "songdo-2019.json"))
    scene, _ = export_scene(songdo, req)
    assert scene.title.text == "My own <b>title</b>"
    assert scene.footer.text.startswith("Source: songdo-2019.json (citing Incheon Free Economic Zone (IFEZ)")
    assert scene.footer.y + scene.footer.h <= scene.height
    assert scene.legend and max(e.label.y + e.label.h for e in scene.legend) <= scene.footer.y
    export_file(songdo, tmp_path / "t.svg", req)
    texts = [t for t, _, _ in svg_texts(tmp_path / "t.svg")]
    assert "My own <b>title</b>" in texts  # plain text, escaped by the XML writer
    assert any(t.startswith("Source: songdo-2019.json") for t in texts)


def test_unknown_format_is_refused(songdo, tmp_path):
    with pytest.raises(ValueError, match="export writes .png, .svg or .pdf"):
        format_of(tmp_path / "x.gif")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_a_failed_export_keeps_the_old_file_and_leaves_no_temporary(songdo, tmp_path, monkeypatch, suffix):
    out = tmp_path / f"keep{suffix}"
    out.write_bytes(b"old")

    def disk_full(*_args, **_kw):
        raise OSError("disk full")

    monkeypatch.setattr("timeline_app.model.save.os.replace", disk_full)
    with pytest.raises(OSError, match="disk full"):
        export_file(songdo, out, ExportRequest(width=1000, pages="a4" if suffix == ".pdf" else "single"))
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize(("suffix", "pages"), [(".png", "single"), (".svg", "single"), (".pdf", "single"),
                                               (".pdf", "a4")])
def test_a_cancelled_export_writes_nothing(songdo, tmp_path, suffix, pages):
    out = tmp_path / f"c{suffix}"
    with pytest.raises(ExportCancelled):
        export_file(songdo, out, ExportRequest(width=3000, pages=pages), cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
    # Cancelled part way, after some progress: still nothing, and an old file is kept.
    out.write_bytes(b"old")
    state = {"cancel": False}
    with pytest.raises(ExportCancelled):
        export_file(songdo, out, ExportRequest(width=3000, pages=pages),
                    progress=lambda f: state.update(cancel=True), cancelled=lambda: state["cancel"])
    assert out.read_bytes() == b"old" and list(tmp_path.iterdir()) == [out]


def test_big_png_is_painted_in_bands_that_match_one_paint(songdo, tmp_path, monkeypatch):
    req = ExportRequest(width=4000, scale=1.0)
    export_file(songdo, tmp_path / "one.png", req)
    monkeypatch.setattr("timeline_app.render.png.BAND_PIXELS", 200_000)
    fractions = []
    export_file(songdo, tmp_path / "bands.png", req, progress=fractions.append)
    assert len(fractions) > 3 and fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert QImage(str(tmp_path / "one.png")) == QImage(str(tmp_path / "bands.png"))
