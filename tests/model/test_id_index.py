"""The id index of a big table: parts of consecutive positions (model/id_index.py) answer as one dict."""

from __future__ import annotations

import json

import pytest

from timeline_app.model import TimelineError, parse_timeline
from timeline_app.model import id_index as id_index_module
from timeline_app.model.id_index import PartedIndex, id_index

N = 2_500


@pytest.fixture
def small_parts(monkeypatch):
    monkeypatch.setattr(id_index_module, "PART_IDS", 1_000)  # N ids then need three parts


def _file(ids):
    events = [{"id": k, "title": f"T {k}", "start": "1914-07-28"} for k in ids]
    return json.dumps({"format": "timeline-app", "version": 1, "title": "Big", "events": events}).encode()


def test_a_parted_index_finds_every_id_at_its_position(small_parts):
    ids = [f"e{i}" for i in range(N)]
    index = parse_timeline(_file(ids)).timeline.table.index_of
    assert isinstance(index, PartedIndex)
    assert len(index) == N and list(index) == ids
    assert all(index[k] == i for i, k in enumerate(ids))
    assert index.get("e2499") == 2499 and "e1000" in index
    assert "e2500" not in index and index.get("nope", -1) == -1
    with pytest.raises(KeyError):
        index["nope"]


def test_an_id_repeated_across_parts_is_an_error_naming_the_later_one(small_parts):
    ids = [f"e{i}" for i in range(N)]
    ids[2_200] = "e7"  # the first part holds e7, the third the repeat
    with pytest.raises(TimelineError) as info:
        parse_timeline(_file(ids))
    assert [str(p) for p in info.value.problems] == ['events[2200].id: "e7" is used twice']


def test_a_small_index_stays_one_dict():
    assert type(id_index(["a", "b"])) is dict and id_index([]) == {}
