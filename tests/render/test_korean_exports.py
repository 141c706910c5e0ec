"""Issue 14, exports in the chosen language: an export request's `lang` writes the axis and the
event details' dates in Korean, from the command line too; English stays the default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.pdf_reading import pdf_text
from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.render.details.builder import select_events
from timeline_app.render.details.files import details_pdf_bytes
from timeline_app.render.details.markdown import details_markdown
from timeline_app.render.png import ExportRequest, export_scene
from timeline_app.time import parse_time

REPO = Path(__file__).resolve().parents[2]
AUTUMN = (float(parse_time("2019-09-01").ms), float(parse_time("2020-01-01").ms))


def axis(lang: str | None) -> list[str]:
    timeline = load_timeline(bundled_timeline()).timeline
    req = ExportRequest(width=1400, span=AUTUMN)
    scene, _ = export_scene(timeline, req if lang is None else req.with_(lang=lang))
    return [t.text for t in scene.labels if t.role in ("minor", "major")]


def test_the_exported_axis_speaks_the_requested_language(qapp):
    assert "2019년 10월" in axis("ko")
    english = axis(None)
    assert "October 2019" in english and not any("월" in t for t in english)


def test_details_in_korean_as_markdown_and_pdf(qapp, tmp_path):
    timeline = load_timeline(bundled_timeline()).timeline
    events = select_events(timeline, "2019-10-14-medicen-agreement")
    assert "**2019년 10월 14일 월요일**" in details_markdown(timeline, events, "ko")
    assert "**Monday 14 October 2019**" in details_markdown(timeline, events)
    out = tmp_path / "d.pdf"
    out.write_bytes(details_pdf_bytes(timeline, events, lang="ko"))
    # Qt writes each font's run apart (Hangul and digits come from different fonts): compare without spaces.
    assert "2019년10월14일월요일" in "".join(pdf_text(out).split())


def test_export_lang_on_the_command_line(tmp_path):
    md = tmp_path / "d.md"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    r = subprocess.run([sys.executable, "-m", "timeline_app", "export", "-o", str(md), "--details", "--lang", "ko"],
                       capture_output=True, text=True, env=env, cwd=REPO, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "2019년 12월 5일\\~7일 (3일)" in md.read_text()
