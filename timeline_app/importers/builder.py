"""Build a timeline dict in our format from another format's pieces: ids, sources, categories.

Every importer fills a TimelineBuilder and calls `finish`, which validates the dict with the
same loader as our own files, so an import can never produce a timeline our files could not hold.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Callable

from timeline_app.model.cancel import checkpoint
from timeline_app.model.limits import MAX_ID_CHARS, MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS
from timeline_app.model.load import Loaded, timeline_from_data
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem

# Tableau 10: distinct, readable on light backgrounds, and what people expect from charts.
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
)

_ID_MAX = MAX_ID_CHARS
_SHORT_MAX = MAX_SHORT_TEXT_CHARS
_TEXT_MAX = MAX_TEXT_CHARS


# Texts cut by short or long_text so far, in any import: when the count has not moved during
# an import, the walk that names each cut text's place is skipped (it visits every value).
_CUTS = [0]


def slug(text: str, fallback: str) -> str:
    """A readable id from text: "Ada Lovelace" -> "ada-lovelace"; accents folded, at most 60 chars."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].strip("-")
    return s or fallback


def short(text: str) -> str:
    """Text cut to the format's limit for names and titles (1000 characters)."""
    text = " ".join(text.split())
    if len(text) <= _SHORT_MAX:
        return text
    _CUTS[0] += 1
    return text[: _SHORT_MAX - 1] + "\u2026"


def long_text(text: str) -> str:
    if len(text) <= _TEXT_MAX:
        return text
    _CUTS[0] += 1
    return text[: _TEXT_MAX - 1] + "\u2026"


def rgb_hex(r: int, g: int, b: int) -> str:
    return f"#{r:02x}{g:02x}{b:02x}"


def title_from_source(source: str | Path | None, fallback: str) -> str:
    """The file's name without its suffix, for formats whose files carry no title."""
    if source is None:
        return fallback
    stem = Path(str(source)).stem.strip()
    return short(stem) if stem else fallback


_STR_ONLY = {str}
_NONE_ONLY = {None}
_NAMED_RENAMES = 5  # repeated ids named one by one in warnings; the rest are counted


class _Ids:
    """Ids already given out, and for each wanted id the next number to try after it.

    Remembering the number makes a file that repeats one id (or one title) n times cost n
    steps, not n * n / 2: each repeat starts where the last one stopped.
    """

    __slots__ = ("taken", "next")

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next: dict[str, int] = {}

    def __contains__(self, item: str) -> bool:
        return item in self.taken

    def claim(self, wanted: str) -> str:
        candidate = wanted
        if candidate in self.taken:
            n = self.next.get(wanted, 2)
            while True:
                suffix = f"-{n}"
                candidate = wanted[: _ID_MAX - len(suffix)] + suffix
                n += 1
                if candidate not in self.taken:
                    break
            self.next[wanted] = n
        self.taken.add(candidate)
        return candidate


