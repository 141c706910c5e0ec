"""The id index of a big timeline is several dicts (PartedIndex, so that building it never
holds the interpreter lock long); a user must get the same answers as from one dict."""

from __future__ import annotations

import numpy as np
import pytest

from tests.helpers import timeline_dict, write_json
from timeline_app.model import TimelineError, load_timeline
from timeline_app.model import load as load_module
from timeline_app.model.table import PartedIndex


@pytest.fixture(autouse=True)
def parted(monkeypatch):
    """Small files indexed as big ones are, in several pieces."""
    monkeypatch.setattr(load_module, "_PARTED_INDEX_AFTER", 2)
    monkeypatch.setattr(load_module, "_PIECE", 7)


def events(n: int, **extra) -> list[dict]:
    return [{"id": f"e{i}", "title": f"Event {i}", "start": f"2019-01-{1 + i % 28:02d}", **extra} for i in range(n)]


def test_every_event_is_found_by_its_id_and_listed_in_file_order(tmp_path):
    t = load_timeline(write_json(tmp_path, timeline_dict(*events(60)))).timeline
    assert isinstance(t.table.index_of, PartedIndex)
    by_id = t.event_by_id
    assert [by_id[f"e{i}"].title for i in range(60)] == [f"Event {i}" for i in range(60)]
    assert list(by_id) == [f"e{i}" for i in range(60)]
    assert len(by_id) == 60
    assert "e60" not in by_id and "e59" in by_id
    assert t.table.index_of.get("nope") is None and t.table.index_of.get("e5") == 5


def test_a_repeated_id_is_still_named(tmp_path):
    evs = events(30)
    evs[21]["id"] = "e3"
    with pytest.raises(TimelineError) as info:
        load_timeline(write_json(tmp_path, timeline_dict(*evs)))
    assert 'events[21].id: "e3" is used twice' in [str(p) for p in info.value.problems]


def test_related_ids_are_checked_against_the_index(tmp_path):
    evs = events(30)
    evs[4]["related"] = ["e29", "e30"]
    with pytest.raises(TimelineError) as info:
        load_timeline(write_json(tmp_path, timeline_dict(*evs)))
    assert [str(p) for p in info.value.problems] == ['events[4].related[1]: "e30" is not the id of an event']


def test_a_filtered_table_finds_its_events_through_the_index(tmp_path):
    t = load_timeline(write_json(tmp_path, timeline_dict(*events(40)))).timeline
    sub = t.table.take(np.array([3, 10, 39]), t.categories)
    assert [sub.index_of[k] for k in ("e3", "e10", "e39")] == [0, 1, 2]
    assert "e4" not in sub.index_of and list(sub.index_of) == ["e3", "e10", "e39"]
