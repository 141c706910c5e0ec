"""The event list over 200,000 plain events: rows, text, sorting and a search's restriction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from timeline_app.model.query import search_positions
from timeline_app.ui.event_list import EVENT_ID_ROLE, EventList

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@pytest.fixture(scope="module")
def expected(big_plain):
    """The chronological rank of each file position, and title and category keys, from the raw data."""
    data, _timeline = big_plain
    events = data["events"]
    chrono = sorted(range(len(events)), key=lambda i: (events[i]["start"], events[i].get("end", events[i]["start"]), i))
    rank = [0] * len(events)
    for r, i in enumerate(chrono):
        rank[i] = r
    labels = {c["id"]: c["label"] for c in data["categories"]}
    return {"events": events, "chrono": chrono, "rank": rank,
            "label": [labels.get(ev.get("category"), "") for ev in events]}


@pytest.fixture
def event_list(qtbot, big_plain):
    widget = EventList(big_plain[1])
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    return widget


def ids_at(model, rows) -> list[str]:
    return [model.index(r, 0).data(EVENT_ID_ROLE) for r in rows]


def ends(model, k=5) -> list[str]:
    n = model.rowCount()
    return ids_at(model, [*range(k), *range(n - k, n)])


def test_rows_and_text_come_from_the_columns(event_list, expected):
    model = event_list.model()
    assert model.rowCount() == 200_000 and model.columnCount() == 4
    first = expected["events"][expected["chrono"][0]]
    assert model.index(0, 0).data(EVENT_ID_ROLE) == first["id"]
    assert model.index(0, 1).data() == first["title"]
    assert model.index(0, 2).data() == expected["label"][expected["chrono"][0]]
    assert model.index(0, 3).data() == ""  # plain events have no location
    assert model.index(0, 2).data(Qt.ItemDataRole.DecorationRole) is not None or not first.get("category")
    last = expected["events"][expected["chrono"][-1]]
    row = model.rowCount() - 1
    assert model.index(row, 1).data() == last["title"]
    assert model.index(row, 0).data()  # the date, written for people
    event_list.select_event(last["id"])
    assert event_list.selected_id() == last["id"]


def test_sorting_by_each_column_is_right_at_both_ends(event_list, expected):
    model, events, rank, label = event_list.model(), expected["events"], expected["rank"], expected["label"]
    n = len(events)

    def order(key, reverse=False):
        # Qt's stable sort: ties stay in chronological order, whichever the direction.
        ranked = sorted(range(n), key=lambda i: rank[i])
        return [events[i]["id"] for i in sorted(ranked, key=key, reverse=reverse)]

    def check(column, direction, key):
        event_list.sortByColumn(column, direction)
        want = order(key, reverse=direction == DESC)
        assert ends(model) == want[:5] + want[-5:], (column, direction)
        middle = range(n // 2 - 3, n // 2 + 3)
        assert ids_at(model, middle) == want[n // 2 - 3:n // 2 + 3]

    check(1, ASC, lambda i: events[i]["title"].casefold())
    check(1, DESC, lambda i: events[i]["title"].casefold())
    check(2, ASC, lambda i: label[i].casefold())
    check(2, DESC, lambda i: label[i].casefold())
    check(0, DESC, lambda i: events[i]["start"])
    check(0, ASC, lambda i: 0)  # chronological
    assert model.index(0, 0).data(EVENT_ID_ROLE) == events[expected["chrono"][0]]["id"]


def test_the_selection_follows_its_event_through_a_sort(event_list, expected):
    target = expected["events"][123_456]["id"]
    event_list.select_event(target)
    event_list.sortByColumn(1, DESC)
    assert event_list.selected_id() == target
    assert event_list.model().index(event_list.currentIndex().row(), 0).data(EVENT_ID_ROLE) == target
    event_list.sortByColumn(0, ASC)
    assert event_list.selected_id() == target


def test_a_search_lists_only_its_matches_in_the_current_sort(event_list, big_plain):
    _data, timeline = big_plain
    positions = search_positions(timeline, "voyage 99")
    ids = [timeline.table.ids[i] for i in positions.tolist()]
    event_list.sortByColumn(1, ASC)
    event_list.set_matches(ids, positions)
    model = event_list.model()
    assert model.rowCount() == len(ids) > 100
    listed = ids_at(model, range(model.rowCount()))
    assert sorted(listed) == sorted(ids)
    titles = [model.index(r, 1).data().casefold() for r in range(model.rowCount())]
    assert titles == sorted(titles)
    event_list.set_matches(None)
    assert model.rowCount() == 200_000
    event_list.set_matches(ids)  # without positions: looked up by id
    assert model.rowCount() == len(ids)


def test_typing_in_the_list_jumps_to_a_title(event_list):
    event_list.setFocus()
    event_list.keyboardSearch("charter 4")
    model, row = event_list.model(), event_list.currentIndex().row()
    assert model.index(row, 1).data().casefold().startswith("charter 4")


def test_ranks_without_numpy_strings_agree():
    from timeline_app.ui.event_list import _ranks, _ranks_by_sorting

    keys = ["b", "a", "", "é", "b", "ab", "a"]
    assert _ranks(keys).tolist() == _ranks_by_sorting(keys).tolist() == [3, 1, 0, 4, 3, 2, 1]
