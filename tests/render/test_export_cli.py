"""`timeline-app export` for every format: exit codes (0 ok, 1 bad data, 2 bad usage) and messages."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "timeline_app", "export", *args], capture_output=True,
                          text=True, env=env, cwd=REPO, timeout=120)


def test_svg_pdf_and_details(tmp_path):
    svg, pdf, tiles, md, dpdf = (tmp_path / n for n in ("t.svg", "t.pdf", "tiles.pdf", "d.md", "d.pdf"))
    r = run("-o", str(svg), "--theme", "dark", "--title", "Autumn", "--footer", "--width", "1200")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{svg}: 1200 x {ET.parse(svg).getroot().get('height')} px, vector"
    assert "Autumn" in svg.read_text() and "Exported" in svg.read_text()
    r = run("-o", str(pdf))
    assert (r.returncode, r.stdout.strip()) == (0, f"{pdf}: 1 page (one page)")
    r = run("-o", str(tiles), "--pages", "letter", "--width", "2500")
    assert (r.returncode, r.stdout.strip()) == (0, f"{tiles}: 3 pages (Letter landscape)")
    r = run("-o", str(md), "--details", "--event", "2019-12-05-asian-pain-symposium")
    assert (r.returncode, r.stdout.strip()) == (0, f"{md}: details of 1 event")
    assert "Asian Pain Symposium" in md.read_text()
    r = run("-o", str(dpdf), "--details", "--pages", "letter")
    assert (r.returncode, r.stdout.strip()) == (0, f"{dpdf}: details of 3 events")
    assert dpdf.read_bytes().startswith(b"%PDF")


def test_range_and_transparent_png(tmp_path):
    out = tmp_path / "oct.png"
    r = run("data/songdo-2019.json", "-o", str(out), "--range", "2019-10-01..2019-10-31", "--height", "300",
            "--scale", "1", "--transparent", "--no-legend", "--no-title")
    assert r.returncode == 0, r.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 300)
    assert image.pixelColor(800, 280).alpha() == 0
    r = run("-o", str(tmp_path / "all.png"), "--range", "all", "--scale", "1")
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("-o", "x.gif"), "export writes .png, .svg or .pdf"),
        (("-o", "x.md"), "export writes .png, .svg or .pdf (or .md and .pdf with --details)"),
        (("-o", "x.png", "--range", "2019-10"), "expected all or FROM..TO"),
        (("-o", "x.png", "--range", "2019-12..2019-01"), "is not after"),
        (("-o", "x.png", "--range", "2019-10..2019-11", "--from", "2019"), "either --range or --from/--to"),
        (("-o", "x.png", "--range", "2019-99..2019-12"), '"2019-99" is not a date'),
        (("-o", "x.png", "--pages", "a4"), "--pages is for .pdf"),
        (("-o", "x.pdf", "--transparent"), "--transparent is for .png and .svg"),
        (("-o", "x.png", "--title", "T", "--no-title"), "either --title TEXT or --no-title"),
        (("-o", "x.png", "--theme", "pink"), "invalid choice: 'pink'"),
        (("-o", "x.png", "--event", "a"), "--event needs --details"),
        (("-o", "x.svg", "--details"), "--details writes .md or .pdf"),
        (("-o", "x.md", "--details", "--range", "all"), "--range does not apply to --details"),
        (("-o", "x.md", "--details", "--event", "nope"), "has no event with this id"),
        (("-o", "no/such/dir/x.svg",), "no such folder"),
    ],
)
def test_bad_usage_exits_2_with_one_message(args, message, tmp_path):
    r = run(*args)
    assert r.returncode == 2, r.stderr
    assert message in r.stderr
    assert "Traceback" not in r.stderr
    assert not (REPO / "x.png").exists() and not (REPO / "x.md").exists()


def test_bad_data_exits_1_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "timeline-app", "version": 1, "title": "x", "events": [{"id": "a"}]}')
    for out in ("x.svg", "x.pdf", "x.md"):
        extra = ("--details",) if out.endswith(".md") else ()
        r = run(str(bad), "-o", str(tmp_path / out), *extra)
        assert r.returncode == 1, r.stderr
        assert "bad.json: 2 problems" in r.stderr and "events[0].start: is required" in r.stderr
        assert "Traceback" not in r.stderr
        assert not (tmp_path / out).exists()


def test_a_failed_write_exits_1_and_leaves_no_file(tmp_path):
    out = tmp_path / "taken.pdf"
    out.mkdir()  # a folder where the file should go: the final rename fails
    (out / "inside.txt").write_text("kept")
    r = run("-o", str(out))
    assert r.returncode == 1
    assert str(out) in r.stderr and "Traceback" not in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.pdf"]
    assert (out / "inside.txt").read_text() == "kept"
