"""Selection: one id shared by every view, stepped through in time order."""

from __future__ import annotations

from tests.viewmodel.conftest import make_timeline
from timeline_app.time import MS_PER_DAY
from timeline_app.viewmodel import ViewModel


def test_select_tells_every_listener_once(three):
    vm = ViewModel(three)
    heard_a, heard_b = [], []
    vm.selection.changed.connect(heard_a.append)
    vm.selection.changed.connect(heard_b.append)
    assert vm.selection.select("a")
    assert not vm.selection.select("a")  # no change, no call
    assert vm.selection.select(None)
    assert heard_a == heard_b == ["a", None]


def test_unknown_id_changes_nothing(three):
    vm = ViewModel(three)
    vm.selection.select("b")
    heard = []
    vm.selection.changed.connect(heard.append)
    assert not vm.selection.select("nope")
    assert vm.selection.id == "b" and heard == []


def test_empty_string_means_nothing_selected(three):
    vm = ViewModel(three)
    vm.selection.select("a")
    vm.selection.select("")
    assert vm.selection.id is None


def test_click_asks_for_no_scrolling(three):
    vm = ViewModel(three)
    vm.selection.select("a", reveal=False)
    assert vm.selection.reveal is False
    vm.selection.select("b")
    assert vm.selection.reveal is True


def test_step_walks_in_time_not_file_order(three):
    vm = ViewModel(three)
    vm.selection.select("b")
    table = three.table
    assert vm.selection.step(table, 1, 0, 0) and vm.selection.id == "a"
    assert vm.selection.step(table, 1, 0, 0) and vm.selection.id == "c"
    assert not vm.selection.step(table, 1, 0, 0) and vm.selection.id == "c"  # the last one
    assert vm.selection.step(table, -1, 0, 0) and vm.selection.id == "a"


def test_step_with_nothing_selected_starts_in_view(three):
    vm = ViewModel(three)
    a = three.event_by_id["a"].start_ms
    # The view shows from a day before 1900 to a day after: forward starts at a, back ends at a.
    assert vm.selection.step(three.table, 1, a - MS_PER_DAY, a + MS_PER_DAY)
    assert vm.selection.id == "a"
    vm.selection.select(None)
    assert vm.selection.step(three.table, -1, a - MS_PER_DAY, a + MS_PER_DAY)
    assert vm.selection.id == "a"


def test_step_in_empty_timeline_is_false():
    empty = make_timeline()
    vm = ViewModel(empty)
    assert not vm.selection.step(empty.table, 1, 0, 1)
    assert vm.selection.id is None


def test_new_timeline_drops_a_selection_it_does_not_show(three):
    vm = ViewModel(three)
    vm.selection.select("b")
    heard = []
    vm.selection.changed.connect(heard.append)
    vm.set_timeline(make_timeline({"id": "a", "title": "A", "start": "1900-01-01"}), keep_view=True)
    assert vm.selection.id is None and heard == [None]


def test_new_timeline_keeps_a_selection_it_shows(three):
    vm = ViewModel(three)
    vm.selection.select("a")
    vm.set_timeline(make_timeline({"id": "a", "title": "A again", "start": "1900-01-01"}), keep_view=True)
    assert vm.selection.id == "a"
    assert vm.selected_event.title == "A again"  # the new timeline's event, not the old object
