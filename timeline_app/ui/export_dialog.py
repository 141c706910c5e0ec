"""The Export dialog: format, range, size, theme, title, legend and footer; remembers the answers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model import Timeline
from timeline_app.render.output import ExportRequest
from timeline_app.render.theme import LIGHT, THEMES, Theme
from timeline_app.time import TimeParseError, parse_range
from timeline_app.ui import appearance
from timeline_app.ui.translation import time_error_text

SCALES = (1.0, 2.0, 3.0, 4.0)
FORMATS = ((".png", QT_TRANSLATE_NOOP("ExportDialog", "PNG image")),
           (".svg", QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing (vector, selectable text)")),
           (".pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF document (vector)")))
PAGES = (("single", QT_TRANSLATE_NOOP("ExportDialog", "One long page")), ("a4", QT_TRANSLATE_NOOP("ExportDialog", "A4 pages, landscape")),
         ("letter", QT_TRANSLATE_NOOP("ExportDialog", "Letter pages, landscape")))

__all__ = ["ExportDialog", "ExportPngDialog"]


class ExportDialog(QDialog):
    """Asks what to export; remembers the last answers (QSettings, keys export/...)."""

    def __init__(self, view_size: tuple[int, int], parent: QWidget | None = None,
                 timeline: Timeline | None = None, footer_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("exportDialog")
        self._footer_text = footer_text
        settings = QSettings()
        self.format_box = QComboBox()
        for suffix, label in FORMATS:
            self.format_box.addItem(self.tr(label), suffix)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(settings.value("export/format", ".png"))))
        self.pages_box = QComboBox()
        for key, label in PAGES:
            self.pages_box.addItem(self.tr(label), key)
        self.pages_box.setCurrentIndex(max(0, self.pages_box.findData(settings.value("export/pages", "single"))))

        between_row = self._range_choices(settings)
        self._image_choices(settings, timeline)

        form = QFormLayout()
        form.addRow(self.tr("F&ormat:"), self.format_box)
        form.addRow(self.tr("Pa&ges:"), self.pages_box)
        form.addRow(self.tr("Range:"), self.whole)
        form.addRow("", self.visible)
        form.addRow("", between_row)
        form.addRow(self.tr("&Width:"), self.width_box)
        form.addRow(self.tr("&Height:"), self.height_box)
        form.addRow(self.tr("&Scale:"), self.scale_box)
        form.addRow("", self.transparent_box)
        form.addRow(self.tr("T&heme:"), self.theme_box)
        form.addRow("", self.title_box)
        form.addRow(self.tr("Title te&xt:"), self.title_edit)
        form.addRow("", self.legend_box)
        form.addRow("", self.footer_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._update_enabled)
        self.title_box.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _range_choices(self, settings: QSettings) -> QHBoxLayout:
        """Whole, visible or between two dates: the row of the last, for the form."""
        self.whole = QRadioButton(self.tr("&Whole timeline"))
        self.visible = QRadioButton(self.tr("&Visible part"))
        self.between = QRadioButton(self.tr("F&rom"))
        group = QButtonGroup(self)
        for b in (self.whole, self.visible, self.between):
            group.addButton(b)
        chosen = settings.value("export/range", "whole")
        {"visible": self.visible, "between": self.between}.get(chosen, self.whole).setChecked(True)
        self.from_edit = QLineEdit(str(settings.value("export/from", "")))
        self.to_edit = QLineEdit(str(settings.value("export/to", "")))
        for edit, name in ((self.from_edit, self.tr("From date")), (self.to_edit, self.tr("To date, inclusive"))):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setAccessibleName(name)
            edit.textEdited.connect(lambda _text: self.between.setChecked(True))
        between_row = QHBoxLayout()
        between_row.addWidget(self.between)
        between_row.addWidget(self.from_edit)
        between_row.addWidget(QLabel(self.tr("to")))
        between_row.addWidget(self.to_edit)
        return between_row

    def _image_choices(self, settings: QSettings, timeline: Timeline | None) -> None:
        """Size, scale, background, theme, title, legend and footer, as last chosen."""
        self.width_box = QSpinBox()
        self.width_box.setRange(200, 16000)
        self.width_box.setSuffix(" px")
        # The command line's default, so a first export from the window matches `timeline-app export`.
        self.width_box.setValue(int(settings.value("export/width", ExportRequest().width)))
        self.width_box.setAccessibleName(self.tr("Width in pixels before scaling"))
        self.height_box = QSpinBox()
        self.height_box.setRange(0, 16000)
        self.height_box.setSuffix(" px")
        self.height_box.setSpecialValueText(self.tr("Automatic"))
        self.height_box.setValue(int(settings.value("export/height", 0)))
        self.height_box.setAccessibleName(self.tr("Height in pixels before scaling, 0 for automatic"))
        self.scale_box = QComboBox()
        for s in SCALES:
            self.scale_box.addItem(f"{s:g}x" + (self.tr(" (crisp on HiDPI)") if s == 2 else ""), s)
        self.scale_box.setCurrentIndex(SCALES.index(float(settings.value("export/scale", 2.0))))
        self.transparent_box = QCheckBox(self.tr("Trans&parent background"))
        self.transparent_box.setChecked(settings.value("export/transparent", False, type=bool))
        self.theme_box = QComboBox()
        for name in THEMES:
            self.theme_box.addItem({"light": self.tr("Light"), "dark": self.tr("Dark")}.get(name, name.capitalize()), name)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(settings.value("export/theme", "light"))))
        self.title_box = QCheckBox(self.tr("Include the &title"))
        self.title_box.setChecked(settings.value("export/title", True, type=bool))
        self.title_edit = QLineEdit(str(settings.value("export/title_text", "")))
        self.title_edit.setPlaceholderText(timeline.title if timeline is not None else self.tr("The timeline's title"))
        self.title_edit.setAccessibleName(self.tr("Title text, empty for the timeline's title"))
        self.legend_box = QCheckBox(self.tr("Include the &legend"))
        self.legend_box.setChecked(settings.value("export/legend", True, type=bool))
        self.footer_box = QCheckBox(self.tr("Include a &footer with the source and date"))
        self.footer_box.setChecked(settings.value("export/footer", False, type=bool))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        appearance.show_as_error(self.error_label)
        self.error_label.hide()

    def _update_enabled(self) -> None:
        suffix = self.suffix()
        self.pages_box.setEnabled(suffix == ".pdf")
        self.scale_box.setEnabled(suffix == ".png")
        self.transparent_box.setEnabled(suffix != ".pdf")
        self.title_edit.setEnabled(self.title_box.isChecked())

    def suffix(self) -> str:
        return str(self.format_box.currentData())

    def theme(self) -> Theme:
        return THEMES.get(str(self.theme_box.currentData()), LIGHT)

    def chosen_span(self) -> tuple[float, float] | None:
        """The from-to range, or None when incomplete; ValueError naming the bad date."""
        try:
            lo, hi = parse_range(self.from_edit.text(), self.to_edit.text())
        except TimeParseError as exc:
            raise ValueError(time_error_text(exc)) from None
        if lo is None or hi is None:
            raise ValueError(self.tr("give both dates of the range, e.g. 2019-10-01 to 2019-10-31"))
        return lo, hi

    def accept(self) -> None:  # noqa: D102
        if self.between.isChecked():
            try:
                self.chosen_span()
            except ValueError as exc:
                self.error_label.setText(self.tr("Range: {0}").format(exc))
                self.error_label.show()
                self.from_edit.setFocus()
                return
        super().accept()

    def request(self, visible_span: tuple[float, float], selected_id: str | None) -> ExportRequest:
        """The export the user asked for."""
        span = None
        if self.visible.isChecked():
            span = visible_span
        elif self.between.isChecked():
            try:
                span = self.chosen_span()
            except ValueError:
                span = None
        suffix = self.suffix()
        title_text = self.title_edit.text().strip() or None
        return ExportRequest(
            width=self.width_box.value(),
            height=self.height_box.value() or None,
            scale=float(self.scale_box.currentData()),
            span=span,
            title=self.title_box.isChecked(),
            legend=self.legend_box.isChecked(),
            selected_id=selected_id,
            title_text=title_text,
            footer=self._footer_text if self.footer_box.isChecked() and self._footer_text else None,
            transparent=self.transparent_box.isChecked() and suffix != ".pdf",
            pages=str(self.pages_box.currentData()) if suffix == ".pdf" else "single",
        )

    def remember(self) -> None:
        s = QSettings()
        rng = "visible" if self.visible.isChecked() else "between" if self.between.isChecked() else "whole"
        s.setValue("export/range", rng)
        s.setValue("export/from", self.from_edit.text().strip())
        s.setValue("export/to", self.to_edit.text().strip())
        s.setValue("export/format", self.suffix())
        s.setValue("export/pages", str(self.pages_box.currentData()))
        s.setValue("export/width", self.width_box.value())
        s.setValue("export/height", self.height_box.value())
        s.setValue("export/scale", float(self.scale_box.currentData()))
        s.setValue("export/transparent", self.transparent_box.isChecked())
        s.setValue("export/theme", str(self.theme_box.currentData()))
        s.setValue("export/title", self.title_box.isChecked())
        s.setValue("export/title_text", self.title_edit.text().strip())
        s.setValue("export/legend", self.legend_box.isChecked())
        s.setValue("export/footer", self.footer_box.isChecked())


ExportPngDialog = ExportDialog  # the old name, for existing callers
