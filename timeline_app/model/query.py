"""Search and filters over a timeline: pure functions, no Qt.

Search is case- and accent-insensitive ("medicen" finds "Médicen", "seog" finds "Seog-bae")
and looks at everything an event says: titles, summaries, places, parties, participants,
quotes, activities, mentions and tags, and names in both scripts ("대한통증기전연구회" finds
the Society as its English name does). Filters decide which events exist for the canvas, the
list and exports; search only marks matches among them.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from timeline_app.model.cancel import checkpoint
from timeline_app.model.memo import Memo
from timeline_app.model.text_column import TextColumn
from timeline_app.model.timeline import Event, Timeline


def fold(text: str) -> str:
    """Lower-case, accent-free form of text for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def event_texts(ev: Event, timeline: Timeline | None = None) -> list[str]:
    """Every piece of text an event holds, as written."""
    out = [ev.title, ev.summary, ev.date_note, ev.note, *ev.tags]
    if ev.location is not None:
        out += [ev.location.name, ev.location.native_name, ev.location.place, ev.location.country]
    for p in ev.parties:
        out += [p.name, p.native_name, p.short_name, p.role, p.country, p.description, p.representative]
    for x in ev.participants:
        out += [x.name, x.native_name, x.title, x.affiliation, x.country, x.sector, x.role]
    for q in ev.quotes:
        out += [q.text, q.speaker, q.speaker_title, q.context]
    for a in ev.activities:
        out += [a.kind, a.description, a.organization, a.organization_native_name]
    for m in ev.mentions:
        out += [m.name, m.native_name, m.context]
    if timeline is not None and ev.category in timeline.category_by_id:
        out.append(timeline.category_by_id[ev.category].label)
    return [t for t in out if t]


def fold_many(texts: list[str]) -> list[str]:
    """fold() of each text, quick for plain ASCII (casefold is lower(), and NFKD changes nothing)."""
    return [t.lower() if t.isascii() else fold(t) for t in texts]


class SearchIndex:
    """The folded text search looks at, per event of one table (built once: typing searches per key).

    A plain event (id, title, dates, category) holds its title and its category's label; a
    rich one everything event_texts() gives. The titles are folded once into a list, so a
    word is matched against a million titles by one `in` per title, in a comprehension.
    """

    def __init__(self, titles: Sequence[str], category: np.ndarray, labels: tuple[str, ...], rich: dict[int, str]):
        # Folded, file order; a TextColumn of NumPy object arrays, which the cyclic collector
        # never walks (a list of a million would be walked on every full collection: 50-100 ms).
        self.titles = TextColumn.of(titles)
        self.category = category  # the table's category codes (-1 none)
        self.labels = labels  # folded category labels, by code
        self.rich = rich  # file position -> folded text of a rich event
        self.rich_positions = np.array(sorted(rich), dtype=np.int64)
        self.last: tuple[str, np.ndarray] | None = None  # folded query -> hits, to narrow as the user types

    @classmethod
    def build(cls, timeline: Timeline) -> SearchIndex:
        table = timeline.table
        labels = _folded_labels(timeline)
        rich = {i: fold("\n".join(event_texts(ev, timeline))) for i, ev in table.rich.items()}
        return cls(_folded_titles(table.titles), table.category, labels, rich)

    def take(self, positions: np.ndarray, category: np.ndarray) -> SearchIndex:
        """The index of table.take(positions) (positions ascending), without folding again."""
        titles = self.titles
        rich: dict[int, str] = {}
        if len(self.rich_positions) and len(positions):
            at = np.searchsorted(positions, self.rich_positions).clip(0, len(positions) - 1)
            kept = positions[at] == self.rich_positions
            rich = {int(k): self.rich[int(i)] for k, i in zip(at[kept], self.rich_positions[kept])}
        return SearchIndex(titles[positions], category, self.labels, rich)

    def hits(self, word: str, among: np.ndarray | None) -> np.ndarray:
        """File positions (among `among`, or all) whose text holds `word`."""
        cats = [k for k, label in enumerate(self.labels) if word in label]
        titles = self.titles
        if among is None:
            n = len(titles)
            hit = np.fromiter((word in t for t in titles), dtype=bool, count=n)
            if cats:
                hit |= np.isin(self.category, cats)
            for i, text in self.rich.items():
                hit[i] = word in text
            return np.flatnonzero(hit)
        hit = np.fromiter((word in t for t in titles[among]), dtype=bool, count=len(among))
        if cats:
            hit |= np.isin(self.category[among], cats)
        if self.rich:
            for k in np.flatnonzero(np.isin(among, self.rich_positions)).tolist():
                hit[k] = word in self.rich[int(among[k])]
        return among[hit]


def _folded_titles(titles: Sequence[str]) -> TextColumn:
    """fold_many(titles) as a TextColumn (an edit then folds one title again and copies one
    piece), a piece at a time: a loading thread builds it, and a million-item list made at
    once would be freed in one C step (20-40 ms)."""
    out = np.empty(len(titles), dtype=object)
    for a in range(0, len(titles), _FOLD_PIECE):
        checkpoint()
        out[a:a + _FOLD_PIECE] = fold_many(titles[a:a + _FOLD_PIECE])
    return TextColumn.of(out)


_FOLD_PIECE = 10_000


def _folded_labels(timeline: Timeline) -> tuple[str, ...]:
    by_id = timeline.category_by_id
    return tuple(fold(by_id[c].label) if c in by_id else "" for c in timeline.table.category_ids)


_INDEXES: Memo[SearchIndex] = Memo("search index per table")


