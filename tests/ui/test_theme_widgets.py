"""Widgets read in both themes: check boxes stand out from their background, and a category's
swatch keeps its colour on a selected row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.ui import themes
from timeline_app.ui.event_list import CATEGORY, EventList
from timeline_app.ui.filter_panel import FilterPanel

SYMPOSIUM = "2019-12-05-asian-pain-symposium"


@pytest.fixture
def songdo(qapp):
    return load_timeline(bundled_timeline()).timeline


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    keeper = themes.PaletteKeeper()
    keeper.apply(request.param)
    yield request.param
    keeper.apply("system")


def wcag_contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, written out here so the test does not trust the code it checks."""
    def lum(c: QColor) -> float:
        ch = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in c.getRgbF()[:3]]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def best_contrast(image, rect, background: QColor) -> float:
    return max(wcag_contrast(image.pixelColor(x, y), background)
               for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))


def test_contrast_ratio_matches_wcag():
    for a, b in (("#000000", "#ffffff"), ("#767676", "#ffffff"), ("#25282e", "#8a93a3")):
        assert themes.contrast(QColor(a), QColor(b)) == pytest.approx(wcag_contrast(QColor(a), QColor(b)))
    assert wcag_contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


def test_unchecked_category_boxes_stand_out_from_the_panel(qtbot, songdo, theme):
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_timeline(songdo)
    panel.resize(300, 700)
    panel.show()
    check: QCheckBox = next(iter(panel.category_checks.values()))
    check.setChecked(False)
    opt = QStyleOptionButton()
    check.initStyleOption(opt)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, check)
    image = check.grab().toImage()
    window = check.palette().color(QPalette.ColorRole.Window)
    assert best_contrast(image, box, window) >= 3, f"{theme}: the box's edge is lost in the panel"


def test_unchecked_tag_boxes_stand_out_from_the_list(qtbot, songdo, theme):
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_timeline(songdo)
    panel.resize(300, 700)
    panel.show()
    tags = panel.tags
    item_rect = tags.visualItemRect(tags.item(0))
    # The check box sits at the left of the item, before its text.
    box = item_rect.adjusted(0, 0, -(item_rect.width() - item_rect.height() - 6), 0)
    image = tags.viewport().grab().toImage()
    base = tags.palette().color(QPalette.ColorRole.Base)
    assert best_contrast(image, box, base) >= 3, f"{theme}: the tag's box is lost in the list"


def test_the_swatch_of_a_selected_row_keeps_its_category_colour(qtbot, songdo, theme):
    events = EventList(songdo)
    qtbot.addWidget(events)
    events.resize(900, 200)
    events.show()
    events.setFocus()
    events.select_event(SYMPOSIUM)
    model = events.source_model
    row = model.row_of(SYMPOSIUM)
    cell = events.visualRect(model.index(row, CATEGORY, QModelIndex()))
    assert events.selectionModel().isRowSelected(row, QModelIndex())
    colour = QColor(songdo.category_by_id[songdo.event_by_id[SYMPOSIUM].category].color)
    image = events.viewport().grab().toImage()
    dpr = image.devicePixelRatio()
    near = [image.pixelColor(int(x * dpr), int(y * dpr)) for x in range(cell.left(), cell.left() + 40)
            for y in range(cell.top(), cell.bottom() + 1)]
    assert any(max(abs(a - b) for a, b in zip(c.getRgb()[:3], colour.getRgb()[:3])) <= 3 for c in near), \
        f"{theme}: the swatch is not {colour.name()} on the selected row"
    # The highlight itself is drawn: the row is really shown as selected.
    highlight = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert any(c == highlight for c in near)
