"""Fixtures for the importer tests: the peer files kept in tests/, this folder's own files, and
(the peer-data extra) the shared peer-data folder itself when it is on the machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Copies of the peer files whose licences allow it, and our own .timeline files in their place
# (the originals are GPL-3.0): see fixtures/peer/LICENSES.md. Always present, so a clone runs them.
PEER_COPIES = REPO / "tests" / "fixtures" / "peer"


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
    """Files written by other timeline tools (or, for GPL ones, by us in their layout), in tests/."""
    return PEER_COPIES


@pytest.fixture(scope="session")
def shared_peer_data() -> Path:
    """The peer-data extra: the shared folder itself, which a clone does not have."""
    found = find_peer_data()
    if found is None or not found.is_dir():
        if os.environ.get("TIMELINE_PEER_DATA"):
            pytest.fail(f"TIMELINE_PEER_DATA names {found}, which is not a folder")
        pytest.skip(f"peer-data extra: {REPO.parent / 'shared' / 'peer-data'} is not on this machine "
                    "(set TIMELINE_PEER_DATA to run these tests on it; tests/fixtures/peer covers the rest)")
    return found


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES
