"""TextColumn: the table's texts in pieces; every edit gives what a list would, and shares the rest."""

from __future__ import annotations

import random

import numpy as np
import pytest

from timeline_app.model import text_column
from timeline_app.model.text_column import TextColumn


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(text_column, "PIECE", 8)  # many pieces, splits and emptied pieces in 100 texts


def test_edits_read_back_as_the_same_edits_on_a_list(small_pieces):
    ref = [f"t{i}" if i % 7 else None for i in range(100)]
    col = TextColumn.of(ref)
    rng = random.Random(1)
    for step in range(600):
        op = rng.randrange(3)
        if op == 0 and ref:
            i = rng.randrange(len(ref))
            ref[i] = f"r{step}"
            col = col.replaced(i, f"r{step}")
        elif op == 1:
            i = rng.randrange(len(ref) + 1)
            ref.insert(i, f"i{step}")
            col = col.inserted(i, f"i{step}")
        elif ref:
            i = rng.randrange(len(ref))
            del ref[i]
            col = col.removed(i)
        assert list(col) == ref and len(col) == len(ref) and col.tolist() == ref
        if ref:
            a = rng.randrange(len(ref))
            b = rng.randrange(a, len(ref) + 1)
            assert list(col[a:b]) == ref[a:b] and list(col[a:b:2]) == ref[a:b:2]
            idx = np.array([rng.randrange(len(ref)) for _ in range(10)])
            assert list(col[idx]) == [ref[k] for k in idx]
            assert col[-1] == ref[-1] and col[np.int64(a)] == ref[a]
    assert all(len(p) <= 2 * 8 for p in col.pieces) and all(len(p) for p in col.pieces)


def test_an_edit_copies_one_piece_and_shares_the_others(small_pieces):
    col = TextColumn.of([str(i) for i in range(40)])
    for edited in (col.replaced(13, "x"), col.inserted(13, "x"), col.removed(13)):
        shared = [any(p is q for q in col.pieces) for p in edited.pieces]
        assert shared == [True, False, True, True, True]
    assert list(col) == [str(i) for i in range(40)]  # the column edited is unchanged


def test_empty_and_out_of_range():
    col = TextColumn.of([])
    assert len(col) == 0 and list(col) == [] and list(col[0:5]) == []
    col = col.inserted(0, "a")
    assert list(col) == ["a"]
    with pytest.raises(IndexError):
        col[1]
    assert list(col.removed(0)) == []


def test_a_loaded_object_array_is_kept_not_copied(small_pieces):
    loaded = np.empty(20, dtype=object)
    loaded[:] = [f"e{i}" for i in range(20)]
    col = TextColumn.of(loaded)
    assert [len(p) for p in col.pieces] == [8, 8, 4] and all(p.base is loaded for p in col.pieces)
    assert list(col) == list(loaded)
