"""The TimelineJS spreadsheet template, saved as CSV, to our model.

The template's columns: Year, Month, Day, Time, End Year, End Month, End Day, End Time,
Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type,
Group, Background. Columns are found by name (case, spaces and order do not matter), as
TimelineJS does when it reads a Google sheet. A row whose Type is "title" is the title slide
(a second one becomes an event, with a warning, as in TimelineJS); "era" rows are eras. Each
row becomes a TimelineJS slide and goes through the TimelineJS JSON conversion, so both
formats map the same way; problems name the CSV line and column.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from timeline_app.importers import timelinejs_json
from timeline_app.model.limits import MAX_EVENTS
from timeline_app.model.load import Loaded, decode_text, shown
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem, TimelineError, FixedMessage

FORMAT = "timelinejs-csv"

# Normalised column name -> where it goes in a TimelineJS slide.
_COLUMNS = {
    "year": ("start_date", "year"),
    "month": ("start_date", "month"),
    "day": ("start_date", "day"),
    "time": ("start_date", "time"),
    "endyear": ("end_date", "year"),
    "endmonth": ("end_date", "month"),
    "endday": ("end_date", "day"),
    "endtime": ("end_date", "time"),
    "displaydate": ("display_date", None),
    "headline": ("text", "headline"),
    "text": ("text", "text"),
    "media": ("media", "url"),
    "mediacredit": ("media", "credit"),
    "mediacaption": ("media", "caption"),
    "mediathumbnail": ("media", "thumbnail"),
    "type": ("type", None),
    "group": ("group", None),
    "tag": ("group", None),  # the older template's name for Group
    "background": ("background", None),
}
# Where a slide field was read from, to name the column in a problem.
_FIELD_COLUMN = {
    "start_date.year": "Year", "start_date.month": "Month", "start_date.day": "Day",
    "start_date.hour": "Time", "start_date.minute": "Time", "start_date.second": "Time",
    "start_date.millisecond": "Time", "start_date": "Year",
    "end_date.year": "End Year", "end_date.month": "End Month", "end_date.day": "End Day",
    "end_date.hour": "End Time", "end_date.minute": "End Time", "end_date.second": "End Time",
    "end_date.millisecond": "End Time", "end_date": "End Year",
    "text.headline": "Headline", "unique_id": "Headline", "media.url": "Media",
}


def _norm(name: str) -> str:
    return "".join(name.lower().split()).replace("_", "")  # no spaces or underscores, at C speed


def sniff_header(text: str) -> str | None:
    """The delimiter when the first line is a TimelineJS template header, else None."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    for delimiter in (",", "\t", ";"):
        try:
            names = {_norm(c) for c in next(csv.reader([first], delimiter=delimiter))}
        except (csv.Error, StopIteration):
            continue
        if {"year", "headline"} <= names:
            return delimiter
    return None


def read(data: bytes, source: str | Path | None) -> Loaded:
    """Bytes of a TimelineJS template CSV to a checked timeline."""
    text = decode_text(data, source)
    delimiter = sniff_header(text)
    if delimiter is None:
        raise TimelineError(source, [Problem("", QT_TRANSLATE_NOOP("problems", "the first line is not the TimelineJS template's header "
                                                               "(it needs at least the columns Year and Headline)"), line=1)])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "CSV error: {error}"), error=str(exc)), line=1)]) from None
    columns: list[tuple[str, str | None] | None] = []
    unknown = []
    for name in header:
        target = _COLUMNS.get(_norm(name))
        columns.append(target)
        if target is None and name.strip():
            unknown.append(name.strip())

    title, events, eras, lines, warnings = _rows(reader, columns, source)

    def locate(kind: str, index: int, field: str) -> tuple[str, int | None]:
        column = _FIELD_COLUMN.get(field)
        if column is None and field:
            column = field.split(".")[-1].replace("_", " ").title()
        return (column or ""), lines.get((kind, index))

    doc: dict[str, Any] = {"events": events, "eras": eras}
    if title is not None:
        doc["title"] = title
    try:
        loaded = timelinejs_json.from_data(doc, source, locate=locate, source_format=FORMAT)
    except TimelineError as exc:
        raise TimelineError(source, [_with_column(p) for p in exc.problems]) from None
    loaded.warnings[:] = [_with_column(p) for p in loaded.warnings]
    if unknown:
        names = ", ".join(repr(u[:40]) for u in unknown[:5])
        if len(unknown) > 5:
            names = Message(QT_TRANSLATE_NOOP("problems", "{names} and {count:,} more"), names=names, count=len(unknown) - 5)
        said = Message(QT_TRANSLATE_NOOP("problems", "columns {names} not in the TimelineJS template; ignored"), names=names) \
            if len(unknown) > 1 else Message(QT_TRANSLATE_NOOP("problems", "column {names} not in the TimelineJS template; ignored"), names=names)
        warnings.insert(0, Problem("", said, line=1))
    loaded.warnings[:0] = warnings
    return loaded


