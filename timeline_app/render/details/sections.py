"""The sections of one event's details, each a list of blocks: parties, people, organizations,
activities, quotes, mentions, and the foot with the sources and notes they cite."""

from __future__ import annotations

from collections import defaultdict

from timeline_app.model import Event
from timeline_app.model.timeline import Participant
from timeline_app.render.details.citations import Citations, fact_marks
from timeline_app.render.details.records import Block, Span, block
from timeline_app.render.details.wording import both_names, common_lead, joined_names, translate, with_native
from timeline_app.time import format_date

NOT_STATED = "Country not stated"


def _same(values: list) -> bool:
    return len(values) > 1 and all(v == values[0] for v in values)


def parties(ev: Event, refs: Citations) -> list[Block]:
    if not ev.parties:
        return []
    out = [Block("heading", translate("Document", "Parties"))]
    for p in ev.parties:
        name = both_names(p.name, p.native_name, refs.lang, p.short_name)
        role = [Span("  "), Span(p.role, "label")] if p.role else []
        out.append(block("entry", Span(name, "strong"), *fact_marks(p, refs), *role))
        meta = " · ".join(x for x in (p.country, f"represented by {p.representative}" if p.representative else None) if x)
        if meta:
            out.append(block("small", meta))
        if p.description:
            out.append(Block("body", p.description))
    return out


def people(ev: Event, refs: Citations) -> list[Block]:
    persons = [x for x in ev.participants if x.kind == "person"]
    if not persons:
        return []
    out = [Block("heading", translate("Document", "People"))]
    for x in persons:
        office = joined_names(x.title, x.affiliation)
        out.append(block("entry", Span(both_names(x.name, x.native_name, refs.lang), "strong"),
                         " — " + office if office else None,
                         Span(" · " + x.role, "muted") if x.role else None, *fact_marks(x, refs)))
    return out


def organizations(ev: Event, refs: Citations) -> list[Block]:
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
            out.append(block("group", Span(role or translate("Document", "Organizations"), "label"), group_cite))
        by_country: dict[str, list[Participant]] = defaultdict(list)
        for x in members:
            by_country[x.country or NOT_STATED].append(x)
        for country in sorted(by_country, key=lambda c: (c == NOT_STATED, c)):
            cell: list[Span | None] = []
            for i, x in enumerate(by_country[country]):
                extra = joined_names(*(v for v in (x.sector, x.affiliation) if v and v not in (role or "")))
                cell += [Span(", ") if i else None, Span(both_names(x.name, x.native_name, refs.lang)),
                         Span(f" ({extra})", "muted") if extra else None,
                         *fact_marks(x, refs, cite=not shared_sources, note=not shared_note)]
            out.append(block("row", *cell, label=country))
        if shared_note:
            out.append(Block("small", shared_note))
    return out


def activities(ev: Event, refs: Citations) -> list[Block]:
    if not ev.activities:
        return []
    shared_sources = _same([a.sources for a in ev.activities])
    shared_note = _same([a.note for a in ev.activities]) and ev.activities[0].note
    heading_cite = refs.cite(ev.activities[0].sources) if shared_sources else None
    out = [block("heading", translate("Document", "Activities"), heading_cite)]
    # "Representatives from X ... visited A." five times reads as one lead-in and a short list.
    lead = common_lead([a.description for a in ev.activities])
    if lead:
        out.append(Block("body", lead.rstrip(" ,;") + ":"))
    for a in ev.activities:
        text = with_native(a.description[len(lead):], a.organization, a.organization_native_name)
        kind = None if lead else Span(a.kind[:1].upper() + a.kind[1:] + ": ", "strong")
        out.append(block("item", kind, text, *fact_marks(a, refs, cite=not shared_sources, note=not shared_note)))
    if shared_note:
        out.append(Block("small", shared_note))
    return out


def quotes(ev: Event, refs: Citations) -> list[Block]:
    if not ev.quotes:
        return []
    out = [Block("heading", translate("Document", "Quotes"))]
    for q in ev.quotes:
        out.append(block("quote", Span(f"“{q.text}”")))
        who = ", ".join(x for x in (q.speaker, q.speaker_title) if x)
        out.append(block("attribution", Span(f"— {who}") if who else None, *fact_marks(q, refs)))
        if q.context:
            out.append(Block("context", q.context))
    return out


def mentions(ev: Event, refs: Citations) -> list[Block]:
    """Names said in the same breath (one context) share one line."""
    if not ev.mentions:
        return []
    shared_sources = _same([m.sources for m in ev.mentions])
    out = [block("heading", translate("Document", "Also mentioned"), refs.cite(ev.mentions[0].sources) if shared_sources else None)]
    by_context: dict[str | None, list] = defaultdict(list)
    for m in ev.mentions:
        by_context[m.context].append(m)
    for context, ms in by_context.items():
        spans: list[Span | None] = []
        for i, m in enumerate(ms):
            spans += [Span(", ") if i else None, Span(both_names(m.name, m.native_name, refs.lang), "strong"),
                      *fact_marks(m, refs, cite=not shared_sources)]
        if context:
            spans.append(Span(" — " + context, "muted"))
        out.append(block("item", *spans))
    return out


def foot(refs: Citations, lang: str = "en") -> list[Block]:
    """The sources, numbered as cited, and the notes, lettered: each said once."""
    out: list[Block] = []
    if refs.sources:
        out.append(Block("heading", translate("Document", "Sources")))
        for sid, n in sorted(refs.sources.items(), key=lambda kv: kv[1]):
            s = refs.timeline.source_by_id[sid]
            extra = " · ".join(x for x in (s.publisher, format_date(s.date, lang=lang) if s.date else None) if x)
            out.append(block("footnote", Span(s.title, href=s.url, anchor=f"source-{n}"),  # the model admits only http(s) URLs
                             Span(" — " + extra, "muted") if extra else None,
                             Span(" " + s.url, "url", href=s.url) if s.url else None, label=str(n)))
            if s.note:
                out.append(block("small", s.note, indent=2))  # under its entry's text, past the number
    if refs.notes:
        out.append(Block("heading", translate("Document", "Notes")))
        for text, letter in refs.notes.items():
            out.append(block("footnote", Span(text, anchor=f"note-{letter}"), label=letter))
    return out


# The body of an event's details, in reading order (the foot follows, after related events).
SECTIONS = (parties, people, organizations, activities, quotes, mentions)
