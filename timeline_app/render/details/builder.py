"""The blocks of the details document: one event's (event_blocks), or a whole timeline's."""

from __future__ import annotations

from collections.abc import Iterable

from timeline_app.model import Event, Timeline
from timeline_app.render.details.citations import Citations, fact_marks
from timeline_app.render.details.records import Block, Span, block
from timeline_app.render.details.sections import SECTIONS, foot
from timeline_app.render.details.wording import both_names, joined_names, translate
from timeline_app.time import format_length, format_range


def event_blocks(ev: Event, t: Timeline, lang: str = "en") -> list[Block]:
    """Everything known about one event: the detail pane shows these, documents print them.
    Dates are written in `lang` (time/format.py)."""
    refs = Citations(t, lang)  # sources are numbered in the order cited, top to bottom
    out = _head(ev, refs, lang)
    chips = _chips(ev, t, refs, lang)
    if chips:
        out.append(block("meta", *chips))
    if ev.summary:
        out.append(Block("summary", ev.summary))
    for section in SECTIONS:
        out += section(ev, refs)
    out += _related(ev, t, lang)
    if ev.tags:
        out.append(block("small", translate("Document", "Tags: ") + " · ".join(ev.tags)))
    out += foot(refs, lang)
    return out


def _head(ev: Event, refs: Citations, lang: str) -> list[Block]:
    """The date line, the title, and the notes on the date and the event."""
    length = format_length(ev.start, ev.end, lang=lang)
    when = [Span(format_range(ev.start, ev.end, lang=lang) + (f" ({length})" if length else ""))]
    if ev.inferred:
        when += [Span(" "), Span(translate("Document", "inferred"), "badge", tip=ev.note or translate("Document", "This event is inferred rather than stated."))]
    out = [block("when", *when, refs.cite(ev.sources)), Block("title", ev.title)]
    if ev.date_note:
        out.append(Block("note", ev.date_note))
    if ev.note:
        out.append(Block("note", (translate("Document", "Inferred: ") if ev.inferred else "") + ev.note))
    return out


def _chips(ev: Event, t: Timeline, refs: Citations, lang: str) -> list[Span | None]:
    """The venue, its place and the category, as chips."""
    chips: list[Span | None] = []
    if ev.location is not None:
        loc = ev.location
        # The venue and its place as two chips, each unbroken: a chip split over two lines reads as two.
        venue = both_names(loc.name, loc.native_name, lang)
        chips += [Span(x.replace(" ", "\u00a0"), "chip") for x in (venue, joined_names(loc.place, loc.country)) if x]
        chips = [c for i, chip in enumerate(chips) for c in ((Span("  "), chip) if i else (chip,))]
        chips += fact_marks(loc, refs)
    cat = t.category_by_id.get(ev.category or "")
    if cat is not None:
        chips += [Span("  ") if chips else None, Span(cat.label, "chip", color=cat.color)]
    return chips


def _related(ev: Event, t: Timeline, lang: str) -> list[Block]:
    related = [t.event_by_id[r] for r in ev.related if r in t.event_by_id]
    if not related:
        return []
    out = [Block("heading", translate("Document", "Related events"))]
    for r in related:
        out.append(block("item", Span(r.title, href=f"event:{r.id}"),
                         Span(" — " + format_range(r.start, r.end, lang=lang), "muted")))
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
