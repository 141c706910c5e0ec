"""Open timelines in any supported format: ours, TimelineJS JSON and CSV, .timeline, iCalendar.

The format is found from the content (our JSON says "format": "timeline-app"; TimelineJS JSON
has "events" with "start_date" objects; the CSV starts with the TimelineJS template's header;
a .timeline file's XML root is <timeline>; iCalendar starts with BEGIN:VCALENDAR). The file
name only words the error when the content is none of them. Every importer returns the same
`Loaded` as our own loader, with the import's warnings (dropped fields, approximations) first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline_app.importers import detect
from timeline_app.model.load import (
    Loaded,
    Progress,
    decode_text,
    parse_json,
    parse_json_unchecked,
    read_file_bytes,
    release_events,
    timeline_from_data,
)
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Problem, TimelineError, summarise


@dataclass(frozen=True)
class Format:
    """A format the app opens: its key (Loaded.source_format), a name for people, file patterns."""

    key: str
    name: str
    patterns: tuple[str, ...]

    @property
    def dialog_filter(self) -> str:
        return f"{self.name} ({' '.join(self.patterns)})"


SUPPORTED: tuple[Format, ...] = (
    Format(detect.TIMELINE_APP, "Timeline (timeline-app JSON)", ("*.json",)),
    Format(detect.TIMELINEJS, "TimelineJS JSON", ("*.json",)),
    Format(detect.TIMELINEJS_CSV, "TimelineJS spreadsheet CSV", ("*.csv",)),
    Format(detect.THETIMELINEPROJ, "Timeline (thetimelineproj)", ("*.timeline",)),
    Format(detect.ICALENDAR, "iCalendar", ("*.ics",)),
)
FORMAT_NAMES = {f.key: f.name for f in SUPPORTED}


def dialog_filters() -> list[str]:
    """Name filters for an Open dialog: every supported file first, each format, then all files."""
    patterns = dict.fromkeys(p for f in SUPPORTED for p in f.patterns)
    return [f"All supported timelines ({' '.join(patterns)})"] + [f.dialog_filter for f in SUPPORTED] + ["All files (*)"]


def open_timeline(path: str | Path, progress: Progress | None = None) -> Loaded:
    """Read a timeline file in any supported format; raise TimelineError naming the place of each problem.

    `progress(fraction)` is called now and then while a large file of ours is checked (the
    JSON parse itself gives no progress); an exception it raises stops the load.
    """
    path = Path(path)
    return parse_any(read_file_bytes(path), path, progress)


def parse_any(data: bytes, source: str | Path | None = None, progress: Progress | None = None) -> Loaded:
    """Bytes in any supported format to a checked timeline (format found from the content).

    Problems of one kind at many places are said once with their count (problems.summarise).
    """
    try:
        loaded = _parse_any(data, source, progress)
    except TimelineError as exc:
        problems = summarise(exc.problems)
        if problems is exc.problems:
            raise
        raise TimelineError(exc.source, problems) from None
    loaded.warnings = summarise(loaded.warnings)
    return loaded


def _parse_any(data: bytes, source: str | Path | None, progress: Progress | None) -> Loaded:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if data[:1] in (b"\xff", b"\xfe", b"\x00") or data[1:2] == b"\x00":
        decode_text(data[:64], source)  # names UTF-16 and UTF-32 (with or without a byte-order mark)
    if head[:1] in (b"{", b"["):
        # Our loader looks for duplicate keys while it reads the events (cheaper than a walk
        # of every object first); TimelineJS data gets the full check before it is read.
        raw, keys = parse_json_unchecked(data, source)
        from timeline_app.importers import timelinejs_json

        if timelinejs_json.is_timelinejs(raw):
            # Its duplicate keys are looked for while the slides are read (a walk of every
            # object first cost a tenth of a million slides' import).
            return timelinejs_json.from_data(raw, source, keys=keys)
        try:
            return timeline_from_data(raw, source, progress, keys)
        finally:
            release_events(raw)  # else freed in one step as this returns (a window waits)
    kind = detect.detect_format(data)
    if kind == detect.ICALENDAR:
        from timeline_app.importers import icalendar_ics

        return icalendar_ics.read(data, source)
    if kind == detect.THETIMELINEPROJ:
        from timeline_app.importers import thetimelineproj

        return thetimelineproj.read(data, source)
    if kind == detect.TIMELINEJS_CSV:
        from timeline_app.importers import timelinejs_csv

        return timelinejs_csv.read(data, source)
    if not head.strip():
        raise TimelineError(source, [Problem("", QT_TRANSLATE_NOOP("problems", "the file is empty"))])
    suffix = Path(str(source)).suffix.lower() if source is not None else ""
    if suffix == ".json":
        return timeline_from_data(parse_json(data, source), source)  # our parser words the JSON error
    if head[:1] == b"<" and suffix in (".timeline", ".xml", ""):
        from timeline_app.importers import thetimelineproj

        return thetimelineproj.read(data, source)  # says what the XML root is, or where the syntax breaks
    raise TimelineError(source, [Problem("", detect.unknown_format_message(source))])


__all__ = ["FORMAT_NAMES", "Format", "SUPPORTED", "dialog_filters", "open_timeline", "parse_any"]
