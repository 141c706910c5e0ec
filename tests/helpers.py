"""Small builders shared by tests."""

from __future__ import annotations

import json
from pathlib import Path


def fake_measure(text: str, role: str) -> tuple[float, float]:
    """A font where every character is 7 px wide and lines are 12 px high."""
    return len(text) * 7.0, 12.0


def timeline_dict(*events: dict, **extra) -> dict:
    """A minimal valid timeline holding `events` (each needs at least id, title, start)."""
    data = {
        "format": "timeline-app",
        "version": 1,
        "title": "Test timeline",
        "categories": [
            {"id": "a", "label": "Agreement", "color": "#1f77b4"},
            {"id": "c", "label": "Conference", "color": "#d62728"},
        ],
        "events": list(events),
    }
    data.update(extra)
    return data


def write_json(tmp_path: Path, data, name: str = "t.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


PLAIN_WORDS = ("Treaty", "Summit", "Launch", "Census", "Storm", "Voyage", "Charter")


def plain_events_dict(n: int) -> dict:
    """A timeline of n plain events (id, title, start, some ends, most with a category), in a
    scrambled time order; quick to build for tests of big timelines."""
    events = []
    for i in range(n):
        year, month, day = 1600 + (i * 7919) % 600, 1 + (i * 31) % 12, 1 + (i * 17) % 28
        ev = {"id": f"e{i}", "title": f"{PLAIN_WORDS[i % 7]} {i}", "start": f"{year:04d}-{month:02d}-{day:02d}"}
        if i % 4 == 0:
            ev["end"] = f"{year:04d}-{month:02d}-{min(day + 2, 28):02d}"
        if i % 50:
            ev["category"] = f"c{i % 5}"
        events.append(ev)
    return {"format": "timeline-app", "version": 1, "title": f"{n:,} plain events",
            "categories": [{"id": f"c{k}", "label": f"Kind {k}", "color": "#336699"} for k in range(5)],
            "events": events}


def wait_loaded(qtbot, window, timeout: int = 10_000) -> None:
    """Wait until the window's background load (open, reload, drop) has delivered its outcome."""
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=timeout)
