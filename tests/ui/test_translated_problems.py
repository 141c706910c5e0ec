"""What is wrong with a file, said in Korean: the window's dialogs and message bar and the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import timeline_dict, wait_loaded, write_json
from timeline_app.ui import MainWindow, translation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def korean():
    translation.apply("ko")
    yield
    translation.apply("en")


def bad_date_file(tmp_path: Path) -> Path:
    return write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": "2019-02-30"}), "bad.json")


def test_a_broken_file_opened_in_the_korean_window_says_what_is_wrong_in_korean(qtbot, korean, tmp_path, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window)
    shown = []
    monkeypatch.setattr(window, "_error", lambda title, text: shown.append((title, text)))
    assert window.open_path(bad_date_file(tmp_path)) is True
    wait_loaded(qtbot, window)
    (title, text), = shown
    assert title == "이 타임라인을 열 수 없습니다"
    # the place stays as written (file, JSON path, the date quoted); what is wrong is Korean
    assert 'bad.json: events[0].start: "2019-02-30"은(는) 날짜가 아닙니다' in text
    assert "그 달은 28일까지 있습니다" in text and "is not a date" not in text


def test_a_files_warnings_reach_the_message_bar_in_korean(qtbot, korean, tmp_path):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    wait_loaded(qtbot, w)
    odd = write_json(tmp_path, {"title": "T", "events": [{"id": "a", "title": "A", "start": "2019"}], "x_note": 1},
                     "odd.json")
    w.open_path(odd)
    wait_loaded(qtbot, w)
    qtbot.waitUntil(lambda: "odd.json" in w.message_bar.text(), timeout=10_000)
    text = w.message_bar.text()
    assert "경고 2개" in text and "x_note: 알 수 없는 키라 무시했습니다" in text
    assert 'format: 없습니다. "timeline-app" 버전 1(으)로 읽었습니다' in text
    assert "unknown key" not in text and "missing" not in text


def test_a_bad_date_typed_in_the_filter_is_said_in_korean(qtbot, korean):
    w = MainWindow()
    qtbot.addWidget(w)
    wait_loaded(qtbot, w)
    panel = w.filter_panel
    panel.date_from.setText("2019-10")
    panel.date_to.setText("2019-13")
    panel._on_dates()
    assert panel.date_error.text() == '"2019-13"은(는) 날짜가 아닙니다 (13월은 없습니다)'


def run_cli(args: list[str], lang_env: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LANG=lang_env, LC_ALL="", LANGUAGE="", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def test_validate_in_korean_prints_each_problem_in_korean_and_in_english_as_before(tmp_path):
    bad = bad_date_file(tmp_path)
    odd = write_json(tmp_path, {"title": "T", "events": [{"id": "a", "title": "A", "start": "2019"}]}, "odd.json")
    missing = tmp_path / "missing.json"
    ko = run_cli(["validate", str(bad), str(odd), str(missing)], "ko_KR.UTF-8")
    assert ko.returncode == 1
    assert f'{bad}: events[0].start: "2019-02-30"은(는) 날짜가 아닙니다' in ko.stdout
    assert f'{odd}: 경고: format: 없습니다. "timeline-app" 버전 1(으)로 읽었습니다' in ko.stdout
    assert f"{missing}: 파일이 없습니다" in ko.stdout
    en = run_cli(["validate", str(bad), str(odd), str(missing)], "C.UTF-8")
    assert en.stdout.splitlines() == [
        f'{bad}: events[0].start: "2019-02-30" is not a date (day 30 does not exist in that month, which has 28 days)',
        f'{odd}: warning: format: missing; read as "timeline-app" version 1',
        f"{odd}: OK (1 event)",
        f"{missing}: no such file",
    ]


def test_an_export_of_a_file_that_cannot_be_read_says_so_in_korean(tmp_path):
    syntax = tmp_path / "syntax.json"
    syntax.write_text("[1,", encoding="utf-8")
    done = run_cli(["--lang", "ko", "export", str(syntax), "-o", str(tmp_path / "out.png")], "C.UTF-8")
    assert done.returncode == 1 and "JSON 구문 오류" in done.stderr and "1행" in done.stderr, done.stderr


def test_the_command_lines_own_usage_errors_are_korean_too(tmp_path):
    gif = run_cli(["--lang", "ko", "export", "-o", str(tmp_path / "x.gif")], "C.UTF-8")
    assert gif.returncode == 2 and "x.gif: 알 수 없는 형식 .gif" in gif.stderr, gif.stderr
    date = run_cli(["export", "--from", "2019-13", "-o", str(tmp_path / "x.png")], "ko_KR.UTF-8")
    assert date.returncode == 2 and '"2019-13"은(는) 날짜가 아닙니다 (13월은 없습니다)' in date.stderr, date.stderr
    english = run_cli(["export", "--from", "2019-13", "-o", str(tmp_path / "x.png")], "C.UTF-8")
    assert 'error: "2019-13" is not a date (month 13 does not exist)' in english.stderr
