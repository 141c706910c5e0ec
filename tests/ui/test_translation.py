"""The interface in Korean: every text of the window translated, the catalogue complete and compiled."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from timeline_app.ui import MainWindow, language, translation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
# Words that stay as they are in a Korean interface: formats, products, key names, units, the app's own name.
KEEP = {"png", "svg", "pdf", "json", "ics", "icalendar", "markdown", "timelinejs", "timeline-app", "ctrl", "shift",
        "alt", "esc", "enter", "tab", "home", "end", "page", "up", "down", "left", "right", "hidpi", "letter",
        "yyyy-mm-dd", "px", "qt", "pyside", "python", "english", "mit", "license", "readme.md", "pgup", "pgdown",
        "f1", "f3"}


@pytest.fixture
def korean():
    translation.apply("ko")
    yield
    translation.apply("en")


def english_words(text: str) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z.\-]*[A-Za-z]", text.replace("&", ""))
    return [w for w in words if w.lower() not in KEEP]


def interface_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for the window's own words: menus, actions, labels, buttons, tooltips, status bar.
    The timeline's data (title, events, legend, list rows, detail pane) is not among them."""
    found = []

    def menu_texts(menu: QMenu, path: str) -> None:
        found.append((path, menu.title()))
        for act in menu.actions():
            if act.menu():
                menu_texts(act.menu(), f"{path} > {act.menu().title()}")
            elif not act.isSeparator():
                found.extend((f"{path} > action", t) for t in (act.text(), act.statusTip(), act.toolTip()))

    for act in window.menuBar().actions():
        menu_texts(act.menu(), "menu")
    for w in window.findChildren(QWidget):
        if w is window.pointer_label:
            continue  # a date: i18n-dates formats it
        kind = type(w).__name__
        if window.filter_panel.categories_box.isAncestorOf(w):
            continue  # one check box per category: the timeline's own labels
        if isinstance(w, QLabel) and w.isVisibleTo(window):
            found.append((kind, w.text()))
        if isinstance(w, QAbstractButton):
            found.append((kind, w.text()))
        if isinstance(w, QLineEdit):
            found.append((kind, w.placeholderText()))
        if isinstance(w, QGroupBox):
            found.append((kind, w.title()))
        if isinstance(w, QDockWidget):
            found.append((kind, w.windowTitle()))
        found.extend((f"{kind} tooltip", t) for t in (w.toolTip(),) if t)
        found.extend((f"{kind} accessible name", t) for t in (w.accessibleName(),) if t)
    model = window.list.model()
    found.extend(("list header", model.headerData(c, Qt_Horizontal())) for c in range(model.columnCount()))
    return [(where, text) for where, text in found if text]


def Qt_Horizontal():  # noqa: N802
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal



def test_in_korean_the_window_has_no_english_interface_text(open_window, qtbot, korean):
    window = open_window()
    window.filter_panel.show()
    window.set_filters(window.filters.toggled_category(window.full_timeline.categories[0].id))
    window.search.field.setText("Medicen")
    window.search.update_matches()
    texts = interface_texts(window)
    assert len(texts) > 60
    english = [(where, text, english_words(text)) for where, text in texts if english_words(text)]
    assert english == []
    titles = [a.menu().title() for a in window.menuBar().actions()]
    assert titles == ["파일(&F)", "편집(&E)", "보기(&V)", "도움말(&H)"]
    assert window.pane.toPlainText().startswith("타임라인이나 목록에서")
    assert "배율" in window.scale_label.text()


def test_the_same_walk_finds_english_in_the_english_window(open_window, qtbot):
    """The check above can fail: in English it finds the menus' words."""
    window = open_window()
    english = [text for _where, text in interface_texts(window) if english_words(text)]
    assert "&File" in english and "Zoom &In" in english


def test_view_language_switches_at_once_and_is_remembered(open_window, qtbot):
    window = open_window()
    heard = []
    stop = language.subscribe(heard.append)
    window.select_event("2019-10-14-medicen-agreement")
    assert "Parties" in window.pane.toPlainText()
    try:
        window.language_actions["ko"].trigger()
        assert "당사자" in window.pane.toPlainText() and "Parties" not in window.pane.toPlainText()
        assert window.menuBar().actions()[0].menu().title() == "파일(&F)"
        assert window.open_action.text() == "열기(&O)…"
        QApplication.processEvents()  # Qt's LanguageChange events
        # Qt names its dock title buttons ("Float", "Close") once, when the dock is made.
        english = [(where, text) for where, text in interface_texts(window)
                   if english_words(text) and text not in ("Float", "Close")]
        assert english == [], "\n".join(map(str, english))
        assert window.filters_action.text() == "필터 패널(&F)"
        assert window.language_actions["ko"].isChecked()
        assert language.current() == "ko" and heard == ["ko"]
        assert QSettings().value(translation.SETTINGS_KEY) == "ko"
        assert translation.initial_language(None, translation.saved_language(), "en_US") == "ko"
        window.language_actions["en"].trigger()
        assert window.open_action.text() == "&Open…"
        assert "Parties" in window.pane.toPlainText()
        assert language.current() == "en" and QSettings().value(translation.SETTINGS_KEY) == "en"
    finally:
        stop()
        translation.apply("en")


