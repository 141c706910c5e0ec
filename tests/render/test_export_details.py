"""The event details document: Markdown and PDF hold the parties, participants, quotes and sources."""

from __future__ import annotations

import re

import pytest

from tests.helpers import timeline_dict
from tests.pdf_reading import pdf_text
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.render.document import (
    details_markdown,
    document_blocks,
    export_details,
    md_escape,
    select_events,
    text_document,
)

HOSTILE = "<b>Bold</b> <img src='http://example.invalid/x.png'> &amp; *stars* [link](javascript:alert(1))"


@pytest.fixture
def songdo(qapp):
    return load_timeline(bundled_timeline()).timeline


def facts(timeline, ev):
    """Strings each document must hold for `ev`: parties, participants, quotes' speakers, sources."""
    out = [ev.title]
    out += [p.name for p in ev.parties]
    out += [x.name for x in ev.participants]
    out += [q.speaker for q in ev.quotes if q.speaker]
    sources = set(ev.sources)
    for item in (*ev.parties, *ev.participants, *ev.quotes, *ev.activities, *ev.mentions):
        sources.update(item.sources)
    out += [timeline.source_by_id[s].title for s in sources]
    return out


def test_markdown_holds_every_fact_of_the_songdo_events(songdo):
    text = details_markdown(songdo, select_events(songdo))
    plain = text.replace("\\", "")
    for ev in songdo.events:
        for fact in facts(songdo, ev):
            assert fact in plain, fact
        for q in ev.quotes:
            assert q.text[:60] in plain
    for heading in ("### Parties", "### Quotes", "### Sources", "### Organizations"):
        assert heading in text
    # Events in date order, each a second-level heading.
    titles = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert titles == [md_escape(e.title) for e in songdo.chronological]


def test_one_event_only(songdo):
    text = details_markdown(songdo, select_events(songdo, "2019-10-14-medicen-agreement"))
    assert "Olivier Fontaine" in text and "Medicen" in text
    assert "Asian Pain Symposium in Songdo\n" not in text
    with pytest.raises(KeyError):
        select_events(songdo, "no-such-event")


def test_markdown_never_lets_data_become_markup(qapp):
    t = timeline_from_data(timeline_dict({"id": "x", "title": HOSTILE, "start": "2019-01-01",
                                          "summary": "- not a list\n# not a heading\n1. not numbered",
                                          "quotes": [{"text": HOSTILE, "speaker": "<i>Eve</i>"}]})).timeline
    text = details_markdown(t, t.events)
    assert not re.search(r"(?<!\\)<", text), "an unescaped < would start HTML"
    assert "\\<b>" in text and "\\&amp;" in text and "\\*stars\\*" in text and "\\[link\\]" in text
    assert "\n\\- not a list" in text and "\n\\# not a heading" in text and "\n1\\. not numbered" in text


def test_text_document_is_plain_text(qapp):
    t = timeline_from_data(timeline_dict({"id": "x", "title": HOSTILE, "start": "2019-01-01"})).timeline
    doc = text_document(document_blocks(t, t.events))
    assert HOSTILE in doc.toPlainText()
    assert "<img" not in doc.toHtml().replace("&lt;img", "")  # shown as text, never an image


def test_details_pdf_holds_the_facts(songdo, tmp_path):
    out = tmp_path / "details.pdf"
    assert export_details(songdo, out) == 3
    text = " ".join(pdf_text(out).split())
    for ev in songdo.events:
        for fact in facts(songdo, ev):
            assert " ".join(fact.split()) in text, fact
    assert "Quotes" in text and "Sources" in text and "Parties" in text


def test_details_are_written_atomically(songdo, tmp_path, monkeypatch):
    out = tmp_path / "d.md"
    out.write_text("old")

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr("timeline_app.model.save.os.replace", boom)
    with pytest.raises(OSError):
        export_details(songdo, out)
    assert out.read_text() == "old" and list(tmp_path.iterdir()) == [out]
    with pytest.raises(ValueError, match=".md or .pdf"):
        export_details(songdo, tmp_path / "d.txt")
