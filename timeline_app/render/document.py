"""Event details as a reading page: the detail pane, Markdown text, or a QTextDocument printed to PDF.

All three are written from the model through one list of plain-text blocks (event_blocks), so
they hold the same facts and the same design: a date line, the title as the one heading, place
and category as chips, the summary, then parties, people, organizations, activities, quotes and
mentions. Sources are numbered citation markers on the facts they support and are listed once at
the foot of the event; notes about facts are lettered markers listed once under "Notes"
(identical notes share a letter), and an inferred fact carries a small "inferred" badge.

Text from the data is never interpreted: Markdown escapes what a renderer would read as markup
or HTML, and the QTextDocument gets it through QTextCursor.insertText.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline_app.exporters.plain import text_lines
from timeline_app.model import Event, Timeline, write_atomically
from timeline_app.model.timeline import Participant, Source, Sourced
from timeline_app.time import format_date, format_length, format_range

DETAIL_SUFFIXES = (".md", ".pdf")
NOT_STATED = "Country not stated"


def translate(context: str, text: str) -> str:
    """Qt's translation of a document word, once PySide6 is loaded (this module imports no Qt).
    Named `translate` so that pyside6-lupdate extracts the calls."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class Span:
    """A run of text in a block.

    style: "" (body), "strong", "emph", "muted", "label" (a small tag such as a role), "chip"
    (place or category), "badge" (the inferred badge), "cite" (a source marker, "1,2"),
    "mark" (a note marker, "a"), "url" (a web address written out: print and Markdown only).
    """

    text: str
    style: str = ""
    href: str | None = None  # "event:ID" for a related event, "#source-1" / "#note-a", or a web address
    tip: str | None = None  # tooltip in the pane: an inferred fact's reason, a marker's source
    color: str | None = None  # a chip's tint (a category's colour)
    anchor: str | None = None  # a name that "#name" links scroll to


@dataclass(frozen=True)
class Block:
    """One paragraph of the document.

    kind: doc-title, intro, when (the date line), title (the one heading), meta (chips), summary,
    heading (a section), entry (a party or person: a paragraph without bullet), body (text under
    an entry), item (a list entry), group (a small label over a table), row (a table row:
    `label` is its first cell), quote, attribution, context, note (italic, muted), small
    (muted metadata), footnote (`label` is its number or letter).
    `text` is the whole paragraph; `spans`, when given, are its styled runs (they join to `text`).
    """

    kind: str
    text: str
    indent: int = 0
    spans: tuple[Span, ...] = ()
    label: str = ""

    def parts(self) -> tuple[Span, ...]:
        return self.spans or (Span(self.text),)


def _block(kind: str, *spans: Span | str | None, indent: int = 0, label: str = "") -> Block:
    runs = tuple(s if isinstance(s, Span) else Span(s) for s in spans if s)
    return Block(kind, "".join(r.text for r in runs), indent, runs, label)


def _letter(n: int) -> str:
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


class _Refs:
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
        letter = self.notes.setdefault(text, _letter(len(self.notes)))
        return Span(letter, "mark", href=f"#note-{letter}", tip=text)


def _same(values: list) -> bool:
    return len(values) > 1 and all(v == values[0] for v in values)


def _facts(item: Sourced, refs: _Refs, cite: bool = True, note: bool = True) -> list[Span]:
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


def _names(*parts: str | None) -> str:
    """Parts joined by ", ", each left out when empty or already said by an earlier one."""
    kept: list[str] = []
    for p in parts:
        if p and not any(p in k for k in kept):
            kept.append(p)
    return ", ".join(kept)


def both_names(name: str, native: str | None, language: str = "en", short: str | None = None) -> str:
    """A name with its native-script form beside it: "Korean Pain Mechanism Research Society
    (대한통증기전연구회)" in English, the native form first in any other language ("대한통증기전연구회
    (Korean Pain Mechanism Research Society)"). A short name ("IFEZ") goes with the English one."""
    english = [name] + ([short] if short and short not in name else [])
    if not native or native == name:
        return english[0] + "".join(f" ({x})" for x in english[1:])
    if language == "en":
        return f"{name} ({', '.join([*english[1:], native])})"
    return f"{native} ({', '.join(english)})"


