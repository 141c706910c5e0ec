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
