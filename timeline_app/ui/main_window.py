"""MainWindow: canvas, event list and detail pane kept in sync; menus, toolbar, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QToolBar,
    QWidget,
)

from timeline_app.model import Loaded, Timeline, TimelineError, load_timeline
from timeline_app.paths import bundled_timeline, icon_path
from timeline_app.render.png import export_png
from timeline_app.scale.ticks import Rung
from timeline_app.time import Precision, TimeValue, format_date
from timeline_app.ui import icons
from timeline_app.ui.about import AboutDialog, ShortcutsDialog
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.event_list import EventList
from timeline_app.ui.export_dialog import ExportPngDialog
from timeline_app.ui.timeline_view import TimelineView

APP_NAME = "Timeline"


class MainWindow(QMainWindow):
    """The app window. `path=None` opens the bundled timeline."""

    def __init__(self, path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(QIcon(str(icon_path())))
        self.path = Path(path) if path is not None else bundled_timeline()
        loaded = load_timeline(self.path)  # a bad file at start-up is the caller's to report
        self.timeline = loaded.timeline
        self.warnings = loaded.warnings

        self.view = TimelineView(self.timeline)
        self.list = EventList(self.timeline)
        self.pane = DetailPane()
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.view)
        self.left.addWidget(self.list)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("mainSplitter")
        self.split.addWidget(self.left)
        self.split.addWidget(self.pane)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([960, 380])
        self.left.setSizes([560, 200])
        self.setCentralWidget(self.split)

        self.view.selectionChanged.connect(self._on_view_selection)
        self.list.selectionChangedTo.connect(self.select_event)
        self.pane.relatedActivated.connect(self._on_related)
        self.view.pointerTimeChanged.connect(self._on_pointer_time)
        self.view.scaleChanged.connect(self._update_scale_label)

        self._build_actions()
        self._build_status_bar()
        self._restore_state()
        self._show_timeline_title()
        self._report_warnings(self.warnings)

    # --- construction ----------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None,
                theme_icon: str | None = None, tip: str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                act.setShortcuts(shortcut)
            else:
                act.setShortcut(shortcut)
        if icon is not None or theme_icon:
            fallback = self.style().standardIcon(icon) if icon is not None else QIcon()
            act.setIcon(QIcon.fromTheme(theme_icon, fallback) if theme_icon else fallback)
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        SP = QStyle.StandardPixmap
        K = QKeySequence.StandardKey
        self.open_action = self._action("&Open…", self.open_dialog, K.Open, SP.SP_DialogOpenButton,
                                        "document-open", "Open a timeline file")
        self.export_action = self._action("&Export PNG…", self.export_dialog, QKeySequence("Ctrl+E"),
                                          SP.SP_DialogSaveButton, "document-save-as",
                                          "Export the timeline as a PNG image")
        self.quit_action = self._action("&Quit", self.close, K.Quit, None, "application-exit")
        self.zoom_in_action = self._action("Zoom &In", self.view.zoom_in,
                                           [QKeySequence(K.ZoomIn), QKeySequence("Ctrl+=")],
                                           tip="Zoom in")
        self.zoom_out_action = self._action("Zoom &Out", self.view.zoom_out, QKeySequence(K.ZoomOut),
                                            tip="Zoom out")
        self.fit_action = self._action("&Fit All", self.view.fit_all, QKeySequence("Ctrl+0"),
                                       tip="Show the whole timeline")
        self.zoom_in_action.setIcon(QIcon.fromTheme("zoom-in", icons.magnifier("+")))
        self.zoom_out_action.setIcon(QIcon.fromTheme("zoom-out", icons.magnifier("-")))
        self.fit_action.setIcon(QIcon.fromTheme("zoom-fit-best", icons.fit_all()))
        self.next_action = self._action("&Next Event", lambda: self.view.step_selection(1),
                                        QKeySequence("Ctrl+Right"), None, "go-next")
        self.prev_action = self._action("&Previous Event", lambda: self.view.step_selection(-1),
                                        QKeySequence("Ctrl+Left"), None, "go-previous")
        self.shortcuts_action = self._action("&Keyboard Shortcuts", self.show_shortcuts, K.HelpContents)
        self.about_action = self._action("&About Timeline", self.show_about)

        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.open_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        view_menu.addSeparator()
        view_menu.addActions([self.prev_action, self.next_action])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addActions([self.shortcuts_action, self.about_action])

        bar = QToolBar("Main", self)
        bar.setObjectName("mainToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.open_action, self.export_action])
        bar.addSeparator()
        bar.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.addToolBar(bar)

    def _build_status_bar(self) -> None:
        self.pointer_label = QLabel()
        self.pointer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_label = QLabel()
        self.scale_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.pointer_label, 1)
        self.statusBar().addPermanentWidget(self.scale_label)
        self._update_scale_label()

    def _restore_state(self) -> None:
        s = QSettings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        for key, splitter in (("window/split", self.split), ("window/left", self.left)):
            state = s.value(key)
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        s = QSettings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/split", self.split.saveState())
        s.setValue("window/left", self.left.saveState())
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
        if self.pane.event_id != (ev.id if ev else None):
            self.pane.show_event(ev, self.timeline)

    # --- status bar ------------------------------------------------------------------
    @Slot(float)
    def _on_pointer_time(self, ms: float) -> None:
        rung = self.view.scene().minor_rung
        self.pointer_label.setText(format_date(TimeValue(int(ms), _precision_for(rung))))

    @Slot()
    def _update_scale_label(self) -> None:
        scene = self.view.scene()
        rung = scene.minor_rung
        if rung is None:
            return
        px = rung.nominal_ms / self.view.scale.ms_per_px
        unit = rung.unit if rung.step == 1 else f"{rung.step} {rung.unit}s"
        self.scale_label.setText(f"Scale: 1 {unit} ≈ {px:.0f} px" if rung.step == 1 else f"Scale: {unit} ≈ {px:.0f} px")

    # --- files -----------------------------------------------------------------------
    @Slot()
    def open_dialog(self) -> None:
        dlg = QFileDialog(self, "Open Timeline", str(self.path.parent))
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilters(["Timelines (*.json)", "All files (*)"])
        if dlg.exec():
            self.open_path(dlg.selectedFiles()[0])

    def open_path(self, path: str | Path) -> bool:
        """Open another file; on any problem say so and keep the current timeline."""
        try:
            loaded = load_timeline(path)
        except TimelineError as exc:
            self._error("Cannot open this timeline", exc.message())
            return False
        self.path = Path(path)
        self._set_loaded(loaded)
        return True

    def _set_loaded(self, loaded: Loaded) -> None:
        self.timeline = loaded.timeline
        self.warnings = loaded.warnings
        self.view.set_timeline(self.timeline)
        self.list.set_timeline(self.timeline)
        self.pane.show_event(None, None)
        self._show_timeline_title()
        self._report_warnings(loaded.warnings)

    def _show_timeline_title(self) -> None:
        self.setWindowTitle(f"{self.timeline.title} — {APP_NAME}")

    def _report_warnings(self, warnings) -> None:
        if warnings:
            first = str(warnings[0])
            more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
            self.statusBar().showMessage(f"Warning: {first}{more}", 15000)

    def _error(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # --- export ----------------------------------------------------------------------
    @Slot()
    def export_dialog(self) -> None:
        dlg = ExportPngDialog((self.view.width(), self.view.height()), self)
        if not dlg.exec():
            return
        dlg.remember()
        s = self.view.scale
        req = dlg.request((s.start_ms, s.end_ms), self.view.selected_id)
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        folder = QSettings().value("export/folder", pictures or str(Path.home()))
        name = Path(self.path).with_suffix(".png").name
        path, _ = QFileDialog.getSaveFileName(self, "Export PNG", str(Path(folder) / name), "PNG image (*.png)")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        QSettings().setValue("export/folder", str(Path(path).parent))
        self.export_to(path, req)

    def export_to(self, path: str | Path, req) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            image = export_png(self.timeline, path, req, self.view.theme)
        except (OSError, ValueError, MemoryError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self._error("Export failed", f"{path}: {exc}")
            return False
        QGuiApplication.restoreOverrideCursor()
        self.statusBar().showMessage(f"Exported {image.width()} × {image.height()} px to {path}", 10000)
        return True

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