def event_blocks(ev: Event, t: Timeline, lang: str = "en") -> list[Block]:
    """Everything known about one event: the detail pane shows these, documents print them.
    Dates are written in `lang` (time/format.py)."""
    refs = _Refs(t, lang)
    length = format_length(ev.start, ev.end, lang=lang)
    when = [Span(format_range(ev.start, ev.end, lang=lang) + (f" ({length})" if length else ""))]
    if ev.inferred:
        when += [Span(" "), Span(translate("Document", "inferred"), "badge", tip=ev.note or translate("Document", "This event is inferred rather than stated."))]
    out = [_block("when", *when, refs.cite(ev.sources)), Block("title", ev.title)]
    if ev.date_note:
        out.append(Block("note", ev.date_note))
    if ev.note:
        out.append(Block("note", (translate("Document", "Inferred: ") if ev.inferred else "") + ev.note))

    chips: list[Span] = []
    if ev.location is not None:
        loc = ev.location
        # The venue and its place as two chips, each unbroken: a chip split over two lines reads as two.
        venue = both_names(loc.name, loc.native_name, lang)
        chips += [Span(x.replace(" ", "\u00a0"), "chip") for x in (venue, _names(loc.place, loc.country)) if x]
        chips = [c for i, chip in enumerate(chips) for c in ((Span("  "), chip) if i else (chip,))]
        chips += _facts(loc, refs)
    cat = t.category_by_id.get(ev.category or "")
    if cat is not None:
        chips += [Span("  ") if chips else None, Span(cat.label, "chip", color=cat.color)]
    if chips:
        out.append(_block("meta", *chips))
    if ev.summary:
        out.append(Block("summary", ev.summary))

    out += _parties(ev, refs)
    out += _people(ev, refs)
    out += _organizations(ev, refs)
    out += _activities(ev, refs)
    out += _quotes(ev, refs)
    out += _mentions(ev, refs)

    related = [t.event_by_id[r] for r in ev.related if r in t.event_by_id]
    if related:
        out.append(Block("heading", translate("Document", "Related events")))
        for r in related:
            out.append(_block("item", Span(r.title, href=f"event:{r.id}"),
                              Span(" — " + format_range(r.start, r.end, lang=lang), "muted")))
    if ev.tags:
        out.append(_block("small", translate("Document", "Tags: ") + " · ".join(ev.tags)))
    out += _foot(refs, lang)
    return out


def _parties(ev: Event, refs: _Refs) -> list[Block]:
    if not ev.parties:
        return []
    out = [Block("heading", translate("Document", "Parties"))]
    for p in ev.parties:
        name = both_names(p.name, p.native_name, refs.lang, p.short_name)
        role = [Span("  "), Span(p.role, "label")] if p.role else []
        out.append(_block("entry", Span(name, "strong"), *_facts(p, refs), *role))
        meta = " · ".join(x for x in (p.country, f"represented by {p.representative}" if p.representative else None) if x)
        if meta:
            out.append(_block("small", meta))
        if p.description:
            out.append(Block("body", p.description))
    return out


def _people(ev: Event, refs: _Refs) -> list[Block]:
    people = [x for x in ev.participants if x.kind == "person"]
    if not people:
        return []
    out = [Block("heading", translate("Document", "People"))]
    for x in people:
        office = _names(x.title, x.affiliation)
        out.append(_block("entry", Span(both_names(x.name, x.native_name, refs.lang), "strong"),
                          " — " + office if office else None,
                          Span(" · " + x.role, "muted") if x.role else None, *_facts(x, refs)))
    return out


