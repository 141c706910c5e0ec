"""Fixtures for the importer tests: the shared peer-data folder and this folder's own files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PEER_DATA = (REPO / ".." / "shared" / "peer-data").resolve()
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def peer_data() -> Path:
    """shared/peer-data beside the clone; skipped when absent, except in CI, where it must be there."""
    if not PEER_DATA.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"peer data folder {PEER_DATA} is missing (CI lays shared/ beside the clone)")
        pytest.skip(f"peer data folder {PEER_DATA} is not on this machine")
    return PEER_DATA


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES
