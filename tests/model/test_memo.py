"""Caches belong to the layer that computes them (model/memo.py): one value per live table."""

import gc
import weakref

from timeline_app.model import Timeline
from timeline_app.model.memo import Memo
from timeline_app.model.query import search, search_index


def _timeline(n: int = 3) -> Timeline:
    return Timeline.model_validate({"title": "T", "events": [
        {"id": f"e{i}", "title": f"Treaty {i}", "start": f"{1900 + i}"} for i in range(n)]})


def test_each_memo_keeps_its_own_value_per_table():
    a, b = _timeline().table, _timeline().table
    lanes, counts = Memo("lanes"), Memo("counts")
    lanes.put(a, "lanes of a")
    counts.put(a, "counts of a")
    assert (lanes.get(a), counts.get(a), lanes.get(b)) == ("lanes of a", "counts of a", None)
    lanes.put(a, "new lanes of a")
    assert lanes.get(a) == "new lanes of a" and counts.get(a) == "counts of a"


def test_a_value_that_refers_to_its_table_goes_with_the_table():
    memo = Memo("layout")
    table = _timeline().table
    memo.put(table, {"table": table})  # as a lane layout holds its table
    gone = weakref.ref(table)
    del table
    gc.collect()
    assert gone() is None


def test_the_search_index_is_kept_by_query_for_the_table_it_indexes():
    timeline = _timeline(5)
    index = search_index(timeline)
    assert search_index(timeline) is index
    assert search(timeline, "treaty 3") == ["e3"]
    assert not hasattr(timeline.table, "cache")  # no cache on the table for every layer to share
