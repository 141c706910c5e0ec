"""About and Keyboard Shortcuts dialogs (text from data is escaped; links open only when clicked)."""

from __future__ import annotations

import html
import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app import __version__
from timeline_app.model import TimelineError, load_timeline
from timeline_app.importers.html_text import web_url
from timeline_app.paths import bundled_timeline, icon_path, readme_path

SHORTCUTS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+O"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Open a timeline file (or drop one on the window)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+F"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Search: every word must match, case and accents ignored")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter, F3 / Shift+F3"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous search match (the canvas follows)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape (in the search field)"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the search")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+F"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Show or hide the Filters panel")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Shift+L"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear all filters")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Click a legend entry"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Hide or show that category")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+E"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Export a PNG, SVG or PDF of the timeline")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+P"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Print, with a preview")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl++ / Ctrl+="), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in (about the selected event when visible)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+-"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom out")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+0"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Fit the whole timeline")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Mouse wheel, pinch"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom about the pointer")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag, Shift+wheel, sideways swipe"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Drag the box in the overview"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan; click elsewhere in it to go there, scroll on it to zoom")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+wheel, Ctrl+Up / Ctrl+Down"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Scroll the lanes when they do not all fit (canvas focused for keys)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Click a cluster or band"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom into its events (a band across the view: 4x about the click)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Click a folded row (below the dashed rule)"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Scroll down to the lanes it stands for")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Left / Right, Tab / Shift+Tab"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next event (canvas focused)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Left / Ctrl+Right"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Previous / next event (anywhere)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Shift+Left / Shift+Right"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan a little")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Page Up / Page Down"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Pan a screen")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Home / End"), QT_TRANSLATE_NOOP("ShortcutsDialog", "First / last event")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "+ / -"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom in / out (canvas focused)")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter, double-click"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Zoom to the selected event")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Escape"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Clear the selection")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F1"), QT_TRANSLATE_NOOP("ShortcutsDialog", "This list")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Q"), QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit")),
)


APP_NAME = "timeline-app"  # the name it is installed and started by
LICENCE = "MIT License"


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _rich_label(html_text: str) -> QLabel:
    """A label of our own HTML whose links open in the browser when clicked (data is escaped)."""
    label = QLabel(html_text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return label


def _link(url: str, text: str | None = None) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text or url)}</a>'


def project_link() -> str:
    """The project's home page from the installed package's metadata, else this copy's README."""
    try:
        urls = metadata.metadata(APP_NAME).get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        _label_text, _, url = entry.partition(",")
        if web_url(url.strip()):
            return QCoreApplication.translate("AboutDialog", "Project: ") + _link(url.strip())
    readme = readme_path()
    if readme is not None:
        return QCoreApplication.translate("AboutDialog", "Project: ") + _link(QUrl.fromLocalFile(str(readme)).toString(), "README.md")
    return html.escape(APP_NAME)


def bundled_credits() -> str:
    """Who the bundled timeline's facts come from, one bullet a source: HTML, data escaped, a
    title linked to its page when it has one. A table keeps a wrapped line under its text, not
    under the bullet."""
    try:
        timeline = load_timeline(bundled_timeline()).timeline
    except TimelineError as exc:
        return html.escape(f"(bundled timeline unavailable: {exc.message()})")
    rows = []
    for s in timeline.sources:
        url = web_url(s.url) if s.url else None
        title = _link(url, s.title) if url else html.escape(s.title)
        text = ", ".join([title] + ([html.escape(s.publisher)] if s.publisher else []))
        rows.append(f'<tr><td width="14">\u2022</td><td>{text}</td></tr>')
    return f'<table cellspacing="0" cellpadding="1">{"".join(rows)}</table>'


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {0}").format(APP_NAME))
        icon = QIcon(str(icon_path()))
        self.setWindowIcon(icon)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        head = QHBoxLayout()
        head.setSpacing(14)
        self.icon_label = QLabel()
        self.icon_label.setObjectName("aboutIcon")
        self.icon_label.setPixmap(icon.pixmap(64, 64))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.icon_label)
        names = QVBoxLayout()
        names.setSpacing(2)
        title = _label(APP_NAME)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        names.addWidget(title)
        names.addWidget(_label(self.tr("Version {0}").format(__version__)))
        names.addWidget(_label(self.tr("A desktop timeline viewer: zoomable timelines, event details, exact exports.")))
        head.addLayout(names, 1)
        layout.addLayout(head)

        layout.addWidget(_rich_label(
            f"{html.escape(LICENCE)} \u00b7 {project_link()}<br>"
            f"Qt {html.escape(qVersion())}, PySide6 {html.escape(PySide6.__version__)}, "
            f"Python {platform.python_version()}"
        ))
        layout.addWidget(_label(self.tr("Bundled timeline (Songdo Bio Cluster, autumn 2019), from:")))
        self.credits = _rich_label(bundled_credits())
        self.credits.setObjectName("aboutCredits")
        layout.addWidget(self.credits)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Exactly as tall as the text at this width: no blank gaps between the parts.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
        self.credits.setFixedWidth(520)


class ShortcutsDialog(QDialog):
    """Every shortcut in a table sized to show all of it (within the screen)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        table = QTableWidget(len(SHORTCUTS), 2, self)
        self.table = table
        table.setObjectName("shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setItemDelegate(_PaddedDelegate(table))
        for row, (keys, what) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(self.tr(keys)))
            table.setItem(row, 1, QTableWidgetItem(self.tr(what)))
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        # The column titles start where the padded text of their cells starts.
        header.setStyleSheet(f"QHeaderView::section {{ padding-left: {_PaddedDelegate.PAD_X}px; }}")
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 2 * _PaddedDelegate.PAD_Y)
        table.resizeColumnsToContents()
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit(layout, buttons)

    def _fit(self, layout: QVBoxLayout, buttons: QDialogButtonBox) -> None:
        """Size the dialog to the whole table; a screen too small for it gets scroll bars."""
        table = self.table
        frame = 2 * table.frameWidth()
        width = table.horizontalHeader().length() + frame
        height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        m = layout.contentsMargins()
        width += m.left() + m.right()
        height += m.top() + m.bottom() + layout.spacing() + buttons.sizeHint().height()
        screen = (self.parentWidget() or self).screen() or QApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)


class _PaddedDelegate(QStyledItemDelegate):
    """Cells with room around the text: Qt's own leave 3 px, which reads as a cramped grid."""

    PAD_X, PAD_Y = 10, 4

    def sizeHint(self, option, index):  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PAD_X, size.height() + 2 * self.PAD_Y)

    def paint(self, painter, option, index) -> None:
        # The background (alternating rows) spans the cell; only the text moves in.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else QApplication.style()
        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        opt.text = text
        opt.rect = option.rect.adjusted(self.PAD_X - 3, 0, -self.PAD_X + 3, 0)
        opt.backgroundBrush = Qt.BrushStyle.NoBrush
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.Alternate
        opt.state &= ~(QStyle.StateFlag.State_MouseOver | QStyle.StateFlag.State_HasFocus)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
