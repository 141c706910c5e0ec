"""The detail pane as a reader sees it: a designed page with markers, badges and a clean foot."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from tests.helpers import timeline_dict
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.paths import bundled_timeline
from timeline_app.render.theme import DARK, LIGHT
from timeline_app.ui.detail_pane import DetailPane

SEPT = "2019-09-30-rd-agreement"
OCT = "2019-10-14-medicen-agreement"
DEC = "2019-12-05-asian-pain-symposium"

# What maintainers write to each other, never to a reader.
MAINTAINER_WORDS = re.compile(r"FACTS|\.txt|\.md\b|\.json|idxno|pst_sn|data/sources|\(inferred:|source text", re.I)


@pytest.fixture(scope="module")
def songdo():
    return load_timeline(bundled_timeline()).timeline


@pytest.fixture
def pane(qtbot):
    p = DetailPane()
    qtbot.addWidget(p)
    p.resize(380, 800)
    p.show()
    return p


def show(pane, timeline, event_id):
    pane.show_event(timeline.event_by_id[event_id], timeline)
    return pane.toPlainText()


def fragments(doc):
    """(block, fragment) for every run of text, table cells included."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid():
                yield block, frag
            it += 1
        block = block.next()


def section(text: str, heading: str, next_headings=("Sources", "Notes", "Related events", "Also mentioned")) -> str:
    """The text under `heading` up to the next of `next_headings`."""
    start = text.index("\n" + heading + "\n") + len(heading) + 2
    ends = [text.find("\n" + h, start) for h in next_headings]
    ends = [e for e in ends if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def test_no_maintainer_notes_file_names_or_ids_reach_the_reader(pane, songdo):
    for ev in songdo.events:
        text = show(pane, songdo, ev.id)
        assert not MAINTAINER_WORDS.search(text), (ev.id, MAINTAINER_WORDS.search(text).group())
        for s in songdo.sources:
            assert s.id not in text, (ev.id, s.id)
        for _block, frag in fragments(pane.document()):
            tip = frag.charFormat().toolTip()
            assert not MAINTAINER_WORDS.search(tip), tip


def test_the_page_reads_top_down_date_title_chips_summary(pane, songdo):
    show(pane, songdo, DEC)
    doc = pane.document()
    blocks = [doc.findBlockByNumber(i) for i in range(4)]
    assert blocks[0].text().startswith("Thursday 5 – Saturday 7 December 2019 (3 days)")
    assert blocks[1].text() == songdo.event_by_id[DEC].title
    sizes = {frag.charFormat().font().pointSizeF() for _b, frag in fragments(doc)}
    title_size = blocks[1].begin().fragment().charFormat().font().pointSizeF()
    assert title_size == max(sizes)  # the title is the one heading
    assert blocks[0].begin().fragment().charFormat().font().pointSizeF() < title_size
    # Place and category: one line of tinted chips right under the date note.
    chips = [frag for b, frag in fragments(doc) if b.blockNumber() <= 4
             and frag.charFormat().background().style() != Qt.BrushStyle.NoBrush and frag.text().strip("\u00a0 ")]
    chip_texts = [f.text().replace("\u00a0", " ").strip() for f in chips]
    assert chip_texts == ["Songdo Convensia (송도컨벤시아)", "Songdo International City, Incheon, South Korea", "Conference"]


def test_people_have_title_affiliation_and_role_apart(pane, songdo):
    text = show(pane, songdo, OCT)
    assert re.search(r"Lee Won Jae \(이원재\) — IFEZ Commissioner, Incheon Free Economic Zone \(IFEZ\) · witness[\d,]*\n", text)
    assert re.search(r"Olivier Fontaine \(올리비에 폰테인\) — General Manager of Medicen Paris Region · witness", text)


def test_parties_carry_their_role_as_a_small_label(pane, songdo):
    show(pane, songdo, DEC)
    labels = [frag for _b, frag in fragments(pane.document())
              if frag.text().strip("\u00a0") == "co-host"]
    assert len(labels) == 3  # the Korean press names a second society
    body = pane.font().pointSizeF()
    for frag in labels:
        fmt = frag.charFormat()
        assert fmt.font().pointSizeF() < body and fmt.background().style() != Qt.BrushStyle.NoBrush


def test_organizations_are_a_table_by_country(pane, songdo):
    show(pane, songdo, OCT)
    cursor = QTextCursor(pane.document())
    tables = []
    while True:
        if (table := cursor.currentTable()) is not None and table not in tables:
            tables.append(table)
        if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock):
            break
    rows = {}
    for table in tables:
        assert table.columns() == 2
        for r in range(table.rows()):
            country = table.cellAt(r, 0).firstCursorPosition().block().text()
            rows[country] = table.cellAt(r, 1).firstCursorPosition().block().text().replace("\u00a0", " ")
    assert set(rows) == {"France", "Germany", "Greece", "Netherlands", "Sweden", "South Korea"}
    assert rows["Germany"].startswith("ibidi, SIRION Biotech, TherapySelect")
    assert rows["South Korea"] == "Voronoi (보로노이), SCM Lifescience (SCM 생명과학)"


