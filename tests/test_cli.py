"""The command line as a user runs it: exit codes, messages, headless export."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers import timeline_dict, write_json

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, env_extra: dict | None = None, drop: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=120)


def test_validate_the_bundled_timeline():
    r = run("validate", "data/songdo-2019.json")
    assert r.returncode == 0
    assert r.stdout.strip() == "data/songdo-2019.json: OK (3 events)"


def test_validate_reports_each_problem_with_its_place(tmp_path):
    bad = write_json(tmp_path, timeline_dict(
        {"id": "a", "title": "A", "start": "2019-13-01"},
        {"id": "b", "title": "B", "start": "2019-01-01", "related": ["zzz"], "partcipants": []},
    ), "bad.json")
    r = run("validate", str(bad))
    assert r.returncode == 1
    assert f'{bad}: events[0].start: "2019-13-01" is not a date' in r.stdout
    assert "Traceback" not in r.stdout + r.stderr


def test_validate_warns_about_unknown_keys_but_passes(tmp_path):
    f = write_json(tmp_path, timeline_dict({"id": "b", "title": "B", "start": "2019-01-01", "partcipants": []}))
    r = run("validate", str(f))
    assert r.returncode == 0
    assert 'warning: events[0].partcipants: unknown key, ignored (did you mean "participants"?)' in r.stdout


def test_json_syntax_error_has_line_and_column(tmp_path):
    f = tmp_path / "syntax.json"
    f.write_text('{"title": "x",\n "events": [}\n', encoding="utf-8")
    r = run("validate", str(f))
    assert r.returncode == 1
    assert "line 2, column" in r.stdout


def test_export_writes_a_png_of_the_asked_size_headless(tmp_path):
    out = tmp_path / "songdo.png"
    r = run("export", "-o", str(out), "--width", "1200", "--scale", "2", drop=("DISPLAY", "QT_QPA_PLATFORM"))
    assert r.returncode == 0, r.stderr
    image = QImage(str(out))
    assert image.width() == 2400
    assert f"{out}: 2400 x" in r.stdout


def test_export_a_date_range(tmp_path):
    out = tmp_path / "oct.png"
    r = run("export", "data/songdo-2019.json", "-o", str(out), "--from", "2019-10-01", "--to", "2019-10-31",
            "--height", "300", "--scale", "1")
    assert r.returncode == 0, r.stderr
    assert (QImage(str(out)).width(), QImage(str(out)).height()) == (1600, 300)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "-o", "x.txt"), "export writes .png, .svg or .pdf"),
        (("export", "-o", "x.png", "--from", "2019-99"), '"2019-99" is not a date'),
        (("export", "-o", "x.png", "--from", "2019-12", "--to", "2019-01"), "is not after"),
        (("export", "-o", "x.png", "--width", "5"), "--width must be"),
        (("export",), "-o/--output"),
        (("--bogus",), "unrecognized arguments"),
    ],
)
def test_bad_usage_exits_2_with_one_message(args, message):
    r = run(*args)
    assert r.returncode == 2
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_bad_data_exits_1(tmp_path):
    r = run("export", str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.png"))
    assert r.returncode == 1
    assert "missing.json: no such file" in r.stderr
    assert not (tmp_path / "x.png").exists()


def test_opening_a_bad_file_says_so_before_any_window(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    r = run(str(bad))
    assert r.returncode == 1
    assert "bad.json: line 1, column 2: JSON syntax error" in r.stderr


def test_no_display_points_to_export():
    r = run(drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert r.returncode == 2
    assert "no display is available" in r.stderr
    assert "timeline-app export" in r.stderr
    assert "Traceback" not in r.stderr


def test_version_and_help():
    from timeline_app import __version__

    assert run("--version").stdout.strip() == f"timeline-app {__version__}"
    r = run("--help")
    assert r.returncode == 0
    for word in ("export", "validate", "view"):
        assert word in r.stdout
