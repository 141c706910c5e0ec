"""Saving off the GUI thread, so the window keeps repainting while a big timeline is written.

EditSession._write hands a SaveJob (editing/document.py) to `BackgroundSave.run`, which writes
it in a SaveThread and waits in a local event loop, as a modal dialog does: the caller gets
the outcome only once the file is written, so Save still answers the close and open prompts.
A window-modal progress dialog appears when the save takes longer than SHOW_AFTER_MS; its
Cancel stops the write before the rename, so the file on disk stays as it was.

Until that dialog shows (and for a drag begun before the save) the window would still take
input: an application event filter drops the window's mouse, key, shortcut, drop and close
events for the whole save, so nothing changes the Document while its snapshot is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from timeline_app.editing.document import SaveJob
from timeline_app.model.cancel import CancelFlag, Cancelled, cancellable
from timeline_app.ui.plain import plain_label

SHOW_AFTER_MS = 400  # shorter saves show no dialog at all (no flicker)
STEPS = 1000


@dataclass(frozen=True)
class Outcome:
    """How a save ended: `data` written, or `error`, or neither (cancelled)."""

    data: bytes | None = None
    error: OSError | None = None

    @property
    def cancelled(self) -> bool:
        return self.data is None and self.error is None


class SaveThread(QThread):
    """Runs one SaveJob.write; reports progress (0..STEPS) by a signal, the outcome in `outcome`."""

    progressed = Signal(int)

    def __init__(self, job: SaveJob, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.job, self.path = job, path
        self.flag = CancelFlag()
        self.outcome = Outcome()
        self.crash: Exception | None = None  # a bug: raised again on the GUI thread

    def run(self) -> None:  # noqa: D102 (the worker thread)
        try:
            with cancellable(self.flag):
                data = self.job.write(self.path, lambda f: self.progressed.emit(int(f * STEPS)))
        except Cancelled:
            return
        except OSError as exc:
            self.outcome = Outcome(error=exc)
        except MemoryError:
            self.outcome = Outcome(error=OSError(0, "not enough memory to write the file"))
        except Exception as exc:  # noqa: BLE001 (handed to the GUI thread, which raises it)
            self.crash = exc
        else:
            self.outcome = Outcome(data=data)


_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.Shortcut, QEvent.Type.ContextMenu, QEvent.Type.DragEnter, QEvent.Type.DragMove,
    QEvent.Type.Drop, QEvent.Type.Close,
})


class _InputBlock(QObject):
    """Drops the user's input to `window` (its widgets, its actions' shortcuts, its close box)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() not in _INPUT:
            return False
        owner = obj
        while owner is not None and not isinstance(owner, QWidget):
            owner = owner.parent()  # an action or shortcut: the widget it belongs to
        if owner is None or owner.window() is not self.window:
            return False
        event.ignore()  # a close event left accepted would still close the window
        return True


class BackgroundSave(QObject):
    """Writes SaveJobs for `window` off the GUI thread, behind a cancellable progress dialog."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.dialog: QProgressDialog | None = None  # while a save runs

    @property
    def busy(self) -> bool:
        return self.dialog is not None

    def run(self, job: SaveJob, path: Path) -> Outcome:
        """Write `job` to `path`, keeping the window painted but closed to input; returns how it ended."""
        if self.busy:
            raise RuntimeError("a save is already running")  # EditSession does not start a second one
        thread = SaveThread(job, path, self)
        self.dialog = self._dialog(path, thread)
        block = _InputBlock(self.window)
        app = QCoreApplication.instance()
        app.installEventFilter(block)
        loop = QEventLoop()
        thread.finished.connect(loop.quit)
        try:
            thread.start()
            if not thread.isFinished():
                loop.exec()
            thread.wait()
        finally:
            app.removeEventFilter(block)
            block.deleteLater()
            self.dialog.hide()  # not close(): that would emit canceled
            self.dialog.deleteLater()
            self.dialog = None
            thread.deleteLater()
        if thread.crash is not None:
            raise thread.crash
        return thread.outcome

    def _dialog(self, path: Path, thread: SaveThread) -> QProgressDialog:
        dialog = QProgressDialog(self.window)
        dialog.setWindowTitle(self.tr("Save"))
        dialog.setLabel(plain_label(self.tr("Saving {0}…").format(path.name)))  # file names are not markup
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, STEPS)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(thread.flag.raise_flag)
        thread.progressed.connect(self._progressed)
        dialog.setValue(0)  # starts the clock: the dialog shows once SHOW_AFTER_MS pass
        return dialog

    @Slot(int)
    def _progressed(self, value: int) -> None:
        if self.dialog is not None:  # not a late signal delivered after the save ended
            self.dialog.setValue(value)
