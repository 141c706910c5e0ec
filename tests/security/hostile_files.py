"""Makers of the hostile and oversized files of issue 17, written at test time (never committed).

Each maker takes a folder and a size `n` and returns the path it wrote. The scaling tests call
them at N and 8N; `python tests/security/hostile_files.py OUT_DIR` writes every one at the size
the issue reported, for a run by hand with `timeout 60 /usr/bin/time -v`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ICS_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
ICS_TAIL = "END:VCALENDAR\r\n"


def _write(folder: Path, name: str, text: str | bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def _slide(i: int, headline: str, uid: str | None = None) -> dict:
    slide = {"start_date": {"year": 1900 + i % 100}, "text": {"headline": headline}}
    if uid is not None:
        slide["unique_id"] = uid
    return slide


def tljs_same_headline(folder: Path, n: int = 20_000) -> Path:
    doc = {"title": {"text": {"headline": "T"}}, "events": [_slide(i, "Same") for i in range(n)]}
    return _write(folder, "same-headline.json", json.dumps(doc))


def tljs_same_unique_id(folder: Path, n: int = 20_000) -> Path:
    doc = {"title": {"text": {"headline": "T"}}, "events": [_slide(i, f"E{i}", "dup") for i in range(n)]}
    return _write(folder, "same-unique-id.json", json.dumps(doc))


def tljs_tiny_slides(folder: Path, n: int = 1_000_000, unique: bool = False) -> Path:
    slides = ",".join(
        f'{{"start_date":{{"year":{1900 + i % 100}}},"text":{{"headline":"{("e" + str(i)) if unique else "x"}"}}'
        + (f',"unique_id":"u{i}"' if unique else "") + "}" for i in range(n))
    return _write(folder, f"tiny-slides{'-unique' if unique else ''}.json", '{"events":[' + slides + "]}")


def tljs_many_links(folder: Path, n: int = 25_000) -> Path:
    text = "".join(f'<a href="https://example.org/{i}">link {i}</a> ' for i in range(n))
    doc = {"events": [{"start_date": {"year": 2000}, "text": {"headline": "Links", "text": text}}]}
    return _write(folder, "many-links.json", json.dumps(doc))


def tljs_open_anchors(folder: Path, n: int = 25_000) -> Path:
    text = "".join(f'<a href="https://example.org/{i}">word ' for i in range(n))
    doc = {"events": [{"start_date": {"year": 2000}, "text": {"headline": "Anchors", "text": text}}]}
    return _write(folder, "open-anchors.json", json.dumps(doc))


def tljs_media_unclosed_tags(folder: Path, n: int = 40_000) -> Path:
    doc = {"events": [{"start_date": {"year": 2000}, "text": {"headline": "Media"},
                       "media": {"url": "<blockquote>said" + "<cite" * n + "<a" * n}}]}
    return _write(folder, "media-unclosed-tags.json", json.dumps(doc))


def timeline_same_text(folder: Path, n: int = 20_000) -> Path:
    events = "".join(f"<event><start>2000-01-{1 + i % 28:02d} 00:00:00</start><end>2000-01-{1 + i % 28:02d} 00:00:00</end>"
                     "<text>Same</text></event>" for i in range(n))
    return _write(folder, "same-text.timeline",
                  f"<?xml version='1.0' encoding='utf-8'?><timeline><version>2.0</version><events>{events}</events></timeline>")


def timeline_many_bad_links(folder: Path, n: int = 100_000) -> Path:
    links = ";".join(f"ftp://example.org/{i}" for i in range(n))
    return _write(folder, "bad-links.timeline",
                  "<timeline><version>2</version><events><event><start>2000-01-01 00:00:00</start>"
                  f"<end>2000-01-01 00:00:00</end><text>a</text><hyperlink>{links}</hyperlink></event></events></timeline>")


def ics_same_uid(folder: Path, n: int = 20_000) -> Path:
    events = "".join(f"BEGIN:VEVENT\r\nUID:same\r\nDTSTART:2000{1 + i % 12:02d}01T000000Z\r\nSUMMARY:E{i}\r\nEND:VEVENT\r\n"
                     for i in range(n))
    return _write(folder, "same-uid.ics", ICS_HEAD + events + ICS_TAIL)


def ics_secondly_timezone(folder: Path) -> Path:
    tz = ("BEGIN:VTIMEZONE\r\nTZID:Bad/Zone\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
          "RRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\n"
          "BEGIN:DAYLIGHT\r\nDTSTART:19700101T000000\r\nRRULE:FREQ=SECONDLY;INTERVAL=2\r\n"
          "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
    ev = "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Bad/Zone:20200101T100000\r\nSUMMARY:In a bad zone\r\nEND:VEVENT\r\n"
    return _write(folder, "secondly-timezone.ics", ICS_HEAD + tz + ev + ICS_TAIL)


def ics_attendees_times_occurrences(folder: Path, events: int = 50, attendees: int = 2_000) -> Path:
    people = "".join(f"ATTENDEE;CN=Person number {k} with a long name:mailto:p{k}@example.org\r\n"
                     for k in range(attendees))
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20000101T{i % 24:02d}0000Z\r\nRRULE:FREQ=DAILY;COUNT=1000\r\n"
                   f"SUMMARY:Meeting {i}\r\n{people}END:VEVENT\r\n" for i in range(events))
    return _write(folder, "attendees-occurrences.ics", ICS_HEAD + body + ICS_TAIL)


def ics_long_description_repeated(folder: Path, events: int = 50, chars: int = 100_000) -> Path:
    desc = "x" * chars
    folded = "DESCRIPTION:" + "\r\n ".join(desc[k:k + 70] for k in range(0, len(desc), 70))
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:20000101T{i % 24:02d}0000Z\r\nRRULE:FREQ=DAILY;COUNT=1000\r\n"
                   f"SUMMARY:Meeting {i}\r\n{folded}\r\nEND:VEVENT\r\n" for i in range(events))
    return _write(folder, "long-description.ics", ICS_HEAD + body + ICS_TAIL)


def ics_many_events(folder: Path, n: int) -> Path:
    body = "".join(f"BEGIN:VEVENT\r\nUID:e{i}\r\nDTSTART:2000{1 + i % 12:02d}01T000000Z\r\nSUMMARY:E{i}\r\nEND:VEVENT\r\n"
                   for i in range(n))
    return _write(folder, "many-events.ics", ICS_HEAD + body + ICS_TAIL)


def csv_spaced_time(folder: Path, spaces: int = 50_000) -> Path:
    return _write(folder, "spaced-time.csv", "Year,Time,Headline\n2000,1" + " " * spaces + "x,Spaced\n")


def csv_many_columns(folder: Path, n: int = 1_000_000) -> Path:
    return _write(folder, "many-columns.csv", "Year,Headline\n2000,A" + ",x" * n + "\n13x,B\n")


def csv_rows(folder: Path, n: int) -> Path:
    rows = "".join(f"{1900 + i % 100},{1 + i % 12},{1 + i % 28},Row {i}\n" for i in range(n))
    return _write(folder, "rows.csv", "Year,Month,Day,Headline\n" + rows)


def ours_huge_year(folder: Path, digits: int = 5_004) -> Path:
    doc = {"format": "timeline-app", "version": 1, "title": "T",
           "events": [{"id": "a", "title": "A", "start": "+" + "1" * digits}]}
    return _write(folder, "huge-expanded-year.json", json.dumps(doc))


def ours_long_start(folder: Path, chars: int = 750_000) -> Path:
    doc = {"format": "timeline-app", "version": 1, "title": "T",
           "events": [{"id": "a", "title": "A", "start": "2" * chars}]}
    return _write(folder, "long-start.json", json.dumps(doc))


def lone_surrogate(folder: Path, where: str) -> Path:
    """A JSON-escaped lone surrogate in the date, a key or the title of our format."""
    event = {"id": "a", "title": "A", "start": "2000"}
    text = json.dumps({"format": "timeline-app", "version": 1, "title": "T", "events": [event]})
    text = {"date": text.replace('"2000"', '"2000\\ud800"'),
            "key": text.replace('"title": "A"', '"title": "A", "x\\ud800": 1'),
            "title": text.replace('"title": "A"', '"title": "A\\ud800"')}[where]
    return _write(folder, f"surrogate-{where}.json", text)


def tljs_lone_surrogate(folder: Path) -> Path:
    return _write(folder, "surrogate.tljs.json",
                  '{"events":[{"start_date":{"year":"19\\ud800"},"text":{"headline":"A\\udfff"},"x\\ud800":1}]}')


def timeline_utf7(folder: Path) -> Path:
    return _write(folder, "utf7.timeline", "<?xml version='1.0' encoding='UTF-7'?><timeline><events/></timeline>")


def ours_with_title(folder: Path, title: str, name: str = "title.json") -> Path:
    doc = {"format": "timeline-app", "version": 1, "title": title,
           "events": [{"id": "a", "title": title, "start": "2000-01-01", "summary": title}]}
    return _write(folder, name, json.dumps(doc))


def ours_unknown_key_everywhere(folder: Path, n: int = 1_000_000) -> Path:
    body = ",".join(f'{{"id":"e{i}","title":"E","start":"2000","x_note":1}}' for i in range(n))
    return _write(folder, "unknown-keys.json", '{"format":"timeline-app","version":1,"title":"T","events":[' + body + "]}")


def ours_events(folder: Path, n: int) -> Path:
    body = ",".join(f'{{"id":"e{i}","title":"Event {i}","start":"{1900 + i % 100}-0{1 + i % 9}-1{i % 9}"}}' for i in range(n))
    return _write(folder, "events.json", '{"format":"timeline-app","version":1,"title":"T","events":[' + body + "]}")


def ours_escape_in_error(folder: Path) -> Path:
    return _write(folder, "escape.json", json.dumps({"format": "timeline-app", "version": 1, "title": "T",
                                                     "events": [{"id": "a", "title": "A", "start": "\x1b[31mred" + "y" * 4354}]}))


ALL = {
    "same-headline": tljs_same_headline, "same-unique-id": tljs_same_unique_id,
    "tiny-slides": tljs_tiny_slides, "tiny-slides-unique": lambda f: tljs_tiny_slides(f, unique=True),
    "many-links": tljs_many_links, "open-anchors": tljs_open_anchors,
    "same-text": timeline_same_text, "bad-links": timeline_many_bad_links, "same-uid": ics_same_uid, "secondly-tz": ics_secondly_timezone,
    "attendees": ics_attendees_times_occurrences, "long-desc": ics_long_description_repeated,
    "spaced-time": csv_spaced_time, "many-columns": csv_many_columns, "huge-year": ours_huge_year,
    "long-start": ours_long_start, "sur-date": lambda f: lone_surrogate(f, "date"),
    "sur-key": lambda f: lone_surrogate(f, "key"), "sur-title": lambda f: lone_surrogate(f, "title"),
    "sur-tljs": tljs_lone_surrogate, "utf7": timeline_utf7,
    "newline-title": lambda f: ours_with_title(f, "A\nB", "newline-title.json"),
    "cr-title": lambda f: ours_with_title(f, "A\rATTENDEE:mailto:x@evil", "cr-title.json"),
    "unknown-keys": ours_unknown_key_everywhere, "escape": ours_escape_in_error,
}

if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[2:] or ALL:
        print(ALL[name](out))
