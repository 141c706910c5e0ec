"""The canvas with more events than fit: clusters open on click, lanes scroll, selection shows."""

from __future__ import annotations

import random

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.helpers import timeline_dict
from timeline_app.model import timeline_from_data
from timeline_app.ui.timeline_view import CLUSTER_ZOOM, TimelineView

DAY = 86_400_000


def crowded(n: int = 20_000):
    rng = random.Random(3)
    events = []
    for i in range(n):
        day = rng.randrange(365) if rng.random() < 0.6 else 200 + rng.randrange(7)
        start = np.datetime64("2019-01-01") + np.timedelta64(day, "D")
        events.append({"id": f"e{i}", "title": f"Event {i}", "start": str(start), "category": rng.choice("ac")})
    return timeline_from_data(timeline_dict(*events)).timeline


@pytest.fixture
def view(qtbot):
    v = TimelineView(crowded())
    qtbot.addWidget(v)
    v.resize(1200, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def test_a_wide_band_zooms_in_about_the_click(qtbot, view):
    scene = view.scene()
    row = next(r for r in scene.density if r.kind == "cluster")
    x = view.width() / 2
    t = view.scale.time_at(x)
    before = view.scale.ms_per_px
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(row.cy)))
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    assert view.scale.ms_per_px == pytest.approx(before / CLUSTER_ZOOM, rel=1e-6)
    assert view.scale.time_at(x) == pytest.approx(t, abs=2 * view.scale.ms_per_px)


def test_a_narrow_cluster_zooms_to_exactly_its_events(qtbot, view):
    for _ in range(3):  # zoom in until the bands break into separate clusters
        view.set_scale(view.scale.zoom(4, view.width() / 2))
    scene = view.scene()
    hit = None
    for row in scene.density:
        a, z, _n = row.runs()
        narrow = [(ca, cz) for ca, cz in zip(a.tolist(), z.tolist()) if 2 <= (cz - ca) * row.bin_px < view.width() / 3]
        if narrow:
            ca, cz = narrow[0]
            hit = scene.cluster_at(row.x_first + (ca + cz) / 2 * row.bin_px, row.cy)
            break
    if hit is None:
        hit = next(c for c in scene.clusters if c.kind == "cluster")
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int((hit.x0 + hit.x1) / 2), int(hit.cy)))
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    s = view.scale
    assert s.start_ms <= hit.t0 and hit.t1 <= s.end_ms
    assert (hit.t1 - hit.t0) / s.ms_per_px > s.width / 2, "the cluster now fills most of the view"


def test_a_folded_row_scrolls_its_lanes_into_view_and_alt_wheel_scrolls_back(qtbot, view):
    scene = view.scene()
    assert scene.more_row_y is not None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 2, int(scene.more_row_y)))
    assert view.lane_offset() == scene.folded_from  # the first folded lane is now the top row
    lanes_before = {g.event_id: g.lane for g in view.scene().events}
    ev = QWheelEvent(QPointF(300, 200), view.mapToGlobal(QPointF(300, 200)), QPoint(0, 0), QPoint(0, 120),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.AltModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, ev)
    assert view.lane_offset() == scene.folded_from - 3
    # Scrolling moves rows, never an event to another lane.
    after = {g.event_id: g.lane for g in view.scene().events}
    assert all(after[k] == lane for k, lane in lanes_before.items() if k in after)


def test_selecting_an_event_in_a_lane_below_scrolls_to_it(qtbot, view):
    lanes = view.scene() and view._lanes
    deep = int(np.flatnonzero(lanes.lanes == lanes.lane_count - 1)[0])
    event_id = view.timeline.table.ids[deep]
    view.zoom_to_event(event_id)
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    view.set_selected(event_id)
    assert view.event_position(event_id) is not None
    assert view.lane_offset() > 0


def test_left_and_right_step_through_events_in_time_order(qtbot, view):
    table = view.timeline.table
    chronological = [table.ids[i] for i in table.order.tolist()]
    view.set_selected(chronological[500])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id == chronological[501]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_id == chronological[499]
    # With nothing selected, Right starts from the first event that starts in the view.
    view.set_selected(None)
    first_in_view = next(i for i in chronological if table.start_ms[table.index_of[i]] >= view.scale.start_ms)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id == first_in_view


def test_hovering_a_band_tells_its_exact_count(view):
    scene = view.scene()
    row = next(r for r in scene.density if r.kind == "cluster")
    a, z, n = row.runs()
    x = row.x_first + (a[0] + z[0]) / 2 * row.bin_px
    text = view.cluster_text(QPointF(x, row.cy))
    assert text.startswith(f"{int(n[0]):,} events, ")
    assert "Click to zoom in" in text
    folded = next(r for r in scene.density if r.kind == "merged")
    a, z, n = folded.runs()
    x = folded.x_first + (a[0] + z[0]) / 2 * folded.bin_px
    more = view.cluster_text(QPointF(x, folded.cy))
    lo, hi = folded.lane_range
    assert more is not None and more.startswith(f"{int(n[0]):,} events in lane")
    assert f"{lo + 1:,}" in more and "Click to show these lanes" in more


def test_status_bar_reads_deep_time_in_round_units(qtbot, tmp_path):
    from tests.helpers import write_json
    from timeline_app.layout.timescale import TimeScale
    from timeline_app.time import parse_time
    from timeline_app.ui import MainWindow

    path = write_json(tmp_path, timeline_dict({"id": "bang", "title": "The Big Bang", "start": "-13800000000"},
                                              {"id": "now", "title": "Now", "start": "2019"}))
    w = MainWindow(path)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    year_ms = 365.2425 * DAY
    w.view.set_scale(TimeScale(parse_time("-14000000000").ms, 15e9 * year_ms / w.view.width(), w.view.width()))
    w._update_scale_label()
    assert "billion years" in w.scale_label.text()
    w._on_pointer_time(parse_time("-13812345678").ms)
    assert w.pointer_label.text() == "13.8 billion years ago"


def test_the_histogram_tells_a_columns_exact_count_and_zooms_in_on_click(qtbot, view):
    hist = view.scene().histogram
    assert hist is not None and hist.total == 20_000  # every event of the year is in view
    k = int(np.argmax(hist.per_column))
    x = hist.x_first + (k + 0.5) * hist.bin_px
    y = hist.bottom - 1
    text = view.cluster_text(QPointF(x, y))
    assert text.startswith(f"{int(hist.per_column[k]):,} events, ")
    by_cat = dict(hist.breakdown(k))
    assert f"Agreement {by_cat['Agreement']:,}" in text and f"Conference {by_cat['Conference']:,}" in text
    t = view.scale.time_at(x)
    before = view.scale.ms_per_px
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    assert view.scale.ms_per_px == pytest.approx(before / CLUSTER_ZOOM, rel=1e-6)
    assert view.scale.time_at(x) == pytest.approx(t, abs=2 * view.scale.ms_per_px)