def _organizations(ev: Event, refs: _Refs) -> list[Block]:
    """Grouped by role, each group a two-column table by country; what a whole group shares is said once."""
    orgs = [x for x in ev.participants if x.kind == "organization"]
    if not orgs:
        return []
    out = [Block("heading", translate("Document", "Organizations"))]
    by_role: dict[str | None, list[Participant]] = defaultdict(list)
    for x in orgs:
        by_role[x.role].append(x)
    for role, members in by_role.items():
        shared_sources = _same([m.sources for m in members])
        shared_note = _same([m.note for m in members]) and members[0].note
        group_cite = refs.cite(members[0].sources) if shared_sources else None
        if role or group_cite:
            out.append(_block("group", Span(role or translate("Document", "Organizations"), "label"), group_cite))
        by_country: dict[str, list[Participant]] = defaultdict(list)
        for x in members:
            by_country[x.country or NOT_STATED].append(x)
        for country in sorted(by_country, key=lambda c: (c == NOT_STATED, c)):
            cell: list[Span | None] = []
            for i, x in enumerate(by_country[country]):
                extra = _names(*(v for v in (x.sector, x.affiliation) if v and v not in (role or "")))
                cell += [Span(", ") if i else None, Span(both_names(x.name, x.native_name, refs.lang)),
                         Span(f" ({extra})", "muted") if extra else None,
                         *_facts(x, refs, cite=not shared_sources, note=not shared_note)]
            out.append(_block("row", *cell, label=country))
        if shared_note:
            out.append(Block("small", shared_note))
    return out


def _common_lead(texts: list[str]) -> str:
    """The words every text starts with, when they make a lead-in of some length ("" otherwise)."""
    if len(texts) < 2:
        return ""
    first, lead = texts[0], 0
    while lead < len(first) and all(len(x) > lead and x[lead] == first[lead] for x in texts):
        lead += 1
    lead = first.rfind(" ", 0, lead + 1)  # back to a word boundary
    return first[:lead + 1] if lead >= 20 else ""


def _with_native(text: str, name: str | None, native: str | None) -> str:
    """An English sentence with a name's native form beside the name where it is said
    ("visited Binex (바이넥스)."), or after the sentence when the name is not in it."""
    if not native or not name:
        return text
    at = text.find(name)
    if at < 0:
        return f"{text} ({native})"
    said = f"{name[:-1]}, {native})" if name.endswith(")") else f"{name} ({native})"
    return text[:at] + said + text[at + len(name):]


def _activities(ev: Event, refs: _Refs) -> list[Block]:
    if not ev.activities:
        return []
    shared_sources = _same([a.sources for a in ev.activities])
    shared_note = _same([a.note for a in ev.activities]) and ev.activities[0].note
    heading_cite = refs.cite(ev.activities[0].sources) if shared_sources else None
    out = [_block("heading", translate("Document", "Activities"), heading_cite)]
    # "Representatives from X ... visited A." five times reads as one lead-in and a short list.
    lead = _common_lead([a.description for a in ev.activities])
    if lead:
        out.append(Block("body", lead.rstrip(" ,;") + ":"))
    for a in ev.activities:
        text = _with_native(a.description[len(lead):], a.organization, a.organization_native_name)
        kind = None if lead else Span(a.kind[:1].upper() + a.kind[1:] + ": ", "strong")
        out.append(_block("item", kind, text, *_facts(a, refs, cite=not shared_sources, note=not shared_note)))
    if shared_note:
        out.append(Block("small", shared_note))
    return out


def _quotes(ev: Event, refs: _Refs) -> list[Block]:
    if not ev.quotes:
        return []
    out = [Block("heading", translate("Document", "Quotes"))]
    for q in ev.quotes:
        out.append(_block("quote", Span(f"“{q.text}”")))
        who = ", ".join(x for x in (q.speaker, q.speaker_title) if x)
        out.append(_block("attribution", Span(f"— {who}") if who else None, *_facts(q, refs)))
        if q.context:
            out.append(Block("context", q.context))
    return out


def _mentions(ev: Event, refs: _Refs) -> list[Block]:
    """Names said in the same breath (one context) share one line."""
    if not ev.mentions:
        return []
    shared_sources = _same([m.sources for m in ev.mentions])
    out = [_block("heading", translate("Document", "Also mentioned"), refs.cite(ev.mentions[0].sources) if shared_sources else None)]
    by_context: dict[str | None, list] = defaultdict(list)
    for m in ev.mentions:
        by_context[m.context].append(m)
    for context, ms in by_context.items():
        spans: list[Span | None] = []
        for i, m in enumerate(ms):
            spans += [Span(", ") if i else None, Span(both_names(m.name, m.native_name, refs.lang), "strong"),
                      *_facts(m, refs, cite=not shared_sources)]
        if context:
            spans.append(Span(" — " + context, "muted"))
        out.append(_block("item", *spans))
    return out


