"""Our timeline as TimelineJS 3 JSON, so a timeline built here can be published on the web.

Each event is a slide: id -> unique_id, start/end -> start_date/end_date with the fields its
precision has (a year stays a year), title -> text.headline, and the summary, date note,
location, parties, participants, quotes, activities, mentions and sources -> text.text as
escaped HTML (sources as links); category -> group. Eras -> eras, the title and description
-> the title slide. Negative years are written the way TimelineJS shows them (see
time/historical_years.py): 500 BCE, astronomical -499, is TimelineJS year -500.
TimelineJS dates have no time zone: times are written as the wall-clock time they were
written in, with a warning when any carried a UTC offset.
"""

from __future__ import annotations

import json
from html import escape as _escape_attr
from typing import Any

from timeline_app.exporters.plain import one_line, text_lines
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Problem
from timeline_app.model.timeline import Event, Timeline
from timeline_app.time import Precision, TimeValue
from timeline_app.time.historical_years import astronomical_to_historical


def date_object(v: TimeValue) -> dict[str, Any]:
    """A TimelineJS date object holding exactly the fields of the value's precision."""
    f = v.local_fields
    out: dict[str, Any] = {"year": astronomical_to_historical(f.year)}
    p = v.precision
    if p >= Precision.MONTH:
        out["month"] = f.month
    if p >= Precision.DAY:
        out["day"] = f.day
    if p >= Precision.MINUTE:
        out["hour"] = f.hour
        out["minute"] = f.minute
    if p >= Precision.SECOND:
        out["second"] = f.second
    if p >= Precision.MILLISECOND:
        out["millisecond"] = f.millisecond
    return out


def escape(text: str) -> str:
    """Text as HTML text (quotes left readable; attributes use _escape_attr); no control characters."""
    return _escape_attr(text_lines(text), quote=False)


def _p(text: str) -> str:
    return "<p>" + escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"


def _who(name: str, *details: str | None) -> str:
    extra = ", ".join(d for d in details if d)
    return f"{name} ({extra})" if extra else name


def slide_html(event: Event, timeline: Timeline) -> str:
    """The event's facts as the HTML of a slide's text."""
    parts: list[str] = []
    if event.date_note:
        parts.append(f"<p><em>{escape(event.date_note)}</em></p>")
    if event.summary:
        parts.append(_p(event.summary))
    if event.location:
        loc = event.location
        parts.append("<p>Location: " + escape(", ".join(x for x in (loc.name, loc.place, loc.country) if x)) + "</p>")
    for label, items in (
        ("Parties", [_who(p.name, p.role, p.country) for p in event.parties]),
        ("Participants", [_who(p.name, p.title, p.affiliation, p.country) for p in event.participants]),
        ("Activities", [(f"{a.kind}: {a.description}" + (f" ({a.organization})" if a.organization else ""))
                        for a in event.activities]),
        ("Mentioned", [m.name for m in event.mentions]),
    ):
        if items:
            parts.append(f"<p>{label}: " + escape("; ".join(items)) + "</p>")
    for q in event.quotes:
        who = _who(q.speaker, q.speaker_title) if q.speaker else ""
        cite = f" <cite>{escape(who)}</cite>" if who else ""
        parts.append(f"<blockquote>{escape(q.text)}{cite}</blockquote>")
    links = []
    for sid in event.sources:
        s = timeline.source_by_id.get(sid)
        if s is None:
            continue
        label = escape(s.title + (f", {s.publisher}" if s.publisher else ""))
        links.append(f'<a href="{_escape_attr(one_line(s.url))}">{label}</a>' if s.url else label)
    if links:
        parts.append("<p>Sources: " + "; ".join(links) + "</p>")
    if event.note:
        parts.append(f"<p><small>{escape(event.note)}</small></p>")
    return "".join(parts)


def to_timelinejs(timeline: Timeline) -> tuple[dict[str, Any], list[Problem]]:
    """The TimelineJS 3 document, and warnings about what it cannot hold."""
    warnings: list[Problem] = []
    offsets = False
    doc: dict[str, Any] = {"title": {"text": {"headline": escape(one_line(timeline.title))}}}
    if timeline.description:
        doc["title"]["text"]["text"] = _p(timeline.description)
    events = []
    for ev in timeline.events:
        slide: dict[str, Any] = {
            "unique_id": one_line(ev.id),
            "start_date": date_object(ev.start),
            "text": {"headline": escape(one_line(ev.title)), "text": slide_html(ev, timeline)},
        }
        offsets = offsets or ev.start.offset_minutes not in (None, 0)
        if ev.end is not None and ev.end != ev.start:
            slide["end_date"] = date_object(ev.end)
            offsets = offsets or ev.end.offset_minutes not in (None, 0)
        if ev.category is not None:
            cat = timeline.category_by_id.get(ev.category)
            slide["group"] = one_line(cat.label if cat else ev.category)
        events.append(slide)
    doc["events"] = events
    if timeline.eras:
        doc["eras"] = [
            {"start_date": date_object(e.start), "end_date": date_object(e.end), "text": {"headline": escape(one_line(e.label))}}
            for e in timeline.eras
        ]
    if offsets:
        warnings.append(Problem("", QT_TRANSLATE_NOOP("problems", "TimelineJS dates have no time zone; times are written as the "
                                                                  "local wall-clock time they were given in, without their UTC offset")))
    if timeline.categories or any(e.color for e in timeline.eras):
        warnings.append(Problem("", QT_TRANSLATE_NOOP("problems", "category and era colours are not kept (TimelineJS has no place "
                                                                  "for them)")))
    return doc, warnings


def timelinejs_json(timeline: Timeline) -> tuple[str, list[Problem]]:
    doc, warnings = to_timelinejs(timeline)
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n", warnings
