"""Widgets read in both themes: check boxes stand out from their background, and a category's
swatch keeps its colour on a selected row."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.ui import appearance
from timeline_app.ui.event_list import CATEGORY, EventList
from timeline_app.ui.filter_panel import FilterPanel

SYMPOSIUM = "2019-12-05-asian-pain-symposium"


@pytest.fixture
def songdo(qapp):
    return load_timeline(bundled_timeline()).timeline


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    keeper = appearance.PaletteKeeper()
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


def rendered(widget) -> QImage:
    """The widget as it appears in its window (its parents' background included)."""
    top = widget.window()
    return top.grab(QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())).toImage()


def background_of(image) -> QColor:
    """The colour most of the image has."""
    counts = Counter(image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def best_contrast(image, rect=None) -> float:
    """The strongest contrast of any pixel in `rect` (default: all) against the image's background."""
    rect = rect or image.rect()
    background = background_of(image)
    return max(wcag_contrast(image.pixelColor(x, y), background)
               for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))


def test_contrast_ratio_matches_wcag():
    for a, b in (("#000000", "#ffffff"), ("#767676", "#ffffff"), ("#25282e", "#8a93a3")):
        assert appearance.contrast(QColor(a), QColor(b)) == pytest.approx(wcag_contrast(QColor(a), QColor(b)))
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
    assert best_contrast(rendered(check), box) >= 3, f"{theme}: the box's edge is lost in the panel"


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
    assert best_contrast(rendered(tags.viewport()), box) >= 3, f"{theme}: the tag's box is lost in the list"


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


def test_error_text_reads_in_both_themes_and_after_a_switch(qtbot, songdo, theme):
    from timeline_app.ui.export_dialog import ExportPngDialog

    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_timeline(songdo)
    panel.resize(300, 700)
    panel.show()
    panel.date_from.setText("garbage")
    panel.date_from.editingFinished.emit()
    dialog = ExportPngDialog((1000, 600))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.between.setChecked(True)
    dialog.from_edit.setText("2019-13")
    dialog.accept()

    def reads(label) -> float:
        assert label.isVisible() and label.text()
        return best_contrast(rendered(label))

    assert reads(panel.date_error) >= 4.5, f"{theme}: the date error is hard to read"
    assert reads(dialog.error_label) >= 4.5, f"{theme}: the export error is hard to read"
    # The panel lives on while the user switches theme: its error follows.
    other = appearance.PaletteKeeper()
    other.apply("light" if theme == "dark" else "dark")
    qtbot.wait(50)  # the palette change reaches the widgets through the event loop
    assert reads(panel.date_error) >= 4.5, f"{theme}: after switching theme the date error is hard to read"


def test_empty_text_fields_show_their_edge(qtbot, songdo, theme):
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_timeline(songdo)
    panel.resize(300, 700)
    panel.show()
    field = panel.date_to
    field.setPlaceholderText("")  # only the edge may stand out
    field.clearFocus()
    assert not field.text()
    assert best_contrast(rendered(field)) >= 3, f"{theme}: an empty field is lost in the panel"


@pytest.mark.parametrize("kind", ["error", "warning", "info"])
def test_the_message_bars_dismiss_button_shows_in_both_themes(qtbot, theme, kind):
    from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

    from timeline_app.ui.message_bar import MessageBar

    host = QWidget()
    qtbot.addWidget(host)
    bar = MessageBar()
    QVBoxLayout(host).addWidget(bar)
    bar.show_message("file.json: warning: something", kind)
    host.resize(600, 80)
    host.show()
    qtbot.waitExposed(host)
    close = bar.findChild(QToolButton)
    assert best_contrast(rendered(close)) >= 3, f"{theme}: the dismiss button of a {kind} bar is lost"
