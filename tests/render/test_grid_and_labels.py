"""Issue 11, in the pixels of an export: grid lines are drawn in the pieces the scene leaves
between labels, so no line runs through a label's box ("Sympos|ium" at 800 px)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QColor

from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.render.output import ExportRequest, export_scene
from timeline_app.render.png import paint_image
from timeline_app.render.theme import DARK, LIGHT


@pytest.fixture
def songdo(qapp):
    return load_timeline(bundled_timeline()).timeline


def blank_labels(scene):
    """The same scene with every label's text emptied: its box stays, so any ink left in
    a box was drawn by something else (a grid line)."""
    scene.labels = [replace(t, text="") for t in scene.labels]
    scene.events = [replace(g, label=replace(g.label, text="")) if g.label else g for g in scene.events]
    return scene


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize("width", [800, 1600])
def test_no_grid_line_is_painted_through_a_label(songdo, theme, width):
    scene, _scale = export_scene(songdo, ExportRequest(width=width), theme)
    boxes = list(scene.labels) + [g.label for g in scene.events if g.label is not None]
    crossed = [(t, b) for t in scene.ticks for b in boxes if b.x + 1 < round(t.x) + 0.5 < b.x + b.w - 1]
    assert crossed, "this view should have grid lines running under labels"
    image = paint_image(blank_labels(scene), theme, 1.0)
    background = {QColor(theme.background).rgb(), QColor(theme.axis_background).rgb()}
    for tick, box in crossed:
        x = int(round(tick.x))
        inked = [y for y in range(int(box.y) + 1, int(box.y + box.h) - 1)
                 if image.pixelColor(x, y).rgb() not in background]
        assert not inked, (box.text, tick.x, inked)
