"""A small dialog that makes a new category (label and colour) for the event being edited."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from timeline_app.model import Category
from timeline_app.ui.editor.fields import FieldMessage, mark_invalid
from timeline_app.ui.editor.form_data import check_category

DEFAULT_COLOR = "#4a78c2"  # the format's default category colour


class NewCategoryDialog(QDialog):
    """Label and colour; the id is made from the label. `category` holds the result once accepted."""

    def __init__(self, taken: Collection[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newCategoryDialog")
        self.setWindowTitle(self.tr("New Category"))
        self._taken = set(taken)
        self.category: Category | None = None
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("categoryLabelEdit")
        self.color_edit = QLineEdit(DEFAULT_COLOR)
        self.color_edit.setObjectName("categoryColorEdit")
        self.color_edit.setPlaceholderText("#rrggbb")
        pick = QPushButton(self.tr("Choose…"))
        pick.clicked.connect(self._pick_color)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.color_edit, 1)
        colour_row.addWidget(pick)
        self.message = FieldMessage()
        form = QFormLayout(self)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Colour"), colour_row)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.label_edit.textChanged.connect(self._check)
        self.color_edit.textChanged.connect(self._check)
        self._check()

    def _pick_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color_edit.text()), self, self.tr("Category Colour"))
        if color.isValid():
            self.color_edit.setText(color.name())

    def _check(self) -> None:
        self.category, problems = check_category(self.label_edit.text(), self.color_edit.text(), self._taken)
        fields = {p.path for p in problems}
        mark_invalid(self.label_edit, "label" in fields and bool(self.label_edit.text()))
        mark_invalid(self.color_edit, "color" in fields)
        # An empty label is not yet an error worth red: OK stays off until there is one.
        shown = [p.message for p in problems if p.path != "label" or self.label_edit.text()]
        self.message.say("\n".join(shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.category is not None)
