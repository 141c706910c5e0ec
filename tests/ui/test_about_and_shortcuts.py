"""About, Keyboard Shortcuts and Export dialogs as a user sees them."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from timeline_app import __version__
from timeline_app.cli import build_parser
from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.ui.about import SHORTCUTS, AboutDialog, ShortcutsDialog
from timeline_app.ui.export_dialog import ExportPngDialog


def labels_text(dlg) -> str:
    return "\n".join(label.text() for label in dlg.findChildren(QLabel))


def test_about_names_the_installed_app_with_icon_version_and_licence(qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    plain = [label.text() for label in dlg.findChildren(QLabel)]
    assert "timeline-app" in plain  # the name it is installed and started by, as the heading
    assert "timeline-app" in dlg.windowTitle()
    assert __version__ in labels_text(dlg)
    assert "MIT" in labels_text(dlg)
    icons = [label for label in dlg.findChildren(QLabel) if not label.pixmap().isNull()]
    assert icons and icons[0].pixmap().width() >= 48


def test_about_links_open_when_clicked(qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    linked = [label for label in dlg.findChildren(QLabel) if "<a href=" in label.text()]
    assert linked and all(label.openExternalLinks() for label in linked)
    urls = [s.url for s in load_timeline(bundled_timeline()).timeline.sources if s.url]
    assert urls
    text = "\n".join(label.text() for label in linked)
    for url in urls:
        assert f'href="{html.escape(url, quote=True)}"' in text  # an & in a URL is &amp; in HTML
    # A project link sits beside the licence, to a web page or to a README that exists.
    (licence,) = [label.text() for label in linked if "MIT" in label.text()]
    href = re.search(r'<a href="([^"]+)"', licence).group(1)
    url = QUrl(href)
    assert url.scheme() in ("http", "https") or (url.isLocalFile() and Path(url.toLocalFile()).is_file()), href


def test_about_has_no_blank_gaps_and_wrapped_sources_stay_under_their_text(qtbot):
    dlg = AboutDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    for label in dlg.findChildren(QLabel):
        assert "\n\n" not in label.text()
        if label.wordWrap() and label.isVisible():
            # No label is given more height than its text needs: extra height shows as a blank gap.
            assert label.height() <= label.heightForWidth(label.width()) + 4, label.text()[:40]
    credits = dlg.findChild(QLabel, "aboutCredits")
    image = credits.grab().toImage()
    background = credits.palette().color(QPalette.ColorRole.Window)
    ink_rows: list[int | None] = []  # leftmost ink of each pixel row, None for an empty row
    for y in range(image.height()):
        xs = [x for x in range(image.width()) if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60]
        ink_rows.append(xs[0] if xs else None)
    lines, run = [], []  # the leftmost ink of each line of text
    for left in ink_rows + [None]:
        if left is None and run:
            lines.append(min(run))
            run = []
        elif left is not None:
            run.append(left)
    n_sources = len(load_timeline(bundled_timeline()).timeline.sources)
    bullet = min(lines)
    at_bullet = [x for x in lines if x <= bullet + 2]
    assert len(lines) > n_sources  # some source is long enough to wrap at this width
    assert len(at_bullet) == n_sources  # yet only the bullets start at the left edge
    assert min(x for x in lines if x > bullet + 2) >= bullet + 8  # wrapped lines sit under the text


def test_shortcuts_dialog_shows_the_whole_padded_table(qtbot):
    dlg = ShortcutsDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    table = dlg.findChild(QTableWidget, "shortcutsTable")
    room = QApplication.primaryScreen().availableGeometry()
    assert dlg.height() <= room.height() and dlg.width() <= room.width()
    assert table.verticalScrollBar().maximum() == 0, "rows are cut off"
    assert table.horizontalScrollBar().maximum() == 0, "columns are cut off"
    fm = table.fontMetrics()
    assert min(table.rowHeight(r) for r in range(table.rowCount())) >= fm.height() + 8
    for col in (0, 1):
        widest = max(fm.horizontalAdvance(row[col]) for row in SHORTCUTS)
        assert table.columnWidth(col) >= widest + 16, "text runs to the cell's edge or is cut"
    # The last row ends inside the viewport.
    last = table.rowCount() - 1
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= table.viewport().height()


@pytest.mark.parametrize("view_size", [(1000, 600), (2400, 900)])
def test_export_dialog_width_defaults_to_the_command_lines(qtbot, view_size):
    cli_default = build_parser().parse_args(["export", "-o", "out.png"]).width
    dlg = ExportPngDialog(view_size)
    qtbot.addWidget(dlg)
    assert dlg.width_box.value() == cli_default == 1600
    assert dlg.request((0.0, 10.0), None).width == cli_default
