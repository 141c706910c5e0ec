"""Event details as a readable document: Markdown text, or a QTextDocument printed to PDF.

Both are written from the model through one list of plain-text blocks, so they hold the same
facts as the detail pane: place, parties, participants, activities, quotes, mentions, related
events and sources. Text from the data is never interpreted: Markdown escapes what a renderer
would read as markup or HTML, and the QTextDocument gets it through QTextCursor.insertText.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from timeline_app.exporters.plain import text_lines
from timeline_app.model import Event, Timeline, write_atomically
from timeline_app.model.timeline import Sourced
from timeline_app.time import format_date, format_length, format_range

DETAIL_SUFFIXES = (".md", ".pdf")


@dataclass(frozen=True)
class Span:
    """A run of text in a block. style: "", "strong", "emph", "muted", "inferred" or "color:#rrggbb"."""

    text: str
    style: str = ""
    href: str | None = None  # "event:ID" for a related event, or a source's web address


@dataclass(frozen=True)
class Block:
    """One paragraph of the document. kind: doc-title, intro, title, when, heading, para,
    item (a list entry), quote, attribution, note (italic, muted). `text` is the whole
    paragraph; `spans`, when given, are its styled runs (they join to `text`)."""

    kind: str
    text: str
    indent: int = 0
    spans: tuple[Span, ...] = ()

    def parts(self) -> tuple[Span, ...]:
        return self.spans or (Span(self.text),)


def _block(kind: str, *spans: Span | str | None, indent: int = 0) -> Block:
    runs = tuple(s if isinstance(s, Span) else Span(s) for s in spans if s)
    return Block(kind, "".join(r.text for r in runs), indent, runs)


def _inferred(item: Sourced) -> Span | None:
    if item.inferred:
        return Span(f"  (inferred: {item.note})" if item.note else "  (inferred)", "inferred")
    return Span(f"  ({item.note})", "muted") if item.note else None


def _muted(text: str | None, before: str = " — ") -> Span | None:
    return Span(before + text, "muted") if text else None


def event_blocks(ev: Event, t: Timeline) -> list[Block]:
    """Everything known about one event: the detail pane shows these, documents print them."""
    out = [Block("title", ev.title)]
    length = format_length(ev.start, ev.end)
    out.append(Block("when", format_range(ev.start, ev.end) + (f" ({length})" if length else "")))
    if ev.date_note:
        out.append(Block("note", ev.date_note))
    if ev.location is not None:
        loc = ev.location
        out.append(_block("para", ", ".join(x for x in (loc.name, loc.place, loc.country) if x), _inferred(loc)))
    cat = t.category_by_id.get(ev.category or "")
    if cat is not None:
        out.append(_block("para", Span("■ ", f"color:{cat.color}"), Span(cat.label, "muted")))
    if ev.inferred:
        out.append(Block("note", "This event is inferred rather than stated" + (f": {ev.note}" if ev.note else ".")))
    elif ev.note:
        out.append(Block("note", ev.note))
    if ev.summary:
        out.append(Block("summary", ev.summary))

    if ev.parties:
        out.append(Block("heading", "Parties"))
        for p in ev.parties:
            short = f" ({p.short_name})" if p.short_name and p.short_name not in p.name else None
            extra = ", ".join(x for x in (p.role, p.country) if x)
            out.append(_block("item", Span(p.name, "strong"), short, _muted(extra), _inferred(p)))
            if p.representative:
                out.append(_block("item", Span(f"Represented by {p.representative}", "muted"), indent=1))
            if p.description:
                out.append(Block("item", p.description, 1))

    people = [x for x in ev.participants if x.kind == "person"]
    orgs = [x for x in ev.participants if x.kind == "organization"]
    if people:
        out.append(Block("heading", "People"))
        for x in people:
            extra = ", ".join(v for v in (x.title, x.affiliation if x.affiliation not in (x.title or "") else None) if v)
            out.append(_block("item", Span(x.name, "strong"), f" — {extra}" if extra else None,
                              _muted(x.role, " "), _inferred(x)))
    if orgs:
        out.append(Block("heading", "Organizations"))
        by_country: dict[str, list] = defaultdict(list)
        for x in orgs:
            by_country[x.country or "Country not stated"].append(x)
        for country in sorted(by_country, key=lambda c: (c == "Country not stated", c)):
            out.append(_block("item", Span(country, "strong")))
            for x in by_country[country]:
                extra = ", ".join(v for v in (x.sector, x.role) if v)
                out.append(_block("item", x.name, _muted(extra), _inferred(x), indent=1))

    if ev.activities:
        out.append(Block("heading", "Activities"))
        for a in ev.activities:
            out.append(_block("item", Span(f"{a.kind.capitalize()}: ", "strong"), a.description, _inferred(a)))

    if ev.quotes:
        out.append(Block("heading", "Quotes"))
        for q in ev.quotes:
            out.append(_block("quote", Span(f"“{q.text}”", "emph")))
            who = ", ".join(x for x in (q.speaker, q.speaker_title) if x)
            if who:
                out.append(Block("attribution", f"— {who}"))
            if q.context:
                out.append(_block("attribution", Span(q.context, "emph")))

    if ev.mentions:
        out.append(Block("heading", "Also mentioned"))
        for m in ev.mentions:
            out.append(_block("item", Span(m.name, "strong"), _muted(m.context)))

    if ev.tags:
        out.append(Block("heading", "Tags"))
        out.append(Block("para", ", ".join(ev.tags)))

    related = [t.event_by_id[r] for r in ev.related if r in t.event_by_id]
    if related:
        out.append(Block("heading", "Related events"))
        for r in related:
            out.append(_block("item", Span(r.title, href=f"event:{r.id}"), _muted(format_date(r.start))))

    sources = [t.source_by_id[s] for s in ev.cited_sources() if s in t.source_by_id]
    if sources:
        out.append(Block("heading", "Sources"))
        for s in sources:
            extra = "".join(f", {x}" for x in (s.publisher, format_date(s.date) if s.date else None) if x)
            url = Span(s.url, href=s.url) if s.url else None  # the model admits only http(s) URLs
            out.append(_block("item", s.title, _muted(extra, ""), " " if url else None, url))
            if s.note:
                out.append(_block("item", Span(s.note, "emph"), indent=1))
    return out


def document_blocks(timeline: Timeline, events: Iterable[Event]) -> list[Block]:
    """The whole document: the timeline's title and description, then each event."""
    out = [Block("doc-title", timeline.title)]
    if timeline.description:
        out.append(Block("intro", timeline.description))
    for ev in events:
        out += event_blocks(ev, timeline)
    return out


