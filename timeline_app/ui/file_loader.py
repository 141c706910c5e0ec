"""Opening files for the window in a worker thread.

Reading, parsing and checking a million-event file takes seconds, and a small file can be
slow too. Every file the window opens, reloads or is dropped on it is read in a Python thread
(the model has no Qt, so no widget is touched off the GUI thread) while the window keeps
repainting and its menus keep working; after SHOW_PROGRESS_MS a bar in the status bar says
"Opening big.json…" with a Cancel button. Cancel drops the load at once (the window keeps what
it had) and stops the worker at its next checkpoint (model/cancel.py): between objects of the
JSON parse, pieces of the column checks, events of an importer, the layout steps. The worker's
long C-level steps go in pieces (model/load.py) so the window's thread gets the interpreter
lock often. A file that fails for a reason nobody foresaw says so like any bad file; the
details go to the log (ui/crash.py), not to a crash dialog.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QProgressBar, QToolButton, QWidget

from timeline_app.importers import parse_any
from timeline_app.model import Loaded, Problem, Timeline, TimelineError
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message
from timeline_app.model.load import read_file_bytes
from timeline_app.model.cancel import CancelFlag, Cancelled, cancellable, checkpoint
from timeline_app.model.query import search_index
from timeline_app.layout.lanes import LABEL_ROOM_LIMIT, LaneLayout
from timeline_app.model.speed import collector_paused, sharing_the_lock, switch_interval
from timeline_app.ui.big_file import loads_in_background
from timeline_app.ui.crash import report_text, write_log
from timeline_app.ui.plain import plain_label

__all__ = ["FileLoader", "LoadJob", "LoadedFile", "empty_timeline", "loads_in_background", "open_timeline"]

SHOW_PROGRESS_MS = 500
# While a file loads, a thread waiting for the interpreter lock asks for it after this long
# (Python's default is 5 ms): the window's thread, which takes and gives the lock many times
# per repaint, then waits less each time. (model/speed.py; put back after the load.)
LOAD_SWITCH_S = 0.001
LOAD_SHARE = 0.7  # of the progress bar; the rest is laying out lanes, which reports no progress


@dataclass
class LoadedFile(Loaded):
    """A timeline read from a file, with the file's bytes: a lossless save edits that text."""

    original: bytes | None = None


def open_timeline(path: str | Path, progress=None) -> LoadedFile:
    """importers.open_timeline, keeping the bytes read (the window's editing Document needs them)."""
    data = read_file_bytes(Path(path))
    loaded = parse_any(data, Path(path), progress)
    return LoadedFile(loaded.timeline, loaded.warnings, loaded.source_format, data)


def empty_timeline(title: str) -> Timeline:
    """A timeline with no events, shown while the first file of a window loads."""
    return Timeline.model_construct(title=title)


def prepare(loaded: Loaded) -> None:
    """What the window would otherwise compute on its own thread for a big timeline: the
    lanes, at its first paint (seconds at a million events; they do not depend on the font
    then), and the search index, at the first key typed in the search field."""
    if len(loaded.timeline.table) > LABEL_ROOM_LIMIT:
        checkpoint()
        LaneLayout.of(loaded.timeline)
        checkpoint()
        search_index(loaded.timeline)


def _nothing(_value: object) -> None:
    pass


class _Relay(QObject):
    """Carries a worker's news to the GUI thread (queued: it lives in the GUI thread)."""

    progressed = Signal(object, float)  # job, 0..1; below 0: busy with no measure
    finished = Signal(object)


class LoadJob:
    """One file being read in a worker thread. `outcome` is "loaded", "failed", "cancelled" or
    "crashed" once the worker is done, with `result` the Loaded or the exception."""

    def __init__(self, path: Path, kind: str, label: str, relay: _Relay,
                 on_loaded: Callable[[Loaded], None], on_failed: Callable[[TimelineError], None],
                 on_cancelled: Callable[[], None] | None):
        self.path, self.kind, self.label = path, kind, label
        self.on_loaded, self.on_failed, self.on_cancelled = on_loaded, on_failed, on_cancelled
        self.cancel_flag = CancelFlag()
        self.outcome: str | None = None
        self.result: object = None
        self.details = ""  # the traceback of an unexpected error, for the log
        self._relay = relay
        self.thread = threading.Thread(target=self._run, name=f"load {path.name}", daemon=True)

    def release(self) -> None:
        """Drop the result and the callbacks (GUI thread, once the outcome was delivered)."""
        self.result = None
        self.on_loaded = self.on_failed = _nothing  # type: ignore[assignment]
        self.on_cancelled = None

    def cancel(self) -> None:
        """Stop the worker at its next checkpoint (any thread)."""
        self.cancel_flag.raise_flag()

    def _progress(self, fraction: float) -> None:
        checkpoint()
        self._relay.progressed.emit(self, LOAD_SHARE * fraction)

    def _run(self) -> None:  # the worker thread
        try:
            with collector_paused(), sharing_the_lock(), switch_interval(LOAD_SWITCH_S), cancellable(self.cancel_flag):
                loaded = open_timeline(self.path, self._progress)
                self._progress(1.0)
                self._relay.progressed.emit(self, -1.0)
                prepare(loaded)
                checkpoint()
            self.result, self.outcome = loaded, "loaded"
        except Cancelled:
            self.outcome = "cancelled"
        except TimelineError as exc:
            self.outcome, self.result = "failed", exc
        except MemoryError:
            self.outcome = "failed"
            self.result = TimelineError(self.path, [Problem("", QT_TRANSLATE_NOOP("problems", "is too big to load in the memory available"))])
        except RecursionError:
            self.outcome = "failed"
            self.result = TimelineError(self.path, [Problem("", QT_TRANSLATE_NOOP("problems", "is nested too deeply to read"))])
        except Exception as exc:  # a bug met by this file: the file fails, the details go to the log
            self.outcome, self.result = "crashed", exc
            self.details = report_text(type(exc), exc, exc.__traceback__)
        except BaseException as exc:  # SystemExit and the like: still let the window know
            self.outcome, self.result = "crashed", exc
            self._relay.finished.emit(self)
            raise
        self._relay.finished.emit(self)