def _foot(refs: _Refs, lang: str = "en") -> list[Block]:
    """The sources, numbered as cited, and the notes, lettered: each said once."""
    out: list[Block] = []
    if refs.sources:
        out.append(Block("heading", translate("Document", "Sources")))
        for sid, n in sorted(refs.sources.items(), key=lambda kv: kv[1]):
            s = refs.timeline.source_by_id[sid]
            extra = " · ".join(x for x in (s.publisher, format_date(s.date, lang=lang) if s.date else None) if x)
            out.append(_block("footnote", Span(s.title, href=s.url, anchor=f"source-{n}"),  # the model admits only http(s) URLs
                              Span(" — " + extra, "muted") if extra else None,
                              Span(" " + s.url, "url", href=s.url) if s.url else None, label=str(n)))
            if s.note:
                out.append(_block("small", s.note, indent=2))  # under its entry's text, past the number
    if refs.notes:
        out.append(Block("heading", translate("Document", "Notes")))
        for text, letter in refs.notes.items():
            out.append(_block("footnote", Span(text, anchor=f"note-{letter}"), label=letter))
    return out


def document_blocks(timeline: Timeline, events: Iterable[Event], lang: str = "en") -> list[Block]:
    """The whole document: the timeline's title and description, then each event."""
    out = [Block("doc-title", timeline.title)]
    if timeline.description:
        out.append(Block("intro", timeline.description))
    for ev in events:
        out += event_blocks(ev, timeline, lang)
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
_SUPERSCRIPT = str.maketrans("0123456789abcdefghijklmnoprstuvwxyz", "⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ")


def md_escape(text: str) -> str:
    """Plain text that a Markdown renderer shows as written (no emphasis, links, HTML, lists)."""
    text = text_lines(text)  # no control characters (an ESC, a NUL) reach the file; any line break is LF
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return "\n".join(_MD_LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line, 1)
                     for line in text.splitlines() or [""])


def _md_wrap(text: str, mark: str) -> str:
    """`text` (escaped) in emphasis marks, with its outer spaces left outside them."""
    core = text.strip()
    if not core:
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}{mark}{core}{mark}{trail}"


def _md_span(s: Span) -> str:
    if s.style == "cite":
        return s.text.translate(_SUPERSCRIPT)
    if s.style == "mark":
        return s.text.translate(_SUPERSCRIPT) if s.text.isalpha() and "q" not in s.text else f"^{s.text}"
    if s.style == "badge":
        return "*(inferred)*"
    if s.style == "url":
        # An autolink is taken literally (no escapes); the model admits only http(s) URLs without spaces.
        url = s.text.strip()
        return f" <{url}>" if "<" not in url and ">" not in url else " " + md_escape(url)
    if not s.style and s.text and not s.text.strip():
        return " · " if len(s.text) > 1 else s.text  # "  " separates chips and labels
    text = md_escape(s.text.replace("\u00a0", " "))
    if s.style == "strong":
        return _md_wrap(text, "**")
    if s.style in ("emph", "label"):
        return _md_wrap(text, "*")
    return text


def _md_text(b: Block) -> str:
    return "".join(_md_span(s) for s in b.parts())


def _md_cell(b: Block) -> str:
    return " ".join(_md_text(b).split())


