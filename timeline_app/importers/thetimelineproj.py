"""The "Timeline" program's XML files (thetimelineproj, `.timeline`, versions 0.x to 2.x) to our model.

Read with defusedxml (no entity expansion, no external DTDs). The layout follows
timelinelib/dataimport/timelinexml.py: <timeline> holds <version>, an optional <timetype>,
<eras>, <categories>, <events> and <view>.

What maps to what:
  category   name -> label, color "r,g,b" -> "#rrggbb"; a parent category has no place in our
             format, so an event also gets its category's ancestors as tags (with one warning)
  event      text -> title, start/end -> start/end, description -> summary, category -> category,
             hyperlink(s) -> sources, fuzzy / fuzzy_start / fuzzy_end -> date_note,
             milestone -> a point event tagged "milestone"
  container  "[id]Name" -> an event tagged "container"; its subevents "(id)Name" list it in related
  era        name, start, end, color -> eras
Times are written "YYYY-MM-DD HH:MM:SS" with astronomical years (timelinelib's yearformatter
shows year 0 as "1 BC"). A period's end is an instant, so midnight-to-midnight periods become
whole days with an inclusive end (the last day is the one before the end instant); other
times keep their minutes (and seconds when they are not :00).
Dropped, with a warning: progress, alerts, icons, locked, ends_today, per-event colours,
labels, the saved view. Timelines on other calendars (numeric, Coptic, Pharaonic,
Bosparanian) are refused: their times are not Gregorian dates.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from timeline_app.importers.builder import TimelineBuilder, long_text, rgb_hex, short, title_from_source
from timeline_app.importers.html_text import web_url
from timeline_app.model.limits import MAX_ABS_YEAR, MAX_EVENTS
from timeline_app.model.load import Loaded, shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, FixedMessage, Message, Problem, TimelineError
from timeline_app.time import Precision, TimeValue, days_in_month, ms_from_fields, MS_PER_DAY

FORMAT = "thetimelineproj"

_TIME = re.compile(r"\s*(-?\d+)-(\d+)-(\d+)(?:[ T](\d+):(\d+)(?::(\d+))?)?\s*")
_OTHER_CALENDARS = {
    "numtime": "numeric",
    "coptictime": "Coptic",
    "pharaonictime": "Pharaonic",
    "bosparaniantime": "Bosparanian",
}
# Event elements whose content has no place in our format (reported once per kind).
_DROPPED = {
    "progress": "progress", "alert": "alerts", "icon": "icons", "default_color": None,
    "locked": None, "ends_today": "ends-today", "labels": "labels",
}


def parse_xml(data: bytes, source: str | Path | None) -> Element:
    """The root element, or a TimelineError with the line of an XML syntax error."""
    try:
        return SafeET.fromstring(data)
    except ParseError as exc:
        line, column = getattr(exc, "position", (None, None))
        msg = str(exc).split(":", 1)[0]
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "XML syntax error: {error}"), error=msg), line=line,
                                             column=None if column is None else column + 1)]) from None
    except DefusedXmlException as exc:
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "refused unsafe XML ({kind})"), kind=type(exc).__name__))]) from None
    except (ValueError, LookupError) as exc:  # expat's "multi-byte encodings are not supported" (UTF-7, UTF-16 declared)
        m = re.match(rb"\s*<\?xml[^>]*encoding\s*=\s*[\"']([^\"']{1,40})", data)
        declared = Message(QT_TRANSLATE_NOOP("problems", "encoding {name!r}"), name=m.group(1).decode("ascii", "replace")) if m \
            else FixedMessage(QT_TRANSLATE_NOOP("problems", "its encoding"))
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "the XML declares {declared}, which cannot be read ({error}); "
                                                                               "save it as UTF-8"),
                                                     declared=declared, error=str(exc)), line=1)]) from None


def _text(el: Element | None, name: str) -> str | None:
    child = el.find(name) if el is not None else None
    if child is None or child.text is None:
        return None
    return child.text


def parse_color(text: str | None) -> str | None:
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{1,9})\s*,\s*(\d{1,9})\s*,\s*(\d{1,9})\s*", text)
    if not m:
        return None
    r, g, b = (min(255, int(x)) for x in m.groups())
    return rgb_hex(r, g, b)


class _Time:
    __slots__ = ("fields", "midnight", "seconds")

    def __init__(self, fields: tuple[int, int, int, int, int, int]):
        self.fields = fields
        self.midnight = fields[3:] == (0, 0, 0)
        self.seconds = fields[5] != 0


def _parse_time(text: str | None) -> _Time | None:
    if text is None:
        return None
    m = _TIME.fullmatch(text)
    if not m or any(g is not None and len(g.lstrip("-")) > 12 for g in m.groups()):
        return None  # 12 digits hold every year within MAX_ABS_YEAR; more would be slow to read
    y, mo, d, h, mi, s = (int(g) if g is not None else 0 for g in m.groups())
    if not (abs(y) <= MAX_ABS_YEAR and 1 <= mo <= 12 and 1 <= d <= days_in_month(y, mo) and h <= 23 and mi <= 59 and s <= 59):
        return None
    return _Time((y, mo, d, h, mi, s))


def _iso(t: _Time, precision: Precision, minus_day: bool = False) -> str:
    ms = ms_from_fields(*t.fields)
    if minus_day:
        ms -= MS_PER_DAY
    return TimeValue(ms, precision).to_iso()


def span(start: _Time, end: _Time | None) -> tuple[str, str | None]:
    """Our start and inclusive end for a thetimelineproj start and end instant."""
    if end is None or end.fields == start.fields:
        p = Precision.DAY if start.midnight else (Precision.SECOND if start.seconds else Precision.MINUTE)
        return _iso(start, p), None
    if start.midnight and end.midnight:
        # Whole days: the end instant is the start of the day after the last one.
        s = _iso(start, Precision.DAY)
        e = _iso(end, Precision.DAY, minus_day=True)
        return s, (None if e == s else e)
    p = Precision.SECOND if (start.seconds or end.seconds) else Precision.MINUTE
    return _iso(start, p), _iso(end, p)


def read(data: bytes, source: str | Path | None) -> Loaded:
    """Bytes of a .timeline file to a checked timeline."""
    root = parse_xml(data, source)
    if root.tag != "timeline":
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "the XML root is <{tag}>, not <timeline>"), tag=root.tag))])
    timetype = (_text(root, "timetype") or "gregoriantime").strip()
    if timetype != "gregoriantime":
        calendar = _OTHER_CALENDARS.get(timetype, repr(timetype))
        raise TimelineError(source, [Problem("timetype", Message(QT_TRANSLATE_NOOP("problems", "this timeline uses the {calendar} time type, not Gregorian "
                                                                             "dates; only Gregorian timelines can be opened"),
                                                     calendar=calendar))])
    b = TimelineBuilder(source, FORMAT)
    problems: list[Problem] = []
    dropped: dict[str, int] = {}
    version = (_text(root, "version") or "").strip()
    parents = _categories(root, b)
    _eras(root, b, problems)

    containers: dict[str, str] = {}  # container number -> event id
    pending_related: list[tuple[dict, str, str]] = []
    n_containers = 0
    events = root.findall("./events/event")
    if len(events) > MAX_EVENTS:
        raise TimelineError(source, [Problem("events", Message(QT_TRANSLATE_NOOP("problems", "{count:,} events; the limit is {limit:,}"),
                                                             count=len(events), limit=MAX_EVENTS))])
    for i, ev in enumerate(events):
        read_one = _event(ev, i, b, parents, problems, dropped)
        if read_one is None:
            continue
        event, kind, number = read_one
        n_containers += kind == "container"
        if kind == "container" and number is not None:
            containers.setdefault(number, event["id"])
        elif kind == "subevent" and number is not None:
            pending_related.append((event, number, f"events[{i}]"))
        b.events.append(event)

    _relate(pending_related, containers, n_containers, b)
    if problems:
        raise TimelineError(source, problems)
    for label, n in sorted(dropped.items()):
        b.warn("events", Message(QT_TRANSLATE_NOOP("problems", "{what} of 1 event not kept (no place in this format)"), what=label) if n == 1 else
               Message(QT_TRANSLATE_NOOP("problems", "{what} of {count} events not kept (no place in this format)"), what=label, count=n))
    if root.find("now") is not None:
        b.warn("now", QT_TRANSLATE_NOOP("problems", "the saved \"now\" time is not kept"))
    if not version:
        b.warn("version", QT_TRANSLATE_NOOP("problems", "missing; read as a version 2 file"))
    return b.finish(title_from_source(source, "Timeline"))


def _categories(root, b: TimelineBuilder) -> dict[str, str]:
    """Each category into the builder; returns category -> parent. Parents come first in the file
    (timelinelib requires it), but be lenient."""
    parents: dict[str, str] = {}
    for i, cat in enumerate(root.findall("./categories/category")):
        name = (_text(cat, "name") or "").strip()
        if not name:
            b.warn(f"categories[{i}]", QT_TRANSLATE_NOOP("problems", "a category without a name; ignored"))
            continue
        b.category(name, parse_color(_text(cat, "color")))
        parent = (_text(cat, "parent") or "").strip()
        if parent:
            parents[name] = parent
    if parents:
        b.warn("categories", Message(QT_TRANSLATE_NOOP("problems", "{count} categories have a parent; categories here are flat, so each "
                                                   "event is also tagged with its category's parents"), count=len(parents))
               if len(parents) > 1 else QT_TRANSLATE_NOOP("problems", "1 category has a parent; categories here are flat, so each event "
                                                          "is also tagged with its category's parents"))
    return parents


def _ancestors(parents: dict[str, str], name: str) -> list[str]:
    out: list[str] = []
    while name in parents and parents[name] not in out and len(out) < 50:
        name = parents[name]
        out.append(name)
    return out


def _eras(root, b: TimelineBuilder, problems: list[Problem]) -> None:
    for i, era in enumerate(root.findall("./eras/era")):
        here = f"eras[{i}]"
        name = (_text(era, "name") or "").strip() or f"Era {i + 1}"
        start = _parse_time(_text(era, "start"))
        end = _parse_time(_text(era, "end"))
        if start is None or end is None:
            problems.append(Problem(here, Message(QT_TRANSLATE_NOOP("problems", "start {start} or end {end} is not a time like \"2021-10-13 13:23:09\""),
                                                    start=shown(_text(era, "start")), end=shown(_text(era, "end")))))
            continue
        s, e = span(start, end)
        item: dict[str, Any] = {"id": b.era_id(name, i), "label": short(name), "start": s, "end": e or s}
        color = parse_color(_text(era, "color"))
        if color:
            item["color"] = color
        b.eras.append(item)


def _event(ev, i: int, b: TimelineBuilder, parents: dict[str, str], problems: list[Problem],
           dropped: dict[str, int]) -> tuple[dict[str, Any], str | None, str | None] | None:
    """One <event> as (our event, container kind, container number), or None (problem noted)."""
    here = f"events[{i}]"
    raw_text = _text(ev, "text") or ""
    start = _parse_time(_text(ev, "start"))
    end = _parse_time(_text(ev, "end"))
    if start is None:
        problems.append(Problem(f"{here}.start", Message(QT_TRANSLATE_NOOP("problems", "{value} is not a time like \"2021-10-13 13:23:09\""), value=shown(_text(ev, "start")))))
        return None
    if end is None and _text(ev, "end") is not None:
        problems.append(Problem(f"{here}.end", Message(QT_TRANSLATE_NOOP("problems", "{value} is not a time like \"2021-10-13 13:23:09\""), value=shown(_text(ev, "end")))))
        return None
    kind, number, title = _split_text(raw_text)
    tags: list[str] = []
    milestone = (_text(ev, "milestone") or "").strip() == "True"
    if milestone:
        end = None
        tags.append("milestone")
    if kind == "container":
        tags.append("container")
    title = title.strip()
    if not title:
        title = "Untitled event"
        b.warn(f"{here}.text", QT_TRANSLATE_NOOP("problems", 'empty; the event is titled "Untitled event"'))
    s, e = span(start, end)
    event: dict[str, Any] = {"id": b.event_id(None, title, i), "title": short(title), "start": s}
    if e is not None:
        event["end"] = e
    note = _fuzzy_note(ev)
    if note:
        event["date_note"] = note
    category = (_text(ev, "category") or "").strip()
    if category:
        event["category"] = b.category(category)
        tags += [p for p in _ancestors(parents, category) if p not in tags]
    description = (_text(ev, "description") or "").strip()
    if description:
        event["summary"] = long_text(description)
    _links(ev, title, here, b, event)
    if tags:
        event["tags"] = tags
    for child in ev:
        label = _DROPPED.get(child.tag, "")
        text = (child.text or "").strip()
        if label and text and text not in ("0", "False"):
            dropped[label] = dropped.get(label, 0) + 1
    return event, kind, number


def _links(ev, title: str, here: str, b: TimelineBuilder, event: dict[str, Any]) -> None:
    """The event's hyperlinks: web links become sources, anything else is kept in its note."""
    links = _hyperlinks(_text(ev, "hyperlink"))
    ids = []
    kept: list[str] = []
    for link in links:
        url = web_url(link)
        if url:
            ids.append(b.source(url, title=title if len(links) == 1 else None))
        else:
            if len(kept) < 5:  # the rest are counted: the note says every one of them
                b.warn(f"{here}.hyperlink", Message(QT_TRANSLATE_NOOP("problems", "{link!r} is not an http(s) link; kept in the note"),
                                                    link=short(link)[:80]))
            kept.append(f"Link: {link}")
    if kept:
        if len(kept) > 5:
            b.warn(f"{here}.hyperlink", Message(QT_TRANSLATE_NOOP("problems", "{count:,} more links that are not http(s) links; kept in the note"),
                                                count=len(kept) - 5))
        event["note"] = long_text("\n".join(kept))  # joined once: adding them one by one is quadratic
    if ids:
        event["sources"] = list(dict.fromkeys(ids))


