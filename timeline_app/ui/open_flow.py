"""How a file gets into the window: the first load, File > Open (and drops, recent files) and
the reload when the file changes on disk all run one flow, in `OpenFlow._run`.

The file is read in a worker thread while the window keeps working (or at once, when asked or
when the file cannot even be looked at, so its error shows at once); then the window shows it,
or says what is wrong and keeps what it had.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Slot

from timeline_app.model import Loaded, TimelineError
from timeline_app.ui import session
from timeline_app.ui.big_file import can_look_at, loads_in_background
from timeline_app.ui.file_loader import FileLoader, empty_timeline, open_timeline
from timeline_app.ui.translation import error_text

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

# The texts keep the MainWindow context they had in main_window.py (lupdate reads the literal).
translate = QCoreApplication.translate
RELOAD_QUIET_MS = 300  # editors write in bursts; reload once they are done
STATUS_MS = 5000


class OpenFlow(QObject):
    """The file the window shows (`path`) and every way of changing it."""

    def __init__(self, window: "MainWindow", path: Path):
        super().__init__(window)
        self.window = window
        self.path = path
        # A big file opens in a worker thread once the window is up, which shows an empty
        # placeholder until then. A bad small file at start-up is the caller's to report.
        self.placeholder = loads_in_background(path)
        self._restore_when_loaded = False
        self.loader: FileLoader | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_QUIET_MS)
        self._reload_timer.timeout.connect(self.reload_from_disk)

    def first_timeline(self) -> Loaded:
        """What the window is built on: the file, or an empty "Opening…" timeline while a big one loads."""
        if self.placeholder:
            return Loaded(empty_timeline(translate("MainWindow", "Opening {0}…").format(self.path.name)))
        return open_timeline(self.path)

    def begin(self, loader: FileLoader) -> None:
        """The window is built: watch the file, and start reading it when it is a big one."""
        self.loader = loader
        self._watch(self.path)
        if self.placeholder:
            self._run(self.path, "start", self._opened_at_start, self._start_failed, self._start_cancelled)
        else:
            session.remember_recent(self.path)

    # --- the one flow ------------------------------------------------------------------
    def _run(self, path: Path, kind: str, done: Callable[[Loaded], None], failed: Callable[[TimelineError], None],
             cancelled: Callable[[], None] | None = None, label: str | None = None, now: bool = False) -> bool:
        """Read `path` in a worker thread (True at once), or now (False when it failed); then
        `done(loaded)`, `failed(error)` or, for a load cancelled by the user, `cancelled()`."""
        if not now:
            self.loader.start(path, kind, done, failed, cancelled, label=label)
            return True
        try:
            loaded = open_timeline(path)
        except TimelineError as exc:
            failed(exc)
            return False
        self.loader.cancel()  # this newer choice wins over a load still running
        done(loaded)
        return True

    # --- opening -------------------------------------------------------------------------
    def open_path(self, path: str | Path, wait: bool = False) -> bool:
        """Open another file; on any problem say so and keep the current timeline.

        The file is read in a worker thread, whatever its size (a small file can still be slow
        to check): this returns True at once and the window changes when the load is done, or
        says what is wrong and keeps what it has. A path that is not there fails at once
        (False). wait=True reads the file before returning (False: it did not open).
        """
        path = Path(path)
        if not self.window.editing.may_discard():
            return False
        cancelled = lambda: self._status(translate("MainWindow", "Opening {0} cancelled").format(path.name))  # noqa: E731
        return self._run(path, "open", lambda loaded: self._opened(path, loaded), self._open_failed, cancelled,
                         now=wait or not can_look_at(path))

    def _opened(self, path: Path, loaded: Loaded) -> None:
        self._unwatch()
        self.path = path
        self._watch(self.path)
        session.remember_recent(self.path)
        self.window.message_bar.dismiss()
        self.placeholder = False
        self.window.show_loaded(loaded)

    def _open_failed(self, exc: TimelineError) -> None:
        self.window._error(translate("MainWindow", "Cannot open this timeline"), error_text(exc))

    def _opened_at_start(self, loaded: Loaded) -> None:
        session.remember_recent(self.path)
        self.placeholder = False
        self.window.show_loaded(loaded)
        if self._restore_when_loaded:
            self._restore_when_loaded = False
            self.restore_session()

    def _start_failed(self, exc: TimelineError) -> None:
        self.window.show_loaded(Loaded(empty_timeline(translate("MainWindow", "No timeline open"))))
        self.window.message_bar.show_message(
            translate("MainWindow", "Cannot open this timeline.") + "\n" + error_text(exc), "error")

    def _start_cancelled(self) -> None:
        self.window.show_loaded(Loaded(empty_timeline(translate("MainWindow", "No timeline open"))))
        self._status(translate("MainWindow", "Opening {0} cancelled").format(self.path.name))

    def saved_as(self, path: Path) -> None:
        """The timeline was saved under another name: that file is now the open one."""
        self._unwatch()
        self.path = path
        self.placeholder = False
        self._watch(path)
        session.remember_recent(path)

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
            self.window.message_bar.show_message(translate(
                "MainWindow", "{0} was removed or renamed; showing the last version read.").format(self.path), "warning")
            return
        if self.loader.busy and self.loader.kind != "reload":
            return  # the file being opened replaces this one anyway
        if not self.window.editing.may_reload():
            return  # our own save, or the user keeps the unsaved changes
        # In the background whatever the size, like opening: the window keeps working meanwhile.
        self._run(self.path, "reload", self._reloaded, self._reload_failed,
                  label=translate("MainWindow", "Reloading {0}…").format(self.path.name))

    def _reloaded(self, loaded: Loaded) -> None:
        if self.window.message_bar.kind == "error":
            self.window.message_bar.dismiss()
        self.placeholder = False
        self.window.show_loaded(loaded, keep_view=True)
        self._status(translate("MainWindow", "Reloaded {0}").format(self.path.name))

    def _reload_failed(self, exc: TimelineError) -> None:
        self.window.message_bar.show_message(translate(
            "MainWindow", "The file changed on disk and cannot be read; still showing the last good version.") + "\n"
            + error_text(exc), "error")

    # --- session -------------------------------------------------------------------------
    def restore_session(self) -> None:
        """Bring back the selection and zoom the user had when this file was last closed."""
        if self.placeholder and self.loader.busy:
            self._restore_when_loaded = True  # the file is still loading: once it shows
            return
        state = session.load_view_state()
        if state is None or Path(state.path) != self.path.resolve():
            return
        view = self.window.view
        if state.ms_per_px and state.start_ms is not None:
            from timeline_app.layout.timescale import TimeScale

            view.set_scale(TimeScale(state.start_ms, state.ms_per_px, max(view.width(), 1)))
        if state.selected:
            self.window.select_event(state.selected)

    def close(self) -> None:
        """The window closes: stop reading, and remember the view for next time."""
        self.loader.cancel(notify=False)
        if not self.placeholder:  # a window closed before its first file loaded has no view to remember
            scale = self.window.view.scale
            session.save_view_state(session.ViewState(str(self.path.resolve()), self.window.view.selected_id,
                                                      scale.start_ms, scale.ms_per_px))

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)
