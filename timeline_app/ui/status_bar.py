"""The status bar's texts: the date under the pointer, the scale of a tick step, the filter note.

Kept in one place so each text is worked out once: the tick step's words come from
the axis module (`layout.axis.describe_step` / `describe_time`); this module only frames them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QToolButton

from timeline_app.model.query import Filters
from timeline_app.layout.axis import describe_step, describe_time
from timeline_app.layout.ladder import Rung
from timeline_app.ui import language
from timeline_app.ui.status_fields import SeparatedFields

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

translate = QCoreApplication.translate


def build_status_bar(window: "MainWindow") -> None:
    """The pointer's date on the left; search, filter and scale fields on the right."""
    window.pointer_label = QLabel()
    window.pointer_label.setTextFormat(Qt.TextFormat.PlainText)
    window.overview.pointerTextChanged.connect(window.pointer_label.setText)
    window.scale_label = QLabel()
    window.scale_label.setTextFormat(Qt.TextFormat.PlainText)
    window.filter_label = QLabel()
    window.filter_label.setObjectName("filterIndicator")
    window.filter_label.setTextFormat(Qt.TextFormat.PlainText)
    window.filter_label.setStyleSheet("QLabel { background: #fff0c2; color: #4d3b00; padding: 1px 6px;"
                                      " border-radius: 3px; }")
    window.filter_clear_button = QToolButton()
    window.filter_clear_button.setDefaultAction(window.clear_filters_action)
    window._bind(lambda: window.filter_clear_button.setText(translate("MainWindow", "Clear")))
    bar = window.statusBar()
    bar.addWidget(window.pointer_label, 1)
    window.status_fields = SeparatedFields(bar, [
        [window.search.status], [window.filter_label, window.filter_clear_button], [window.scale_label]])
    # The pointer's date is about the canvas: it goes when the pointer does.
    window.view.pointerLeft.connect(window.pointer_label.clear)


def pointer_text(ms: float, rung: Rung | None) -> str:
    """The date under the pointer, to the precision the current tick step is worth (the axis says)."""
    return describe_time(rung, ms, language.current())


def scale_text(rung: Rung, ms_per_px: float) -> str:
    """"Scale: 1 month ≈ 149 px": one tick step of the axis, in the axis's own words, and its width."""
    px = f"{rung.nominal_ms / ms_per_px:.0f}"
    return translate("MainWindow", "Scale: {0} ≈ {1} px").format(describe_step(rung, language.current()), px)


def filter_text(filters: Filters, shown: int, total: int) -> str:
    """"Filter on: 3 of 10 events (1 category hidden)", in the interface language."""
    return translate("MainWindow", "Filter on: {0} of {1} events ({2})").format(shown, total, _describe(filters))


def _describe(f: Filters) -> str:
    """Filters.describe() in the interface language (the model stays free of Qt)."""
    parts = []
    if f.hidden_categories:
        n = len(f.hidden_categories)
        parts.append(translate("MainWindow", "1 category hidden") if n == 1
                     else translate("MainWindow", "{0} categories hidden").format(n))
    if f.tags:
        parts.append(translate("MainWindow", "tags: {0}").format(", ".join(sorted(f.tags))))
    if f.names:
        parts.append(translate("MainWindow", "with: {0}").format(", ".join(sorted(f.names))))
    if f.start_ms is not None or f.end_ms is not None:
        parts.append(translate("MainWindow", "date range"))
    return translate("MainWindow", "; ").join(parts)
