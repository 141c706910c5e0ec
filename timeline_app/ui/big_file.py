"""Which files the window starts on in a worker thread: a size rule with no Qt in it, so the
command line can ask before it loads Qt (see ui/file_loader.py for the loading itself). Once the
window is up, every file it opens or reloads is read in a worker thread, whatever its size."""

from __future__ import annotations

from pathlib import Path

BACKGROUND_BYTES = 2 * 1024 * 1024  # about 25,000 events of our format: a fraction of a second


def loads_in_background(path: str | Path) -> bool:
    """Whether the window opens this file in a worker thread (big files); a file that cannot be
    looked at loads at once, so its error shows at once."""
    try:
        return Path(path).stat().st_size >= BACKGROUND_BYTES
    except OSError:
        return False


def can_look_at(path: str | Path) -> bool:
    """Whether the file is there to be read (else opening it fails at once, with its message)."""
    try:
        Path(path).stat()
    except (OSError, ValueError):
        return False
    return True
