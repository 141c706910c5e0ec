"""Where the bundled timeline and the resources live, in a checkout or an installed copy."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_NAME = "songdo-2019.json"


def _first_existing(*candidates: Path) -> Path:
    for c in candidates:
        if c.exists():
            return c
    return candidates[0]


def data_dir() -> Path:
    return _first_existing(_ROOT / "data", Path(sys.prefix) / "share" / "timeline-app" / "data")


def resources_dir() -> Path:
    return _first_existing(_ROOT / "resources", Path(sys.prefix) / "share" / "timeline-app" / "resources")


def bundled_timeline() -> Path:
    """The timeline opened when no file is given."""
    return data_dir() / BUNDLED_NAME


def icon_path() -> Path:
    return resources_dir() / "timeline-app.svg"
