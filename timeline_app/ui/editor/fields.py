"""The editor's field widgets: a record table with add/remove, a one-per-line list, and the
message label that shows a field's problem under it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.ui.plain import tooltip_html
from timeline_app.ui.appearance import show_as_error

VISIBLE_ROWS = 4  # a table shows this many rows before it scrolls


class FieldMessage(QLabel):
    """A field's problem, in the error colour, under the field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote the user's text
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        show_as_error(self)
        self.setText(text)
        self.setVisible(bool(text))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red frame on a field whose value is wrong (the message says why, under it)."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    name = type(widget).__name__
    widget.setStyleSheet(f"{name} {{ border: 2px solid #d32f2f; border-radius: 3px; }}" if invalid else "")


def fit_lines(box: QPlainTextEdit, lines: int) -> None:
    """Exactly `lines` whole lines tall: a last line cut in half reads as a rendering fault."""
    margin = box.document().documentMargin()
    box.setFixedHeight(round(box.fontMetrics().lineSpacing() * lines + 2 * margin + 2 * box.frameWidth()))


class LinesEdit(QPlainTextEdit):
    """A list of short strings, one per line (source ids, tags, related event ids)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        fit_lines(self, 4)

    def lines(self) -> list[str]:
        return [line for line in self.toPlainText().split("\n") if line.strip()]

    def set_lines(self, lines: list[str]) -> None:
        self.setPlainText("\n".join(lines))


class RecordTable(QWidget):
    """Records of one kind (parties, quotes...) as rows; a column per field; Add and Remove below.

    Text cells are plain strings; "inferred" is a check box; "sources" is ids separated by commas.
    """

    changed = Signal()

    def __init__(self, columns: tuple[str, ...], header: Callable[[str], str], add_text: str,
                 remove_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.setFocusProxy(self.table)
        self.table.setHorizontalHeaderLabels([header(c) for c in columns])
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the form reads top to bottom
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(head.sizeHint().height() + rows.defaultSectionSize() * VISIBLE_ROWS + bar
                                  + 2 * self.table.frameWidth())
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(add_text)
        self.remove_button = QPushButton(remove_text)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._enable_remove)
        self._enable_remove()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)
        self._fit_columns()
        self._enable_remove()

    def _append(self, row: dict[str, Any]) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, name in enumerate(self.columns):
            item = QTableWidgetItem()
            if name == "inferred":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if row.get(name) else Qt.CheckState.Unchecked)
            else:
                item.setText(row.get(name, ""))
                _show_whole(item)
            self.table.setItem(r, c, item)
        return r

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        self.table.blockSignals(True)  # a new tooltip is no new edit
        _show_whole(item)
        self.table.blockSignals(False)
        self.changed.emit()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        for c in range(self.table.columnCount()):
            self.table.setColumnWidth(c, max(70, min(self.table.columnWidth(c), 260)))

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for c, name in enumerate(self.columns):
                item = self.table.item(r, c)
                if name == "inferred":
                    row[name] = item is not None and item.checkState() == Qt.CheckState.Checked
                else:
                    row[name] = item.text() if item is not None else ""
            out.append(row)
        return out

    def add_row(self) -> None:
        """A new empty row, its first cell open for typing."""
        r = self._append({})
        self.table.setCurrentCell(r, 0)
        self.table.editItem(self.table.item(r, 0))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            self.table.removeRow(r)
        if rows:
            self._enable_remove()
            self.changed.emit()

    def _enable_remove(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def mark_cells(self, cells: set[tuple[int, str]]) -> None:
        """Tint the cells problems name (row, column) and clear the others; the selection stays."""
        self.table.blockSignals(True)  # a tint is no edit
        for r in range(self.table.rowCount()):
            for c, name in enumerate(self.columns):
                item = self.table.item(r, c)
                if item is not None:
                    bad = (r, name) in cells or (r, "") in cells and c == 0
                    item.setBackground(QColor(211, 47, 47, 70) if bad else QBrush())
        self.table.blockSignals(False)


def _show_whole(item: QTableWidgetItem) -> None:
    """A long quote or description, whole, in the cell's tooltip (escaped: data is plain text)."""
    text = item.text()
    item.setToolTip(tooltip_html(text) if len(text) > 30 else "")
