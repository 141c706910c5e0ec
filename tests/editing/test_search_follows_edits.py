"""After an edit, search finds what a freshly built index finds, without folding every title again."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import plain_events_dict
from timeline_app.editing import Document, History, edits
from timeline_app.model import parse_timeline
from timeline_app.model import query
from timeline_app.model.query import SearchIndex, search

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "songdo-2019.json"
WORDS = ("treaty", "renamed", "added", "storm 1", "kind 2", "médicen", "songdo", "agreement", "conference")


REAL_BUILD = SearchIndex.build


def fresh_search(timeline, word):
    index = REAL_BUILD(timeline)
    hits = None
    for part in query.fold(word).split():
        hits = index.hits(part, hits)
    order = timeline.table.order
    keep = set(hits.tolist())
    return [timeline.table.ids[i] for i in order.tolist() if i in keep]


def check(doc, built, monkeypatch):
    calls = []
    build = SearchIndex.build
    monkeypatch.setattr(SearchIndex, "build", classmethod(lambda cls, t: (calls.append(1), build.__func__(cls, t))[1]))
    for word in WORDS:
        assert search(doc.timeline, word) == fresh_search(doc.timeline, word), word
    built.append(len(calls))
    monkeypatch.setattr(SearchIndex, "build", build)


def test_search_after_edits_finds_what_a_fresh_index_finds(monkeypatch):
    for raw in (BUNDLED.read_bytes(), json.dumps(plain_events_dict(500)).encode()):
        doc = Document(parse_timeline(raw).timeline, raw)
        history = History(doc)
        search(doc.timeline, "treaty")  # the index of the file as opened
        ids = doc.timeline.table.ids
        built: list[int] = []
        history.push(edits.set_fields(doc, ids[0], {"title": "Renamed Médicen"}))
        check(doc, built, monkeypatch)
        history.push(edits.add_event(doc, "2019-10-01", "Added storm"))
        history.push(edits.delete_event(doc, ids[-1]))
        check(doc, built, monkeypatch)
        history.undo()
        history.undo()
        check(doc, built, monkeypatch)
        assert built == [0, 0, 0]  # every index followed the edits
