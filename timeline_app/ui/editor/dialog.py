"""EventEditor: a dialog with a field for every part of an event, checked as the user types.

A dialog rather than a form in the detail pane: an event has a dozen list-valued parts whose
tables need more width than the pane's reading column, and a dialog gives the commit points
a desktop user expects (OK, Apply, Cancel; Escape cancels, Ctrl+Enter applies and closes)
while the pane keeps showing the event as it reads now. Window-modal (`open()`), so the
selection cannot change under an edit in progress.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model import Category, Event, Timeline
from timeline_app.time import parse_time
from timeline_app.time.format import format_date
from timeline_app.ui import language
from timeline_app.ui.editor.category_dialog import NewCategoryDialog
from timeline_app.ui.editor.fields import FieldMessage, LinesEdit, RecordTable, fit_lines
from timeline_app.ui.editor.form_data import (
    LINE_FIELDS,
    LOCATION_FIELDS,
    RECORD_MODELS,
    check_form,
    event_form,
    record_columns,
)
from timeline_app.ui.editor.labels import field_label
from timeline_app.ui.editor.problem_marks import show_problems
from timeline_app.ui.swatch import category_swatch

DEFAULT_WIDTH, DEFAULT_HEIGHT = 900, 860  # wide enough for a record table's main columns
LABEL_DROP = 4  # px: a label's text sits level with the text inside its field, not with the frame


def object_name(field: str) -> str:
    """"date_note" -> "dateNoteEdit": the objectName tests and automation find a field by."""
    head, *rest = field.split("_")
    return head + "".join(w.capitalize() for w in rest) + "Edit"


class EventEditor(QDialog):
    """Edit one event of `timeline` (or a new one: `is_new`). `applied(old, new)` carries the
    event before and after each Apply/OK; `old` is None for a new event. Categories made here
    are in `new_categories` until the window adds them with the event."""

    applied = Signal(object, object)

    def __init__(self, event: Event, timeline: Timeline, index: int, is_new: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventEditor")
        self.timeline = timeline
        self.index = index  # the event's place in the file, as validate names it
        self.is_new = is_new
        self.old: Event | None = None if is_new else event
        self.new_categories: list[Category] = []
        self._event_id = event.id
        self._result: Event | None = event
        self.fields: dict[str, QWidget] = {}
        self._labels: list[QLabel] = []
        self.messages: dict[str, FieldMessage] = {}
        self._build()
        self._fill(event)
        self._connect_changes()
        self.check()
        self.resize(QSettings().value("editor/size") or self._default_size())
        self.fields["title"].setFocus()  # the id above it is read-only: start where typing changes something
        self.fields["title"].selectAll()

    # --- building ----------------------------------------------------------------------
    def _build(self) -> None:
        self._set_title()
        body = QWidget()
        self.form_column = QVBoxLayout(body)
        self._main_section()
        self._location_section()
        self._lists_section()
        self._references_section()
        self.form_column.addStretch(1)
        # One label column for every section, so the fields of all sections line up.
        width = max(label.sizeHint().width() for label in self._labels)
        for label in self._labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, LABEL_DROP, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("eventEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        B = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(B.Ok | B.Apply | B.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(B.Apply).clicked.connect(self.apply)
        self.summary_message = FieldMessage()
        self.summary_message.setObjectName("problemCount")
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary_message, 1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

    def _set_title(self) -> None:
        self.setWindowTitle(self.tr("New Event") if self.is_new else self.tr("Edit Event"))

    def _section(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form_column.addWidget(box)
        return form

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget, hint: QWidget | None = None) -> None:
        """A field with its message under it (and a hint, if any), under objectName <key>Edit."""
        widget.setObjectName(object_name(key))
        self.fields[key] = widget
        self.messages[key] = FieldMessage()
        self._row(form, label, widget, [w for w in (hint, self.messages[key]) if w is not None])

    def _row(self, form: QFormLayout, label: str, widget: QWidget, below: list[QWidget] = ()) -> None:
        """A labelled row; `below` sits under the field, taking no room while hidden."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        for w in below:
            column.addWidget(w)
        name = QLabel(label)
        name.setBuddy(widget.focusProxy() or widget)
        self._labels.append(name)
        form.addRow(name, holder)

    def _main_section(self) -> None:
        form = self._section(self.tr("Event"))
        ident = QLineEdit()
        ident.setReadOnly(True)  # other events and files refer to it; a new event gets a fresh one
        self._add(form, "id", self.tr("Id"), ident)
        self._add(form, "title", self.tr("&Title"), QLineEdit())
        self.date_hint = QLabel()
        self.date_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.date_hint.setWordWrap(True)
        self.date_hint.setEnabled(False)  # muted: help, not data
        self._add(form, "start", self.tr("&Start"), QLineEdit())
        self._add(form, "end", self.tr("&End"), QLineEdit(), self.date_hint)
        for key in ("start", "end"):
            self.fields[key].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.fields["end"].setToolTip(self.tr("Inclusive; empty for an event on one date"))
        self._add(form, "date_note", self.tr("Date &note"), QLineEdit())
        self._add(form, "category", self.tr("&Category"), self._category_row())
        self.fields["category"].setObjectName("categoryRow")
        self.category_combo.setObjectName("categoryEdit")  # the field itself; its row holds New Category…
        self._add(form, "summary", self.tr("Su&mmary"), _text_box(5))
        check = QCheckBox(self.tr("The event itself is inferred, not stated by a source"))
        self._add(form, "inferred", self.tr("Inferred"), check)
        self._add(form, "note", self.tr("Note"), _text_box(2))

    def _category_row(self) -> QWidget:
        self.category_combo = FormComboBox()
        self.new_category_button = QPushButton(self.tr("New Category…"))
        self.new_category_button.setObjectName("newCategoryButton")
        self.new_category_button.clicked.connect(self.create_category)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.category_combo, 1)
        line.addWidget(self.new_category_button)
        row.setFocusProxy(self.category_combo)
        self._fill_categories()
        return row

    def _fill_categories(self) -> None:
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("No category"), None)
        for c in (*self.timeline.categories, *self.new_categories):
            self.category_combo.addItem(category_swatch(c.color), c.label, c.id)

    def _location_section(self) -> None:
        form = self._section(self.tr("Location"))
        box = form.parentWidget()
        box.setObjectName(object_name("location"))
        self.fields["location"] = box
        self.messages["location"] = FieldMessage()
        self.location_edits: dict[str, QWidget] = {}
        for key in LOCATION_FIELDS:
            edit = QCheckBox(self.tr("Not stated by a source")) if key == "inferred" else QLineEdit()
            edit.setObjectName("location" + object_name(key)[0].upper() + object_name(key)[1:])
            if key == "sources":
                edit.setPlaceholderText(self.tr("Source ids, separated by commas"))
            self.location_edits[key] = edit
            self._row(form, field_label(key), edit, [self.messages["location"]] if key == LOCATION_FIELDS[-1] else [])

    def _lists_section(self) -> None:
        titles = {"parties": self.tr("&Parties"), "participants": self.tr("Partic&ipants"),
                  "quotes": self.tr("&Quotes"), "activities": self.tr("&Activities"), "mentions": self.tr("Men&tions")}
        form = self._section(self.tr("People, words and deeds"))
        for name in RECORD_MODELS:
            table = RecordTable(record_columns(name), field_label, self.tr("Add"), self.tr("Remove"))
            table.table.setAccessibleName(titles[name].replace("&", ""))
            self._add(form, name, titles[name], table)
            table.table.setObjectName(object_name(name)[:-4] + "Table")

    def _references_section(self) -> None:
        form = self._section(self.tr("Sources, tags and links"))
        labels = {"sources": self.tr("Sources"), "tags": self.tr("Tags"), "related": self.tr("Related events")}
        tips = {"sources": self.tr("Ids of the timeline's sources, one per line"),
                "tags": self.tr("One tag per line"), "related": self.tr("Ids of other events, one per line")}
        for name in LINE_FIELDS:
            edit = LinesEdit()
            edit.setPlaceholderText(tips[name])
            edit.setToolTip(tips[name])
            self._add(form, name, labels[name], edit)

    def _default_size(self) -> QSize:
        free = (self.parentWidget() or self).screen().availableGeometry()
        return QSize(min(DEFAULT_WIDTH, free.width()), min(DEFAULT_HEIGHT, round(free.height() * 0.9)))

    # --- values ------------------------------------------------------------------------
    def _fill(self, ev: Event) -> None:
        form = event_form(ev)
        f = self.fields
        for key in ("id", "title", "start", "end", "date_note"):
            f[key].setText(form[key])
        f["summary"].setPlainText(form["summary"])
        f["note"].setPlainText(form["note"])
        f["inferred"].setChecked(form["inferred"])
        i = self.category_combo.findData(form["category"]) if form["category"] else 0
        if i < 0:  # a category the timeline lacks (from another format): kept, shown by its id
            self.category_combo.addItem(form["category"], form["category"])
            i = self.category_combo.count() - 1
        self.category_combo.setCurrentIndex(i)
        for key, edit in self.location_edits.items():
            value = form["location"].get(key, False if key == "inferred" else "")
            edit.setChecked(value) if key == "inferred" else edit.setText(value)
        for name in RECORD_MODELS:
            f[name].set_rows(form[name])
        for name in LINE_FIELDS:
            f[name].set_lines(form[name])

    def form(self) -> dict[str, Any]:
        """What the fields hold now, as form data (see form_data.py)."""
        f = self.fields
        form: dict[str, Any] = {key: f[key].text() for key in ("id", "title", "start", "end", "date_note")}
        form["summary"] = f["summary"].toPlainText()
        form["note"] = f["note"].toPlainText()
        form["inferred"] = f["inferred"].isChecked()
        form["category"] = self.category_combo.currentData()
        form["location"] = {k: (e.isChecked() if k == "inferred" else e.text()) for k, e in self.location_edits.items()}
        for name in RECORD_MODELS:
            form[name] = f[name].rows()
        for name in LINE_FIELDS:
            form[name] = f[name].lines()
        return form

    def _connect_changes(self) -> None:
        for key in ("title", "start", "end", "date_note"):
            self.fields[key].textChanged.connect(self.check)
        for key in ("summary", "note", *LINE_FIELDS):
            self.fields[key].textChanged.connect(self.check)
        self.fields["inferred"].toggled.connect(self.check)
        self.category_combo.currentIndexChanged.connect(self.check)
        for key, edit in self.location_edits.items():
            (edit.toggled if key == "inferred" else edit.textChanged).connect(self.check)
        for name in RECORD_MODELS:
            self.fields[name].changed.connect(self.check)

    # --- checking and applying -------------------------------------------------------------
    @Slot()
    def check(self) -> bool:
        """Check the fields as validate would; show each problem at its field; OK/Apply only when
        there is none. True when the fields describe a valid event."""
        ev, problems = check_form(self.form(), self.timeline, self.index, [c.id for c in self.new_categories])
        self._result = ev
        show_problems(self, problems)
        self._show_dates()
        B = QDialogButtonBox.StandardButton
        self.buttons.button(B.Ok).setEnabled(ev is not None)
        self.buttons.button(B.Apply).setEnabled(ev is not None and ev != self.old)
        n = len(problems)
        # Two texts, not a %n plural: the English interface loads no catalogue to resolve one.
        self.summary_message.say("" if n == 0 else self.tr("1 problem to fix before applying") if n == 1
                                 else self.tr("{0} problems to fix before applying").format(n))
        return ev is not None

    def _show_dates(self) -> None:
        """Under the dates: how the app reads them, or the syntax when there is nothing to read."""
        lang = language.current()
        read = []
        for key in ("start", "end"):
            try:
                read.append(format_date(parse_time(self.fields[key].text().strip()), lang=lang))
            except Exception:  # noqa: BLE001  an unreadable date is shown at its field, not here
                continue
        syntax = self.tr("2019 · 2019-10 · 2019-10-14 · 2019-10-14T15:00+09:00 · -0499 (500 BCE) · -13800000000")
        said = self.tr("Reads as: {0}").format(" – ".join(read)) + "\n" if read else ""
        self.date_hint.setText(said + syntax)

    def result_event(self) -> Event | None:
        """The event the fields describe, or None while they hold a problem."""
        return self._result

    @Slot()
    def apply(self) -> bool:
        """Apply what the fields hold (as Apply/OK do): emit applied(old, new). False, changing
        nothing, while a field is invalid."""
        if not self.check():
            return False
        new = self._result
        if new == self.old and not self.new_categories:
            return True
        old, self.old = self.old, new
        self.applied.emit(old, new)
        self.new_categories = []
        self.is_new = False
        self._set_title()
        self.check()
        return True

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Ctrl+Enter from a field that let it through (the shortcut covers the rest).
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def done(self, result: int) -> None:
        QSettings().setValue("editor/size", self.size())
        super().done(result)

    @Slot()
    def create_category(self) -> bool:
        taken = {c.id for c in (*self.timeline.categories, *self.new_categories)}
        dlg = NewCategoryDialog(taken, self)
        if not dlg.exec() or dlg.category is None:
            return False
        self.add_category(dlg.category)
        return True

    def add_category(self, category: Category) -> None:
        """Offer `category` in the list and choose it; it joins the timeline with the next Apply."""
        self.new_categories.append(category)
        current = self.category_combo.currentIndex()
        self.category_combo.blockSignals(True)
        self._fill_categories()
        self.category_combo.setCurrentIndex(current)
        self.category_combo.blockSignals(False)
        self.category_combo.setCurrentIndex(self.category_combo.findData(category.id))


class FormComboBox(QComboBox):
    """A combo box that a wheel turning over it while scrolling the form leaves alone: only a
    focused one changes with the wheel (else the category changed under a scrolling user)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the scroll area


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
    fit_lines(box, lines)
    return box
