"""Fixtures for the importer tests: the shared peer-data folder and this folder's own files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def find_peer_data() -> Path | None:
    """$TIMELINE_PEER_DATA, else shared/peer-data beside the clone or beside any folder above it."""
    if os.environ.get("TIMELINE_PEER_DATA"):
        return Path(os.environ["TIMELINE_PEER_DATA"])
    for folder in REPO.parents:
        candidate = folder / "shared" / "peer-data"
        if candidate.is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def peer_data() -> Path:
    """The peer files; skipped when absent, except in CI, where shared/ lies beside the clone."""
    found = find_peer_data()
    if found is None or not found.is_dir():
        where = found or REPO.parent / "shared" / "peer-data"
        if os.environ.get("CI"):
            pytest.fail(f"peer data folder {where} is missing (CI lays shared/ beside the clone; "
                        "or set TIMELINE_PEER_DATA)")
        pytest.skip(f"peer data folder {where} is not on this machine (set TIMELINE_PEER_DATA)")
    return found


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES
