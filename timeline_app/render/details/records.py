"""The details document as plain records: a Block per paragraph, made of styled Spans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# What a paragraph is, which decides how every output sets it:
# doc-title, intro, when (the date line), title (the one heading), meta (chips), summary,
# heading (a section), entry (a party or person: a paragraph without bullet), body (text under
# an entry), item (a list entry), group (a small label over a table), row (a table row: the
# block's `label` is its first cell), quote, attribution, context, note (italic, muted), small
# (muted metadata), footnote (`label` is its number or letter), para (a plain paragraph).
BlockKind = Literal["doc-title", "intro", "when", "title", "meta", "summary", "heading", "entry", "body",
                    "item", "group", "row", "quote", "attribution", "context", "note", "small", "footnote",
                    "para"]

# How a run of text is set: "" (body), "strong", "emph", "muted", "label" (a small tag such as a
# role), "chip" (place or category), "badge" (the inferred badge), "cite" (a source marker,
# "1,2"), "mark" (a note marker, "a"), "url" (a web address written out: print and Markdown only).
SpanStyle = Literal["", "strong", "emph", "muted", "label", "chip", "badge", "cite", "mark", "url"]


@dataclass(frozen=True)
class Span:
    """A run of text in a block, set in its `style` (SpanStyle)."""

    text: str
    style: SpanStyle = ""
    href: str | None = None  # "event:ID" for a related event, "#source-1" / "#note-a", or a web address
    tip: str | None = None  # tooltip in the pane: an inferred fact's reason, a marker's source
    color: str | None = None  # a chip's tint (a category's colour)
    anchor: str | None = None  # a name that "#name" links scroll to


@dataclass(frozen=True)
class Block:
    """One paragraph of the document, of a `kind` (BlockKind).

    `text` is the whole paragraph; `spans`, when given, are its styled runs (they join to `text`).
    """

    kind: BlockKind
    text: str
    indent: int = 0
    spans: tuple[Span, ...] = ()
    label: str = ""

    def parts(self) -> tuple[Span, ...]:
        return self.spans or (Span(self.text),)


def block(kind: BlockKind, *spans: Span | str | None, indent: int = 0, label: str = "") -> Block:
    """A block of the given runs; plain strings are body text, None and "" are left out."""
    runs = tuple(s if isinstance(s, Span) else Span(s) for s in spans if s)
    return Block(kind, "".join(r.text for r in runs), indent, runs, label)