def test_language_is_the_command_lines_then_the_saved_then_the_systems():
    assert translation.initial_language(None, None, "ko_KR") == "ko"
    assert translation.initial_language(None, None, "de_DE") == "en"
    assert translation.initial_language(None, "en", "ko_KR") == "en"
    assert translation.initial_language("ko", "en", "en_US") == "ko"
    assert translation.initial_language("xx", None, "ko_KR") == "en"


def _run_cli(args, lang_env):
    env = dict(os.environ, LANG=lang_env, LC_ALL="", LANGUAGE="", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_korean_system_locale_gives_korean_help_and_messages():
    out = _run_cli(["--help"], "ko_KR.UTF-8")
    assert "데스크톱 타임라인 뷰어" in out.stdout
    bad = _run_cli(["export", "-o", "x.gif"], "ko_KR.UTF-8")
    assert bad.returncode == 2 and "오류:" in bad.stderr
    assert "A desktop timeline viewer" in _run_cli(["--help"], "C.UTF-8").stdout
    assert "데스크톱" in _run_cli(["--lang", "ko", "--help"], "C.UTF-8").stdout


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.stem)
def test_the_catalogue_has_a_text_for_every_marked_string(tmp_path, ts):
    """Fails when code marks a string that the .ts lacks or leaves untranslated (run resources/translations/update)."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "timeline_app").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *files,
                    "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True, timeout=300)
    untranslated = []
    for message in ET.parse(fresh).getroot().iter("message"):
        tr = message.find("translation")
        text = "".join(tr.itertext()).strip()
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            untranslated.append(message.find("source").text)
    assert untranslated == []
    assert fresh.read_bytes() == ts.read_bytes(), "the .ts is not what lupdate makes of the code: run update"


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.stem)
def test_the_checked_in_qm_is_compiled_from_the_ts(tmp_path, ts):
    out = tmp_path / "out.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True,
                   capture_output=True, timeout=120)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), "the .qm is stale: run resources/translations/update"


def test_qt_standard_dialog_buttons_are_korean_too(korean):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    assert QApplication.instance() is not None


def test_exports_use_the_chosen_language_for_their_own_words(tmp_path):
    out = tmp_path / "details.md"
    done = _run_cli(["--lang", "ko", "export", "--details", "-o", str(out)], "C.UTF-8")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "당사자" in text and "출처" in text and "Parties" not in text
    english = tmp_path / "details-en.md"
    assert _run_cli(["export", "--details", "-o", str(english)], "C.UTF-8").returncode == 0
    assert "Parties" in english.read_text(encoding="utf-8")


def test_the_export_footer_speaks_korean(korean):
    from timeline_app.model import timeline_from_data
    from timeline_app.render.output import footer_text

    timeline = timeline_from_data({"title": "T", "events": []}).timeline
    assert footer_text(timeline, "a.json").startswith("출처: a.json")


def test_lang_alone_opens_the_window_in_korean_or_says_why_not_in_korean():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(LANG="C.UTF-8", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "timeline_app", "--lang", "ko"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 2 and "창 없이 그림을 만들려면" in done.stderr, done.stderr


def test_in_korean_the_dialogs_have_no_english_interface_text(open_window, qtbot, korean):
    from PySide6.QtWidgets import QComboBox, QTableWidget

    from timeline_app.ui.about import AboutDialog, ShortcutsDialog

    window = open_window()
    dialogs = [window.exporter._dialog(), AboutDialog(window), ShortcutsDialog(window)]
    assert [d.windowTitle() for d in dialogs] == ["내보내기", "timeline-app 정보", "단축키"]
    english = []
    for dlg in dialogs:
        for w in dlg.findChildren(QWidget):
            if w.objectName() == "aboutCredits":
                continue  # the bundled timeline's sources: data
            texts = [w.toolTip(), w.accessibleName()]
            if isinstance(w, (QLabel, QAbstractButton)):
                texts.append(re.sub(r"<[^>]+>", " ", w.text()))
            if isinstance(w, QLineEdit) and w.placeholderText() != window.timeline.title:
                texts.append(w.placeholderText())
            if isinstance(w, QGroupBox):
                texts.append(w.title())
            if isinstance(w, QComboBox):
                texts += [w.itemText(i) for i in range(w.count())]
            if isinstance(w, QTableWidget):
                texts += [w.item(r, c).text() for r in range(w.rowCount()) for c in range(w.columnCount())]
                texts += [w.horizontalHeaderItem(c).text() for c in range(w.columnCount())]
            english += [(dlg.windowTitle(), t) for t in texts if t and english_words(t)]
        dlg.deleteLater()
    assert english == [], "\n".join(map(str, english))
