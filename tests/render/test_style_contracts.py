"""The string contracts between the scene, the painter and the details document are closed sets:
every text role a scene hands the painter has a font of its own, every kind of event or
aggregate it draws is one the drawers know, and every kind of paragraph and run in the details
document has its own look in the pane and on paper (nothing falls back to a default unseen)."""

from __future__ import annotations

from typing import get_args

import pytest

from benchmarks.synth import synthetic_timeline
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.render.details.builder import document_blocks
from timeline_app.render.details.records import BlockKind, SpanStyle
from timeline_app.render.details.rich_text import _STYLE, PRINT_COLORS, ColorKey
from timeline_app.layout.records import ClusterKind, GlyphKind
from timeline_app.render.lettering import ROLE_STYLE, TextRole
from timeline_app.render.output import ExportRequest, export_scene


@pytest.fixture(scope="module")
def timelines(qapp):
    songdo = load_timeline(bundled_timeline()).timeline
    synthetic = timeline_from_data(synthetic_timeline(3000)).timeline
    return songdo, synthetic


def text_items(scene):
    """Every piece of text the painter draws for `scene`."""
    items = [*scene.labels, *scene.labels_count, scene.title, scene.footer, scene.aggregate_note,
             scene.histogram.label if scene.histogram is not None else None]
    items += [g.label for g in scene.events] + [e.label for e in scene.legend] + [e.label for e in scene.eras]
    items += [c.text for c in scene.clusters]
    return [t for t in items if t is not None]


def scenes(timelines):
    songdo, synthetic = timelines
    yield export_scene(songdo, ExportRequest(width=1200, footer="Source: test"))[0]
    for span in (None, (-2208988800000, -1577836800000)):  # everything; 1900-1920
        yield export_scene(synthetic, ExportRequest(width=1600, height=700, span=span))[0]


def test_every_text_role_in_a_scene_has_its_own_font(timelines):
    assert set(ROLE_STYLE) == set(get_args(TextRole))
    seen = {t.role for scene in scenes(timelines) for t in text_items(scene)}
    assert seen <= set(get_args(TextRole))
    assert {"title", "major", "minor", "event", "legend", "footer", "count"} <= seen


def test_every_event_and_aggregate_kind_is_one_the_drawers_know(timelines):
    all_scenes = list(scenes(timelines))
    events = {g.kind for s in all_scenes for g in s.events}
    clusters = {c.kind for s in all_scenes for c in s.clusters} | {r.kind for s in all_scenes for r in s.density}
    assert events == set(GlyphKind)
    assert clusters and clusters <= set(ClusterKind)


def test_every_kind_of_paragraph_and_run_in_the_details_has_its_look(timelines):
    songdo, _ = timelines
    assert set(_STYLE) == set(get_args(BlockKind))
    assert set(PRINT_COLORS) == set(get_args(ColorKey)) >= {s.color for s in _STYLE.values()}
    blocks = document_blocks(songdo, songdo.chronological)
    assert {b.kind for b in blocks} <= set(get_args(BlockKind))
    assert {s.style for b in blocks for s in b.parts()} <= set(get_args(SpanStyle))
