"""Search and filters over a timeline: pure functions, no Qt.

Search is case- and accent-insensitive ("medicen" finds "Médicen", "seog" finds "Seog-bae")
and looks at everything an event says: titles, summaries, places, parties, participants,
quotes, activities, mentions and tags. Filters decide which events exist for the canvas, the
list and exports; search only marks matches among them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from timeline_app.model.timeline import Event, Timeline


def fold(text: str) -> str:
    """Lower-case, accent-free form of text for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def event_texts(ev: Event, timeline: Timeline | None = None) -> list[str]:
    """Every piece of text an event holds, as written."""
    out = [ev.title, ev.summary, ev.date_note, ev.note, *ev.tags]
    if ev.location is not None:
        out += [ev.location.name, ev.location.place, ev.location.country]
    for p in ev.parties:
        out += [p.name, p.short_name, p.role, p.country, p.description, p.representative]
    for x in ev.participants:
        out += [x.name, x.title, x.affiliation, x.country, x.sector, x.role]
    for q in ev.quotes:
        out += [q.text, q.speaker, q.speaker_title, q.context]
    for a in ev.activities:
        out += [a.kind, a.description, a.organization]
    for m in ev.mentions:
        out += [m.name, m.context]
    if timeline is not None and ev.category in timeline.category_by_id:
        out.append(timeline.category_by_id[ev.category].label)
    return [t for t in out if t]


_last_index: tuple[Timeline, dict[str, str]] | None = None


def _haystacks(timeline: Timeline) -> dict[str, str]:
    """Folded text per event id, built once per timeline (incremental search asks per key)."""
    global _last_index
    if _last_index is None or _last_index[0] is not timeline:
        _last_index = (timeline, {ev.id: fold("\n".join(event_texts(ev, timeline))) for ev in timeline.events})
    return _last_index[1]


def search(timeline: Timeline, query: str) -> list[str]:
    """Ids of events matching every word of `query`, in chronological order."""
    words = fold(query).split()
    if not words:
        return []
    hay = _haystacks(timeline)
    return [ev.id for ev in timeline.chronological if all(w in hay[ev.id] for w in words)]


def people_and_organisations(ev: Event) -> set[str]:
    """Names of the parties and participants of an event (the party/participant filter's values)."""
    return {p.name for p in ev.parties} | {x.name for x in ev.participants}


@dataclass(frozen=True)
class Filters:
    """What to show. Empty sets mean "no restriction"; hidden categories are left out."""

    hidden_categories: frozenset[str] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)  # any of these
    names: frozenset[str] = field(default_factory=frozenset)  # any of these parties/participants
    start_ms: int | None = None  # events ending before this are left out
    end_ms: int | None = None  # events starting at or after this are left out

    @property
    def active(self) -> bool:
        return bool(self.hidden_categories or self.tags or self.names
                    or self.start_ms is not None or self.end_ms is not None)

    def describe(self) -> str:
        """A short sentence for the "filter is on" indicator."""
        parts = []
        if self.hidden_categories:
            n = len(self.hidden_categories)
            parts.append(f"{n} categor{'y' if n == 1 else 'ies'} hidden")
        if self.tags:
            parts.append("tags: " + ", ".join(sorted(self.tags)))
        if self.names:
            parts.append("with: " + ", ".join(sorted(self.names)))
        if self.start_ms is not None or self.end_ms is not None:
            parts.append("date range")
        return "; ".join(parts)

    def toggled_category(self, category_id: str) -> Filters:
        hidden = set(self.hidden_categories) ^ {category_id}
        return replace(self, hidden_categories=frozenset(hidden))

    def keeps(self, ev: Event) -> bool:
        if ev.category is not None and ev.category in self.hidden_categories:
            return False
        if self.tags and not self.tags.intersection(ev.tags):
            return False
        if self.names and not self.names & people_and_organisations(ev):
            return False
        if self.start_ms is not None and ev.end_ms <= self.start_ms:
            return False
        if self.end_ms is not None and ev.start_ms >= self.end_ms:
            return False
        return True


def apply_filters(timeline: Timeline, filters: Filters) -> Timeline:
    """The timeline with only the events the filters keep (the same object when none apply)."""
    if not filters.active:
        return timeline
    kept = tuple(ev for ev in timeline.events if filters.keeps(ev))
    # model_construct: the events were validated when the file was read; cached indexes of
    # the full timeline must not be carried over, so this is a fresh object.
    data = {name: getattr(timeline, name) for name in type(timeline).model_fields}
    data["events"] = kept
    return type(timeline).model_construct(**data)


def all_tags(timeline: Timeline) -> list[str]:
    return sorted({t for ev in timeline.events for t in ev.tags}, key=fold)


def all_names(timeline: Timeline) -> list[str]:
    return sorted({n for ev in timeline.events for n in people_and_organisations(ev)}, key=fold)
