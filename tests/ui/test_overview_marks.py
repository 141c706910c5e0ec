"""Issue 11, the overview strip: events in their category colours, a small date axis, and the
visible window drawn with all four borders inside the strip."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor

from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.render.theme import DARK, LIGHT
from timeline_app.layout.timescale import TimeScale
from timeline_app.time import parse_time
from timeline_app.ui.overview import OverviewStrip, canvas_with_overview
from timeline_app.ui.overview_marks import axis_labels, bar_pixels, category_counts, starts_by_category
from timeline_app.ui.timeline_view import TimelineView

DAY = 86_400_000


def ms(text: str) -> float:
    return float(parse_time(text).ms)


@pytest.fixture
def songdo_strip(qtbot):
    view = TimelineView(load_timeline(bundled_timeline()).timeline)
    strip = OverviewStrip(view)
    pane = canvas_with_overview(view, strip)
    qtbot.addWidget(pane)
    pane.resize(1000, 400)
    pane.show()
    qtbot.waitExposed(pane)
    yield view, strip


def marks_pixel(strip, when: str, above_base: int = 8) -> QColor:
    """The strip's colour `above_base` px above its foot, in the column where `when` falls."""
    image = strip.grab().toImage()
    x = int(strip.strip_scale().x(ms(when)))
    return image.pixelColor(x, strip.height() - above_base)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_events_are_marked_in_their_category_colours(songdo_strip, theme):
    _view, strip = songdo_strip
    strip.set_theme(theme)
    agreement, conference = marks_pixel(strip, "2019-10-14"), marks_pixel(strip, "2019-12-05")
    # Agreement #2f6fb0 is blue, Conference #d0661a orange, as in the canvas's legend.
    assert agreement.blue() > agreement.green() > agreement.red()
    assert conference.red() > conference.green() > conference.blue()
    assert conference.red() - conference.blue() > 60


def test_a_span_is_marked_along_its_length(songdo_strip):
    _view, strip = songdo_strip
    inside = marks_pixel(strip, "2019-12-06T12:00", 5)  # the symposium runs 5 to 7 December
    after = marks_pixel(strip, "2019-12-20", 5)
    assert inside.red() > inside.blue() + 40
    assert after != inside


def test_the_strip_has_a_small_date_axis(songdo_strip):
    _view, strip = songdo_strip
    labels = strip.axis()
    texts = [label.text for label in labels]
    assert texts[:4] == ["Oct 2019", "Nov", "Dec", "2020"]
    s = strip.strip_scale()
    assert labels[1].x == pytest.approx(s.x(ms("2019-11-01")))
    image = strip.grab().toImage()
    # The label is drawn: ink right of its tick, in the row above the bars.
    background = image.pixelColor(int(labels[1].x) + 40, 3)
    row = [image.pixelColor(int(labels[1].x) + dx, y) for dx in range(2, 20) for y in range(5, 16)]
    assert any(c != background for c in row)
    assert all(labels[i].x < labels[i + 1].x for i in range(len(labels) - 1))


def border_at(image, x: int, y: int, theme) -> bool:
    c, want = image.pixelColor(x, y), QColor(theme.hover)
    return abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 90


def test_the_window_keeps_four_borders_inside_the_strip_when_zoomed_on_december(songdo_strip):
    view, strip = songdo_strip
    view.set_scale(TimeScale(ms("2019-12-20"), DAY / 40, view.width()))  # runs past the strip's right end
    r = strip.window_rect()
    assert 0 <= r.left() < r.right() <= strip.width()
    assert r.right() == strip.width()
    image = strip.grab().toImage()
    mid = strip.height() // 2
    assert border_at(image, int(r.left()) + 1, mid, LIGHT)
    assert border_at(image, strip.width() - 1, mid, LIGHT)  # the right border is drawn, not cut off
    x = int(r.center().x())
    assert border_at(image, x, 1, LIGHT) or border_at(image, x, 2, LIGHT)
    assert border_at(image, x, strip.height() - 2, LIGHT) or border_at(image, x, strip.height() - 3, LIGHT)


def test_the_fitted_view_is_a_box_inside_the_strip(songdo_strip):
    view, strip = songdo_strip
    r = strip.window_rect()
    s = strip.strip_scale()
    assert 0 < r.left() and r.right() < strip.width()
    assert r.left() == pytest.approx(s.x(view.scale.start_ms), abs=0.5)
    assert r.right() == pytest.approx(s.x(view.scale.end_ms), abs=0.5)