def search_index(timeline: Timeline) -> SearchIndex:
    """The search index of a timeline's table, built on first use (a loading thread may build
    it beforehand) and kept with the table."""
    table = timeline.table
    index = _INDEXES.get(table)
    if index is None or index.labels != _folded_labels(timeline):
        index = _INDEXES.put(table, _followed_index(timeline) or SearchIndex.build(timeline))
    return index


def _followed_index(timeline: Timeline) -> SearchIndex | None:
    """The index of an edited table from the index of the table it was edited from (model/
    lineage.py): the edited rows folded again, not a million titles. None when there is none."""
    table = timeline.table
    edit = table.derived_from
    found = edit.since(lambda t: _INDEXES.get(t) is not None) if edit is not None else None
    if found is None or any(step.kind == "same_rows" for step in found[1]):
        return None
    ancestor, steps = found
    before = _INDEXES.get(ancestor)
    titles, rich = before.titles, before.rich
    for step in steps:
        r, kind = step.row, step.kind
        title = fold(step.event.title) if step.event is not None else None
        if kind == "replace":
            titles = titles.replaced(r, title)
            rich = {i: text for i, text in rich.items() if i != r}
        elif kind == "insert":
            titles = titles.inserted(r, title)
            rich = {(i + 1 if i >= r else i): text for i, text in rich.items()}
        else:
            titles = titles.removed(r)
            rich = {(i - 1 if i > r else i): text for i, text in rich.items() if i != r}
        if step.event is not None:  # all it says (for a plain event: its title and category, as the columns would)
            rich[r] = fold("\n".join(event_texts(step.event, timeline)))
    return SearchIndex(titles, table.category, _folded_labels(timeline), rich)


def search_positions(timeline: Timeline, query: str) -> np.ndarray:
    """File positions (into timeline.table) of the events matching every word of `query`, chronologically."""
    folded = fold(query)
    words = folded.split()
    if not words:
        return np.zeros(0, dtype=np.int64)
    index = search_index(timeline)
    among = None
    last = index.last
    if last is not None and folded.startswith(last[0]):
        # The user typed on: every word now holds a word of before, so matches can only shrink.
        among = last[1]
        if folded == last[0]:
            words = []
    for word in sorted(set(words), key=len, reverse=True):  # the longest word is likely the rarest
        among = index.hits(word, among)
    index.last = (folded, among)
    order = timeline.table.order
    keep = np.zeros(len(timeline.table), dtype=bool)
    keep[among] = True
    return order[keep[order]]


def search(timeline: Timeline, query: str) -> list[str]:
    """Ids of events matching every word of `query`, in chronological order."""
    ids = timeline.table.ids
    return [ids[i] for i in search_positions(timeline, query).tolist()]


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
    """The timeline with only the events the filters keep (the same object when none apply).

    Categories and dates are decided over the table's columns; tags, parties and participants
    only rich events can have, so with those filters on only rich events are looked at.
    """
    if not filters.active:
        return timeline
    table = timeline.table
    keep = np.ones(len(table), dtype=bool)
    if filters.hidden_categories:
        codes = [k for k, cid in enumerate(table.category_ids) if cid in filters.hidden_categories]
        if codes:
            keep &= ~np.isin(table.category, codes)
    if filters.start_ms is not None:
        keep &= table.end_ms > filters.start_ms
    if filters.end_ms is not None:
        keep &= table.start_ms < filters.end_ms
    if filters.tags or filters.names:
        rich_only = np.zeros(len(table), dtype=bool)
        for i, ev in table.rich.items():
            rich_only[i] = keep[i] and filters.keeps(ev)
        keep = rich_only
    positions = np.flatnonzero(keep)
    # A fresh timeline: cached indexes of the full one must not be carried over.
    sub = table.take(positions, timeline.categories)
    index = _INDEXES.get(table)
    if index is not None:
        _INDEXES.put(sub, index.take(positions, sub.category))
    return timeline.with_table(sub)


def all_tags(timeline: Timeline) -> list[str]:
    """Every tag some event has, in folded order (what the Filters panel offers)."""
    return sorted(_offered(timeline.table)[0], key=fold)


def all_names(timeline: Timeline) -> list[str]:
    """Every party's and participant's name, in folded order."""
    return sorted(_offered(timeline.table)[1], key=fold)


_OFFERED: Memo[tuple[Counter, Counter]] = Memo("tag and name counts per table")


def _offered(table) -> tuple[Counter, Counter]:
    """How many events have each tag and each name; an edited table's from its parent's (only
    events kept whole have any: a pass over them all costs 0.3 s at 200,000)."""
    got = _OFFERED.get(table)
    if got is None:
        got = _OFFERED.put(table, _followed_offers(table) or (
            Counter(t for ev in table.rich.values() for t in set(ev.tags)),
            Counter(n for ev in table.rich.values() for n in people_and_organisations(ev))))
    return got


def _followed_offers(table) -> tuple[Counter, Counter] | None:
    edit = table.derived_from
    found = edit.since(lambda t: _OFFERED.get(t) is not None) if edit is not None else None
    if found is None:
        return None
    ancestor, steps = found
    tags, names = (Counter(c) for c in _OFFERED.get(ancestor))
    for step in steps:
        for ev, sign in ((step.old_rich, -1), (step.event if step.kind in ("replace", "insert") else None, 1)):
            if ev is not None:
                tags.update({t: sign for t in ev.tags})
                names.update({n: sign for n in people_and_organisations(ev)})
    return +tags, +names  # (unary plus drops the values no event has any more)
