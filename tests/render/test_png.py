"""PNG export: the asked size, and each event drawn where the scale puts it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from tests.helpers import timeline_dict
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.render.output import ExportRequest, export_scene
from timeline_app.render.png import export_png, render_image
from timeline_app.time import parse_time

DAY = 86_400_000


@pytest.fixture
def songdo(qapp):
    return load_timeline(bundled_timeline()).timeline


def pixel(image: QImage, x: float, y: float, scale: float) -> QColor:
    return image.pixelColor(int(x * scale), int(y * scale))


def close(a: QColor, b: QColor, tol: int = 12) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a.getRgb()[:3], b.getRgb()[:3]))


@pytest.mark.parametrize(("width", "height", "scale"), [(1600, None, 2.0), (1000, 500, 1.0), (800, 300, 3.0)])
def test_png_has_the_asked_size(songdo, tmp_path, width, height, scale):
    out = tmp_path / "out.png"
    export_png(songdo, out, ExportRequest(width=width, height=height, scale=scale))
    image = QImage(str(out))
    assert image.width() == round(width * scale)
    if height is not None:
        assert image.height() == round(height * scale)
    else:
        assert image.height() > 200 * scale


def test_events_are_drawn_where_the_scale_puts_them(songdo, tmp_path):
    req = ExportRequest(width=1600, scale=2.0)
    scene, scale = export_scene(songdo, req)
    out = tmp_path / "songdo.png"
    export_png(songdo, out, req)
    image = QImage(str(out))
    colours = {c.id: QColor(c.color) for c in songdo.categories}
    for ev in songdo.events:
        g = scene.glyph(ev.id)
        expected_x = scale.x((ev.start_ms + ev.end_ms) / 2)
        assert g.cx == pytest.approx(expected_x)
        assert close(pixel(image, g.cx, g.cy, req.scale), colours[ev.category]), ev.id
    # The symposium bar covers its three days: its fill at the first and last day.
    dec = next(e for e in songdo.events if e.end is not None)
    g = scene.glyph(dec.id)
    for t in (dec.start_ms + DAY / 2, dec.end_ms - DAY / 2):
        assert close(pixel(image, scale.x(t), g.cy, req.scale), colours[dec.category])
    # Between the marks, in a lane row, is background.
    assert close(pixel(image, scale.x(parse_time("2019-11-20").ms), g.cy + 45, req.scale), QColor("#ffffff"))


def test_visible_range_export_covers_exactly_that_range(songdo):
    lo, hi = parse_time("2019-10-01").ms, parse_time("2019-10-31").end_ms
    scene, scale = export_scene(songdo, ExportRequest(width=1200, span=(lo, hi)))
    assert scale.x(lo) == pytest.approx(0)
    assert scale.x(hi) == pytest.approx(1200)
    assert [g.event_id for g in scene.events if 0 <= g.cx <= 1200] == ["2019-10-14-medicen-agreement"]


def test_title_and_legend_are_optional(songdo):
    with_all, _ = export_scene(songdo, ExportRequest())
    bare, _ = export_scene(songdo, ExportRequest(title=False, legend=False))
    assert with_all.title is not None and with_all.legend
    assert bare.title is None and not bare.legend


def test_too_large_an_image_is_refused_with_a_message(songdo):
    with pytest.raises(ValueError, match="too large"):
        render_image(songdo, ExportRequest(width=20000, height=20000, scale=2.0))


def test_export_never_leaves_a_half_written_file(songdo, tmp_path, monkeypatch):
    out = tmp_path / "keep.png"
    out.write_bytes(b"old")

    def fail(_image):
        raise OSError("disk full")

    monkeypatch.setattr("timeline_app.render.png.png_bytes", fail)
    with pytest.raises(OSError):
        export_png(songdo, out, ExportRequest())
    assert out.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [out]


def test_deep_time_timeline_exports(qapp, tmp_path):
    t = timeline_from_data(timeline_dict(
        {"id": "bang", "title": "Big Bang", "start": "-13800000000"},
        {"id": "earth", "title": "Earth forms", "start": "-4540000000"},
        {"id": "now", "title": "Today", "start": "2019"},
    )).timeline
    scene, scale = export_scene(t, ExportRequest(width=1600))
    assert [g.event_id for g in sorted(scene.events, key=lambda g: g.x0)] == ["bang", "earth", "now"]
    assert any("billion years ago" in label.text for label in scene.labels)
    export_png(t, tmp_path / "deep.png", ExportRequest(width=1600))
