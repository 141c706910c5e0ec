"""`timeline-app convert` and the import warnings of validate, as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_convert_csv_to_our_json_then_to_timelinejs_and_ics(fixtures, tmp_path):
    ours = tmp_path / "rivers.json"
    r = run("convert", str(fixtures / "rivers.csv"), "-o", str(ours))
    assert r.returncode == 0, r.stderr
    assert f"{ours}: 4 events from TimelineJS spreadsheet CSV written as timeline-app JSON" in r.stdout
    assert "warning: slide backgrounds" in r.stderr  # import warnings are listed, never silent
    data = json.loads(ours.read_text(encoding="utf-8"))
    assert data["format"] == "timeline-app" and data["title"] == "Rivers and Canals"
    r = run("validate", str(ours))
    assert r.returncode == 0 and r.stdout.strip() == f"{ours}: OK (4 events)"

    tljs = tmp_path / "rivers-web.json"
    r = run("convert", str(ours), "-o", str(tljs), "--to", "timelinejs")
    assert r.returncode == 0, r.stderr
    assert "events" in json.loads(tljs.read_text(encoding="utf-8"))

    ics = tmp_path / "erie.ics"
    r = run("convert", str(ours), "-o", str(ics), "--event", "erie-canal-opens")
    assert r.returncode == 0, r.stderr
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 1


def test_validate_prints_import_warnings_with_places(fixtures):
    r = run("validate", str(fixtures / "moon-landings.json"))
    assert r.returncode == 0
    assert (f'{fixtures / "moon-landings.json"}: warning: events[2].unique_id: id "apollo-11" is used twice'
            in r.stdout)
    assert r.stdout.strip().endswith("OK (5 events, read as TimelineJS JSON)")


def test_convert_usage_and_data_errors(fixtures, tmp_path):
    r = run("convert", str(fixtures / "rivers.csv"), "-o", str(tmp_path / "x.json"), "--event", "a")
    assert r.returncode == 2 and "--event" in r.stderr
    r = run("convert", str(fixtures / "rivers.csv"), "-o", str(tmp_path / "x.ics"), "--event", "nope")
    assert r.returncode == 2 and "no event with that id" in r.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("Year,Headline\n1999x,Bad\n", encoding="utf-8")
    r = run("convert", str(bad), "-o", str(tmp_path / "x.json"))
    assert r.returncode == 1
    assert "bad.csv: line 2: Year: '1999x' is not a whole number" in r.stderr
    assert not (tmp_path / "x.json").exists()
    assert "Traceback" not in r.stderr
