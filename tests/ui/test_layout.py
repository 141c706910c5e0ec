"""The window fits its content: first-launch size, the pane's share, canvas and list heights,
the Filters panel beside the canvas, list columns that fit, remembered and stale layouts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QSplitter

from tests.helpers import timeline_dict, write_json
from timeline_app.ui import MainWindow
from timeline_app.ui.event_list import CATEGORY, COLUMNS, DATE, LIST_ROWS, LOCATION, TITLE
from timeline_app.ui.main_window import PANE_SHARE

SEPT = "2019-09-30-rd-agreement"
OCT = "2019-10-14-medicen-agreement"
DEC = "2019-12-05-asian-pain-symposium"
EMPTY_BELOW_LANES_PX = 48  # the canvas's minimum height may leave this much under one or two lanes


def _settle():
    for _ in range(3):
        QApplication.processEvents()


def _shown(qtbot, path=None, size=(1400, 900)) -> MainWindow:
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    _settle()
    return w


def _overlapping(tmp_path, n: int, name: str = "lanes.json"):
    """n events that all overlap in time: one lane each (up to the canvas's label-lane limit)."""
    events = [{"id": f"e{i}", "title": f"Event {i}", "start": f"2000-01-{1 + i % 28:02d}", "end": "2001-06-01"}
              for i in range(n)]
    return write_json(tmp_path, timeline_dict(*events, title="Lanes"), name)


def _empty_below_lanes(view) -> float:
    scene = view.scene()
    count = view._lanes.lane_count
    return scene.lanes_bottom - scene.lanes_top - count * scene.lane_h


def test_first_launch_takes_most_of_the_screen_centred(qtbot):
    w = MainWindow()  # no remembered geometry (the fixture clears the settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    free = w.screen().availableGeometry()
    assert w.width() == pytest.approx(0.8 * free.width(), abs=3)
    assert w.height() == pytest.approx(0.8 * free.height(), abs=3)
    centre = w.frameGeometry().center()
    assert abs(centre.x() - free.center().x()) <= 3 and abs(centre.y() - free.center().y()) <= 3


@pytest.mark.parametrize("event_id", [SEPT, OCT, DEC])
def test_the_pane_gets_at_least_40_percent_of_1400_px(qtbot, event_id):
    w = _shown(qtbot)
    w.select_event(event_id)
    _settle()
    assert w.pane.shown_event is not None and w.pane.shown_event.id == event_id
    assert w.pane.width() >= 0.4 * 1400
    w.resize(1700, 900)  # a bigger window keeps the share
    _settle()
    assert w.pane.width() >= 0.4 * 1700
    assert PANE_SHARE >= 0.4


def test_three_events_in_two_lanes_get_a_short_canvas(qtbot):
    w = _shown(qtbot)
    assert w.view._lanes.lane_count == 2
    scene = w.view.scene()
    assert scene.lane_h == pytest.approx(30) and scene.more_row_y is None  # both lanes at full height
    assert _empty_below_lanes(w.view) <= EMPTY_BELOW_LANES_PX
    assert w.view.height() <= max(w.view.height_for_lanes(), w.view.minimumHeight())
    # The height saved on the canvas went to the list, which shows all three rows.
    assert w.list.height() >= w.list.height_for_rows(3)


def test_many_lanes_get_the_canvas_they_need_and_no_more(qtbot, tmp_path):
    w = _shown(qtbot, _overlapping(tmp_path, 10))
    assert w.view._lanes.lane_count == 10
    scene = w.view.scene()
    assert scene.more_row_y is None and scene.lane_h == pytest.approx(30)  # all ten lanes, none squeezed
    assert _empty_below_lanes(w.view) <= 12


def test_the_list_keeps_its_rows_up_to_a_maximum_when_the_canvas_wants_more(qtbot, tmp_path):
    w = _shown(qtbot, _overlapping(tmp_path, 60), size=(1400, 700))
    shown_rows = w.list.viewport().height() / w.list.verticalHeader().defaultSectionSize()
    assert LIST_ROWS - 0.5 <= shown_rows <= LIST_ROWS + 1
    assert w.view.height() > w.list.height()  # the rest went to the canvas, whose lanes need it


def test_the_list_is_as_tall_as_few_rows_need_when_the_window_is_short(qtbot):
    w = _shown(qtbot, size=(1400, 520))
    assert w.list.height() >= w.list.height_for_rows(3)  # all three rows, no scrolling
    assert w.list.verticalScrollBar().maximum() == 0


def test_opening_the_filters_panel_takes_room_from_the_canvas_not_the_pane(qtbot):
    w = _shown(qtbot)
    w.select_event(SEPT)
    _settle()
    pane_before, canvas_before = w.pane.width(), w.view.width()
    w.filters_action.trigger()
    _settle()
    assert w.filter_panel.isVisible()
    assert w.pane.width() == pane_before
    assert w.view.width() < canvas_before
    w.filters_action.trigger()
    _settle()
    assert w.pane.width() == pane_before and w.view.width() == canvas_before


def test_list_columns_fit_their_widest_text_at_1400_px(qtbot):
    w = _shown(qtbot)
    lst = w.list
    model = lst.model()
    metrics = lst.fontMetrics()
    assert not lst.horizontalScrollBar().isVisible()  # nothing hides behind a scrollbar
    for col in (DATE, CATEGORY, LOCATION):
        widest = max(metrics.horizontalAdvance(str(model.index(r, col).data() or "")) for r in range(model.rowCount()))
        assert lst.columnWidth(col) >= widest + 8, COLUMNS[col]
        assert lst.columnWidth(col) >= lst.sizeHintForColumn(col), COLUMNS[col]  # swatch and margins too
    header = lst.horizontalHeader()
    right = max(header.sectionPosition(c) + header.sectionSize(c) for c in range(model.columnCount()))
    assert right <= lst.viewport().width()
    assert lst.columnWidth(TITLE) >= 0.2 * lst.viewport().width()


def test_remembered_splitters_win_over_the_defaults(qtbot):
    first = _shown(qtbot, size=(760, 560))  # within the offscreen screen, which restoreGeometry respects
    first.split.setSizes([300, 460])
    _settle()
    pane = first.pane.width()
    first.close()
    second = _shown(qtbot, size=(760, 560))
    assert second.pane.width() == pytest.approx(pane, abs=4)


def test_state_saved_by_the_old_layout_is_not_restored(qtbot):
    # The layout before this one saved its splitters without a layout number; its main splitter
    # held the canvas column and a narrow pane.
    old = QSplitter(Qt.Orientation.Horizontal)
    old.addWidget(QLabel("canvas"))
    old.addWidget(QLabel("pane"))
    old.resize(760, 400)
    old.setSizes([700, 60])
    s = QSettings()
    s.setValue("window/split", old.saveState())
    s.setValue("window/left", old.saveState())
    w = _shown(qtbot, size=(760, 560))
    assert w.pane.width() >= 0.4 * w.width()
    assert w.list.height() >= w.list.height_for_rows(3)
    assert w.view.height() >= w.view.minimumHeight()


def test_a_big_file_loaded_after_start_gets_its_list_rows(qtbot, tmp_path):
    w = _shown(qtbot)  # three rows
    assert w.open_path(_overlapping(tmp_path, 60), wait=True)
    _settle()
    shown_rows = w.list.viewport().height() / w.list.verticalHeader().defaultSectionSize()
    assert shown_rows >= LIST_ROWS - 0.5
    assert w.view.height() > w.list.height()


def test_a_list_height_the_user_chose_is_kept(qtbot, tmp_path):
    w = _shown(qtbot, _overlapping(tmp_path, 60))
    canvas, listed = w.left.sizes()
    w.left.moveSplitter(canvas - 100, 1)  # as a drag does
    _settle()
    chosen = w.left.sizes()[1]
    assert chosen > listed
    assert w.open_path(_overlapping(tmp_path, 30, "other.json"), wait=True)  # another file keeps it too
    _settle()
    assert w.left.sizes()[1] == pytest.approx(chosen, abs=2)


def test_an_open_filters_panel_is_remembered_beside_the_canvas(qtbot):
    first = _shown(qtbot, size=(760, 560))
    first.filters_action.trigger()
    _settle()
    assert first.filter_panel.isVisible()
    first.close()
    second = _shown(qtbot, size=(760, 560))
    assert second.filter_panel.isVisible()
    assert second.filter_panel.parent() is second.left_area  # docked beside the canvas, not the pane
    assert second.filter_panel.geometry().right() < second.view.mapTo(second.left_area, second.view.rect().topLeft()).x()