def _markdown_order(blocks: list[Block]) -> list[Block]:
    """A Markdown section starts at its heading: the date line follows the event's title there."""
    out = list(blocks)
    for i in range(len(out) - 1):
        if out[i].kind == "when" and out[i + 1].kind == "title":
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def markdown(blocks: list[Block]) -> str:
    """The blocks as CommonMark text (tables as in GitHub Markdown)."""
    out: list[str] = []

    def para(lines: list[str]) -> None:
        if out and out[-1] != "":
            out.append("")
        out.extend(lines)

    def lines(text: str, prefix: str, cont: str) -> list[str]:
        rows = text.splitlines() or [""]
        return [prefix + rows[0]] + [cont + row for row in rows[1:]]

    prev = None
    for b in _markdown_order(blocks):
        text = _md_text(b)
        if b.kind == "doc-title":
            para(lines(text, "# ", ""))
        elif b.kind == "title":
            para(lines(text, "## ", ""))
        elif b.kind == "heading":
            para(lines(text, "### ", ""))
        elif b.kind == "when":
            para(lines(_md_wrap(md_escape(b.parts()[0].text), "**") + "".join(_md_span(s) for s in b.parts()[1:]), "", ""))
        elif b.kind == "small" and prev == "footnote":  # a source's note: part of its numbered entry
            out[-1] += "\\"  # a hard line break
            out.extend(f"   {_md_wrap(line, '*')}" for line in text.splitlines())
            continue  # the numbered list goes on
        elif b.kind in ("note", "small"):
            para([_md_wrap(line, "*") for line in lines(text, "", "")])
        elif b.kind == "item":
            pad = "  " * b.indent
            item = lines(text, pad + "- ", pad + "  ")
            out.extend(item) if prev == "item" else para(item)  # list entries stay together
        elif b.kind == "footnote":
            entry = lines(text, f"{b.label}. " if b.label.isdigit() else f"- *{b.label}.* ", "   ")
            out.extend(entry) if prev == "footnote" else para(entry)
        elif b.kind == "row":
            if prev != "row":
                para(["| Country | Organizations |", "| --- | --- |"])
            out.append(f"| {md_escape(' '.join(b.label.split()))} | {_md_cell(b)} |")
        elif b.kind in ("quote", "attribution", "context"):
            quoted = lines(_md_wrap(text, "*") if b.kind == "context" else text, "> ", "> ")
            if b.kind != "quote" and prev in ("quote", "attribution"):
                out.append(">")
                out.extend(quoted)
            else:
                para(quoted)
        else:  # intro, meta, summary, entry, body, group, para
            para(lines(text, "", ""))
        prev = b.kind
    return "\n".join(out).rstrip() + "\n"


def details_markdown(timeline: Timeline, events: Iterable[Event], lang: str = "en") -> str:
    return markdown(document_blocks(timeline, events, lang))


# --- QTextDocument (the pane, PDF and print) -------------------------------------------------

PRINT_COLORS = {"text": "#1d2433", "muted": "#5b6475", "note": "#5b6475", "heading": "#3b4a63",
                "inferred": "#8a5a00", "link": "#1f5fbf", "background": "#ffffff", "chip": "#eef1f5"}

METADATA_SIZE = 0.88  # the one muted size for metadata, markers and labels
LINE_HEIGHT = 140  # percent: generous leading for body text

# kind: (size factor, bold, italic, colour, top margin, bottom margin, indent, line height %)
_STYLE = {
    "doc-title": (1.6, True, False, "text", 0, 6, 0, 115),
    "intro": (1.0, False, True, "muted", 0, 8, 0, LINE_HEIGHT),
    "when": (METADATA_SIZE, True, False, "heading", 30, 2, 0, 120),
    "title": (1.45, True, False, "text", 0, 6, 0, 115),
    "meta": (METADATA_SIZE, False, False, "text", 2, 8, 0, 150),
    "summary": (1.0, False, False, "text", 4, 2, 0, LINE_HEIGHT),
    "heading": (1.0, True, False, "heading", 16, 4, 0, 120),
    "entry": (1.0, False, False, "text", 8, 0, 0, LINE_HEIGHT),
    "body": (1.0, False, False, "text", 2, 0, 0, LINE_HEIGHT),
    "item": (1.0, False, False, "text", 2, 1, 1, LINE_HEIGHT),
    "group": (METADATA_SIZE, False, False, "muted", 8, 2, 0, 130),
    "row": (1.0, False, False, "text", 0, 0, 0, 130),
    "quote": (1.15, False, True, "text", 8, 2, 1, LINE_HEIGHT),
    "attribution": (METADATA_SIZE, False, False, "muted", 2, 0, 1, 130),
    "context": (METADATA_SIZE, False, True, "muted", 0, 4, 1, 130),
    "note": (METADATA_SIZE, False, True, "note", 2, 2, 0, 130),
    "small": (METADATA_SIZE, False, False, "muted", 2, 2, 0, 130),
    "footnote": (METADATA_SIZE, False, False, "text", 3, 0, 1, 130),
    "para": (1.0, False, False, "text", 4, 2, 0, LINE_HEIGHT),
}
_BOXED = {"chip", "label", "badge"}  # drawn as small tinted boxes: padded with no-break spaces