def test_quotes_are_pull_quotes_in_larger_type(pane, songdo):
    show(pane, songdo, OCT)
    quote = next(frag for _b, frag in fragments(pane.document()) if frag.text().startswith("“Today is significant"))
    body = next(frag for _b, frag in fragments(pane.document()) if frag.text().startswith("As IFEZ Commissioner"))
    assert quote.charFormat().font().pointSizeF() > body.charFormat().font().pointSizeF()
    text = pane.toPlainText()
    after = text[text.index("“Today is significant"):]
    assert re.search(r"”\n— Lee Won Jae, IFEZ Commissioner[\d,]*\nSpeaking at the event\.", after)


def test_sources_are_numbered_markers_listed_once_at_the_foot(pane, songdo):
    text = show(pane, songdo, OCT)
    doc = pane.document()
    ev = songdo.event_by_id[OCT]
    markers = [frag for _b, frag in fragments(doc)
               if frag.charFormat().verticalAlignment() == QTextCharFormat.VerticalAlignment.AlignSuperScript]
    numbers = {int(n) for m in markers for n in re.findall(r"\d+", m.text())}
    cited = ev.cited_sources()
    assert numbers == set(range(1, len(cited) + 1))
    for m in markers:  # each marker leads to its entry at the foot and names its source on hover
        href = m.charFormat().anchorHref()
        assert href.startswith("#") and doc.find(href[1:]).isNull() is not None
        assert m.charFormat().toolTip()
    foot = section(text, "Sources", ("Notes",))
    titled = [songdo.source_by_id[s] for s in cited]
    for s in titled:
        assert text.count(s.title) == 1 or (text.count(s.title) == sum(t.title == s.title for t in titled)), s.title
        assert s.title in foot
    # Every source with a web address is a link, and only those.
    links = {frag.charFormat().anchorHref() for _b, frag in fragments(doc)
             if frag.charFormat().anchorHref().startswith("http")}
    assert links == {s.url for s in titled if s.url}
    assert len(links) >= 3


def test_every_bundled_source_but_two_has_a_link(songdo):
    with_url = {s.id for s in songdo.sources if s.url}
    assert with_url == {s.id for s in songdo.sources} - {"ifez-news", "company-trade-press"}


def test_marker_click_scrolls_to_the_foot_and_never_opens_anything(pane, songdo, monkeypatch):
    opened = []
    monkeypatch.setattr("timeline_app.ui.detail_pane.QDesktopServices.openUrl", lambda url: opened.append(url))
    show(pane, songdo, OCT)
    pane.verticalScrollBar().setValue(0)
    pane.anchorClicked.emit(QUrl("#source-5"))
    assert pane.verticalScrollBar().value() > 0
    assert opened == []
    url = songdo.source_by_id["kyeongin-1458760"].url
    pane.anchorClicked.emit(QUrl(url))
    assert [u.toString() for u in opened] == [url]


def test_inferred_facts_wear_a_badge_with_the_reason_in_a_tooltip(pane, songdo):
    text = show(pane, songdo, OCT)
    doc = pane.document()
    therapy = next(p for p in songdo.event_by_id[OCT].participants if p.name == "TherapySelect")
    badges = [frag for _b, frag in fragments(doc) if frag.text().strip("\u00a0") == "inferred"]
    assert len(badges) == 2  # TherapySelect and NDA Group
    for frag in badges:
        fmt = frag.charFormat()
        assert fmt.toolTip() == therapy.note
        assert fmt.background().style() != Qt.BrushStyle.NoBrush and fmt.foreground().color() == QColor(LIGHT.inferred)
    # The reason is also a lettered note at the foot, said once for both companies.
    assert text.count(therapy.note) == 1 and therapy.note in section(text, "Notes")
    # Hovering the badge shows that reason.
    cur = QTextCursor(doc)
    cur.setPosition(badges[0].position() + 3)
    pane.ensureCursorVisible()
    pane.setTextCursor(cur)
    pane.ensureCursorVisible()
    rect = pane.cursorRect(cur)
    assert pane.tooltip_at(rect.center()) == therapy.note
    assert pane.tooltip_at(QPoint(2, 2)) == ""
    # A real hover: the viewport's tooltip event shows the reason as text.
    QApplication.sendEvent(pane.viewport(), QHelpEvent(QEvent.Type.ToolTip, rect.center(),
                                                       pane.viewport().mapToGlobal(rect.center())))
    assert QToolTip.isVisible() and QToolTip.text().startswith("<p>The home country is inferred")
    QToolTip.hideText()


