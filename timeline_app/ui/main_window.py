"""MainWindow builds the window and wires its parts to one view model.

It keeps nothing in step by hand: a click on the canvas, a list row or a related event selects
it in the view model (timeline_app/viewmodel/), and the canvas, list and detail pane each follow
the view model. Opening and reloading live in open_flow.py, actions and menus in
window_menus.py, the status bar's texts in status_bar.py, sizes and splits in window_layout.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QFileDialog, QLayout, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from timeline_app.importers import dialog_filters
from timeline_app.model import Loaded
from timeline_app.model.query import Filters, apply_filters
from timeline_app.paths import icon_path, bundled_timeline
from timeline_app.ui import appearance, language, translation
from timeline_app.ui.about import AboutDialog, ShortcutsDialog
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.edit_session import install_edit_session
from timeline_app.ui.editor import apply_event_change, install_edit_actions
from timeline_app.ui.event_list import EventList
from timeline_app.ui.file_loader import FileLoader
from timeline_app.ui.filter_panel import FilterPanel
from timeline_app.ui.language_follow import follow_language
from timeline_app.ui.message_bar import MessageBar
from timeline_app.ui.open_flow import OpenFlow
from timeline_app.ui.overview import OverviewStrip, canvas_with_overview
from timeline_app.ui.plain import title_safe
from timeline_app.ui.search import SearchController
from timeline_app.ui.status_bar import build_status_bar, filter_text, pointer_text, scale_text
from timeline_app.ui.status_fields import MESSAGE_MS
from timeline_app.ui.timeline_view import TimelineView
from timeline_app.ui.window_layout import PANE_SHARE, WindowLayout
from timeline_app.ui.window_menus import build_actions, fill_recent_menu, open_recent, retranslate_parts, set_zoom_icons
from timeline_app.viewmodel import ViewModel

APP_NAME = "Timeline"


class MainWindow(QMainWindow):
    """The app window. `path=None` opens the bundled timeline."""

    def __init__(self, path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(icon_path())))
        self.flow = OpenFlow(self, Path(path) if path is not None else bundled_timeline())
        loaded = self.flow.first_timeline()
        self.full_timeline = loaded.timeline  # as read from the file
        self.warnings = loaded.warnings
        self.model = ViewModel(loaded.timeline)  # what is shown (after the filters) and the view state
        self._build_parts()
        self._build_layout()
        self._wire()
        self._retexts: list = []  # functions that set the window's texts: run again on a language change
        build_actions(self)
        self.edit_actions = install_edit_actions(self)  # Edit > Edit Event, New, Duplicate, Delete
        self.editing = install_edit_session(self, loaded)  # the Document, undo stack, Save (edit_session.py)
        build_status_bar(self)
        self.view.zoomLimitReached.connect(self._on_zoom_limit)
        self._bind(lambda: (self._update_filter_indicator(), self._update_scale_label()))
        follow_language(self, self._on_language)
        self.splits.restore()
        self._init_theme()
        self._update_legend()
        self._show_timeline_title()
        self._report_warnings(self.warnings)
        self.loader = FileLoader(self)
        self._bind(self._retranslate_parts)
        self.flow.begin(self.loader)

    # --- construction ----------------------------------------------------------------
    def _build_parts(self) -> None:
        """The canvas, overview, list and pane, each listening to the view model."""
        self.view = TimelineView(self.model.timeline, model=self.model)
        self.overview = OverviewStrip(self.view)
        self.list = EventList(self.model.timeline)
        self.list.listen(self.model)
        self.pane = DetailPane()
        self.pane.listen(self.model)
        self.filter_panel = FilterPanel(self)
        self.filter_panel.set_timeline(self.full_timeline)
        self.search = SearchController(self, self.model.search, self._go_to_match)
        self.search.set_timeline(self.model.timeline)
        self.message_bar = MessageBar()

    def _build_layout(self) -> None:
        # The canvas is never taller than its lanes need: more would only be empty canvas.
        self.canvas_pane = canvas_with_overview(self.view, self.overview)
        self.canvas_pane.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.setObjectName("leftSplitter")
        self.left.setChildrenCollapsible(False)
        self.left.addWidget(self.canvas_pane)
        self.left.addWidget(self.list)
        self.left.setStretchFactor(0, 1)
        self.left.setStretchFactor(1, 0)  # the list keeps its rows; the canvas takes or gives the rest
        # The Filters panel docks inside this inner window, beside the canvas and the list: opening
        # it takes room from them and never from the detail pane.
        self.left_area = QMainWindow()
        self.left_area.setObjectName("leftArea")
        self.left_area.setWindowFlags(Qt.WindowType.Widget)
        self.left_area.setCentralWidget(self.left)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("mainSplitter")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.left_area)
        self.split.addWidget(self.pane)
        # Both non-zero: a window resize keeps the pane's share of the width.
        self.split.setStretchFactor(0, round(100 * (1 - PANE_SHARE)))
        self.split.setStretchFactor(1, round(100 * PANE_SHARE))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.split, 1)
        self.setCentralWidget(central)
        self.left_area.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_panel)
        self.filter_panel.hide()
        self.splits = WindowLayout(self)

    def _wire(self) -> None:
        self.setAcceptDrops(True)
        self.model.timeline_changed.connect(lambda _keep: self.search.set_timeline(self.model.timeline))
        self.model.filters.changed.connect(self._on_filters_changed)
        self.filter_panel.filtersChanged.connect(self.set_filters)
        self.view.legendToggled.connect(self._on_legend_toggled)
        self.view.pointerTimeChanged.connect(self._on_pointer_time)
        self.view.scaleChanged.connect(self._update_scale_label)
        self.view.timelineChanged.connect(self._fit_content_heights)
        self.view.scaleChanged.connect(self._fit_content_heights)  # a resize can rewrap the legend

    def _bind(self, set_texts) -> None:
        """Run `set_texts` (which holds the translated texts) now and on every language change."""
        set_texts()
        self._retexts.append(set_texts)

    def retranslate(self) -> None:
        for set_texts in self._retexts:
            set_texts()

    def _retranslate_parts(self) -> None:
        retranslate_parts(self)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @Slot()
    def _fit_content_heights(self) -> None:
        self.splits.fit_content_heights()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.editing.may_discard():
            event.ignore()
            return
        self.splits.save()
        self.flow.close()
        super().closeEvent(event)

    # --- what is shown -----------------------------------------------------------------
    @property
    def timeline(self):
        """What is shown, listed and exported: the file's timeline after the filters."""
        return self.model.timeline

    @property
    def path(self) -> Path:
        return self.flow.path

    def select_event(self, event_id: str | None) -> None:
        """Select an event (None: nothing); the canvas, list and detail pane follow."""
        self.model.selection.select(event_id or None)

    def show_loaded(self, loaded: Loaded, keep_view: bool = False) -> None:
        """Show a newly read timeline; keep_view keeps zoom, selection and filters (a reload)."""
        self.full_timeline = loaded.timeline
        self.warnings = loaded.warnings
        self.editing.reset(loaded)
        if not keep_view:
            self.model.selection.select(None)
            self.model.filters.set(Filters(), quiet=True)  # shown below, with the new timeline
            self.filter_panel.set_timeline(self.full_timeline)
        self._refilter(keep_view=keep_view)
        self._show_timeline_title()
        self._update_scale_label()  # another file is fitted at another scale
        self._report_warnings(loaded.warnings)

    def _show_timeline_title(self) -> None:
        dirty = "[*]" if self.is_dirty() else ""  # Qt shows it as "*" while the window is modified
        self.setWindowTitle(f"{title_safe(self.timeline.title)}{dirty} — {APP_NAME}")

    def _report_warnings(self, warnings) -> None:
        """Warnings stay in the message bar until dismissed; never silently dropped."""
        if warnings:
            lines = [translation.problem_text(w) for w in warnings[:8]]
            if len(warnings) > 8:
                lines.append(self.tr("... and {0} more (timeline-app validate lists them all)").format(len(warnings) - 8))
            n = len(warnings)
            self.message_bar.show_message(
                f"{self.path.name}: " + (self.tr("1 warning") if n == 1 else self.tr("{0} warnings").format(n))
                + "\n" + "\n".join(lines), "warning")

    def _error(self, title: str, text: str) -> None:
        """A message box for an error the user caused (a file that cannot be opened)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # --- editing (ui/editor/) ----------------------------------------------------------
    def edit_event(self, event_id: str):
        """Open the event editor on `event_id` and return it."""
        return self.edit_actions.edit_event(event_id)

    def _apply_event_change(self, old, new, categories=(), template=None) -> bool:
        return apply_event_change(self, old, new, categories, template)  # the one way an edit reaches the timeline

    undo_stack = property(lambda self: self.editing.undo_stack)  # the QUndoStack every edit goes through

    def save(self) -> bool:
        """Save over the open file (lossless), or Save As when it came from another format."""
        return self.editing.save()

    def save_as(self, path: str | Path) -> bool:
        return self.editing.save_as(path)

    def is_dirty(self) -> bool:
        return self.editing.is_dirty()

    # --- filters and search ------------------------------------------------------------
    @property
    def filters(self) -> Filters:
        return self.model.filters.filters

    def set_filters(self, filters: Filters) -> None:
        """Show only the events the filters keep, on the canvas, in the list and in exports."""
        self.model.filters.set(filters)

    @Slot()
    def clear_filters(self) -> None:
        self.model.filters.clear()

    @Slot(str)
    def _on_legend_toggled(self, category_id: str) -> None:
        self.model.filters.toggle_category(category_id)

    def _on_filters_changed(self, filters: Filters) -> None:
        if self.filter_panel.filters != filters:
            self.filter_panel.set_filters(filters, emit=False)
        self._refilter(keep_view=True)

    def _refilter(self, keep_view: bool) -> None:
        self.model.set_timeline(apply_filters(self.full_timeline, self.filters), keep_view=keep_view)
        self._update_legend()
        self._update_filter_indicator()

    def _update_legend(self) -> None:
        used = self.full_timeline.table.used_categories()
        self.view.set_legend_entries(tuple(
            (c.id, c.label, c.color, c.id in self.filters.hidden_categories)
            for c in self.full_timeline.categories if c.id in used
        ))

    def _update_filter_indicator(self) -> None:
        on = self.filters.active
        self.clear_filters_action.setEnabled(on)
        self.filter_label.setVisible(on)
        self.filter_clear_button.setVisible(on)
        if on:
            self.filter_label.setText(filter_text(self.filters, len(self.timeline.events), len(self.full_timeline.events)))
            self.filter_label.setAccessibleName(self.filter_label.text())

    def _go_to_match(self, event_id: str) -> None:
        """Select a search match and bring it into view, zooming in when it is too small to see."""
        self.select_event(event_id)
        ev = self.timeline.event_by_id[event_id]
        pos = self.view.event_position(event_id)
        if pos is None or (ev.end_ms - ev.start_ms) / self.view.scale.ms_per_px < 2 and \
                self.view.scale.span_ms > 400 * (ev.end_ms - ev.start_ms):
            self.view.zoom_to_event(event_id)

    # --- status bar ------------------------------------------------------------------
    @Slot(float)
    def _on_pointer_time(self, ms: float) -> None:
        self.pointer_label.setText(pointer_text(ms, self.view.scene().minor_rung))

    @Slot(str)
    def _on_zoom_limit(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _on_language(self, _code: str) -> None:
        self._update_scale_label()  # the pointer's date follows at the next move

    @Slot()
    def _update_scale_label(self) -> None:
        rung = self.view.scene().minor_rung
        if rung is not None:
            self.scale_label.setText(scale_text(rung, self.view.scale.ms_per_px))

    # --- themes --------------------------------------------------------------------------
    def _init_theme(self) -> None:
        self._palette = appearance.PaletteKeeper()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: self.set_theme_choice(self.theme_choice, save=False))
        self.set_theme_choice(str(QSettings().value("view/theme", "system")), save=False)

    @property
    def theme_choice(self) -> str:
        act = self.theme_group.checkedAction()
        return act.data() if act is not None else "system"

    def set_theme_choice(self, choice: str, save: bool = True) -> None:
        """"system", "light" or "dark": the canvas, the detail pane, the widgets and exports follow."""
        if choice not in appearance.CHOICES:
            choice = "system"
        self.theme_actions[choice].setChecked(True)
        self._palette.apply(choice)
        set_zoom_icons(self)
        theme = appearance.resolve(choice, appearance.system_is_dark())
        self.view.set_theme(theme)
        self.overview.set_theme(theme)
        self.pane.set_theme(theme)
        if save:
            QSettings().setValue("view/theme", choice)

    # --- files -----------------------------------------------------------------------
    @Slot()
    def open_dialog(self) -> None:
        dlg = QFileDialog(self, self.tr("Open Timeline"), str(self.path.parent))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilters(self._dialog_filters())
        if dlg.exec():
            self.open_path(dlg.selectedFiles()[0])

    def _dialog_filters(self) -> list[str]:
        """The importers' filters (Qt-free, in English) with their two sentences translated."""
        every, last = "All supported timelines (", "All files (*)"
        return [self.tr("All supported timelines ({0})").format(f[len(every):-1]) if f.startswith(every)
                else self.tr("All files (*)") if f == last else f for f in dialog_filters()]

    def open_path(self, path: str | Path, wait: bool = False) -> bool:
        """Open another file, in the background unless `wait` (see OpenFlow.open_path)."""
        return self.flow.open_path(path, wait)

    @Slot()
    def reload_from_disk(self) -> None:
        """Read the open file again, keeping selection and view; a bad version keeps the old one."""
        self.flow.reload_from_disk()

    def restore_session(self) -> None:
        """Bring back the selection and zoom the user had when this file was last closed."""
        self.flow.restore_session()

    def _fill_recent_menu(self) -> None:
        fill_recent_menu(self)

    def _open_recent(self, name: str) -> None:
        open_recent(self, name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())

    # --- language, export, help ----------------------------------------------------------
    def set_language(self, code: str) -> None:
        """View > Language: every bound text, the dates and names follow at once; remembered."""
        translation.choose(code)
        self.retranslate()  # at once; Qt's LanguageChange event follows and does it again
        self.language_actions[language.current()].setChecked(True)
        self.pane.show_event(self.pane.shown_event, self.timeline if self.pane.shown_event else None)
        self.view.update()
        self.overview.update()

    def export_to(self, path: str | Path, req) -> bool:
        """Export what is shown (after filters) in the window's theme, off the GUI thread."""
        return self.exporter.export_to(path, req, self.view.theme)

    @Slot()
    def show_about(self) -> None:
        AboutDialog(self).exec()

    @Slot()
    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()
