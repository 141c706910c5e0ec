"""Guard against Qt binding releases that corrupt Python's reference counts.

PySide6 6.12.0 released a reference to None on every QPainter.setPen/setBrush/setFont call;
on Python before 3.12 that aborts the app ("deallocating None") after a few thousand frames.
"""

import sys

import pytest
from PySide6.QtGui import QImage, QPainter

from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.render.paint import paint
from timeline_app.render.output import ExportRequest, export_scene
from timeline_app.render.theme import LIGHT


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_painting_does_not_eat_references_to_none(qapp):
    timeline = load_timeline(bundled_timeline()).timeline
    scene, _ = export_scene(timeline, ExportRequest(width=800, selected_id="2019-10-14-medicen-agreement"))
    image = QImage(800, int(scene.height), QImage.Format.Format_ARGB32_Premultiplied)
    before = sys.getrefcount(None)
    for _ in range(10):
        with QPainter(image) as p:
            paint(p, scene, LIGHT)
    lost = before - sys.getrefcount(None)
    assert lost < 50, f"painting released {lost} references to None: a broken Qt binding release"
