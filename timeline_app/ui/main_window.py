"""MainWindow: canvas, event list and detail pane kept in sync; menus, toolbar, status bar."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.importers import dialog_filters, open_timeline
from timeline_app.model import Loaded, TimelineError
from timeline_app.model.query import Filters, apply_filters
from timeline_app.paths import bundled_timeline, icon_path
from timeline_app.scale.ticks import Rung
from timeline_app.time import Precision, TimeValue, format_date
from timeline_app.time.format import year_label, years_text
from timeline_app.time.locale_format import unit_text
from timeline_app.ui import icons
from timeline_app.ui.about import AboutDialog, ShortcutsDialog
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.editor import apply_event_change, install_edit_actions
from timeline_app.ui.event_list import EventList
from timeline_app.ui import language, session, themes, translation
from timeline_app.ui.export_actions import ExportController
from timeline_app.ui.big_file import can_look_at, loads_in_background
from timeline_app.ui.language_follow import follow_language
from timeline_app.ui.file_loader import FileLoader, empty_timeline
from timeline_app.ui.filter_panel import FilterPanel
from timeline_app.ui.message_bar import MessageBar
from timeline_app.ui.overview import OverviewStrip, canvas_with_overview, overview_action, retranslate_overview_action
from timeline_app.ui.plain import mnemonic_safe, title_safe
from timeline_app.ui.search import SearchController
from timeline_app.ui.status_fields import MESSAGE_MS, SeparatedFields
from timeline_app.ui.timeline_view import TimelineView

APP_NAME = "Timeline"
FIRST_LAUNCH_SHARE = 0.8  # of the screen's available width and height
PANE_SHARE = 0.41  # of the window's width for the detail pane: lines of about 70 characters at 1400 px


class MainWindow(QMainWindow):
    """The app window. `path=None` opens the bundled timeline."""

    def __init__(self, path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(icon_path())))
        self.path = Path(path) if path is not None else bundled_timeline()
        # A big file opens in a worker thread once the window is up, which shows empty until
        # then (_placeholder). A bad small file at start-up is the caller's to report.
        self._placeholder = loads_in_background(self.path)
        self._restore_when_loaded = False
        loaded = Loaded(empty_timeline(self.tr("Opening {0}…").format(self.path.name))) if self._placeholder else open_timeline(self.path)
        self.full_timeline = loaded.timeline  # as read from the file
        self.filters = Filters()
        self.timeline = loaded.timeline  # what is shown, listed and exported: after the filters
        self.warnings = loaded.warnings

        self.view = TimelineView(self.timeline)
        self.overview = OverviewStrip(self.view)
        self.list = EventList(self.timeline)
        self.pane = DetailPane()
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
        self._list_height_chosen = True  # by dragging between canvas and list; _restore_state sets the defaults
        self.left.splitterMoved.connect(self._on_left_split_moved)
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
        self.message_bar = MessageBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.split, 1)
        self.setCentralWidget(central)

        self.filter_panel = FilterPanel(self)
        self.filter_panel.set_timeline(self.full_timeline)
        self.filter_panel.filtersChanged.connect(self.set_filters)
        self.left_area.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.filter_panel)
        self.filter_panel.hide()
        self.search = SearchController(self, self._show_matches, self._go_to_match)
        self.search.set_timeline(self.timeline)

        self.setAcceptDrops(True)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)  # editors write in bursts; reload once they are done
        self._reload_timer.timeout.connect(self.reload_from_disk)
        self._watch(self.path)

        self.view.selectionChanged.connect(self._on_view_selection)
        self.view.legendToggled.connect(self._on_legend_toggled)
        self.list.selectionChangedTo.connect(self.select_event)
        self.pane.relatedActivated.connect(self._on_related)
        self.view.pointerTimeChanged.connect(self._on_pointer_time)
        self.view.scaleChanged.connect(self._update_scale_label)
        self.view.timelineChanged.connect(self._fit_content_heights)
        self.view.scaleChanged.connect(self._fit_content_heights)  # a resize can rewrap the legend

        self._retexts: list = []  # functions that set the window's texts: run again on a language change
        self._build_actions()
        self.edit_actions = install_edit_actions(self)
        self._build_status_bar()
        self._restore_state()
        self._update_legend()
        self._show_timeline_title()
        self._report_warnings(self.warnings)
        self.loader = FileLoader(self)
        self._bind(self._retranslate_parts)
        if self._placeholder:
            self.loader.start(self.path, "start", self._opened_at_start, self._start_failed, self._start_cancelled)
        else:
            session.remember_recent(self.path)

    # --- construction ----------------------------------------------------------------
    def _bind(self, set_texts) -> None:
        """Run `set_texts` (which holds the self.tr("...") calls) now and on every language change."""
        set_texts()
        self._retexts.append(set_texts)

    def retranslate(self) -> None:
        for set_texts in self._retexts:
            set_texts()

    def _retranslate_parts(self) -> None:
        """The names the parts gave themselves when built, again in the language now chosen."""
        self.message_bar.setAccessibleName(QCoreApplication.translate("MessageBar", "Messages"))
        for close in self.message_bar.findChildren(QToolButton):
            close.setToolTip(QCoreApplication.translate("MessageBar", "Dismiss"))
            close.setAccessibleName(QCoreApplication.translate("MessageBar", "Dismiss message"))
        self.pane.setAccessibleName(QCoreApplication.translate("DetailPane", "Event details"))
        self.list.setAccessibleName(QCoreApplication.translate("EventList", "Events"))
        self.view.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
        self.overview.setAccessibleName(QCoreApplication.translate("OverviewStrip", "Overview"))
        self.loader.cancel_button.setText(QCoreApplication.translate("FileLoader", "Cancel"))
        self.loader.cancel_button.setAccessibleName(QCoreApplication.translate("FileLoader", "Cancel opening the file"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _action(self, text, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None,
                theme_icon: str | None = None, tip=None) -> QAction:
        """text and tip are functions returning self.tr(...): they run again when the language changes."""
        act = QAction(self)
        self._bind(lambda: (act.setText(text()), act.setStatusTip(tip() if tip else "")))
        if shortcut is not None:
            if isinstance(shortcut, list):
                act.setShortcuts(shortcut)
            else:
                act.setShortcut(shortcut)
        if icon is not None or theme_icon:
            fallback = self.style().standardIcon(icon) if icon is not None else QIcon()
            act.setIcon(QIcon.fromTheme(theme_icon, fallback) if theme_icon else fallback)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        K = QKeySequence.StandardKey
        self.open_action = self._action(lambda: self.tr("&Open…"), self.open_dialog, K.Open, SP.SP_DialogOpenButton,
                                        "document-open", lambda: self.tr("Open a timeline file"))
        # Export (Ctrl+E: PNG, SVG, PDF), Print (Ctrl+P) and Export Event Details, run off the GUI thread.
        self.exporter = ExportController(self)
        self.export_action = self.exporter.export_action
        self.print_action = self.exporter.print_action
        self.export_details_action = self.exporter.details_action
        self.quit_action = self._action(lambda: self.tr("&Quit"), self.close, K.Quit, None, "application-exit")
        self.zoom_in_action = self._action(lambda: self.tr("Zoom &In"), self.view.zoom_in,
                                           [QKeySequence(K.ZoomIn), QKeySequence("Ctrl+=")],
                                           tip=lambda: self.tr("Zoom in"))
        self.zoom_out_action = self._action(lambda: self.tr("Zoom &Out"), self.view.zoom_out, QKeySequence(K.ZoomOut),
                                            tip=lambda: self.tr("Zoom out"))
        self.fit_action = self._action(lambda: self.tr("&Fit All"), self.view.fit_all, QKeySequence("Ctrl+0"),
                                       tip=lambda: self.tr("Show the whole timeline"))
        self.next_action = self._action(lambda: self.tr("&Next Event"), lambda: self.view.step_selection(1),
                                        QKeySequence("Ctrl+Right"), None, "go-next")
        self.prev_action = self._action(lambda: self.tr("&Previous Event"), lambda: self.view.step_selection(-1),
                                        QKeySequence("Ctrl+Left"), None, "go-previous")
        self.shortcuts_action = self._action(lambda: self.tr("&Keyboard Shortcuts"), self.show_shortcuts, K.HelpContents)
        self.about_action = self._action(lambda: self.tr("&About timeline-app"), self.show_about)
        self.filters_action = self.filter_panel.toggleViewAction()
        self._bind(lambda: self.filters_action.setText(self.tr("&Filters Panel")))
        # The dock's own title change (its retranslate) resets this action's text: set ours after it.
        self.filter_panel.windowTitleChanged.connect(lambda _t: self.filters_action.setText(self.tr("&Filters Panel")))
        self.filters_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.filters_action.triggered.connect(lambda shown: shown and self.filter_panel.focus_first())
        self.clear_filters_action = self._action(lambda: self.tr("&Clear All Filters"), self.clear_filters, QKeySequence("Ctrl+Shift+L"),
                                                 tip=lambda: self.tr("Show every event again"))
        self.clear_filters_action.setEnabled(False)
        self.recent_menu = self.menuBar().addMenu("")  # moved under File below
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        theme_labels = lambda: {"system": self.tr("Follow the &System"), "light": self.tr("&Light"),  # noqa: E731
                                "dark": self.tr("&Dark")}
        for choice in ("system", "light", "dark"):
            act = QAction(self, checkable=True)
            self._bind(lambda a=act, c=choice: a.setText(theme_labels()[c]))
            act.setData(choice)
            act.triggered.connect(lambda _checked=False, c=choice: self.set_theme_choice(c))
            self.theme_group.addAction(act)
            self.theme_actions[choice] = act

        file_menu = self.menuBar().addMenu("")
        file_menu.addAction(self.open_action)
        self.exporter.add_to_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu("")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        view_menu.addSeparator()
        view_menu.addActions([self.prev_action, self.next_action])
        view_menu.addSeparator()
        view_menu.addActions([self.filters_action, self.clear_filters_action])
        self.overview_action = overview_action(self, self.overview)
        view_menu.addAction(self.overview_action)
        self._bind(lambda: (self.exporter.retranslate(), self.search.retranslate(), retranslate_overview_action(
            self.overview_action), self.list.model().headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)))
        theme_menu = view_menu.addMenu("")
        theme_menu.addActions(list(self.theme_actions.values()))
        language_menu = view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in language.LANGUAGES.items():
            act = language_menu.addAction(name)  # each language in its own name, never translated
            act.setCheckable(True)
            act.setChecked(code == language.current())
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.language_actions[code] = act
        edit_menu = self.edit_menu = self.menuBar().addMenu("")
        edit_menu.addActions([self.search.find_action, self.search.next_action, self.search.prev_action])
        self.menuBar().insertMenu(view_menu.menuAction(), edit_menu)
        help_menu = self.menuBar().addMenu("")
        help_menu.addActions([self.shortcuts_action, self.about_action])

        menus = ((file_menu, lambda: self.tr("&File")), (edit_menu, lambda: self.tr("&Edit")),
                 (view_menu, lambda: self.tr("&View")), (help_menu, lambda: self.tr("&Help")),
                 (theme_menu, lambda: self.tr("&Theme")), (language_menu, lambda: self.tr("&Language")),
                 (self.recent_menu, lambda: self.tr("Open &Recent")))
        for menu, title in menus:
            self._bind(lambda m=menu, t=title: m.setTitle(t()))
        bar = QToolBar(self)
        self._bind(lambda: bar.setWindowTitle(self.tr("Main toolbar")))
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.open_action, self.export_action])
        bar.addSeparator()
        bar.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        # Beside an icon the mnemonic's "(&O)" of a Korean label is noise: the label without it.
        self._bind(lambda: [act.setIconText(re.sub(r"\s*\(&\w\)|&|…$", "", act.text()).strip())
                            for act in bar.actions() if act.text()])
        self.addToolBar(bar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search.field)
        # Under File, right after Open, wherever the other File entries end up.
        self.menuBar().removeAction(self.recent_menu.menuAction())
        actions = file_menu.actions()
        after_open = actions[actions.index(self.open_action) + 1] if self.open_action in actions else None
        file_menu.insertMenu(after_open, self.recent_menu)

    def _build_status_bar(self) -> None:
        self.pointer_label = QLabel()
        self.pointer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.overview.pointerTextChanged.connect(self.pointer_label.setText)
        self.scale_label = QLabel()
        self.scale_label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_label = QLabel()
        self.filter_label.setObjectName("filterIndicator")
        self.filter_label.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_label.setStyleSheet("QLabel { background: #fff0c2; color: #4d3b00; padding: 1px 6px;"
                                        " border-radius: 3px; }")
        self.filter_clear_button = QToolButton()
        self.filter_clear_button.setDefaultAction(self.clear_filters_action)
        self._bind(lambda: self.filter_clear_button.setText(self.tr("Clear")))
        self.statusBar().addWidget(self.pointer_label, 1)
        self.status_fields = SeparatedFields(self.statusBar(), [
            [self.search.status], [self.filter_label, self.filter_clear_button], [self.scale_label]])
        # The pointer's date is about the canvas: it goes when the pointer does.
        self.view.pointerLeft.connect(self.pointer_label.clear)
        self.view.zoomLimitReached.connect(self._on_zoom_limit)
        self._bind(lambda: (self._update_filter_indicator(), self._update_scale_label()))
        follow_language(self, self._on_language)

    def _restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_launch_geometry()
        self._fit_content_heights()
        self._default_splits()
        # Splitter and dock states saved by another layout would put its sizes on these
        # widgets: only a state saved by this layout is restored.
        self._list_height_chosen = False
        if session.layout_version() == session.LAYOUT_VERSION:
            for key, splitter in (("window/split", self.split), ("window/left", self.left)):
                state = s.value(key)
                if state is not None:
                    splitter.restoreState(state)
                    self._list_height_chosen |= splitter is self.left
            state = s.value("window/filters")
            if state is not None:
                self.left_area.restoreState(state, session.LAYOUT_VERSION)  # the Filters panel
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state, session.LAYOUT_VERSION)  # the toolbar
        self._palette = themes.PaletteKeeper()
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: self.set_theme_choice(self.theme_choice, save=False))
        self.set_theme_choice(str(s.value("view/theme", "system")), save=False)

    def _first_launch_geometry(self) -> None:
        """About FIRST_LAUNCH_SHARE of the screen's free area, centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        size = QSize(round(free.width() * FIRST_LAUNCH_SHARE), round(free.height() * FIRST_LAUNCH_SHARE))
        size = size.expandedTo(self.minimumSizeHint()).boundedTo(free.size())
        self.resize(size)
        self.move(free.x() + (free.width() - size.width()) // 2, free.y() + (free.height() - size.height()) // 2)

    def _default_splits(self) -> None:
        """The pane gets PANE_SHARE of the width; the list its rows (up to LIST_ROWS), the canvas the rest."""
        width = max(self.width(), 1)
        self.split.setSizes([round(width * (1 - PANE_SHARE)), round(width * PANE_SHARE)])
        list_h = self.list.sizeHint().height()
        self.left.setSizes([max(self.height() - list_h, self.canvas_pane.minimumHeight()), list_h])

    @Slot()
    def _fit_content_heights(self) -> None:
        """Cap the canvas at the height its lanes need: the list below gets the rest. Until the
        user sets the list's height, it follows the timeline shown: its rows, up to LIST_ROWS."""
        self.view.setMaximumHeight(max(self.view.height_for_lanes(), self.view.minimumHeight()))
        sizes = self.left.sizes()
        total = sum(sizes)
        if self._list_height_chosen or total <= 0:
            return
        canvas_max = self.view.maximumHeight() + (self.overview.height() if self.overview.isVisible() else 0)
        list_h = max(self.list.sizeHint().height(), total - canvas_max)
        if abs(sizes[1] - list_h) > 1:
            self.left.setSizes([total - list_h, list_h])

    @Slot(int, int)
    def _on_left_split_moved(self, _pos: int, _index: int) -> None:
        self._list_height_chosen = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/split", self.split.saveState())
        if self._list_height_chosen:
            s.setValue("window/left", self.left.saveState())
        else:
            s.remove("window/left")  # the next timeline gets the height its rows need, not this one's
        s.setValue("window/filters", self.left_area.saveState(session.LAYOUT_VERSION))
        s.setValue("window/state", self.saveState(session.LAYOUT_VERSION))
        session.set_layout_version()
        self.loader.cancel(notify=False)
        if not self._placeholder:  # a window closed before its first file loaded has no view to remember
            scale = self.view.scale
            session.save_view_state(session.ViewState(str(self.path.resolve()), self.view.selected_id,
                                                      scale.start_ms, scale.ms_per_px))
        super().closeEvent(event)

    # --- selection sync --------------------------------------------------------------
    def select_event(self, event_id: str | None) -> None:
        """Select an event everywhere: canvas, list and detail pane."""
        if event_id and event_id not in self.timeline.event_by_id:
            return
        self.view.set_selected(event_id or None)
        self._show_selection(event_id or None)

    @Slot(str)
    def _on_view_selection(self, event_id: str) -> None:
        self._show_selection(event_id or None)

    @Slot(str)
    def _on_related(self, event_id: str) -> None:
        self.select_event(event_id)

    def _show_selection(self, event_id: str | None) -> None:
        self.list.select_event(event_id)
        ev = self.timeline.event_by_id.get(event_id) if event_id else None
        if self.pane.shown_event is not ev:  # a reload brings new objects for the same id
            self.pane.show_event(ev, self.timeline)

    # --- status bar ------------------------------------------------------------------
    @Slot(float)
    def _on_pointer_time(self, ms: float) -> None:
        rung = self.view.scene().minor_rung
        value = TimeValue(int(ms), _precision_for(rung))
        if rung is not None and rung.unit == "year" and rung.step >= 1000:
            # Deep time: the year to a tenth of the tick step, not "13.812345678 billion years ago".
            q = rung.step // 10
            self.pointer_label.setText(year_label(round(value.year / q) * q, lang=language.current()))
            return
        self.pointer_label.setText(format_date(value, lang=language.current()))

    @Slot(str)
    def _on_zoom_limit(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _on_language(self, _code: str) -> None:
        self._update_scale_label()  # the pointer's date follows at the next move

    @Slot()
    def _update_scale_label(self) -> None:
        scene = self.view.scene()
        rung = scene.minor_rung
        if rung is None:
            return
        px = rung.nominal_ms / self.view.scale.ms_per_px
        unit = _unit_name(rung.unit) if rung.step == 1 else (
            years_text(rung.step) if rung.unit == "year" else _units_name(rung.unit, rung.step))
        lang = language.current()
        if lang != "en":  # the count and unit in the locale's words: "1주", "3개월"
            self.scale_label.setText(self.tr("Scale: {0} ≈ {1} px").format(unit_text(rung.step, rung.unit, lang), f"{px:.0f}"))
            return
        self.scale_label.setText(self.tr("Scale: 1 {0} ≈ {1} px").format(unit, f"{px:.0f}") if rung.step == 1
                                 else self.tr("Scale: {0} ≈ {1} px").format(unit, f"{px:.0f}"))

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
        """Open another file; on any problem say so and keep the current timeline.

        The file is read in a worker thread, whatever its size (a small file can still be slow
        to check): this returns True at once and the window changes when the load is done, or
        says what is wrong and keeps what it has. A path that is not there fails at once
        (False). wait=True reads the file before returning (False: it did not open).
        """
        path = Path(path)
        if not wait and can_look_at(path):
            self.loader.start(path, "open", lambda loaded: self._opened(path, loaded), self._open_failed,
                              lambda: self.statusBar().showMessage(self.tr("Opening {0} cancelled").format(path.name), 5000))
            return True
        try:
            loaded = open_timeline(path)
        except TimelineError as exc:
            self._open_failed(exc)
            return False
        self.loader.cancel()  # this newer choice wins over a load still running
        self._opened(path, loaded)
        return True

    def _opened(self, path: Path, loaded: Loaded) -> None:
        self._unwatch()
        self.path = path
        self._watch(self.path)
        session.remember_recent(self.path)
        self.message_bar.dismiss()
        self._placeholder = False
        self._set_loaded(loaded)

    def _open_failed(self, exc: TimelineError) -> None:
        self._error(self.tr("Cannot open this timeline"), exc.message())

    def _opened_at_start(self, loaded: Loaded) -> None:
        session.remember_recent(self.path)
        self._placeholder = False
        self._set_loaded(loaded)
        if self._restore_when_loaded:
            self._restore_when_loaded = False
            self.restore_session()

    def _start_failed(self, exc: TimelineError) -> None:
        self._set_loaded(Loaded(empty_timeline(self.tr("No timeline open"))))
        self.message_bar.show_message(self.tr("Cannot open this timeline.") + f"\n{exc.message()}", "error")

    def _start_cancelled(self) -> None:
        self._set_loaded(Loaded(empty_timeline(self.tr("No timeline open"))))
        self.statusBar().showMessage(self.tr("Opening {0} cancelled").format(self.path.name), 5000)

    def _set_loaded(self, loaded: Loaded, keep_view: bool = False) -> None:
        """Show a newly read timeline; keep_view keeps zoom, selection and filters (a reload)."""
        selected = self.view.selected_id if keep_view else None
        self.full_timeline = loaded.timeline
        self.warnings = loaded.warnings
        if not keep_view:
            self.filters = Filters()
            self.filter_panel.set_timeline(self.full_timeline)
        self._refilter(keep_view=keep_view)
        if selected and selected in self.timeline.event_by_id:
            self.select_event(selected)
        else:
            self.select_event(None)
        self._show_timeline_title()
        self._update_scale_label()  # another file is fitted at another scale
        self._report_warnings(loaded.warnings)

    # --- editing -----------------------------------------------------------------------
    def edit_event(self, event_id: str):
        """Open the event editor on `event_id` and return it."""
        return self.edit_actions.edit_event(event_id)

    def _apply_event_change(self, old, new, categories=()) -> None:
        """The one way an edit reaches the timeline (old None: added; new None: deleted)."""
        apply_event_change(self, old, new, categories)

    # --- filters and search ------------------------------------------------------------
    def set_filters(self, filters: Filters) -> None:
        """Show only the events the filters keep, on the canvas, in the list and in exports."""
        if filters == self.filters:
            return
        self.filters = filters
        if self.filter_panel.filters != filters:
            self.filter_panel.set_filters(filters, emit=False)
        self._refilter(keep_view=True)

    @Slot()
    def clear_filters(self) -> None:
        self.set_filters(Filters())

    @Slot(str)
    def _on_legend_toggled(self, category_id: str) -> None:
        self.set_filters(self.filters.toggled_category(category_id))

    def _refilter(self, keep_view: bool) -> None:
        selected = self.view.selected_id
        self.timeline = apply_filters(self.full_timeline, self.filters)
        self.view.set_timeline(self.timeline, keep_view=keep_view)
        self.list.set_timeline(self.timeline)
        self.search.set_timeline(self.timeline)
        self._update_legend()
        self._update_filter_indicator()
        if selected not in self.timeline.event_by_id:
            self.pane.show_event(None, None)
        else:
            self._show_selection(selected)

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
            shown, total = len(self.timeline.events), len(self.full_timeline.events)
            self.filter_label.setText(self.tr("Filter on: {0} of {1} events ({2})").format(shown, total, self._describe_filters()))
            self.filter_label.setAccessibleName(self.filter_label.text())

    def _describe_filters(self) -> str:
        """Filters.describe() in the interface language (the model stays free of Qt)."""
        f, parts = self.filters, []
        if f.hidden_categories:
            n = len(f.hidden_categories)
            parts.append(self.tr("1 category hidden") if n == 1 else self.tr("{0} categories hidden").format(n))
        if f.tags:
            parts.append(self.tr("tags: {0}").format(", ".join(sorted(f.tags))))
        if f.names:
            parts.append(self.tr("with: {0}").format(", ".join(sorted(f.names))))
        if f.start_ms is not None or f.end_ms is not None:
            parts.append(self.tr("date range"))
        return self.tr("; ").join(parts)

    def _show_matches(self, ids: list[str] | None) -> None:
        self.view.set_matches(ids)
        self.list.set_matches(ids, None if ids is None else self.search.positions)
        self.pane.set_highlight("" if ids is None else self.search.field.text())

    def _go_to_match(self, event_id: str) -> None:
        """Select a search match and bring it into view, zooming in when it is too small to see."""
        self.select_event(event_id)
        ev = self.timeline.event_by_id[event_id]
        pos = self.view.event_position(event_id)
        if pos is None or (ev.end_ms - ev.start_ms) / self.view.scale.ms_per_px < 2 and \
                self.view.scale.span_ms > 400 * (ev.end_ms - ev.start_ms):
            self.view.zoom_to_event(event_id)

    # --- themes --------------------------------------------------------------------------
    @property
    def theme_choice(self) -> str:
        act = self.theme_group.checkedAction()
        return act.data() if act is not None else "system"

    def set_theme_choice(self, choice: str, save: bool = True) -> None:
        """"system", "light" or "dark": the canvas, the detail pane, the widgets and exports follow."""
        if choice not in themes.CHOICES:
            choice = "system"
        self.theme_actions[choice].setChecked(True)
        self._palette.apply(choice)
        self._set_zoom_icons()
        theme = themes.resolve(choice, themes.system_is_dark())
        self.view.set_theme(theme)
        self.overview.set_theme(theme)
        self.pane.set_theme(theme)
        if save:
            QSettings().setValue("view/theme", choice)

    def _set_zoom_icons(self) -> None:
        """Drawn in the palette's text colour, so they stay visible in light and dark."""
        ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
        self.zoom_in_action.setIcon(QIcon.fromTheme("zoom-in", icons.magnifier("+", ink)))
        self.zoom_out_action.setIcon(QIcon.fromTheme("zoom-out", icons.magnifier("-", ink)))
        self.fit_action.setIcon(QIcon.fromTheme("zoom-fit-best", icons.fit_all(ink)))

    # --- recent files, drag and drop, session ------------------------------------------------
    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = session.recent_files()
        for i, name in enumerate(files):
            act = self.recent_menu.addAction(f"&{i + 1 if i < 9 else 0}  {mnemonic_safe(name)}")
            act.triggered.connect(lambda _checked=False, f=name: self._open_recent(f))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Clear Menu"), lambda: session.forget_recent()).setEnabled(bool(files))

    def _open_recent(self, name: str) -> None:
        if not self.open_path(name) and not Path(name).exists():
            session.forget_recent(name)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.open_path(urls[0].toLocalFile())

    def restore_session(self) -> None:
        """Bring back the selection and zoom the user had when this file was last closed."""
        if self._placeholder and self.loader.busy:
            self._restore_when_loaded = True  # the file is still loading: once it shows
            return
        state = session.load_view_state()
        if state is None or Path(state.path) != self.path.resolve():
            return
        if state.ms_per_px and state.start_ms is not None:
            from timeline_app.scale.timescale import TimeScale

            self.view.set_scale(TimeScale(state.start_ms, state.ms_per_px, max(self.view.width(), 1)))
        if state.selected:
            self.select_event(state.selected)

    # --- live reload ---------------------------------------------------------------------
    def _watch(self, path: Path) -> None:
        if path.is_file() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))

    def _unwatch(self) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())

    @Slot(str)
    def _on_file_changed(self, _name: str) -> None:
        self._reload_timer.start()

    @Slot()
    def reload_from_disk(self) -> None:
        """Read the open file again, keeping selection and view; a bad version keeps the old one."""
        self._watch(self.path)  # editors that save by renaming drop the watch: take it up again
        if not self.path.exists():
            self.message_bar.show_message(
                self.tr("{0} was removed or renamed; showing the last version read.").format(self.path), "warning")
            return
        if self.loader.busy and self.loader.kind != "reload":
            return  # the file being opened replaces this one anyway
        # In the background whatever the size, like opening: the window keeps working meanwhile.
        self.loader.start(self.path, "reload", self._reloaded, self._reload_failed,
                          label=self.tr("Reloading {0}…").format(self.path.name))

    def _reloaded(self, loaded: Loaded) -> None:
        if self.message_bar.kind == "error":
            self.message_bar.dismiss()
        self._placeholder = False
        self._set_loaded(loaded, keep_view=True)
        self.statusBar().showMessage(self.tr("Reloaded {0}").format(self.path.name), 5000)

    def _reload_failed(self, exc: TimelineError) -> None:
        self.message_bar.show_message(
            self.tr("The file changed on disk and cannot be read; still showing the last good version.") + "\n"
            f"{exc.message()}", "error")

    def _show_timeline_title(self) -> None:
        self.setWindowTitle(title_safe(f"{self.timeline.title} — {APP_NAME}"))

    def _report_warnings(self, warnings) -> None:
        """Warnings stay in the message bar until dismissed; never silently dropped."""
        if warnings:
            lines = [str(w) for w in warnings[:8]]
            if len(warnings) > 8:
                lines.append(self.tr("... and {0} more (timeline-app validate lists them all)").format(len(warnings) - 8))
            n = len(warnings)
            self.message_bar.show_message(
                f"{self.path.name}: " + (self.tr("1 warning") if n == 1 else self.tr("{0} warnings").format(n))
                + "\n" + "\n".join(lines), "warning")

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # --- language --------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        """View > Language: every bound text, the dates and names follow at once; remembered."""
        translation.choose(code)
        self.retranslate()  # at once; Qt's LanguageChange event follows and does it again
        self.language_actions[language.current()].setChecked(True)
        self.pane.show_event(self.pane.shown_event, self.timeline if self.pane.shown_event else None)
        self.view.update()
        self.overview.update()

    # --- export ----------------------------------------------------------------------
    def export_to(self, path: str | Path, req) -> bool:
        """Export what is shown (after filters) in the window's theme, off the GUI thread."""
        return self.exporter.export_to(path, req, self.view.theme)

    # --- help ------------------------------------------------------------------------
    @Slot()
    def show_about(self) -> None:
        AboutDialog(self).exec()

    @Slot()
    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()


