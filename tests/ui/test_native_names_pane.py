"""The detail pane shows a name in both scripts, in the order the interface language asks for,
and redraws when the language changes (issue 14)."""

from __future__ import annotations

import pytest

from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.ui import language
from timeline_app.ui.detail_pane import DetailPane

SEPT, DEC = "2019-09-30-rd-agreement", "2019-12-05-asian-pain-symposium"
ENGLISH_FIRST = "Korean Pain Mechanism Research Society (대한통증기전연구회)"
KOREAN_FIRST = "대한통증기전연구회 (Korean Pain Mechanism Research Society)"


@pytest.fixture(scope="module")
def songdo():
    return load_timeline(bundled_timeline()).timeline


@pytest.fixture
def pane(qtbot):
    p = DetailPane()
    qtbot.addWidget(p)
    p.resize(420, 800)
    p.show()
    yield p
    language.set_current("en")


def test_english_name_first_in_english(pane, songdo):
    pane.show_event(songdo.event_by_id[SEPT], songdo)
    text = pane.toPlainText()
    assert ENGLISH_FIRST in text
    assert KOREAN_FIRST not in text
    assert "G-Tower (송도 G타워)" in text  # the venue chip


def test_native_name_first_in_korean_and_back_without_reselecting(pane, songdo):
    pane.show_event(songdo.event_by_id[DEC], songdo)
    language.set_current("ko")
    text = pane.toPlainText()
    assert KOREAN_FIRST in text and ENGLISH_FIRST not in text
    assert "송도컨벤시아 (Songdo Convensia)" in text.replace("\u00a0", " ")
    assert "쑤장 (Xu Zhang)" in text
    language.set_current("en")
    text = pane.toPlainText()
    assert ENGLISH_FIRST in text and "Xu Zhang (쑤장)" in text


def test_a_closed_pane_stops_listening(qtbot, songdo):
    p = DetailPane()
    p.show_event(songdo.event_by_id[SEPT], songdo)
    p.deleteLater()
    qtbot.wait(10)
    from PySide6.QtCore import QCoreApplication, QEvent
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    language.set_current("ko")  # no call into a deleted widget
    language.set_current("en")


def test_a_search_in_hangul_is_highlighted_in_the_pane(pane, songdo):
    from PySide6.QtGui import QColor

    from timeline_app.ui.detail_pane import highlight_words

    pane.show_event(songdo.event_by_id[SEPT], songdo)
    assert highlight_words(pane.document(), "대한통증기전연구회", QColor("yellow")) == 1  # the party
    assert highlight_words(pane.document(), "셀트리온", QColor("yellow")) == 1  # a mention