def _relate(pending_related: list[tuple[dict, str, str]], containers: dict[str, str], n_containers: int,
            b: TimelineBuilder) -> None:
    """Each subevent lists its container under related events."""
    for event, number, here in pending_related:
        target = containers.get(number)
        if target is None:
            b.warn(f"{here}.text", Message(QT_TRANSLATE_NOOP("problems", "belongs to container ({number}), which is not in the file"), number=number))
        elif target != event["id"]:
            event["related"] = [target]
    if n_containers:
        b.warn("events", Message(QT_TRANSLATE_NOOP("problems", "{count} containers: each is an event tagged \"container\", and its subevents "
                                               "list it under related events"), count=n_containers)
               if n_containers > 1 else QT_TRANSLATE_NOOP("problems", "1 container: each is an event tagged \"container\", and its "
                                                        "subevents list it under related events"))


def _split_text(text: str) -> tuple[str, str | None, str]:
    """("container" | "subevent" | "event", container number, title) as timelinelib reads <text>."""
    if text[:2] in (" (", " ["):  # timelinelib adds a space to titles that start with ( or [
        return "event", None, text[1:]
    m = re.match(r"\[(-?\d*)\](.*)", text, re.DOTALL)
    if m:
        return "container", m.group(1) or "-1", m.group(2)
    m = re.match(r"\((-?\d*)\)(.*)", text, re.DOTALL)
    if m:
        return "subevent", m.group(1) or "-1", m.group(2)
    return "event", None, text


def _fuzzy_note(ev: Element) -> str | None:
    def flag(name: str) -> bool:
        return (_text(ev, name) or "").strip() == "True"

    start, end = flag("fuzzy_start"), flag("fuzzy_end")
    if flag("fuzzy"):
        start = end = True
    if start and end:
        return "Fuzzy: the start and end are approximate"
    if start:
        return "Fuzzy start: the start is approximate"
    if end:
        return "Fuzzy end: the end is approximate"
    return None


def _hyperlinks(text: str | None) -> list[str]:
    """Version 2 writes several links separated by ";" in one <hyperlink>."""
    if not text:
        return []
    return [part.strip() for part in text.split(";") if part.strip()]