def test_bar_pixels_split_a_column_by_category():
    counts = np.array([[3, 0, 0], [1, 0, 2]])  # column 0: 3 of category 0 and 1 of category 1
    argb = np.array([0xFF0000FF, 0xFFFF0000], dtype=np.uint32)
    px = bar_pixels(counts, np.array([12.0, 12.0, 12.0]), argb, 14, 1.0, 14)
    col = px[:, 0].tolist()
    assert col[:2] == [0, 0]  # above the bar
    assert col[2:5] == [0xFFFF0000] * 3  # the top quarter: category 1
    assert col[5:] == [0xFF0000FF] * 9  # the bottom three quarters: category 0
    assert set(px[2:, 2].tolist()) == {0xFFFF0000}
    assert px[:, 1].tolist() == col  # an empty column beside bars widens the fuller one


def test_a_short_bar_is_one_colour_its_majority_or_mixed():
    counts = np.array([[3, 1, 0], [1, 1, 0]])  # column 0: mostly category 0; column 1: half and half
    argb = np.array([0xFF0000FF, 0xFFFF0000], dtype=np.uint32)
    mixed = 0xFF808080
    px = bar_pixels(counts, np.array([6.0, 6.0, 0.0]), argb, 8, 1.0, 8, mixed)
    assert px[:2, 0].tolist() == [0, 0]
    assert set(px[2:, 0].tolist()) == {0xFF0000FF}
    assert set(px[2:, 1].tolist()) == {mixed}


def test_counts_by_category_are_exact():
    category = np.array([0, 1, -1, 0, 1])
    start = np.array([5.0, 1.0, 2.0, 0.0, 9.0])
    order = np.argsort(start, kind="stable")
    starts = starts_by_category(category, start[order], order, 2)
    assert [s.tolist() for s in starts] == [[0.0, 5.0], [1.0, 9.0], [2.0]]
    assert category_counts(starts, 0.0, 5.0, 2).tolist() == [[1, 1], [1, 1], [1, 0]]


def test_the_axis_first_label_names_the_date_the_others_leave_out():
    measure = lambda text: len(text) * 6.0  # noqa: E731 (a fake font)
    days = axis_labels(ms("2019-10-01"), 3 * DAY / 900, 900, measure)
    assert [a.text for a in days] == ["1 Oct 2019", "12:00", "2 Oct", "12:00", "3 Oct", "12:00"]
    years = axis_labels(ms("1850-01-01"), 100 * 365.2425 * DAY / 900, 900, measure)
    assert years[0].text == "1850" and all(a.text.isdigit() for a in years)
    assert all(a.x + 3 + measure(a.text) <= 900 - 2 for a in days + years)  # none cut by the right edge


def _starts(table) -> list[list[float]]:
    return [s.tolist() for s in starts_by_category(table.category, table.sorted_start_ms, table.order,
                                                    len(table.category_ids))]


def test_per_category_starts_follow_an_edit_as_a_recount_would():
    """The overview's bars after an edit (a move, a new category, a delete, an added event,
    undo) count what a fresh count of the edited timeline counts, without recounting every event."""
    from timeline_app.editing import Document, History, edits
    from timeline_app.ui.overview_marks import starts_after_edit

    doc = Document.open(bundled_timeline())
    history = History(doc)
    steps = [lambda: edits.move_event(doc, "2019-09-30-rd-agreement", ms("2019-12-24"), unit="day"),
             lambda: edits.set_fields(doc, "2019-10-14-medicen-agreement", {"category": "conference"}),
             lambda: edits.set_fields(doc, "2019-12-05-asian-pain-symposium", {"category": None}),
             lambda: edits.delete_event(doc, "2019-10-14-medicen-agreement"),
             lambda: edits.duplicate_event(doc, "2019-12-05-asian-pain-symposium"),
             lambda: edits.add_event(doc, "2019-11-02", "Added", category="conference")]
    for make in [*steps, None, None, None, None]:
        before = doc.timeline.table
        starts = starts_by_category(before.category, before.sorted_start_ms, before.order, len(before.category_ids))
        history.push(make()) if make else history.undo()
        after = doc.timeline.table
        followed = starts_after_edit(before, starts, after)
        assert followed is not None
        assert [s.tolist() for s in followed] == _starts(after)
    assert starts_after_edit(doc.timeline.table, starts, before) is None  # not made from that table
