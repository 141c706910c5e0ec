"""The Filters panel: categories, tags, parties and participants, and a date range."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model import Timeline
from timeline_app.model.query import Filters, all_names, all_tags, fold
from timeline_app.time import TimeParseError, parse_range
from timeline_app.ui import appearance
from timeline_app.ui.plain import mnemonic_safe
from timeline_app.ui.swatch import category_swatch
from timeline_app.ui.translation import time_error_text


class FilterPanel(QDockWidget):
    """Emits filtersChanged(Filters) whenever the user changes a filter."""

    filtersChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filterDock")
        self._filters = Filters()
        self._updating = False
        self._offered: tuple | None = None  # (categories, tags, names) the controls show
        body = QWidget()
        layout = QVBoxLayout(body)

        self.categories_box = QGroupBox()
        self.categories_layout = QVBoxLayout(self.categories_box)
        layout.addWidget(self.categories_box)
        self.category_checks: dict[str, QCheckBox] = {}

        self.tags = self._check_list("tagFilter")
        self.tags.setMaximumHeight(130)
        tag_box = self.tag_box = QGroupBox()
        QVBoxLayout(tag_box).addWidget(self.tags)
        layout.addWidget(tag_box)

        self.name_search = QLineEdit()
        self.name_search.setClearButtonEnabled(True)
        self.name_search.textChanged.connect(self._filter_names)
        self.names = self._check_list("nameFilter")
        name_box = self.name_box = QGroupBox()
        name_layout = QVBoxLayout(name_box)
        name_layout.addWidget(self.name_search)
        name_layout.addWidget(self.names)
        layout.addWidget(name_box, 1)

        layout.addWidget(self._dates_box())

        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)

        self.retranslate()

    def _dates_box(self) -> QGroupBox:
        """From and to dates, with the error a date that cannot be read gives."""
        self.date_from = QLineEdit()
        self.date_from.setObjectName("dateFrom")
        self.date_to = QLineEdit()
        self.date_to.setObjectName("dateTo")
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._on_dates)
        self.date_error = QLabel()
        self.date_error.setTextFormat(Qt.TextFormat.PlainText)
        appearance.show_as_error(self.date_error)
        self.date_error.setWordWrap(True)
        dates = self.dates_box = QGroupBox()
        form = QFormLayout(dates)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        form.addRow(self.from_label, self.date_from)
        form.addRow(self.to_label, self.date_to)
        form.addRow(self.date_error)
        return dates

    def retranslate(self) -> None:
        """Every text of the panel in the current language (at start and on a language change)."""
        self.setWindowTitle(self.tr("Filters"))
        self.setAccessibleName(self.tr("Filters"))
        self.categories_box.setTitle(self.tr("Categories"))
        self.tags.setAccessibleName(self.tr("Tags: show only events with any checked tag"))
        self.tag_box.setTitle(self.tr("Tags"))
        self.name_search.setPlaceholderText(self.tr("Find a name…"))
        self.name_search.setAccessibleName(self.tr("Find a party or participant"))
        self.names.setAccessibleName(self.tr("Parties and participants: show only events with any checked name"))
        self.name_box.setTitle(self.tr("Parties and participants"))
        self.date_from.setPlaceholderText(self.tr("e.g. 2019-10 or -0499"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setPlaceholderText(self.tr("e.g. 2019-12-31"))
        self.date_to.setAccessibleName(self.tr("To date, inclusive"))
        self.dates_box.setTitle(self.tr("Date range"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.clear_button.setText(self.tr("&Clear All Filters"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            appearance.show_as_error(self.date_error)  # the theme changed: the red that reads in it
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @property
    def filters(self) -> Filters:
        return self._filters

    def set_timeline(self, timeline: Timeline) -> None:
        """Offer the categories, tags and names of a (full, unfiltered) timeline."""
        used = timeline.table.used_categories()
        offer = ([c for c in timeline.categories if c.id in used], all_tags(timeline), all_names(timeline))
        if offer != self._offered:  # (an edit seldom changes them: no new widgets then)
            self._offer(*offer)
        self.set_filters(Filters(), emit=False)

    def _offer(self, categories: list, tags: list[str], names: list[str]) -> None:
        self._offered = (categories, tags, names)
        self._updating = True
        try:
            for check in self.category_checks.values():
                check.deleteLater()
            self.category_checks = {}
            for cat in categories:
                check = QCheckBox(mnemonic_safe(cat.label))
                check.setAccessibleName(cat.label)
                check.setIcon(category_swatch(cat.color))
                check.toggled.connect(self._on_categories)
                self.categories_layout.addWidget(check)
                self.category_checks[cat.id] = check
            self.categories_box.setVisible(bool(self.category_checks))
            self._fill(self.tags, tags)
            self._fill(self.names, names)
        finally:
            self._updating = False

    def _check_list(self, name: str) -> QListWidget:
        """A list of check boxes, as the tag and name filters are."""
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setSpacing(1)  # the check boxes of adjacent rows do not touch
        widget.itemChanged.connect(self._on_lists)
        # The corner between the scroll bars shows the panel: drawn by the list, it would take
        # the Window colour that appearance.edge_palettes gives lists for their check boxes' edges.
        widget.setCornerWidget(QWidget())
        return widget

    @staticmethod
    def _fill(widget: QListWidget, values: list[str]) -> None:
        widget.clear()
        for value in values:
            item = QListWidgetItem(value)  # plain text: list items never interpret markup
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    def set_filters(self, filters: Filters, emit: bool = True) -> None:
        """Show `filters` in the controls (e.g. after a legend click or Clear All)."""
        self._updating = True
        try:
            for cat_id, check in self.category_checks.items():
                check.setChecked(cat_id not in filters.hidden_categories)
            for widget, chosen in ((self.tags, filters.tags), (self.names, filters.names)):
                for i in range(widget.count()):
                    item = widget.item(i)
                    state = Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked
                    item.setCheckState(state)
            if filters.start_ms is None:
                self.date_from.clear()
            if filters.end_ms is None:
                self.date_to.clear()
            self.date_error.clear()
        finally:
            self._updating = False
        self._set(filters, emit)

    def _set(self, filters: Filters, emit: bool = True) -> None:
        if filters == self._filters:
            return
        self._filters = filters
        if emit:
            self.filtersChanged.emit(filters)

    def focus_first(self) -> None:
        """Keyboard users land on the first control when the panel opens."""
        first = next(iter(self.category_checks.values()), None) or self.tags
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def clear(self) -> None:
        self.set_filters(Filters())

    @Slot()
    def _on_categories(self) -> None:
        if self._updating:
            return
        hidden = frozenset(cid for cid, check in self.category_checks.items() if not check.isChecked())
        self._set(replace(self._filters, hidden_categories=hidden))

    @Slot()
    def _on_lists(self) -> None:
        if self._updating:
            return

        def checked(widget: QListWidget) -> frozenset[str]:
            return frozenset(widget.item(i).text() for i in range(widget.count())
                             if widget.item(i).checkState() == Qt.CheckState.Checked)

        self._set(replace(self._filters, tags=checked(self.tags), names=checked(self.names)))

    @Slot()
    def _on_dates(self) -> None:
        try:
            start, end = parse_range(self.date_from.text(), self.date_to.text())
        except TimeParseError as exc:
            self.date_error.setText(time_error_text(exc))
            return
        self.date_error.clear()
        self._set(replace(self._filters, start_ms=start, end_ms=end))

    @Slot(str)
    def _filter_names(self, text: str) -> None:
        needle = fold(text)
        for i in range(self.names.count()):
            item = self.names.item(i)
            item.setHidden(bool(needle) and needle not in fold(item.text()))
