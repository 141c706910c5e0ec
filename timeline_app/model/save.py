"""Write a timeline as JSON, atomically (a failed write never destroys the old file)."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from timeline_app.model.timeline import Timeline


def timeline_json(timeline: Timeline) -> str:
    """The timeline as formatted JSON text; defaults are left out to keep files small."""
    body = timeline.materialized().model_dump_json(indent=2, exclude_defaults=True)
    # format and version are defaults, but every file must carry them.
    head = f'{{\n  "format": "{timeline.format}",\n  "version": {timeline.version},'
    rest = body[1:].lstrip("\n")
    return head + ("\n" + rest if rest.strip() != "}" else "\n}") + "\n"


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename over it.

    A target that exists and is not a regular file (a named pipe, a device, a socket, a folder)
    is refused: the rename would silently replace it with a file.
    """
    path = Path(path)
    _refuse_special(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        # mkstemp makes the file private (0600); give it the mode a plain open() would.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class NotRegularFileError(OSError):
    """The output path names a pipe, a device, a socket or a folder."""

    def __str__(self) -> str:
        return self.strerror


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _refuse_special(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # no such file yet (or unreadable): the write itself says what is wrong
    for test, kind in _KINDS:
        if test(mode):
            raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a regular file, so it is not "
                                      "replaced by one; choose a file to write to")


def save_timeline(timeline: Timeline, path: str | Path) -> None:
    """Save in our format."""
    write_atomically(path, timeline_json(timeline).encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
