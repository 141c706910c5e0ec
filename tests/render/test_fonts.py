"""Korean text draws with the bundled font on screen and in every export, whatever fonts the
system has (CI machines have only DejaVu, which has no Hangul)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QRawFont, QTextLayout
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from tests.helpers import timeline_dict
from tests.pdf_reading import pdf_fonts, pdf_text
from timeline_app.model import timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.render.details.files import export_details
from timeline_app.render.details.rich_text import text_document
from timeline_app.render.fonts import KOREAN_FAMILY, font_chain
from timeline_app.render.lettering import theme_font
from timeline_app.render.output import ExportRequest, export_scene
from timeline_app.render.export import export_file
from timeline_app.render.png import render_image
from timeline_app.render.svg import svg_bytes
from timeline_app.render.theme import DARK, LIGHT

SOCIETY = "대한통증기전연구회"
TITLE = "송도 바이오 클러스터"


def strings(value):
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def korean_timeline(title: str = TITLE):
    return timeline_from_data(timeline_dict(
        {"id": "a", "title": f"{SOCIETY} 협약", "start": "2019-09-30", "category": "a"},
        {"id": "b", "title": "Asian Pain Symposium", "start": "2019-12-05", "end": "2019-12-07", "category": "c"},
        title=title)).timeline


@pytest.fixture
def app_families(qapp):
    """The families the app sets text in: the themes' (canvas, exports), the print documents'
    and the application font's (list, dialogs, detail pane). Building a canvas font and a
    document is what registers the bundled font, as it does in the app."""
    theme_font(LIGHT, "event")
    text_document([])
    return sorted({LIGHT.font_family, DARK.font_family, QApplication.font().family()})


def has_glyph(family: str, char: str, bold: bool) -> bool:
    for name in font_chain(family):
        font = QFont(name)
        font.setBold(bold)
        if QRawFont.fromFont(font).supportsCharacter(ord(char)):
            return True
    return False


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_every_character_of_the_bundled_data_has_a_glyph_in_the_app_fonts(app_families, bold):
    data = json.loads(bundled_timeline().read_text(encoding="utf-8"))
    chars = {c for s in strings(data) for c in s if c.isprintable() and not c.isspace()}
    assert set(SOCIETY) <= chars  # the Korean the data quotes
    for family in app_families:
        missing = sorted(c for c in chars if not has_glyph(family, c, bold))
        assert not missing, f"{family}: no glyph for {''.join(missing)!r} in {font_chain(family)}"


def test_the_bundled_font_covers_every_hangul_syllable(app_families):
    raw = QRawFont.fromFont(QFont(KOREAN_FAMILY))
    assert raw.familyName() == KOREAN_FAMILY
    missing = [c for c in range(0xAC00, 0xD7A4) if not raw.supportsCharacter(c)]
    assert not missing, f"{len(missing)} syllables missing, first U+{missing[0]:04X}" if missing else ""


@pytest.mark.parametrize("role", ["title", "event", "major"])
def test_canvas_text_in_korean_is_set_in_the_bundled_font_with_real_glyphs(app_families, role):
    layout = QTextLayout(f"{TITLE} 2019년 10월 14일(월요일)", theme_font(LIGHT, role))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = {run.rawFont().familyName().lower(): list(run.glyphIndexes()) for run in layout.glyphRuns()}
    assert KOREAN_FAMILY.lower() in runs, runs.keys()  # not a system fallback that varies by machine
    assert all(all(runs[f]) for f in runs), runs  # glyph 0 is the missing-glyph box


def title_pixels(title: str) -> tuple[QImage, int]:
    """The title band of a PNG export titled `title`, and how many of its pixels have ink."""
    req = ExportRequest(width=600, scale=2.0, title_text=title)
    timeline = korean_timeline()
    scene, _ = export_scene(timeline, req, LIGHT)
    image = render_image(timeline, req, LIGHT)
    t = scene.title
    band = image.copy(round(t.x * 2), round(t.y * 2), round(t.w * 2), round(t.h * 2))
    bg = QColor(LIGHT.background).rgb()
    ink = sum(1 for y in range(band.height()) for x in range(band.width()) if band.pixel(x, y) != bg)
    return band, ink


def test_a_png_export_draws_korean_titles_as_letters_not_boxes(app_families):
    # A missing glyph draws the same box for every character: two different words of the
    # same length would give the same picture. Real letters differ.
    songdo, songdo_ink = title_pixels("송도")
    bio, bio_ink = title_pixels("바이")
    assert songdo_ink > 100 and bio_ink > 100
    assert songdo.size() == bio.size()
    assert songdo != bio, "two different words draw the same picture: missing-glyph boxes"


def test_a_pdf_export_of_a_korean_title_embeds_the_bundled_font(app_families, tmp_path):
    out = tmp_path / "korean.pdf"
    export_file(korean_timeline(), out, ExportRequest(width=900), LIGHT)
    fonts = pdf_fonts(out)
    # The title is bold, the event labels regular: both faces travel in the file, with a
    # Unicode map, so the Korean can be searched and copied.
    assert fonts.get("TimelineHangul-Bold") == (True, True), fonts
    assert fonts.get("TimelineHangul-Regular") == (True, True), fonts
    text = " ".join(pdf_text(out).split())  # pypdf puts each word Qt placed on a line of its own
    assert TITLE in text and SOCIETY in text
    assert out.stat().st_size < 200_000  # a subset of the glyphs used, not the 1.3 MB faces


def test_a_details_pdf_embeds_the_bundled_font(app_families, tmp_path):
    out = tmp_path / "details.pdf"
    export_details(korean_timeline(), out)
    assert pdf_fonts(out).get("TimelineHangul-Bold") == (True, True)  # the document title is bold
    assert TITLE in " ".join(pdf_text(out).split())


def test_an_svg_export_names_the_korean_font_and_renders_hangul(app_families):
    timeline = korean_timeline()
    scene, _ = export_scene(timeline, ExportRequest(width=600, title_text="송도"), LIGHT)
    svg = svg_bytes(scene, LIGHT)
    assert f"font-family=\"DejaVu Sans, '{KOREAN_FAMILY}', sans-serif\"".encode() in svg

    def rendered(data: bytes) -> QImage:
        image = QImage(600, 120, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        with QPainter(image) as p:
            QSvgRenderer(QByteArray(data)).render(p, QRectF(0, 0, scene.width, scene.height))
        return image.copy(0, 0, 200, 40)

    scene2, _ = export_scene(timeline, ExportRequest(width=600, title_text="바이"), LIGHT)
    assert rendered(svg) != rendered(svg_bytes(scene2, LIGHT)), "the same picture for two words: boxes"
