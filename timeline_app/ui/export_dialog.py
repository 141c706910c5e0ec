"""The Export PNG dialog: range, size, pixel scale, title and legend."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app.render.png import PngRequest

SCALES = (1.0, 2.0, 3.0, 4.0)


class ExportPngDialog(QDialog):
    """Asks what to export; remembers the last answers."""

    def __init__(self, view_size: tuple[int, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Export PNG")
        self.setObjectName("exportDialog")
        settings = QSettings()
        self.whole = QRadioButton("&Whole timeline")
        self.visible = QRadioButton("&Visible part")
        (self.visible if settings.value("export/range", "whole") == "visible" else self.whole).setChecked(True)
        self.width_box = QSpinBox()
        self.width_box.setRange(200, 16000)
        self.width_box.setSuffix(" px")
        self.width_box.setValue(int(settings.value("export/width", max(view_size[0], 1200))))
        self.width_box.setAccessibleName("Width in pixels before scaling")
        self.height_box = QSpinBox()
        self.height_box.setRange(0, 16000)
        self.height_box.setSuffix(" px")
        self.height_box.setSpecialValueText("Automatic")
        self.height_box.setValue(int(settings.value("export/height", 0)))
        self.height_box.setAccessibleName("Height in pixels before scaling, 0 for automatic")
        self.scale_box = QComboBox()
        for s in SCALES:
            self.scale_box.addItem(f"{s:g}x" + (" (crisp on HiDPI)" if s == 2 else ""), s)
        self.scale_box.setCurrentIndex(SCALES.index(float(settings.value("export/scale", 2.0))))
        self.title_box = QCheckBox("Include the &title")
        self.title_box.setChecked(settings.value("export/title", True, type=bool))
        self.legend_box = QCheckBox("Include the &legend")
        self.legend_box.setChecked(settings.value("export/legend", True, type=bool))

        form = QFormLayout()
        form.addRow("Range:", self.whole)
        form.addRow("", self.visible)
        form.addRow("&Width:", self.width_box)
        form.addRow("&Height:", self.height_box)
        form.addRow("&Scale:", self.scale_box)
        form.addRow("", self.title_box)
        form.addRow("", self.legend_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def request(self, visible_span: tuple[float, float], selected_id: str | None) -> PngRequest:
        """The export the user asked for."""
        return PngRequest(
            width=self.width_box.value(),
            height=self.height_box.value() or None,
            scale=float(self.scale_box.currentData()),
            span=visible_span if self.visible.isChecked() else None,
            title=self.title_box.isChecked(),
            legend=self.legend_box.isChecked(),
            selected_id=selected_id,
        )

    def remember(self) -> None:
        s = QSettings()
        s.setValue("export/range", "visible" if self.visible.isChecked() else "whole")
        s.setValue("export/width", self.width_box.value())
        s.setValue("export/height", self.height_box.value())
        s.setValue("export/scale", float(self.scale_box.currentData()))
        s.setValue("export/title", self.title_box.isChecked())
        s.setValue("export/legend", self.legend_box.isChecked())
