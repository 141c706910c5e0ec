"""Remembered between runs (QSettings): recent files, the last file, selection and zoom, and
which layout saved the window's splitter and dock states."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10
# The window's layout (splitters, where the Filters panel docks). Raise it when their meaning
# changes: splitter and dock states saved under another number are then not restored.
LAYOUT_VERSION = 2


def recent_files() -> list[str]:
    value = QSettings().value("recent/files", [])
    if isinstance(value, str):  # QSettings gives a bare string for a one-item list
        value = [value]
    return [str(v) for v in (value or [])]


def remember_recent(path: str | Path) -> list[str]:
    """Put `path` first in the recent list; returns the new list."""
    path = str(Path(path).resolve())
    files = [path] + [f for f in recent_files() if f != path]
    QSettings().setValue("recent/files", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def layout_version() -> int:
    """The layout that saved the remembered splitter and dock states (1: before it was recorded)."""
    try:
        return int(QSettings().value("window/layout", 1))
    except (TypeError, ValueError):
        return 1


def set_layout_version() -> None:
    QSettings().setValue("window/layout", LAYOUT_VERSION)


def forget_recent(path: str | None = None) -> None:
    """Drop one file from the list, or all of them."""
    files = [] if path is None else [f for f in recent_files() if f != path]
    QSettings().setValue("recent/files", files)


@dataclass(frozen=True)
class ViewState:
    """Where the user was: file, selected event and visible range."""

    path: str
    selected: str | None
    start_ms: float | None
    ms_per_px: float | None


def save_view_state(state: ViewState) -> None:
    s = QSettings()
    s.setValue("session/file", state.path)
    s.setValue("session/selected", state.selected or "")
    s.setValue("session/start_ms", "" if state.start_ms is None else repr(state.start_ms))
    s.setValue("session/ms_per_px", "" if state.ms_per_px is None else repr(state.ms_per_px))


def load_view_state() -> ViewState | None:
    s = QSettings()
    path = s.value("session/file", "")
    if not path:
        return None

    def number(key: str) -> float | None:
        try:
            return float(s.value(key, ""))
        except (TypeError, ValueError):
            return None

    return ViewState(str(path), s.value("session/selected", "") or None, number("session/start_ms"),
                     number("session/ms_per_px"))


def last_file() -> Path | None:
    """The file open when the app last closed, if it still exists."""
    state = load_view_state()
    if state is None or not Path(state.path).is_file():
        return None
    return Path(state.path)
