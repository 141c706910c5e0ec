"""Search and filters over 200,000 plain events: answers worked out from the raw data."""

from __future__ import annotations

import numpy as np

from timeline_app.model.query import Filters, all_names, all_tags, apply_filters, fold, search, search_positions
from timeline_app.time import parse_time


def chronological_ids(data, keep) -> list[str]:
    """Ids of the events `keep(i, ev)` accepts, by start, then end, then file order."""
    events = data["events"]
    picked = [i for i, ev in enumerate(events) if keep(i, ev)]
    # Every date is YYYY-MM-DD with a four-digit year: text order is time order.
    picked.sort(key=lambda i: (events[i]["start"], events[i].get("end", events[i]["start"]), i))
    return [events[i]["id"] for i in picked]


def label(data, ev) -> str:
    return next((c["label"] for c in data["categories"] if c["id"] == ev.get("category")), "")


_texts: dict[int, list[str]] = {}


def matching(data, query: str) -> list[str]:
    """What search should answer: events whose title or category label hold every word."""
    if id(data) not in _texts:  # the test data is ASCII: lower() is its fold
        _texts[id(data)] = [(ev["title"] + "\n" + label(data, ev)).lower() for ev in data["events"]]
    texts = _texts[id(data)]
    words = fold(query).split()
    return chronological_ids(data, lambda i, ev: all(w in texts[i] for w in words))


def test_search_finds_words_in_titles_and_category_labels(big_plain):
    data, timeline = big_plain
    for query in ("treaty 777", "STORM 12", "kind 3 voyage 99", "e1", "zebra", "kind"):
        assert search(timeline, query) == matching(data, query), query
    assert len(search(timeline, "kind")) == sum(1 for ev in data["events"] if "category" in ev)


def test_typing_on_narrows_to_the_same_answer_as_a_fresh_search(big_plain):
    data, timeline = big_plain
    for prefix in ("s", "su", "sum", "summ", "summit", "summit ", "summit 1", "summit 12"):
        narrowed = search(timeline, prefix)
    assert narrowed == matching(data, "summit 12")
    assert search(timeline, "summit 1") == matching(data, "summit 1")  # backspace widens again


def test_search_positions_point_into_the_table(big_plain):
    _data, timeline = big_plain
    pos = search_positions(timeline, "charter 4242")
    assert [timeline.table.ids[i] for i in pos.tolist()] == search(timeline, "charter 4242")


def test_filters_keep_the_right_events(big_plain):
    data, timeline = big_plain
    events = data["events"]
    hidden = apply_filters(timeline, Filters(hidden_categories=frozenset({"c1", "c3"})))
    assert len(hidden.events) == sum(1 for ev in events if ev.get("category") not in ("c1", "c3"))
    assert [e.id for e in hidden.chronological[:50]] == chronological_ids(
        data, lambda i, ev: ev.get("category") not in ("c1", "c3"))[:50]
    assert "e1" not in hidden.event_by_id and "e0" in hidden.event_by_id  # e0 has no category

    lo, hi = parse_time("1700").ms, parse_time("1750").ms  # [1700, 1750): the end is exclusive
    dated = apply_filters(timeline, Filters(start_ms=lo, end_ms=hi))
    expected = chronological_ids(data, lambda i, ev: "1700" <= ev.get("end", ev["start"]) and ev["start"] < "1750")
    assert [e.id for e in dated.chronological] == expected

    both = apply_filters(timeline, Filters(hidden_categories=frozenset({"c2"}), start_ms=lo, end_ms=hi))
    assert len(both.events) == sum(1 for i in expected if events[int(i[1:])].get("category") != "c2")
    assert len(apply_filters(timeline, Filters(tags=frozenset({"x"}))).events) == 0  # plain events have no tags
    assert all_tags(timeline) == [] and all_names(timeline) == []
    assert len(timeline.events) == 200_000  # the full timeline is untouched


def test_search_inside_a_filtered_timeline(big_plain):
    data, timeline = big_plain
    search(timeline, "voyage")  # the full timeline's index exists: the filtered one derives its own
    kept = apply_filters(timeline, Filters(hidden_categories=frozenset({"c0"})))
    hidden = {ev["id"] for ev in data["events"] if ev.get("category") == "c0"}
    assert search(kept, "voyage 5") == [i for i in matching(data, "voyage 5") if i not in hidden]
    assert np.all(np.diff(kept.table.sorted_start_ms) >= 0)
