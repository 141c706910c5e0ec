"""Export, Print and Export Details: the actions, and exports run off the GUI thread.

A timeline export paints in a worker thread (painting a QImage, QPdfWriter or QSvgGenerator
outside the GUI thread is allowed in Qt) behind a cancellable progress dialog, so the window
never freezes; a cancelled or failed export leaves no file and keeps any existing one.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QSettings, QStandardPaths, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog, QStyle

from timeline_app.render.details.files import export_details
from timeline_app.render.output import ExportCancelled, ExportRequest, footer_text
from timeline_app.render.export import FORMATS, export_file
from timeline_app.render.pdf import paint_pages
from timeline_app.render.theme import Theme
from timeline_app.ui import language
from timeline_app.ui.export_dialog import ExportDialog
from timeline_app.ui.plain import plain_label
from timeline_app.ui.translation import problem_text


class ExportThread(QThread):
    """Runs one export_file call; reports progress (0..1000) and the outcome by signals."""

    progressed = Signal(int)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled_ = Signal()

    def __init__(self, timeline, path, request: ExportRequest, theme: Theme, parent: QObject | None = None):
        super().__init__(parent)
        self.args = (timeline, path, request, theme)
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:  # noqa: D102 (the worker thread)
        try:
            summary = export_file(*self.args, progress=lambda f: self.progressed.emit(int(f * 1000)),
                                  cancelled=self.cancel_event.is_set)
        except ExportCancelled:
            self.cancelled_.emit()
        except (OSError, ValueError, MemoryError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: say so instead of dying silently in a thread
            self.failed.emit(f"unexpected error: {exc!r}")
            raise
        else:
            self.succeeded.emit(summary)


class ExportController(QObject):
    """Creates the Export (Ctrl+E), Print (Ctrl+P) and Export Details actions of `window`."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        SP = QStyle.StandardPixmap
        style = window.style()
        self.export_action = QAction(window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setIcon(QIcon.fromTheme("document-save-as", style.standardIcon(SP.SP_DialogSaveButton)))
        self.export_action.triggered.connect(self.export_dialog)
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.setIcon(QIcon.fromTheme("document-print"))
        self.print_action.triggered.connect(self.print_preview)
        self.details_action = QAction(window)
        self.details_action.triggered.connect(self.details_dialog)
        self.calendar_action = QAction(window)
        self.calendar_action.triggered.connect(lambda: self.interchange_dialog("ics"))
        self.timelinejs_action = QAction(window)
        self.timelinejs_action.triggered.connect(lambda: self.interchange_dialog("timelinejs"))
        self.save_copy_action = QAction(window)
        self.save_copy_action.triggered.connect(lambda: self.interchange_dialog("timeline-app"))
        self.retranslate()
        self._thread: ExportThread | None = None
        self._outcome: tuple[str, str] | None = None
        self.last_message = ""

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.print_action, self.details_action, self.calendar_action,
                self.timelinejs_action, self.save_copy_action]

    def retranslate(self) -> None:
        """The actions' texts in the current language (the window calls this on a language change)."""
        texts = (
            (self.export_action, self.tr("&Export…"), self.tr("Export the timeline as a PNG image, an SVG drawing or a PDF")),
            (self.print_action, self.tr("&Print…"), self.tr("Print the timeline, with a preview")),
            (self.details_action, self.tr("Export Event &Details…"),
             self.tr("Write the details of the selected event, or of all events, as a Markdown or PDF document")),
            (self.calendar_action, self.tr("Add to &Calendar (.ics)…"),
             self.tr("Write the selected event, or every event, as an iCalendar file")),
            (self.timelinejs_action, self.tr("Export as &TimelineJS JSON…"),
             self.tr("Write the timeline for TimelineJS, to publish it on the web")),
            (self.save_copy_action, self.tr("Save a Copy as timeline-app &JSON…"),
             self.tr("Write the timeline (for example an imported one) in this app's format")),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addActions([self.export_action, self.print_action])
        menu.addSeparator()
        menu.addActions([self.details_action, self.calendar_action, self.timelinejs_action, self.save_copy_action])

    # --- what to export ------------------------------------------------------------------
    def _footer(self) -> str:
        return footer_text(self.window.timeline, Path(self.window.path).name)

    def _dialog(self) -> ExportDialog:
        view = self.window.view
        dlg = ExportDialog((view.width(), view.height()), self.window, self.window.timeline, self._footer())
        if QSettings().value("export/theme") is None:  # until the user picks one, exports look like the screen
            dlg.theme_box.setCurrentIndex(max(0, dlg.theme_box.findData(view.theme.name)))
        return dlg

    def _request(self, dlg: ExportDialog) -> ExportRequest:
        s = self.window.view.scale
        return dlg.request((s.start_ms, s.end_ms), self.window.view.selected_id).with_(lang=language.current())

    def _folder(self) -> str:
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return str(QSettings().value("export/folder", pictures or str(Path.home())))

    def _ask_save_path(self, title: str, name: str, filters: str, suffixes: tuple[str, ...]) -> str | None:
        """A save dialog in the last export folder; adds the chosen filter's suffix when missing."""
        path, chosen = QFileDialog.getSaveFileName(self.window, title, str(Path(self._folder()) / name), filters)
        if not path:
            return None
        if not path.lower().endswith(suffixes):
            path += next((sfx for sfx in suffixes if sfx[1:] in chosen.lower()), suffixes[0])
        QSettings().setValue("export/folder", str(Path(path).parent))
        return path

    def _ask_one_or_all(self, title: str, question: str) -> tuple[bool, str | None]:
        """(go on?, event id or None for all): asked only when an event is selected."""
        selected = self.window.view.selected_id
        if not selected:
            return True, None
        box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, self.window)
        one = box.addButton(self.tr("&Selected Event"), QMessageBox.ButtonRole.AcceptRole)
        every = box.addButton(self.tr("&All Events"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(one)
        box.exec()
        if box.clickedButton() not in (one, every):
            return False, None
        return True, selected if box.clickedButton() is one else None

    @Slot()
    def export_dialog(self) -> None:
        dlg = self._dialog()
        if not dlg.exec():
            return
        dlg.remember()
        req, theme, suffix = self._request(dlg), dlg.theme(), dlg.suffix()
        label = FORMATS[suffix]
        path = self._ask_save_path(self.tr("Export {0}").format(label), Path(self.window.path).with_suffix(suffix).name,
                                   f"{label} (*{suffix})", (suffix,))
        if path:
            self.export_to(path, req, theme)

    # --- running an export ------------------------------------------------------------------
    def start_export(self, path, request: ExportRequest, theme: Theme | None = None) -> ExportThread:
        """Start exporting in a worker thread behind a progress dialog; returns the thread."""
        theme = theme or self.window.view.theme
        thread = ExportThread(self.window.timeline, Path(path), request, theme, self)
        self.progress = QProgressDialog(self.tr("Exporting {0}…").format(Path(path).name), self.tr("Cancel"), 0, 1000, self.window)
        self.progress.setWindowTitle(self.tr("Export"))
        self.progress.setLabel(plain_label(self.tr("Exporting {0}…").format(Path(path).name)))  # file names are not markup
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(thread.cancel)
        thread.progressed.connect(self.progress.setValue)
        thread.succeeded.connect(self._on_succeeded)
        thread.failed.connect(self._on_failed)
        thread.cancelled_.connect(self._on_cancelled)
        thread.finished.connect(self.progress.hide)  # not close(): that would emit canceled
        thread.finished.connect(thread.deleteLater)
        self._thread, self._outcome, self._path = thread, None, Path(path)
        thread.start()
        return thread

    def export_to(self, path, request: ExportRequest, theme: Theme | None = None) -> bool:
        """Export and wait for the outcome, keeping the window responsive; True when written."""
        thread = self.start_export(path, request, theme)
        loop = QEventLoop()
        thread.finished.connect(loop.quit)
        if not thread.isFinished():
            loop.exec()
        QGuiApplication.processEvents()  # deliver the outcome signal queued before `finished`
        return self._outcome is not None and self._outcome[0] == "ok"

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel()

    @Slot(str)
    def _on_succeeded(self, summary: str) -> None:
        self._outcome = ("ok", summary)
        self.last_message = self.tr("Exported {0}: {1}").format(self._path.name, summary)
        self.window.statusBar().showMessage(self.last_message, 10000)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._outcome = ("failed", message)
        self.last_message = self.tr("Export failed: {0}").format(message)
        self._error(self.tr("Export failed"), f"{self._path}: {message}")

    @Slot()
    def _on_cancelled(self) -> None:
        self._outcome = ("cancelled", "")
        self.last_message = self.tr("Export cancelled; nothing was written")
        self.window.statusBar().showMessage(self.last_message, 10000)

    def _error(self, title: str, text: str) -> None:
        if hasattr(self.window, "_error"):
            self.window._error(title, text)
        else:
            QMessageBox.warning(self.window, title, text)

    # --- print ------------------------------------------------------------------------------
    def print_request(self) -> tuple[ExportRequest, Theme]:
        """Print uses the last export choices (range, width, theme, title, legend, footer)."""
        dlg = self._dialog()
        req = self._request(dlg).with_(pages="a4", transparent=False, height=None)
        theme = dlg.theme()
        dlg.deleteLater()
        return req, theme

    def print_to(self, printer: QPrinter) -> int:
        """Paint the timeline across the printer's pages; returns the page count."""
        req, theme = self.print_request()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return paint_pages(printer, self.window.timeline, req, theme)
        finally:
            QGuiApplication.restoreOverrideCursor()

    @staticmethod
    def new_printer() -> QPrinter:
        """The system's default printer and paper (A4 when it is neither A4 nor Letter), landscape."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if printer.pageLayout().pageSize().id() not in (QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter):
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer

    @Slot()
    def print_preview(self) -> None:
        printer = self.new_printer()
        printer.setDocName(self.window.timeline.title)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(self.tr("Print Preview"))
        preview.paintRequested.connect(self.print_to)
        preview.exec()

    # --- details ----------------------------------------------------------------------------
    @Slot()
    def details_dialog(self) -> None:
        go, event_id = self._ask_one_or_all(self.tr("Export Event Details"),
                                            self.tr("Write the details of the selected event, or of every event?"))
        if not go:
            return
        base = Path(self.window.path).stem + (f"-{event_id}" if event_id else "-details")
        path = self._ask_save_path(self.tr("Export Event Details"), f"{base}.md", self.tr("Markdown (*.md);;PDF document (*.pdf)"),
                                   (".md", ".pdf"))
        if path:
            self.export_details_to(path, event_id)

    def export_details_to(self, path, event_id: str | None = None) -> bool:
        """Write the details document (a few pages: fast enough for the GUI thread)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            count = export_details(self.window.timeline, path, event_id, lang=language.current())
        except (OSError, ValueError, KeyError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self._error(self.tr("Export failed"), f"{path}: {exc}")
            return False
        QGuiApplication.restoreOverrideCursor()
        self.last_message = (self.tr("Wrote the details of 1 event to {0}").format(path) if count == 1
                             else self.tr("Wrote the details of {0} events to {1}").format(count, path))
        self.window.statusBar().showMessage(self.last_message, 10000)
        return True

    # --- other formats ------------------------------------------------------------------------
    def interchange_dialog(self, target: str) -> None:
        """Ask where to write the timeline as .ics, TimelineJS JSON or our JSON, then write it."""
        event_id = None
        if target == "ics":
            go, event_id = self._ask_one_or_all(self.tr("Add to Calendar"), self.tr("Write the selected event, or every event shown?"))
            if not go:
                return
        suffix, label = (".ics", "iCalendar (*.ics)") if target == "ics" else (".json", "JSON (*.json)")
        stem = Path(self.window.path).stem + (f"-{event_id}" if event_id else "")
        if target == "timelinejs":
            stem += "-timelinejs"
        elif target == "timeline-app" and Path(self.window.path).suffix.lower() == ".json":
            stem += "-copy"
        path = self._ask_save_path(self.tr("Export"), f"{stem}{suffix}", label, (suffix,))
        if path:
            self.export_interchange_to(path, target, event_id)

    def export_interchange_to(self, path, target: str, event_id: str | None = None) -> bool:
        """Write `target` text atomically; warnings about what the format cannot hold are shown."""
        from timeline_app.exporters import export_text
        from timeline_app.model import write_atomically

        try:
            text, warnings = export_text(self.window.timeline, target, event_id)
            write_atomically(path, text.encode("utf-8"))
        except (OSError, ValueError, KeyError) as exc:
            self._error(self.tr("Export failed"), f"{path}: {exc}")
            return False
        self.last_message = self.tr("Wrote {0}").format(path)
        if warnings:
            lines = "\n".join(problem_text(w) for w in warnings[:8])
            self.window.message_bar.show_message(self.tr("{0}: written, with what it cannot hold:").format(Path(path).name) + f"\n{lines}",
                                                 "info")
        self.window.statusBar().showMessage(self.last_message, 10000)
        return True
