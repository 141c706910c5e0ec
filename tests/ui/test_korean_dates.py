"""Issue 14, dates in the chosen language: switching ui.language to Korean rewrites the detail
pane's date line, the canvas axis, the event list's date column and the status bar's scale, and
switching back restores the English texts."""

from __future__ import annotations

import pytest

from timeline_app.ui import language

MEDICEN = "2019-10-14-medicen-agreement"


@pytest.fixture
def korean():
    yield
    language.set_current("en")


def axis_texts(window) -> list[str]:
    return [t.text for t in window.view.scene().labels if t.role in ("minor", "major")]


def pane_text(window) -> str:
    return window.pane.toPlainText()


def list_dates(window) -> list[str]:
    model = window.list.source_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def zoom_to_2019(window):
    from timeline_app.layout.timescale import TimeScale
    from timeline_app.time import parse_time

    lo, hi = parse_time("2019-01-01").ms, parse_time("2020-01-01").ms
    window.view.set_scale(TimeScale.fit(lo, hi, window.view.width()))


def test_korean_pane_axis_list_and_scale_then_back_to_english(qtbot, window, korean):
    window.select_event(MEDICEN)
    zoom_to_2019(window)
    english_pane, english_axis = pane_text(window), axis_texts(window)
    english_dates, english_scale = list_dates(window), window.scale_label.text()
    assert "Monday 14 October 2019" in english_pane
    assert "Oct" in english_axis

    language.set_current("ko")
    qtbot.waitUntil(lambda: "2019년 10월 14일 월요일" in pane_text(window))
    assert pane_text(window).startswith("2019년 10월 14일 월요일")  # the date line, not a quoted note
    axis = axis_texts(window)
    assert "10월" in axis and not any("Oct" in t for t in axis)
    assert "2019년 10월 14일 월요일" in list_dates(window)
    scale = window.scale_label.text()
    assert scale != english_scale and any("가" <= c <= "힣" for c in scale)  # "1주", "1개월"

    language.set_current("en")
    qtbot.waitUntil(lambda: pane_text(window) == english_pane)
    assert axis_texts(window) == english_axis
    assert list_dates(window) == english_dates
    assert window.scale_label.text() == english_scale


def test_a_new_window_starts_in_the_current_language(qtbot, korean):
    from timeline_app.ui import MainWindow

    language.set_current("ko")
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.select_event(MEDICEN)
    assert "2019년 10월 14일 월요일" in pane_text(w)
    assert any(t.endswith("년") for t in axis_texts(w))
