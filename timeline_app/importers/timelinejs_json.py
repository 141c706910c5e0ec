"""TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html) to our model.

What maps to what:
  title slide   text.headline -> title, text.text -> description, media -> a source
  events        unique_id -> id, start_date/end_date -> start/end (at the precision written),
                display_date -> date_note, text.headline -> title, text.text -> summary (plain
                text; its links become sources), media.url -> a source (an HTML blockquote in
                media becomes a quote), group -> category
  eras          start_date/end_date/text.headline -> eras
Dropped, with a warning: backgrounds, media thumbnails, slide types, and embeds that are not links.

Years: see timelinejs_dates.py (a written -500 is 500 BCE).
"""

from __future__ import annotations

from itertools import repeat
from pathlib import Path
from typing import Any, Callable

from timeline_app.importers.builder import TimelineBuilder, long_text, short, title_from_source
from timeline_app.importers.html_text import PlainText, html_to_text
from timeline_app.importers.timelinejs_dates import convert_date, has_year, same_date
from timeline_app.importers.timelinejs_media import MediaReader, _unique
from timeline_app.model.cancel import checkpoint
from timeline_app.model.limits import MAX_EVENTS
from timeline_app.model.load import KeyCheck, Loaded, _find_duplicate_keys, _kept_keys, parse_json, shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem, TimelineError

FORMAT = "timelinejs"

_MEMO_ENTRIES = 100_000  # remembered dates and texts, at most

# locate(kind, index, field) -> (path, line): how a problem names its place in the source file.
Locate = Callable[[str, int, str], tuple[str, int | None]]


def json_locate(kind: str, index: int, field: str) -> tuple[str, int | None]:
    base = kind if index < 0 else f"{kind}[{index}]"
    return (f"{base}.{field}" if field else base), None


def is_timelinejs(raw: Any) -> bool:
    """A TimelineJS document: "events" holding objects with "start_date" objects (or only a title slide)."""
    if not isinstance(raw, dict) or raw.get("format") == "timeline-app":
        return False
    events = raw.get("events")
    if not isinstance(events, list):
        return False
    if any(isinstance(e, dict) and isinstance(e.get("start_date"), dict) for e in events):
        return True
    return not events and isinstance(raw.get("title"), dict) and "text" in raw["title"]


def read(data: bytes, source: str | Path | None) -> Loaded:
    """Bytes of a TimelineJS JSON file to a checked timeline."""
    return from_data(parse_json(data, source), source)