def _mix(a: str, b: str, t: float):
    """The colour `t` of the way from a to b."""
    from PySide6.QtGui import QColor

    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(ca.getRgbF()[:3], cb.getRgbF()[:3], strict=True)))


def text_document(blocks: list[Block], family: str = "DejaVu Sans", point_size: float = 10.0,
                  colors: dict[str, str] | None = None, links: bool = False):
    """The blocks as a QTextDocument, every string inserted as plain text.

    The detail pane shows the same document with the theme's `colors` and `links` on
    (related events, markers and web sources become clickable; web addresses are not written
    out); print and PDF use PRINT_COLORS and write the addresses.
    """
    from PySide6.QtGui import (
        QColor,
        QFont,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
        QTextFormat,
        QTextFrameFormat,
        QTextLength,
        QTextListFormat,
        QTextTableFormat,
    )

    c = {**PRINT_COLORS, **(colors or {})}
    from timeline_app.render.fonts import install_fonts

    install_fonts(family)  # Hangul from the bundled font, whatever the system has
    doc = QTextDocument()
    base = QFont(family)
    base.setPointSizeF(point_size)
    doc.setDefaultFont(base)
    doc.setIndentWidth(18)
    cursor = QTextCursor(doc)
    fresh = True  # the cursor sits in an empty block to fill (the first, or the one after a table)
    events_seen = [0]
    lists: dict = {}

    def block_format(kind: str, indent: int) -> tuple[QTextBlockFormat, QFont, str]:
        size, bold, italic, fg, top, bottom, ind, line = _STYLE.get(kind, _STYLE["para"])
        bf = QTextBlockFormat()
        bf.setTopMargin(0 if doc.isEmpty() else top)
        bf.setBottomMargin(bottom)
        bf.setIndent(ind + indent)
        bf.setLineHeight(line, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if kind == "when" and events_seen[0]:
            # On paper each event starts a page, like a slide: its date line never strands at the
            # foot of the page before its title (the screen ignores page breaks).
            bf.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        events_seen[0] += kind == "when"
        font = QFont(base)
        font.setPointSizeF(point_size * size)
        font.setBold(bold)
        font.setItalic(italic)
        return bf, font, fg

    def plain_format(font: QFont, fg: str) -> QTextCharFormat:
        # A block's own character format colours its list bullet: never the last run's colour.
        cf = QTextCharFormat()
        cf.setFont(font)
        cf.setForeground(QColor(c[fg]))
        return cf

    def insert_spans(cur: QTextCursor, b: Block, font: QFont, fg: str) -> None:
        for span in b.parts():
            if span.style == "url" and links:
                continue  # the pane links the title instead of writing the address out
            cf = QTextCharFormat()
            f = QFont(font)
            color = c[fg]
            text = span.text
            if span.style == "strong":
                f.setBold(True)
            elif span.style == "emph":
                f.setItalic(True)
            elif span.style in ("muted", "url"):
                color = c["muted"]
            elif span.style in ("cite", "mark"):
                cf.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
                f.setBold(False)
                f.setItalic(False)
                color = c["link"]
            elif span.style in _BOXED:
                f.setPointSizeF(font.pointSizeF() * (1.0 if span.style == "chip" else 0.85) * (METADATA_SIZE if b.kind not in ("meta", "group") else 1.0))
                f.setBold(False)
                f.setItalic(False)
                text = "\u00a0" + text + "\u00a0"
                if span.style == "badge":
                    color = c["inferred"]
                    cf.setBackground(_mix(c["background"], c["inferred"], 0.16))
                elif span.style == "label":
                    color = c["muted"]
                    cf.setBackground(QColor(c["chip"]))
                else:
                    color = c["text"]
                    cf.setBackground(_mix(c["background"], span.color, 0.22) if span.color else QColor(c["chip"]))
            cf.setFont(f)
            if span.tip:
                cf.setToolTip(span.tip)
            if span.anchor:
                cf.setAnchor(True)
                cf.setAnchorNames([span.anchor])
            if links and span.href:
                cf.setAnchor(True)
                cf.setAnchorHref(span.href)
                if span.style not in ("cite", "mark"):
                    cf.setFontUnderline(True)
                color = c["link"]
            cf.setForeground(QColor(color))
            # insertText: plain text, never markup; a newline in the data becomes a line break.
            cur.insertText(text.replace("\n", "\u2028"), cf)

    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "row":
            # A run of rows is one two-column table: country, then what is in it.
            rows = [b]
            while i + len(rows) < len(blocks) and blocks[i + len(rows)].kind == "row":
                rows.append(blocks[i + len(rows)])
            bf, font, fg = block_format("row", 0)
            if fresh:
                cursor.setBlockFormat(bf)
            else:
                cursor.insertBlock(bf, plain_format(font, fg))
            tf = QTextTableFormat()
            tf.setBorder(0)
            tf.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
            tf.setCellPadding(2)
            tf.setCellSpacing(0)
            tf.setLeftMargin(doc.indentWidth())
            tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
            tf.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 32),
                                          QTextLength(QTextLength.Type.PercentageLength, 68)])
            table = cursor.insertTable(len(rows), 2, tf)
            for r, row in enumerate(rows):
                for col, (content, color) in enumerate(((Block("row", row.label), "muted"), (row, fg))):
                    cell = table.cellAt(r, col).firstCursorPosition()
                    cbf = QTextBlockFormat()
                    cbf.setLineHeight(_STYLE["row"][7], QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                    cell.setBlockFormat(cbf)
                    cell.setBlockCharFormat(plain_format(font, color))
                    insert_spans(cell, content, font, color)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            fresh, lists = True, {}
            i += len(rows)
            continue
        bf, font, fg = block_format(b.kind, b.indent)
        if fresh:
            cursor.setBlockFormat(bf)
            cursor.setBlockCharFormat(plain_format(font, fg))
            fresh = False
        else:
            cursor.insertBlock(bf, plain_format(font, fg))
        if b.kind in ("item", "footnote"):
            # A real list: its bullets or numbers hang, so wrapped lines start under the text.
            level = _STYLE[b.kind][6] + b.indent
            key = (b.kind, level, b.label.isdigit())
            lists = {k: v for k, v in lists.items() if k[1] <= level}
            if key in lists:
                lists[key].add(cursor.block())
            else:
                lf = QTextListFormat()
                if b.kind == "footnote":
                    lf.setStyle(QTextListFormat.Style.ListDecimal if b.label.isdigit() else QTextListFormat.Style.ListLowerAlpha)
                    lf.setNumberSuffix(".")
                else:
                    lf.setStyle(QTextListFormat.Style.ListDisc if level <= 1 else QTextListFormat.Style.ListCircle)
                lf.setIndent(level)
                lists[key] = cursor.createList(lf)
        elif not (b.kind == "small" and b.indent):  # a source's note keeps the numbering going
            lists = {}
        insert_spans(cursor, b, font, fg)
        i += 1
    return doc


def details_pdf_bytes(timeline: Timeline, events: Iterable[Event], page: str = "a4", lang: str = "en") -> bytes:
    """The details document as PDF bytes: A4 or Letter, portrait, numbered pages."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    doc = text_document(document_blocks(timeline, events, lang))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setCreator("timeline-app")
    writer.setTitle(timeline.title)
    size = QPageSize.PageSizeId.Letter if page == "letter" else QPageSize.PageSizeId.A4
    # print_() adds 2 cm of its own: lines stay short enough to read (about 75 characters at 10 pt).
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 10, 15, 10), QPageLayout.Unit.Millimeter))
    doc.print_(writer)
    buf.close()
    return bytes(data.data())


def export_details(timeline: Timeline, path, event_id: str | None = None, page: str = "a4",
                   lang: str = "en") -> int:
    """Write the details of one event (or all) to a .md or .pdf file atomically; returns the count."""
    from pathlib import Path

    suffix = Path(path).suffix.lower()
    if suffix not in DETAIL_SUFFIXES:
        raise ValueError(f"event details are written as .md or .pdf, not {suffix or 'a file without a suffix'}")
    events = select_events(timeline, event_id)
    if suffix == ".md":
        data = details_markdown(timeline, events, lang).encode("utf-8")
    else:
        data = details_pdf_bytes(timeline, events, page, lang)
    write_atomically(path, data)
    return len(events)