# Jobs whose worker may still run. Held here, not by the window, so that the relay a worker
# emits on is never destroyed under it (the window may close first); pruned from the GUI thread.
_jobs: set[LoadJob] = set()


def _prune() -> None:
    for job in [j for j in _jobs if not j.thread.is_alive()]:
        _jobs.discard(job)


class FileLoader(QObject):
    """Loads files for one window and shows their progress in its status bar."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.job: LoadJob | None = None  # the load in progress, if any
        self.bar = QWidget()
        self.bar.setObjectName("loadProgress")
        self.label = plain_label()
        self.label.setObjectName("loadLabel")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("loadCancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel opening the file"))
        self.cancel_button.clicked.connect(self._cancel_clicked)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(self.label)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        window.statusBar().insertWidget(0, self.bar)
        self.bar.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_PROGRESS_MS)
        self._show_timer.timeout.connect(self._show_bar)

    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def kind(self) -> str | None:
        """What the load in progress is for ("start", "open", "reload"), or None."""
        return self.job.kind if self.job is not None else None

    def start(self, path: str | Path, kind: str, on_loaded: Callable[[Loaded], None],
              on_failed: Callable[[TimelineError], None], on_cancelled: Callable[[], None] | None = None,
              label: str | None = None) -> LoadJob:
        """Read `path` in a worker thread; exactly one of the callbacks runs later, in the GUI
        thread, unless another load or cancel() comes first. A load in progress is cancelled."""
        self.cancel()
        _prune()
        path = Path(path)
        # A relay per job, held with the job in _jobs, so a worker the window gave up on (or
        # outlived) still emits on a live object; it is dropped from the GUI thread.
        relay = _Relay()
        relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        job = LoadJob(path, kind, label or self.tr("Opening {0}…").format(path.name), relay, on_loaded, on_failed, on_cancelled)
        _jobs.add(job)
        self.job = job
        self.label.setText(job.label)
        self.progress.setRange(0, 0)  # busy until the first progress report (the JSON parse gives none)
        self._show_timer.start()
        job.thread.start()
        return job

    def cancel(self, notify: bool = True) -> None:
        """Drop the load in progress: the window keeps what it shows, and the worker stops at its
        next progress report. `notify` runs the load's on_cancelled."""
        job = self.job
        if job is None:
            return
        job.cancel()
        self._end()
        if notify and job.on_cancelled is not None:
            job.on_cancelled()
        job.release()

    @Slot()
    def _cancel_clicked(self) -> None:
        self.cancel()

    def _end(self) -> None:
        self.job = None
        self._show_timer.stop()
        self.bar.hide()

    @Slot()
    def _show_bar(self) -> None:
        if self.job is not None:
            self.bar.show()

    @Slot(object, float)
    def _on_progress(self, job: LoadJob, fraction: float) -> None:
        if job is not self.job:
            return
        if fraction < 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(fraction * 1000))

    @Slot(object)
    def _on_finished(self, job: LoadJob) -> None:
        result, current = job.result, job is self.job
        on_loaded, on_failed, on_cancelled = job.on_loaded, job.on_failed, job.on_cancelled
        log = None
        if job.outcome == "crashed" and job.details:  # logged even when nobody waits for the file
            sys.stderr.write(job.details)
            log = write_log(f"Reading {job.path}:\n{job.details}")
        job.release()  # a big timeline nobody shows must not wait in _jobs for the next prune
        if not current:
            return  # cancelled, or replaced by a newer load
        self._end()
        if job.outcome == "loaded":
            on_loaded(result)  # type: ignore[arg-type]
        elif job.outcome == "failed":
            on_failed(result)  # type: ignore[arg-type]
        elif job.outcome == "crashed":
            error = f"{type(result).__name__}: {str(result)[:200]}"
            said = Message(QT_TRANSLATE_NOOP("problems", "could not be read (unexpected error: {error}); the details are "
                                              "in {log}"), error=error, log=log) if log else \
                Message(QT_TRANSLATE_NOOP("problems", "could not be read (unexpected error: {error})"), error=error)
            on_failed(TimelineError(job.path, [Problem("", said)]))
        elif on_cancelled is not None:
            on_cancelled()
