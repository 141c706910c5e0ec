"""The timeline data model (format "timeline-app", version 1): plain pydantic, no Qt.

A Timeline's events are one declared field, `events`: a tuple of Event records (what pydantic
validates, what importers and tests build) or the lazy sequence over an EventTable that the
loader makes for big files (model/table.py), where an Event is built only when asked for.
`Timeline.table` is the same events as columns, derived from `events`: the table the lazy
sequence reads, or one built once from the tuple.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, PrivateAttr, WrapSerializer

from timeline_app.model.records import (  # noqa: F401 (the model's names, read from here too)
    NATIVE_NAME_HELP,
    Activity,
    Category,
    Color,
    Era,
    Event,
    Id,
    ISODate,
    Location,
    Mention,
    Participant,
    Party,
    Quote,
    ShortText,
    Source,
    Sourced,
    Text,
    WebUrl,
    _Record,
)
from timeline_app.model.table import EventMap, EventTable, LazyEvents

FORMAT_NAME = "timeline-app"
FORMAT_VERSION = 1


def _as_tuple(events: Sequence[Event]) -> Sequence[Event]:
    return events if isinstance(events, (tuple, LazyEvents)) else tuple(events)


def _serialise(events: Sequence[Event], handler: Any) -> Any:
    return handler(events if isinstance(events, tuple) else tuple(events))


# Validated as a list of Event objects (the JSON schema says an array of events); kept as a
# tuple, or as the LazyEvents over a table that Timeline.with_table puts there.
Events = Annotated[Sequence[Event], AfterValidator(_as_tuple), WrapSerializer(_serialise)]

# Values derived from the fields, cached on first use; a copy with other fields drops them.
_DERIVED = ("event_by_id", "category_by_id", "source_by_id", "chronological")


class Timeline(_Record):
    format: Literal["timeline-app"] = Field(FORMAT_NAME, description="always \"timeline-app\"")
    version: Literal[1] = Field(FORMAT_VERSION, description="format version")
    title: ShortText
    description: Text | None = None
    sources: tuple[Source, ...] = ()
    categories: tuple[Category, ...] = ()
    eras: tuple[Era, ...] = ()
    events: Events = ()
    # The table built from a tuple of events, with the fields it was built from (a copy of this
    # timeline with other events or categories builds its own).
    _built_table: tuple[object, object, EventTable] | None = PrivateAttr(None)


    @property
    def table(self) -> EventTable:
        """The events as columns (see model/table.py): the loader's table for the files it
        reads, else built once from the tuple of events."""
        events = self.events
        if isinstance(events, LazyEvents):
            return events.table
        built = self._built_table
        if built is None or built[0] is not events or built[1] is not self.categories:
            built = self._built_table = (events, self.categories, EventTable.from_events(events, self.categories))
        return built[2]

    @cached_property
    def event_by_id(self) -> Mapping[str, Event]:
        return EventMap(self.table)

    @cached_property
    def category_by_id(self) -> dict[str, Category]:
        return {c.id: c for c in self.categories}

    @cached_property
    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def chronological(self) -> Sequence[Event]:
        """Events by start, then end, then file order: the order of the list and of Tab."""
        return LazyEvents(self.table, self.table.order)

    def extent(self) -> tuple[int, int] | None:
        """(first start, last exclusive end) over events and eras, or None when empty."""
        spans = [(era.start.ms, era.end.end_ms) for era in self.eras]
        ext = self.table.extent()
        if ext is not None:
            spans.append(ext)
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Timeline:
        """pydantic's copy, without the values derived from the fields it replaces."""
        out = super().model_copy(update=update, deep=deep)
        if update:
            for name in _DERIVED:
                out.__dict__.pop(name, None)
        return out

    def with_table(self, table: EventTable) -> Timeline:
        """This timeline with the events of `table` (already validated): no per-event objects."""
        return self.model_copy(update={"events": LazyEvents(table)})

    def materialized(self) -> Timeline:
        """The same timeline with a real tuple of Event objects."""
        if isinstance(self.events, tuple):
            return self
        return self.model_copy(update={"events": tuple(self.events)})