def _rows(reader, columns: list,
          source: str | Path | None) -> tuple[dict | None, list[dict], list[dict], dict, list[Problem]]:
    """The title slide, the event and era slides, the line of each, and warnings about the rows."""
    title: dict | None = None
    events: list[dict] = []
    eras: list[dict] = []
    lines: dict[tuple[str, int], int] = {}
    warnings: list[Problem] = []
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(events) + len(eras) >= MAX_EVENTS:
                raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "more than {limit:,} rows; the limit is {limit:,} events"),
                                                             limit=MAX_EVENTS), line=line)])
            slide, problems = _slide(row, columns, line)
            if problems:
                raise TimelineError(source, problems)
            kind = str(slide.pop("type", "")).strip().lower()
            if kind == "title":
                if title is None:
                    title = slide
                    lines[("title", -1)] = line
                    continue
                warnings.append(Problem("", QT_TRANSLATE_NOOP("problems", "a second title row; kept as an event, as TimelineJS does"), line=line))
            if kind == "era":
                lines[("eras", len(eras))] = line
                eras.append(slide)
            else:
                lines[("events", len(events))] = line
                events.append(slide)
    except csv.Error as exc:
        message: str | Message = str(exc)
        if "field larger than field limit" in message:
            message = Message(QT_TRANSLATE_NOOP("problems", "a cell longer than {limit:,} characters (the limit for one cell)"),
                              limit=csv.field_size_limit())
        raise TimelineError(source, [Problem("", Message(QT_TRANSLATE_NOOP("problems", "CSV error: {error}"), error=message),
                                             line=reader.line_num)]) from None
    return title, events, eras, lines, warnings


def _with_column(p: Problem) -> Problem:
    """A place of "line 7" shows only the line; name the column in the message ("Month: ...")."""
    if p.line is not None and p.path and not p.message.startswith(p.path):
        return Problem("", Message("{path}: {message}", path=p.path, message=p.said or FixedMessage(p.message)),
                       line=p.line, column=p.column)
    return p


def _slide(row: list[str], columns: list, line: int) -> tuple[dict, list[Problem]]:
    slide: dict[str, Any] = {}
    problems: list[Problem] = []
    for cell, target in zip(row, columns):
        if target is None:
            continue
        value = cell.strip()
        key, sub = target
        if key in ("start_date", "end_date"):
            date = slide.setdefault(key, {})
            if sub == "time":
                if value:
                    try:
                        date.update(parse_time_cell(value))
                    except ValueError as exc:
                        column = "Time" if key == "start_date" else "End Time"
                        problems.append(Problem(column, Message(QT_TRANSLATE_NOOP("problems", "{value} is not a time ({reason})"), value=shown(value),
                                                                         reason=getattr(exc, "said", None) or str(exc)), line=line))
            else:
                date[sub] = value
        elif key == "background":
            if value:
                slide["background"] = {"url" if re.match(r"^(https?:)?//?", value) else "color": value}
        elif sub is None:
            slide[key] = value
        else:
            slide.setdefault(key, {})[sub] = value
    # A row with an empty End Year has no end (TimelineJS drops it, even with End Month set).
    end = slide.get("end_date")
    if end is not None and not end.get("year"):
        del slide["end_date"]
    start = slide.get("start_date")
    if start is not None and not any(v for v in start.values()):
        del slide["start_date"]
    return slide, problems


def parse_time_cell(text: str) -> dict[str, int]:
    """A Time cell as TimelineJS reads it: "14:30", "2:30 PM", "1430", "14:30:15.250"."""
    period = None
    # Anchored at the end of stripped text: a search for "\s*...$" would try every run of
    # inner spaces from each of its starts (quadratic in a cell of many spaces).
    text = text.strip()
    m = re.search(r"([AaPp])\.?[Mm]\.?$", text[-6:])
    if m:
        period = m.group(1).lower()
        text = text[: len(text) - 6 + m.start() if len(text) >= 6 else m.start()].strip()
    compact = re.fullmatch(r"(\d{1,2})(\d{2})", text)
    if compact:
        parts = list(compact.groups())
    else:
        parts = re.split(r"[:.]", text) if ":" in text else text.split(".")
    if not 1 <= len(parts) <= 4 or not all(re.fullmatch(r"\d{1,4}", p) for p in parts[:3]) \
            or not all(re.fullmatch(r"\d+", p) for p in parts[3:]):
        raise ValueError("expected hours:minutes, as in 14:30 or 2:30 PM")
    hour = int(parts[0])
    if period == "p" and hour != 12:
        hour += 12
    elif period == "a" and hour == 12:
        hour = 0
    if not 0 <= hour <= 23:
        raise ValueError(f"hour {hour} does not exist")
    out = {"hour": hour}
    if len(parts) > 1:
        out["minute"] = int(parts[1])
    if len(parts) > 2:
        out["second"] = int(parts[2])
    if len(parts) > 3:
        frac = parts[3][:3]
        out["millisecond"] = int(frac.ljust(3, "0"))
    return out
