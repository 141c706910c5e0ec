"""Citation markers: the sources one event cites numbered (1, 2, ...), its notes lettered
(a, b, ...), each once, and the badge and markers that follow a fact."""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.model import Timeline
from timeline_app.model.timeline import Source, Sourced
from timeline_app.render.details.records import Span
from timeline_app.render.details.wording import translate
from timeline_app.time import format_date


def letter(n: int) -> str:
    """0 -> a, 25 -> z, 26 -> aa: note letters."""
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def source_line(s: Source, lang: str = "en") -> str:
    """Publisher, title and date of a source in one line (a marker's tooltip)."""
    parts = [x for x in (s.publisher, s.title, format_date(s.date, lang=lang) if s.date else None) if x]
    return ": ".join(parts[:2]) + "".join(f", {x}" for x in parts[2:])


class Citations:
    """Numbers the sources one event cites (1, 2, ...) and letters its notes (a, b, ...), each once."""

    def __init__(self, timeline: Timeline, lang: str = "en"):
        self.timeline = timeline
        self.lang = lang
        self.sources: dict[str, int] = {}
        self.notes: dict[str, str] = {}

    def cite(self, ids: Sequence[str]) -> Span | None:
        known = [s for s in ids if s in self.timeline.source_by_id]
        if not known:
            return None
        nums = sorted({self.sources.setdefault(s, len(self.sources) + 1) for s in known})
        tip = "\n".join(f"{self.sources[s]}. {source_line(self.timeline.source_by_id[s], self.lang)}"
                        for s in sorted(set(known), key=self.sources.__getitem__))
        return Span(",".join(map(str, nums)), "cite", href=f"#source-{nums[0]}", tip=tip)

    def note(self, text: str) -> Span:
        mark = self.notes.setdefault(text, letter(len(self.notes)))
        return Span(mark, "mark", href=f"#note-{mark}", tip=text)


def fact_marks(item: Sourced, refs: Citations, cite: bool = True, note: bool = True) -> list[Span]:
    """The inferred badge, note marker and source marker that follow a fact."""
    out = []
    if item.inferred:
        out += [Span(" "), Span(translate("Document", "inferred"), "badge", tip=item.note or translate("Document", "Inferred rather than stated in the sources."))]
    if note and item.note:
        out.append(refs.note(item.note))
    if cite and (marker := refs.cite(item.sources)):
        if out and out[-1].style == "mark":  # "a" then "1,4": a space keeps them apart
            marker = Span(" " + marker.text, marker.style, marker.href, marker.tip)
        out.append(marker)
    return out
