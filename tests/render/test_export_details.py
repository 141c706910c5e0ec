"""The event details document: Markdown and PDF hold the parties, participants, quotes and sources."""

from __future__ import annotations

import re

import pytest

from tests.helpers import timeline_dict
from tests.pdf_reading import pdf_text
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.render.details.builder import document_blocks, select_events
from timeline_app.render.details.files import export_details
from timeline_app.render.details.markdown import details_markdown, md_escape
from timeline_app.render.details.rich_text import text_document

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


# --- the same design as the pane ------------------------------------------------------------

MAINTAINER_WORDS = re.compile(r"FACTS|\.txt|\.md\b|\.json|idxno|pst_sn|data/sources|\(inferred:|source text", re.I)


def pdf_words_text(path) -> str:
    return " ".join(pdf_text(path).split())


def test_markdown_follows_the_page_design(songdo):
    text = details_markdown(songdo, select_events(songdo))
    prose = re.sub(r"https?://\S+", "", text.replace("\\", ""))  # web addresses are written out in print
    assert not MAINTAINER_WORDS.search(prose), MAINTAINER_WORDS.search(prose).group()
    for s in songdo.sources:
        assert s.id not in text
    oct_ = text[text.index("## IFEZ and Medicen"):text.index("## 8th Asian Pain")]
    # Date line right under the heading, with its source markers as superscripts.
    assert re.search(r"^\*\*Monday 14 October 2019\*\*[¹²³⁴⁵,]+$", oct_, re.M)
    assert "**Lee Won Jae (이원재)** — IFEZ Commissioner, Incheon Free Economic Zone (IFEZ) · witness¹,²,⁶" in oct_
    # Organizations as a table by country; the inferred ones badged, their reason said once.
    assert "| Country | Organizations |" in oct_
    assert re.search(r"^\| Germany \| ibidi, SIRION Biotech, TherapySelect \*\(inferred\)\*[ᵃ-ᶻ]+ \|$", oct_, re.M)
    therapy = next(p for p in songdo.event_by_id["2019-10-14-medicen-agreement"].participants if p.name == "TherapySelect")
    assert oct_.count(md_escape(therapy.note)) == 1
    assert oct_.count("does not say on which day") == 1
    # Sources listed once at the foot, numbered, with their addresses.
    foot = oct_[oct_.index("### Sources"):]
    assert re.search(r"^1\. IFEZ Signs Agreement with Medicen", foot, re.M)
    assert "<https://kyeongin.com/article/1458760>" in foot
    # Related events with their whole range; the pull quote with its speaker below.
    sept = text[text.index("## IFEZ and the Korean Pain"):text.index("## IFEZ and Medicen")]
    assert "8th Asian Pain Symposium in Songdo — Thursday 5 – Saturday 7 December 2019" in sept
    assert re.search(r"^> “Today is significant.*”\n>\n> — Lee Won Jae, IFEZ Commissioner¹$", oct_, re.M)


def test_pdf_follows_the_page_design(songdo, tmp_path):
    out = tmp_path / "details.pdf"
    export_details(songdo, out)
    text = pdf_words_text(out)
    prose = text
    for s in songdo.sources:
        if s.url:  # printed, to be typed from paper (a long one wraps)
            assert re.search(r"\s?".join(map(re.escape, s.url)), text), s.url
            prose = re.sub(r"\s?".join(map(re.escape, s.url)), "", prose)
    assert not MAINTAINER_WORDS.search(prose), MAINTAINER_WORDS.search(prose).group()
    # Hangul is set in the bundled Korean font, a run of its own: the text layer spaces it off.
    assert re.search(r"Lee Won Jae \( ?이원재 ?\) — IFEZ Commissioner, Incheon Free Economic Zone \(IFEZ\) · witness", text)
    assert "8th Asian Pain Symposium in Songdo — Thursday 5 – Saturday 7 December 2019" in text
    assert text.count("The IFEZ news item does not say on which day.") == 1
