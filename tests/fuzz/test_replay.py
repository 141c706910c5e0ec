"""Replay every fuzz corpus file (tests/fuzz/corpus/FORMAT/*): each was a finding of harness.py
(a crash, a hang, a flood) or a seed worth keeping; the harness's own check must pass on it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import check_one  # noqa: E402

CASES = sorted(p for p in (HERE / "corpus").rglob("*") if p.is_file())


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_corpus_file_opens_or_fails_cleanly(path):
    check_one(path.read_bytes())


def test_there_is_a_corpus():
    assert CASES