class _Slides(MediaReader):
    """Shared conversion of TimelineJS slides; the CSV importer feeds the same shapes."""

    def __init__(self, raw: dict, source: str | Path | None, locate: Locate, source_format: str,
                 keys: KeyCheck | None = None):
        self.raw = raw
        # JSON text whose duplicate keys are still to be looked for, and the keys the parser
        # kept so far (counted as the slides are read: see parse_json_unchecked).
        self.keys = keys
        self.kept_keys = 0
        self.source = source
        self.locate = locate
        self.b = TimelineBuilder(source, source_format)
        self.problems: list[Problem] = []
        self.dropped: dict[str, int] = {}
        # Slides repeat their dates and short texts (a group, a headline): each is converted once.
        self._dates: dict[tuple, str] = {}
        self._texts: dict[str, PlainText] = {}
        scale = raw.get("scale")
        self.cosmological = scale == "cosmological"
        if scale not in (None, "", "human", "cosmological"):
            path, line = locate("scale", -1, "")
            self.b.warn(path, Message(QT_TRANSLATE_NOOP("problems", '{value} is not a TimelineJS scale ("human" or "cosmological"); ignored'),
                                          value=shown(scale)), line)

    def warn(self, path: str, message: str | Message, line: int | None = None) -> None:
        self.b.warn(path, message, line)

    def drop(self, what: str) -> None:
        self.dropped[what] = self.dropped.get(what, 0) + 1

    def text(self, value: Any) -> PlainText:
        # The PlainTexts handed out are shared (memo, _NO_TEXT): callers read them, never change them.
        if not isinstance(value, str) or not value.strip():
            return _NO_TEXT
        if len(value) > 200:
            return html_to_text(value)
        found = self._texts.get(value)
        if found is None:
            if "<" in value or "&" in value or "\n" in value:
                found = html_to_text(value)
            else:  # one line with no markup: what html_to_text gives, without its regex (a million headlines)
                found = PlainText(" ".join(value.split()), [])
            if len(self._texts) < _MEMO_ENTRIES:
                self._texts[value] = found
        return found

    def date(self, raw: Any, kind: str, index: int, field: str) -> str | None:
        def where(part: str) -> tuple[str, int | None]:
            return self.locate(kind, index, f"{field}.{part}" if part else field)

        key = None
        if type(raw) is dict:
            key = tuple(raw.items())
            try:
                found = self._dates.get(key)
            except TypeError:  # a list or an object as a date part: convert_date names it
                key = found = None
            if found is not None:
                return found
        problems, warnings = len(self.problems), len(self.b.warnings)
        iso = convert_date(raw, self.cosmological, where, self.problems, self.warn)
        # Only a date that converted without a word is remembered: a warning names its place.
        if key is not None and iso is not None and len(self._dates) < _MEMO_ENTRIES \
                and len(self.problems) == problems and len(self.b.warnings) == warnings:
            self._dates[key] = iso
        return iso

    def event(self, slide: Any, index: int) -> None:
        kind = "events"
        if not isinstance(slide, dict):
            path, line = self.locate(kind, index, "")
            self.problems.append(Problem(path, QT_TRANSLATE_NOOP("problems", "must be an object {...}"), line=line))
            return
        text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
        headline = self.text(text.get("headline"))
        body = self.text(text.get("text"))
        if "start_date" not in slide:
            path, line = self.locate(kind, index, "start_date")
            self.problems.append(Problem(path, QT_TRANSLATE_NOOP("problems", "is required (TimelineJS: \"Missing start_date\")"), line=line))
            return
        start = self.date(slide["start_date"], kind, index, "start_date")
        end = None
        end_raw = slide.get("end_date")
        if isinstance(end_raw, dict) and not same_date(slide["start_date"], end_raw) and has_year(end_raw):
            end = self.date(end_raw, kind, index, "end_date")
        if start is None:
            return
        title = headline.text or self._untitled(body, kind, index)
        event: dict[str, Any] = {
            "id": self.b.event_id(_text_id(slide.get("unique_id")), title, index,
                                  lambda: self.locate(kind, index, "unique_id")[0]),
            "title": short(title),
            "start": start,
        }
        if end is not None and end != start:
            event["end"] = end
        # (Each step below is skipped when its part of the slide is absent: a million tiny
        # slides spent as long in them as in the rest.)
        start_raw = slide["start_date"]
        if "display_date" in slide or isinstance(end_raw, dict) or (isinstance(start_raw, dict) and "display_date" in start_raw):
            display = _display_date(slide)
            if display:
                event["date_note"] = long_text(display)
        group = slide.get("group")
        if isinstance(group, str) and group.strip():
            event["category"] = self.b.category(self.text(group).text or group.strip())
        if body.text:
            event["summary"] = long_text(body.text)
        ids = [self.b.source(link.url, title=link.text or None) for link in headline.links + body.links] \
            if headline.links or body.links else []
        media = slide.get("media")
        if media is not None:
            media_ids, quotes = self.media_sources(media, title, kind, index)
            ids = _unique(media_ids + ids)
            if quotes:
                event["quotes"] = quotes
        elif ids:
            ids = _unique(ids)
        if ids:
            event["sources"] = ids
        if "background" in slide:
            self._note_dropped(slide)
        self.b.events.append(event)

    def _untitled(self, body: PlainText, kind: str, index: int) -> str:
        """The title of a slide with an empty headline: its text's first line, or "Untitled event"."""
        title = body.text.split("\n", 1)[0][:80] if body.text else ""
        path, line = self.locate(kind, index, "text.headline")
        said = Message(QT_TRANSLATE_NOOP("problems", 'empty headline; the event is titled "{title}" from its text'), title=short(title)) \
            if title else QT_TRANSLATE_NOOP("problems", 'empty headline; the event is titled "Untitled event"')
        self.warn(path, said, line)
        return title or "Untitled event"

    def _tiny_piece(self, events: list, a: int, b: int) -> bool:
        """Slides a..b converted column by column when every one is tiny: only a year-only
        start_date, a one-line plain headline, and perhaps a text unique_id and a group (a
        Python call per slide, as `event` makes, costs more than all the rest of an import
        of a million such slides). Gives exactly what `event` gives, else False (nothing done)."""
        piece = events[a:b]
        n = len(piece)
        if _DICT_ONLY != set(map(type, piece)) or not all(map(_TINY_KEYS.issuperset, piece)):
            return False
        get = dict.get
        starts = list(map(get, piece, repeat("start_date")))
        texts = list(map(get, piece, repeat("text")))
        if _DICT_ONLY != set(map(type, starts)) or _DICT_ONLY != set(map(type, texts)) \
                or sum(map(len, starts)) != n or sum(map(len, texts)) != n:
            return False
        years = list(map(get, starts, repeat("year")))
        heads = list(map(get, texts, repeat("headline")))
        uids = list(map(get, piece, repeat("unique_id")))
        groups = list(map(get, piece, repeat("group")))
        if _INT_ONLY != set(map(type, years)) or _STR_ONLY != set(map(type, heads)) \
                or not _STR_OR_NONE.issuperset(map(type, uids)) or not _STR_OR_NONE.issuperset(map(type, groups)):
            return False
        # A headline `text` reads without html_to_text and `short` leaves as it is.
        titles = list(map(" ".join, map(str.split, heads)))
        joined = "\x00".join(heads)
        if "<" in joined or "&" in joined or "\n" in joined or not 0 < min(map(len, titles)) \
                or max(map(len, heads)) > 200:
            return False
        isos = {}
        for year in dict.fromkeys(years):  # each year converted as `date` does, and only when it gives no word
            key = (("year", year),)
            iso = self._dates.get(key)
            if iso is None:
                problems: list[Problem] = []
                warned: list[str] = []
                iso = convert_date({"year": year}, self.cosmological, lambda part: ("", None), problems,
                                   lambda path, message, line=None: warned.append(message))
                if problems or warned or iso is None:
                    return False
                if len(self._dates) < _MEMO_ENTRIES:
                    self._dates[key] = iso
            isos[year] = iso
        starts = list(map(isos.__getitem__, years))
        cats: dict[str, str | None] = {}
        for group in dict.fromkeys(groups):  # categories made in the order the slides first name them
            if isinstance(group, str) and group.strip():
                cats[group] = self.b.category(self.text(group).text or group.strip())
        ids = self.b.event_ids(uids, titles, a, lambda i: self.locate("events", i, "unique_id")[0])
        if cats:
            made = [{"id": i, "title": t, "start": s} if c is None else {"id": i, "title": t, "start": s, "category": c}
                    for i, t, s, c in zip(ids, titles, starts, map(cats.get, groups))]
        else:
            made = [{"id": i, "title": t, "start": s} for i, t, s in zip(ids, titles, starts)]
        self.b.events += made
        if self.keys is not None:  # (only numbers and strings below the slides' own objects)
            self.kept_keys += sum(map(len, piece)) + 2 * n
        return True

    def era(self, slide: Any, index: int) -> None:
        kind = "eras"
        if not isinstance(slide, dict):
            path, line = self.locate(kind, index, "")
            self.problems.append(Problem(path, QT_TRANSLATE_NOOP("problems", "must be an object {...}"), line=line))
            return
        text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
        label = self.text(text.get("headline")).text or f"Era {index + 1}"
        if not isinstance(slide.get("start_date"), dict) or not isinstance(slide.get("end_date"), dict) \
                or not has_year(slide["end_date"]):
            path, line = self.locate(kind, index, "")
            self.warn(path, Message(QT_TRANSLATE_NOOP("problems", 'era "{label}" needs a start_date and an end_date (TimelineJS requires both); '
                                        "dropped"), label=label), line)
            return
        start = self.date(slide["start_date"], kind, index, "start_date")
        end = self.date(slide["end_date"], kind, index, "end_date")
        if start is None or end is None:
            return
        self.b.eras.append({"id": self.b.era_id(label, index), "label": short(label), "start": start, "end": end})
        self._note_dropped(slide)

    def _note_dropped(self, slide: dict) -> None:
        background = slide.get("background")
        if isinstance(background, dict) and any(isinstance(v, str) and v.strip() for v in background.values()):
            self.drop("slide backgrounds (colours and images)")

    def title_slide(self) -> tuple[str, str | None]:
        title = self.raw.get("title")
        if not isinstance(title, dict):
            if title is not None:
                path, line = self.locate("title", -1, "")
                self.warn(path, QT_TRANSLATE_NOOP("problems", "is not a slide object; ignored"), line)
            name = title_from_source(self.source, "Untitled timeline")
            path, line = self.locate("title", -1, "")
            self.warn(path, Message(QT_TRANSLATE_NOOP("problems", 'no title slide; the timeline is titled "{name}" after the file'), name=name), line)
            return name, None
        text = title.get("text") if isinstance(title.get("text"), dict) else {}
        headline = self.text(text.get("headline"))
        body = self.text(text.get("text"))
        name = headline.text
        if not name:
            name = title_from_source(self.source, "Untitled timeline")
            path, line = self.locate("title", -1, "text.headline")
            self.warn(path, Message(QT_TRANSLATE_NOOP("problems", 'the title slide has no headline; the timeline is titled "{name}" after '
                                            "the file"), name=name), line)
        for link in headline.links + body.links:
            self.b.source(link.url, title=link.text or None)
        self.media_sources(title.get("media"), name, "title", -1)
        self._note_dropped(title)
        return name, body.text or None

    def _check_keys(self, kept: int) -> None:
        """Raise the duplicate-key error when the text has more keys than the parser kept."""
        if self.keys is not None and self.keys.tokens > kept:
            _find_duplicate_keys(self.keys.data, self.source)
        self.keys = None

    def finish(self) -> Loaded:
        events = self.raw.get("events")
        if not isinstance(events, list):
            self._check_keys(_kept_keys(self.raw))
            path, line = self.locate("events", -1, "")
            raise TimelineError(self.source, [Problem(path, QT_TRANSLATE_NOOP("problems", "must be a list of slides"), line=line)])
        if len(events) > MAX_EVENTS:
            self._check_keys(_kept_keys(self.raw))
            path, line = self.locate("events", -1, "")
            raise TimelineError(self.source, [Problem(path, Message(QT_TRANSLATE_NOOP("problems", "{count:,} slides; the limit is {limit:,} events"),
                                                                      count=len(events), limit=MAX_EVENTS), line=line)])
        if self.keys is not None:
            self.kept_keys = _kept_keys({k: v for k, v in self.raw.items() if k != "events"}) + 1
        name, description = self.title_slide()
        for a in range(0, len(events), _PIECE):
            checkpoint()
            b = min(a + _PIECE, len(events))
            if not self._tiny_piece(events, a, b):
                if self.keys is not None:
                    self.kept_keys += _kept_keys(events[a:b])
                for i in range(a, b):
                    self.event(events[i], i)
            events[a:b] = repeat(None, b - a)  # the parsed slides are done with: a million of them is a gigabyte
        eras = self.raw.get("eras")
        if isinstance(eras, list):
            for i, era in enumerate(eras):
                self.era(era, i)
        elif eras is not None:
            path, line = self.locate("eras", -1, "")
            self.warn(path, QT_TRANSLATE_NOOP("problems", "is not a list; ignored"), line)
        self._check_keys(self.kept_keys)
        if self.problems:
            raise TimelineError(self.source, self.problems)
        for what, n in sorted(self.dropped.items()):
            self.warn("", Message(QT_TRANSLATE_NOOP("problems", "{what} of 1 slide are not kept (this format has no place for them)"), what=what) if n == 1
                      else Message(QT_TRANSLATE_NOOP("problems", "{what} of {count} slides are not kept (this format has no place for them)"),
                                   what=what, count=n))
        return self.b.finish(name, description)


