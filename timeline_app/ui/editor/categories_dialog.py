"""Edit > Categories and Eras…: two small tables (categories: label, colour; eras: label, start,
end, colour) whose changes become one undo step when OK is pressed.

The rows are turned into the editing core's builders (set_/add_/delete_category, set_/add_/
delete_era), each checked against the timeline as the ones before it left it; a refused change
is shown under its table with validate's message, its cell tinted, and nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app.time import Precision, TimeValue
from timeline_app.editing import Compound, EditCommand, EditRejected, edits
from timeline_app.ui.editor.category_dialog import DEFAULT_COLOR
from timeline_app.ui.editor.fields import FieldMessage

if TYPE_CHECKING:
    from timeline_app.ui.edit_session import EditSession

ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id on a row's first cell; None on a new row
BAD_CELL = QColor(211, 47, 47, 60)
# The undo label of an OK that changed more than one thing (translated by EditStep, undo_steps.py).
MANY = QT_TRANSLATE_NOOP("EditStep", "Edit categories and eras")
LABELS = (QT_TRANSLATE_NOOP("EditStep", 'Delete category "{subject}"'),)
CATEGORY_COLUMNS = ("label", "color")
ERA_COLUMNS = ("label", "start", "end", "color")


class RecordsBox(QWidget):
    """A table of records with Add, Remove and Colour… buttons and the message under it."""

    def __init__(self, name: str, headers: list[str], columns: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole dates and colours
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._show_swatch)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.color_button = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.color_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.message = FieldMessage()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)
        box.addWidget(self.message)
        self.color_button.clicked.connect(self.pick_color)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        on = bool(self.table.selectedItems())
        self.remove_button.setEnabled(on)
        self.color_button.setEnabled(on)

    def add_row(self, values: dict, record_id: str | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, name in enumerate(self.columns):
            item = QTableWidgetItem(str(values.get(name) or ""))
            if col == 0:
                item.setData(ID_ROLE, record_id)
            self.table.setItem(row, col, item)
        return row

    def row_values(self, row: int) -> dict:
        return {name: self.table.item(row, col).text().strip() for col, name in enumerate(self.columns)}

    def row_id(self, row: int) -> str | None:
        return self.table.item(row, 0).data(ID_ROLE)

    def _show_swatch(self, item: QTableWidgetItem) -> None:
        if self.columns[item.column()] == "color":
            color = QColor(item.text().strip())
            item.setData(Qt.ItemDataRole.DecorationRole, color if color.isValid() else None)

    def pick_color(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.table.item(row, self.columns.index("color"))
        color = QColorDialog.getColor(QColor(item.text() or DEFAULT_COLOR), self)
        if color.isValid():
            item.setText(color.name())

    def mark(self, cells: set[tuple[int, int]], text: str) -> None:
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                self.table.item(row, col).setBackground(BAD_CELL if (row, col) in cells else Qt.GlobalColor.transparent)
        self.message.say(text)


class CategoriesEditor(QDialog):
    """The timeline's categories and eras, editable; OK applies every change as one undo step."""

    def __init__(self, session: EditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("categoriesEditor")
        self.setWindowTitle(self.tr("Categories and Eras"))
        self.session = session
        self.categories = RecordsBox("categoriesTable", [self.tr("Label"), self.tr("Colour")], CATEGORY_COLUMNS)
        self.eras = RecordsBox("erasTable", [self.tr("Label"), self.tr("Start"), self.tr("End"), self.tr("Colour")],
                               ERA_COLUMNS)
        for box in (self.categories, self.eras):
            box.add_button.setText(self.tr("Add"))
            box.remove_button.setText(self.tr("Remove"))
            box.color_button.setText(self.tr("Colour…"))
        self.categories.add_button.clicked.connect(self.add_category)
        self.categories.remove_button.clicked.connect(self.remove_category)
        self.eras.add_button.clicked.connect(self.add_era)
        self.eras.remove_button.clicked.connect(self.remove_era)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for heading, box in ((self.tr("Categories"), self.categories), (self.tr("Eras"), self.eras)):
            title = QLabel(heading)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            layout.addWidget(title)
            layout.addWidget(box)
        layout.addWidget(self.buttons)
        self._fill()
        self.resize(560, 520)

    def _fill(self) -> None:
        timeline = self.session.document.timeline
        for c in timeline.categories:
            self.categories.add_row({"label": c.label, "color": c.color}, c.id)
        for e in timeline.eras:
            self.eras.add_row({"label": e.label, "start": e.start.to_iso(), "end": e.end.to_iso(),
                               "color": e.color}, e.id)
        self._removed_categories: list[str] = []
        self._removed_eras: list[str] = []

    # --- buttons ------------------------------------------------------------------------
    def add_category(self) -> int:
        row = self.categories.add_row({"label": self.tr("New category"), "color": DEFAULT_COLOR}, None)
        self.categories.table.setCurrentCell(row, 0)
        return row

    def remove_category(self) -> bool:
        """Remove the selected category, unless events use it (then say so and keep it)."""
        row = self.categories.table.currentRow()
        if row < 0:
            return False
        cid = self.categories.row_id(row)
        table = self.session.document.timeline.table
        if cid is not None and cid in table.used_categories():
            used = int((table.category == table.category_ids.index(cid)).sum())
            self.categories.mark({(row, 0)}, self.tr('"{0}" is the category of {1} events: give them another '
                                                     'category first.').format(self.categories.row_values(row)["label"], used))
            return False
        if cid is not None:
            self._removed_categories.append(cid)
        self.categories.table.removeRow(row)
        self.categories.mark(set(), "")
        return True

    def add_era(self) -> int:
        view = self.session.window.view.scale
        start = _day_iso(view.start_ms + view.span_ms / 3)
        end = _day_iso(view.start_ms + 2 * view.span_ms / 3)
        row = self.eras.add_row({"label": self.tr("New era"), "start": start, "end": end}, None)
        self.eras.table.setCurrentCell(row, 0)
        return row

    def remove_era(self) -> bool:
        row = self.eras.table.currentRow()
        if row < 0:
            return False
        eid = self.eras.row_id(row)
        if eid is not None:
            self._removed_eras.append(eid)
        self.eras.table.removeRow(row)
        return True

    # --- applying -----------------------------------------------------------------------
    def accept(self) -> None:
        if self.apply():
            super().accept()

    def apply(self) -> bool:
        """Every change in the tables as one undo step; False (with the message shown at the
        row) when the file format would refuse one of them, and then nothing changes."""
        doc = self.session.document
        parts: list[EditCommand] = []
        try:
            for box, build in ((self.categories, self._category_commands), (self.eras, self._era_commands)):
                box.mark(set(), "")
                for row, make in build():
                    try:
                        command = make()
                    except EditRejected as exc:
                        self._show_rejected(box, row, exc)
                        return False
                    command.apply(doc)  # the next builder checks against this change
                    parts.append(command)
        finally:
            for command in reversed(parts):
                command.revert(doc)
        if parts:
            step = parts[0] if len(parts) == 1 else Compound(MANY, "", parts=parts)
            self.session.push(step)
        self._removed_categories, self._removed_eras = [], []
        self._refill()
        return True

    def _refill(self) -> None:
        for box in (self.categories, self.eras):
            box.table.setRowCount(0)
        self._fill()

    def _category_commands(self):
        doc = self.session.document
        old = {c.id: c for c in doc.timeline.categories}
        for cid in self._removed_categories:
            yield None, lambda cid=cid: edits.delete_category(doc, cid)
        for row in range(self.categories.table.rowCount()):
            cid, v = self.categories.row_id(row), self.categories.row_values(row)
            if cid is None or cid not in old:  # new, or gone in a reload while the dialog was open
                yield row, lambda v=v: edits.add_category(doc, v["label"], v["color"] or None)
            elif (v["label"], v["color"]) != (old[cid].label, old[cid].color):
                yield row, lambda cid=cid, v=v: edits.set_category(doc, cid, label=v["label"], color=v["color"] or DEFAULT_COLOR)

    def _era_commands(self):
        doc = self.session.document
        old = {e.id: e for e in doc.timeline.eras}
        for eid in self._removed_eras:
            yield None, lambda eid=eid: edits.delete_era(doc, eid)
        for row in range(self.eras.table.rowCount()):
            eid, v = self.eras.row_id(row), self.eras.row_values(row)
            color = v["color"] or None
            if eid is None or eid not in old:
                yield row, lambda v=v, color=color: edits.add_era(doc, v["label"], v["start"], v["end"], color)
                continue
            e = old[eid]
            if (v["label"], v["start"], v["end"], color) != (e.label, e.start.to_iso(), e.end.to_iso(), e.color):
                yield row, lambda eid=eid, v=v, color=color: edits.set_era(
                    doc, eid, label=v["label"], start=v["start"], end=v["end"], color=color)

    def _show_rejected(self, box: RecordsBox, row: int | None, exc: EditRejected) -> None:
        """validate's messages under the table, after the row they are about; their cells tinted."""
        lines, cells = [], set()
        for p in exc.problems:
            field = p.path.rsplit(".", 1)[-1] if "." in p.path else ""
            where = self.tr("Row {0}").format(row + 1) if row is not None else ""
            if field in box.columns and row is not None:
                where += ", " + box.table.horizontalHeaderItem(box.columns.index(field)).text()
                cells.add((row, box.columns.index(field)))
            lines.append(f"{where}: {p.message}" if where else p.message)
        box.mark(cells, "\n".join(lines))


def _day_iso(ms: float) -> str:
    return TimeValue(int(ms), Precision.DAY).to_iso()