def _precision_for(rung: Rung | None) -> Precision:
    """Precision worth showing for the pointer's date at the current zoom."""
    if rung is None:
        return Precision.DAY
    return {
        "ms": Precision.MILLISECOND,
        "second": Precision.SECOND,
        "minute": Precision.MINUTE,
        "hour": Precision.MINUTE,
        "day": Precision.DAY,
        "week": Precision.DAY,
        "month": Precision.DAY,
    }.get(rung.unit, Precision.MONTH if rung.step == 1 else Precision.YEAR)


def _unit_name(unit: str) -> str:
    """One tick unit, in the interface language, for the status bar's scale."""
    return {
        "ms": QCoreApplication.translate("Scale", "millisecond"),
        "second": QCoreApplication.translate("Scale", "second"),
        "minute": QCoreApplication.translate("Scale", "minute"),
        "hour": QCoreApplication.translate("Scale", "hour"),
        "day": QCoreApplication.translate("Scale", "day"),
        "week": QCoreApplication.translate("Scale", "week"),
        "month": QCoreApplication.translate("Scale", "month"),
        "year": QCoreApplication.translate("Scale", "year"),
    }.get(unit, unit)


def _units_name(unit: str, n: int) -> str:
    """n tick units ("6 hours")."""
    return {
        "ms": QCoreApplication.translate("Scale", "%n milliseconds", "", n),
        "second": QCoreApplication.translate("Scale", "%n seconds", "", n),
        "minute": QCoreApplication.translate("Scale", "%n minutes", "", n),
        "hour": QCoreApplication.translate("Scale", "%n hours", "", n),
        "day": QCoreApplication.translate("Scale", "%n days", "", n),
        "week": QCoreApplication.translate("Scale", "%n weeks", "", n),
        "month": QCoreApplication.translate("Scale", "%n months", "", n),
    }.get(unit, f"{n} {unit}s")