def from_data(raw: Any, source: str | Path | None, locate: Locate = json_locate,
              source_format: str = FORMAT, keys: KeyCheck | None = None) -> Loaded:
    """A parsed TimelineJS document (dict) to a checked timeline.

    With `keys` (from parse_json_unchecked), the JSON text's duplicate keys are looked for too,
    before any other error is raised."""
    if not isinstance(raw, dict):
        if keys is not None and keys.tokens > _kept_keys(raw):
            _find_duplicate_keys(keys.data, source)
        raise TimelineError(source, [Problem("", QT_TRANSLATE_NOOP("problems", "the top level must be a JSON object {...}"))])
    return _Slides(raw, source, locate, source_format, keys).finish()


_NO_TEXT = PlainText("", [])
_PIECE = 10_000  # slides per piece of the column-wise conversion (Cancel is looked at between pieces)
_TINY_KEYS = frozenset(("start_date", "text", "unique_id", "group"))
_DICT_ONLY = {dict}
_INT_ONLY = {int}
_STR_ONLY = {str}
_STR_OR_NONE = frozenset((str, type(None)))


def _text_id(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else None


def _display_date(slide: dict) -> str | None:
    texts = []
    for holder, label in ((slide, ""), (slide.get("start_date"), ""), (slide.get("end_date"), "end: ")):
        if isinstance(holder, dict) and isinstance(holder.get("display_date"), str):
            shown = html_to_text(holder["display_date"]).text
            if shown and shown not in texts:
                texts.append(label + shown)
    return "; ".join(texts) or None