def test_identical_notes_are_said_once(pane, songdo):
    text = show(pane, songdo, OCT)
    ev = songdo.event_by_id[OCT]
    notes = [x.note for x in (*ev.participants, *ev.activities, *ev.parties) if x.note]
    assert len(notes) > len(set(notes))  # the data repeats some notes...
    for note in set(notes):
        assert text.count(note) == 1, note  # ...the page says each once


def test_inferred_colour_does_not_leak_into_the_next_entry(pane, songdo, qapp):
    """A bullet or line after an inferred fact is drawn in the text colour (it was orange)."""
    t = timeline_from_data(timeline_dict({
        "id": "x", "title": "X", "start": "2019-01-01",
        "activities": [{"kind": "visit", "description": "First visit", "inferred": True, "note": "Why"},
                       {"kind": "visit", "description": "Second visit"}],
        "participants": [{"kind": "organization", "name": "A", "country": "Greece", "inferred": True, "note": "Why"},
                         {"kind": "organization", "name": "B", "country": "Sweden"}],
    })).timeline
    for timeline, event_id in ((songdo, OCT), (t, "x")):
        for theme in (LIGHT, DARK):
            pane.set_theme(theme)
            pane.show_event(timeline.event_by_id[event_id], timeline)
            blocks, block = [], pane.document().begin()
            while block.isValid():
                blocks.append(block)
                block = block.next()
            # The block's own format paints its bullet: never the inferred colour of the line before...
            leaked = [b.text() for b in blocks if b.charFormat().foreground().color() == QColor(theme.inferred)]
            assert leaked == []
            # ...nor any other colour than the text's.
            for b in blocks:
                if b.textList() is not None:
                    assert b.charFormat().foreground().color() == QColor(theme.text), b.text()


def test_related_events_show_their_whole_date_range(pane, songdo):
    text = show(pane, songdo, SEPT)
    related = section(text, "Related events", ("Tags", "Sources"))
    assert "8th Asian Pain Symposium in Songdo — Thursday 5 – Saturday 7 December 2019" in related


def test_search_words_are_highlighted(pane, songdo):
    pane.set_highlight("medicen GÉNÉRAL")  # any case, any accent, every word
    text = show(pane, songdo, OCT)
    doc = pane.document()
    marked = [frag.text() for _b, frag in fragments(doc)
              if frag.charFormat().background().color() == QColor(LIGHT.match)]
    assert marked and {m.lower() for m in marked} <= {"medicen", "general"}
    assert len([m for m in marked if m.lower() == "medicen"]) == text.lower().count("medicen")
    pane.set_highlight("")
    assert not [1 for _b, frag in fragments(pane.document())
                if frag.charFormat().background().color() == QColor(LIGHT.match)]


def test_main_window_highlights_the_current_search_in_the_pane(window, qtbot):
    window.search.field.setText("Convensia")
    window.search.update_matches()
    window.select_event(DEC)
    marked = [frag.text() for _b, frag in fragments(window.pane.document())
              if frag.charFormat().background().color() == QColor(window.pane.theme.match)]
    assert marked and all(m == "Convensia" for m in marked)
    window.search.field.clear()
    window.search.update_matches()
    assert not [1 for _b, frag in fragments(window.pane.document())
                if frag.charFormat().background().color() == QColor(window.pane.theme.match)]


def test_data_stays_plain_text_in_badges_and_tooltips(pane, qapp):
    hostile = "<b>bold</b> <img src='x'> & more"
    t = timeline_from_data(timeline_dict({
        "id": "x", "title": hostile, "start": "2019-01-01",
        "participants": [{"kind": "person", "name": hostile, "inferred": True, "note": hostile, "role": hostile}],
    })).timeline
    pane.show_event(t.events[0], t)
    text = pane.toPlainText()
    assert text.count(hostile) >= 3
    assert "<img" not in pane.document().toHtml().replace("&lt;img", "")
    tips = {frag.charFormat().toolTip() for _b, frag in fragments(pane.document())}
    assert hostile in tips


def test_an_inferred_event_wears_the_badge_on_its_date_line(pane, qapp):
    t = timeline_from_data(timeline_dict({"id": "x", "title": "Guess", "start": "2019-01-01",
                                          "inferred": True, "note": "Only a later report mentions it."})).timeline
    pane.show_event(t.events[0], t)
    first = pane.document().begin()
    badges = [frag for _b, frag in fragments(pane.document())
              if frag.text().strip("\u00a0") == "inferred" and _b.blockNumber() == first.blockNumber()]
    assert len(badges) == 1 and badges[0].charFormat().toolTip() == "Only a later report mentions it."
    assert "Only a later report mentions it." in pane.toPlainText()