def select_events(timeline: Timeline, event_id: str | None = None) -> list[Event]:
    """One event by id, or every event in date order; KeyError for an unknown id."""
    if event_id is None:
        return list(timeline.chronological)
    if event_id not in timeline.event_by_id:
        raise KeyError(event_id)
    return [timeline.event_by_id[event_id]]


# --- Markdown ---------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<|~])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>#]|\d+[.)](?=\s|$))")


def md_escape(text: str) -> str:
    """Plain text that a Markdown renderer shows as written (no emphasis, links, HTML, lists)."""
    text = text_lines(text)  # no control characters (an ESC, a NUL) reach the file; any line break is LF
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return "\n".join(_MD_LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line, 1)
                     for line in text.splitlines() or [""])


def _md_lines(text: str, prefix: str, cont: str) -> list[str]:
    lines = md_escape(text).splitlines() or [""]
    return [prefix + lines[0]] + [cont + line for line in lines[1:]]


def markdown(blocks: list[Block]) -> str:
    """The blocks as CommonMark text."""
    out: list[str] = []

    def para(lines: list[str]) -> None:
        if out and out[-1] != "":
            out.append("")
        out.extend(lines)

    prev = None
    for b in blocks:
        if b.kind == "doc-title":
            para(_md_lines(b.text, "# ", ""))
        elif b.kind == "title":
            para(_md_lines(b.text, "## ", ""))
        elif b.kind == "heading":
            para(_md_lines(b.text, "### ", ""))
        elif b.kind == "when":
            para(_md_lines(b.text, "**", ""))
            out[-1] += "**"
        elif b.kind == "note":
            para([f"*{line}*" if line.strip() else line for line in _md_lines(b.text, "", "")])
        elif b.kind == "item":
            pad = "  " * b.indent
            lines = _md_lines(b.text, pad + "- ", pad + "  ")
            if prev == "item":
                out.extend(lines)  # list entries stay together
            else:
                para(lines)
        elif b.kind in ("quote", "attribution"):
            lines = _md_lines(b.text, "> ", "> ")
            if b.kind == "attribution" and prev in ("quote", "attribution"):
                out.append(">")
                out.extend(lines)
            else:
                para(lines)
        else:  # intro, para, summary
            para(_md_lines(b.text, "", ""))
        prev = b.kind
    return "\n".join(out).rstrip() + "\n"


def details_markdown(timeline: Timeline, events: Iterable[Event]) -> str:
    return markdown(document_blocks(timeline, events))


# --- QTextDocument (PDF and print) ---------------------------------------------------------

PRINT_COLORS = {"text": "#1d2433", "muted": "#4a5366", "note": "#6b7485", "heading": "#3b4a63",
                "inferred": "#8a5a00", "link": "#1f5fbf"}


