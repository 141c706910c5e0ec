"""Korean in the window: the pane, the list and the canvas set it in the bundled font."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout

from tests.helpers import timeline_dict, write_json
from timeline_app.render.fonts import KOREAN_FAMILY

SEPT = "2019-09-30-rd-agreement"
SOCIETY = "대한통증기전연구회"


def hangul_runs(runs) -> list[list[int]]:
    """Glyph ids of the runs set in the bundled font; every run's ids checked for boxes (0)."""
    runs = list(runs)
    assert all(all(run.glyphIndexes()) for run in runs), "a missing-glyph box"
    return [list(run.glyphIndexes()) for run in runs if run.rawFont().familyName().lower() == KOREAN_FAMILY.lower()]


def pane_runs(pane, needle: str):
    doc = pane.document()
    block = doc.begin()
    while block.isValid():
        if needle in block.text():
            doc.documentLayout().blockBoundingRect(block)  # lays the block out if not yet done
            layout = block.layout()
            return [run for i in range(layout.lineCount()) for run in layout.lineAt(i).glyphRuns()]
        block = block.next()
    raise AssertionError(f"{needle!r} is not in the pane")


def test_clicking_an_event_shows_its_korean_name_in_real_glyphs(qtbot, window):
    pos = window.view.event_position(SEPT)
    qtbot.mouseClick(window.view, Qt.MouseButton.LeftButton, pos=pos.toPoint())
    assert SOCIETY in window.pane.toPlainText()
    assert hangul_runs(pane_runs(window.pane, SOCIETY))


def test_a_korean_title_in_the_list_uses_the_bundled_font(qtbot, window, tmp_path):
    path = write_json(tmp_path, timeline_dict(
        {"id": "k", "title": f"{SOCIETY} 협약", "start": "2019-09-30", "category": "a"},
        title="송도 바이오 클러스터"))
    window.open_path(path)
    qtbot.waitUntil(lambda: window.timeline is not None and window.timeline.title == "송도 바이오 클러스터")
    assert "송도 바이오 클러스터" in window.windowTitle()
    index = window.list.model().index(0, 1)
    title = index.data()
    assert SOCIETY in title
    layout = QTextLayout(title, window.list.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    assert hangul_runs(layout.glyphRuns())