class TimelineBuilder:
    """Collects events, eras, categories and sources; ids are unique and stable for a given file."""

    def __init__(self, source: str | Path | None, source_format: str):
        self.origin = source
        self.source_format = source_format
        self.warnings: list[Problem] = []
        self.events: list[dict[str, Any]] = []
        self.eras: list[dict[str, Any]] = []
        self._categories: dict[str, dict[str, Any]] = {}  # by label
        self._sources: dict[str, dict[str, Any]] = {}  # by url
        self._source_ids = _Ids()
        self._event_ids = _Ids()
        self._era_ids = _Ids()
        self._category_ids = _Ids()
        self._slugs: dict[str, str] = {}  # title -> its slug
        self._cuts_before = _CUTS[0]
        self._renamed = 0  # ids the source repeated, beyond the first few named in a warning
        self._calls = 0  # event_id calls

    def warn(self, path: str, message: str | Message, line: int | None = None) -> None:
        self.warnings.append(Problem(path, message, line=line))

    # ids -----------------------------------------------------------------------------

    @staticmethod
    def _unique(wanted: str, taken: "_Ids") -> str:
        wanted = " ".join(wanted.split())[:_ID_MAX] or "item"
        return taken.claim(wanted)

    def event_id(self, given: str | None, title: str, index: int, where: str | Callable[[], str] = "") -> str:
        """The source's own id when it has one (de-duplicated with a warning), else a slug of the title.

        `where` names the id's place in a warning; it may be a function, called only then."""
        self._calls += 1
        if self._calls & 63 == 0:  # every 64th event of every importer: where a cancelled load stops
            checkpoint()  # (model/cancel.py; each call costs what a tiny slide's whole import does)
        given = " ".join(given.split()) if given else ""
        if given:
            new = self._event_ids.claim(given[:_ID_MAX])  # (_unique, but given is already one line)
            if new != given:
                self._renamed += 1
                if self._renamed <= _NAMED_RENAMES:
                    self.warn(where() if callable(where) else where, Message(QT_TRANSLATE_NOOP("problems", 'id "{given}" is used twice; this one is now "{new}"'),
                                      given=given, new=new))
            return new
        wanted = self._slugs.get(title)
        if wanted is None:
            wanted = slug(title, "")
            if len(self._slugs) < 100_000:  # titles repeat (one per occurrence of a series): slug each once
                self._slugs[title] = wanted
        return self._event_ids.claim(wanted or f"event-{index + 1}")  # (a slug is one short line: no _unique)

    def event_ids(self, given: list[str | None], titles: list[str], first: int,
                  where: Callable[[int], str]) -> list[str]:
        """event_id for events first, first + 1, ...: the same ids and warnings, claimed in one
        step when every id is the source's own, one line, short enough and new (a million
        tiny TimelineJS slides: a call per event costs a tenth of their whole import)."""
        n = len(given)
        if n and None not in given and _STR_ONLY == set(map(type, given)) \
                and given == list(map(" ".join, map(str.split, given))) \
                and 0 < min(map(len, given)) and max(map(len, given)) <= _ID_MAX \
                and len(set(given)) == n and self._event_ids.taken.isdisjoint(given):
            self._calls += n  # (the caller looks at Cancel between its runs)
            self._event_ids.taken.update(given)
            return list(given)
        if n and _NONE_ONLY == set(given):  # no ids given: slugs of the titles, each slugged once
            self._calls += n
            slugs = self._slugs
            for title in dict.fromkeys(titles):
                if title not in slugs and len(slugs) < 100_000:
                    slugs[title] = slug(title, "")
            wanted = [slugs.get(t) or slug(t, "") or f"event-{first + k + 1}" for k, t in enumerate(titles)]
            return list(map(self._event_ids.claim, wanted))
        return [self.event_id(g, t, first + k, lambda k=k: where(first + k))
                for k, (g, t) in enumerate(zip(given, titles))]

    def era_id(self, label: str, index: int) -> str:
        return self._unique(f"era-{slug(label, str(index + 1))}", self._era_ids)

    # categories and sources ------------------------------------------------------------

    def category(self, label: str, color: str | None = None) -> str:
        """The id of the category with this label, created on first use (colour from the source or the palette)."""
        label = short(label)
        found = self._categories.get(label)
        if found is not None:
            return found["id"]
        cid = self._unique(slug(label, f"category-{len(self._categories) + 1}"), self._category_ids)
        color = color or PALETTE[len(self._categories) % len(PALETTE)]
        self._categories[label] = {"id": cid, "label": label, "color": color}
        return cid

    def source(self, url: str, title: str | None = None, publisher: str | None = None,
               note: str | None = None) -> str:
        """The id of the source with this URL, created on first use; the first title given wins."""
        found = self._sources.get(url)
        if found is not None:
            if publisher and "publisher" not in found:
                found["publisher"] = short(publisher)
            return found["id"]
        title = short(title or "") or _title_from_url(url)
        sid = self._unique(f"src-{len(self._sources) + 1}", self._source_ids)
        entry: dict[str, Any] = {"id": sid, "title": title, "url": url}
        if publisher and short(publisher):
            entry["publisher"] = short(publisher)
        if note:
            entry["note"] = long_text(note)
        self._sources[url] = entry
        return sid

    # result ------------------------------------------------------------------------------

    def _warn_cut(self, raw: dict[str, Any]) -> None:
        """Texts longer than the format holds were cut by `short`/`long_text`; say where (the first few)."""
        if _CUTS[0] == self._cuts_before:
            return
        cut = list(_cut_texts(raw, ""))
        for path, limit in cut[:5]:
            self.warn(path, Message(QT_TRANSLATE_NOOP("problems", "longer than {limit:,} characters; cut to that length (the most this format "
                                                    "holds)"), limit=limit))
        if len(cut) > 5:
            self.warn("", Message(QT_TRANSLATE_NOOP("problems", "{count:,} more texts were cut to the format's limits"), count=len(cut) - 5))

    def finish(self, title: str, description: str | None = None) -> Loaded:
        raw: dict[str, Any] = {
            "format": "timeline-app",
            "version": 1,
            "title": short(title) or "Untitled timeline",
        }
        if description:
            raw["description"] = long_text(description)
        if self._sources:
            raw["sources"] = list(self._sources.values())
        if self._categories:
            raw["categories"] = list(self._categories.values())
        if self.eras:
            raw["eras"] = self.eras
        raw["events"] = self.events
        if self._renamed > _NAMED_RENAMES:
            self.warn("", Message(QT_TRANSLATE_NOOP("problems", "{count:,} more ids were used more than once; each repeat got a number "
                                                    "after it"), count=self._renamed - _NAMED_RENAMES))
        self._warn_cut(raw)
        loaded = timeline_from_data(raw, self.origin)
        loaded.warnings[:0] = self.warnings
        loaded.source_format = self.source_format
        return loaded


def _cut_texts(value: Any, path: str):
    """(path, limit) of each text that `short` or `long_text` cut: it fills its limit and ends with "…"."""
    if isinstance(value, str):
        if len(value) in (_SHORT_MAX, _TEXT_MAX) and value.endswith("…"):
            yield path, len(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _cut_texts(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _cut_texts(item, f"{path}[{i}]")


def _title_from_url(url: str) -> str:
    host = re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE).split("/", 1)[0]
    return short(host or url)
