"""Document: the timeline being edited, plus what a lossless save needs.

    doc = Document.open(path)                 # or Document(loaded.timeline, original=file_bytes)
    doc.timeline                              # the current Timeline (a new object after each change)
    doc.row_of(event_id), doc.event(event_id)
    doc.saved_bytes() / doc.save(path)        # lossless for timeline-app JSON (see model/save.py)
    job = doc.save_job(); data = job.write(path, progress)   # on any thread (the window's worker)
    doc.saved(job, data)                      # then, where the edits are made: the save's bookkeeping
    doc.can_save_in_place                     # False for files read from other formats: Save As
    doc.revision                              # counts changes (apply and revert alike)

Commands (editing/commands.py) change it through four row-level operations: replace_event,
insert_event, remove_event and set_head. The document remembers, per current event, which
event of the original file it was (`origin`), and which original events were touched, so save
copies every untouched event's text as it was.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from timeline_app.editing.rows import insert_row, remove_row, replace_row, timeline_with
from timeline_app.importers import parse_any
from timeline_app.model.load import read_file_bytes
from timeline_app.model.save import EventEdits, Progress, lossless_json, progress_span, timeline_json, write_atomically
from timeline_app.model.timeline import Event, Timeline

KEPT_BEHIND = 2


@dataclass(frozen=True)
class SaveJob:
    """What one save writes, taken from the Document when Save was chosen. Timelines are
    immutable, so another thread can make the bytes and write them while the Document waits."""

    timeline: Timeline
    original: bytes | None  # None: written whole (timeline_json), else lossless
    edits: EventEdits | None
    revision: int

    def data(self, progress: Progress | None = None) -> bytes:
        if self.original is None:
            return timeline_json(self.timeline, progress).encode("utf-8")
        return lossless_json(self.original, self.timeline, self.edits, progress)

    def write(self, path: str | Path, progress: Progress | None = None) -> bytes:
        """Make the bytes and write them atomically; returns them (for Document.saved)."""
        data = self.data(progress_span(progress, 0.0, 0.8))
        write_atomically(path, data, progress_span(progress, 0.8, 1.0))
        return data


class Document:
    """An open timeline being edited (no Qt: the window's undo stack drives it through commands)."""

    def __init__(self, timeline: Timeline, original: bytes | None = None, source_format: str = "timeline-app"):
        self._timeline = timeline
        self._behind: deque[Timeline] = deque(maxlen=KEPT_BEHIND)
        self.source_format = source_format
        # Only our own format's text can be kept: other formats are written whole (Save As).
        self.original = original if source_format == "timeline-app" else None
        self.revision = 0
        self._mark_saved(timeline)

    @classmethod
    def open(cls, path: str | Path) -> Document:
        """Read a timeline file of any supported format (TimelineError names its problems)."""
        data = read_file_bytes(Path(path))
        loaded = parse_any(data, path)
        return cls(loaded.timeline, data, loaded.source_format)

    def _mark_saved(self, timeline: Timeline) -> None:
        self._base = timeline
        self._origin = np.arange(timeline.table.n, dtype=np.int64)
        self._changed: set[int] = set()
        self._head_changed = False

    @property
    def timeline(self) -> Timeline:
        return self._timeline

    @property
    def can_save_in_place(self) -> bool:
        """Whether saving over the file it came from keeps its text (our JSON format only)."""
        return self.original is not None

    def row_of(self, event_id: str) -> int:
        """The file position of an event (KeyError for an unknown id)."""
        return self._timeline.table.index_of[event_id]

    def event(self, event_id: str) -> Event:
        return self._timeline.table.event(self.row_of(event_id))

    # Row-level changes, used by the commands -------------------------------------------------

    def replace_event(self, row: int, event: Event) -> None:
        t = self._timeline
        self._set(timeline_with(t, replace_row(t.table, t.categories, row, event)))
        if self._origin[row] >= 0:
            self._changed.add(int(self._origin[row]))

    def insert_event(self, row: int, event: Event, origin: int = -1) -> None:
        """Put `event` at file position `row`; `origin` is its place in the original file when
        it is one put back (undo of a delete), else -1."""
        t = self._timeline
        self._set(timeline_with(t, insert_row(t.table, t.categories, row, event)))
        self._origin = np.insert(self._origin, row, origin)

    def remove_event(self, row: int) -> tuple[Event, int]:
        """Take out the event at `row`; returns it and its origin (for insert_event on undo)."""
        t = self._timeline
        event, origin = t.table.event(row), int(self._origin[row])
        self._set(timeline_with(t, remove_row(t.table, t.categories, row)))
        self._origin = np.delete(self._origin, row)
        return event, origin

    def set_head(self, **head) -> None:
        """Replace top-level fields (title, description, sources, categories, eras); already checked."""
        self._set(timeline_with(self._timeline, **head))
        self._head_changed = True

    def _set(self, timeline: Timeline) -> None:
        # The timelines before this one stay alive for KEPT_BEHIND more changes: the caches the
        # layers above keep per table (the lanes, the search index) follow an edit from its
        # parent's (model/lineage.py holds parents weakly), and a parent that died first would
        # leave them to be built again over every event (3 s of lanes at a million).
        self._behind.append(self._timeline)
        self._timeline = timeline
        self.revision += 1

    # Saving -------------------------------------------------------------------------------

    def save_job(self) -> SaveJob:
        """The current state, to be written (SaveJob.write) on this thread or another."""
        edits = None if self.original is None else EventEdits(
            base=self._base, origin=self._origin, changed=frozenset(self._changed), head_changed=self._head_changed)
        return SaveJob(self._timeline, self.original, edits, self.revision)

    def saved_bytes(self) -> bytes:
        """The file's new content: the original text with only the edits changed in it, or the
        whole timeline as timeline-app JSON when there is no original text."""
        return self.save_job().data()

    def saved(self, job: SaveJob, data: bytes) -> bool:
        """`job` wrote `data`: that text becomes the original for the next save. False (and no
        change) when the Document changed after the job was taken: the old original still
        gives the right text then, and the changes stay unsaved."""
        if job.revision != self.revision:
            return False
        self.original, self.source_format = data, "timeline-app"
        self._mark_saved(job.timeline)
        return True

    def save(self, path: str | Path, progress: Progress | None = None) -> None:
        """Write atomically; the written text becomes the original for the next save."""
        job = self.save_job()
        self.saved(job, job.write(path, progress))