def text_document(blocks: list[Block], family: str = "DejaVu Sans", point_size: float = 10.0,
                  colors: dict[str, str] | None = None, links: bool = False):
    """The blocks as a QTextDocument, every string inserted as plain text.

    The detail pane shows the same document with the theme's `colors` and `links` on
    (related events and web sources become clickable); print and PDF use PRINT_COLORS.
    """
    from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

    c = {**PRINT_COLORS, **(colors or {})}
    doc = QTextDocument()
    base = QFont(family)
    base.setPointSizeF(point_size)
    doc.setDefaultFont(base)
    doc.setIndentWidth(18)
    cursor = QTextCursor(doc)
    style = {
        # kind: (size factor, bold, italic, colour, top margin, bottom margin, indent)
        "doc-title": (1.8, True, False, "text", 0, 6, 0),
        "intro": (1.0, False, True, "muted", 0, 10, 0),
        "title": (1.45, True, False, "text", 22, 4, 0),
        "when": (1.0, True, False, "text", 0, 4, 0),
        "heading": (1.1, True, False, "heading", 12, 3, 0),
        "para": (1.0, False, False, "text", 4, 2, 0),
        "summary": (1.0, False, False, "text", 8, 2, 0),
        "item": (1.0, False, False, "text", 1, 1, 1),
        "quote": (1.0, False, False, "text", 6, 1, 1),
        "attribution": (1.0, False, False, "muted", 0, 2, 2),
        "note": (1.0, False, True, "note", 2, 2, 0),
    }
    first = True
    lists: dict = {}
    for b in blocks:
        size, bold, italic, fg, top, bottom, indent = style.get(b.kind, style["para"])
        bf = QTextBlockFormat()
        bf.setTopMargin(0 if first else top)
        bf.setBottomMargin(bottom)
        bf.setIndent(indent + b.indent)
        if b.kind == "title" and not first:
            bf.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_Auto)
        font = QFont(base)
        font.setPointSizeF(point_size * size)
        font.setBold(bold)
        font.setItalic(italic)
        if first:
            cursor.setBlockFormat(bf)
            first = False
        else:
            cursor.insertBlock(bf)
        if b.kind == "item":
            # A real list: its bullets hang, so wrapped lines start under the text.
            level = indent + b.indent
            lists = {k: v for k, v in lists.items() if k <= level}
            if level in lists:
                lists[level].add(cursor.block())
            else:
                lf = QTextListFormat()
                lf.setStyle(QTextListFormat.Style.ListDisc if level <= 1 else QTextListFormat.Style.ListCircle)
                lf.setIndent(level)
                lists[level] = cursor.createList(lf)
        else:
            lists = {}
        for span in b.parts():
            cf = QTextCharFormat()
            f = QFont(font)
            color = c[fg]
            if span.style == "strong":
                f.setBold(True)
            elif span.style == "emph":
                f.setItalic(True)
            elif span.style == "muted":
                color = c["muted"]
            elif span.style == "inferred":
                f.setItalic(True)
                color = c["inferred"]
            elif span.style.startswith("color:"):
                color = span.style[len("color:"):]
            cf.setFont(f)
            if links and span.href:
                cf.setAnchor(True)
                cf.setAnchorHref(span.href)
                cf.setFontUnderline(True)
                color = c["link"]
            cf.setForeground(QColor(color))
            # insertText: plain text, never markup; a newline in the data becomes a line break.
            cursor.insertText(span.text.replace("\n", "\u2028"), cf)
    return doc


def details_pdf_bytes(timeline: Timeline, events: Iterable[Event], page: str = "a4") -> bytes:
    """The details document as PDF bytes: A4 or Letter, portrait, numbered pages."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    doc = text_document(document_blocks(timeline, events))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setCreator("timeline-app")
    writer.setTitle(timeline.title)
    size = QPageSize.PageSizeId.Letter if page == "letter" else QPageSize.PageSizeId.A4
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc.print_(writer)
    buf.close()
    return bytes(data.data())


def export_details(timeline: Timeline, path, event_id: str | None = None, page: str = "a4") -> int:
    """Write the details of one event (or all) to a .md or .pdf file atomically; returns the count."""
    from pathlib import Path

    suffix = Path(path).suffix.lower()
    if suffix not in DETAIL_SUFFIXES:
        raise ValueError(f"event details are written as .md or .pdf, not {suffix or 'a file without a suffix'}")
    events = select_events(timeline, event_id)
    if suffix == ".md":
        data = details_markdown(timeline, events).encode("utf-8")
    else:
        data = details_pdf_bytes(timeline, events, page)
    write_atomically(path, data)
    return len(events)
