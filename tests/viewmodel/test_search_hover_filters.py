"""Search matches, hover and filters: each tells its listeners about real changes only."""

from __future__ import annotations

from timeline_app.model.query import Filters
from timeline_app.viewmodel import Notifier, ViewModel


def test_search_matches_step_round_and_reset_on_a_new_query(three):
    vm = ViewModel(three)
    heard = []
    vm.search.changed.connect(lambda: heard.append(vm.search.ids))
    vm.search.set("x", ["b", "a"])
    assert vm.search.active and vm.search.id_set == frozenset({"a", "b"})
    assert [vm.search.step(1), vm.search.step(1), vm.search.step(1)] == ["b", "a", "b"]
    vm.search.set("xy", ["a"])
    assert vm.search.step(-1) == "a"  # a new query starts again from its first (or last) match
    vm.search.clear()
    assert not vm.search.active and vm.search.step(1) is None and vm.search.query == ""
    assert heard == [("b", "a"), ("a",), None]


def test_a_query_matching_nothing_is_still_a_search(three):
    vm = ViewModel(three)
    vm.search.set("zzz", [])
    assert vm.search.active and vm.search.id_set == frozenset() and vm.search.step(1) is None


def test_hover_reports_changes_and_a_new_timeline_clears_it(three):
    vm = ViewModel(three)
    heard = []
    vm.hover.changed.connect(heard.append)
    vm.hover.set("a")
    vm.hover.set("a")
    vm.set_timeline(three)
    assert heard == ["a", None] and vm.hover.id is None


def test_filters_toggle_a_category_and_clear(three):
    vm = ViewModel(three)
    heard = []
    vm.filters.changed.connect(heard.append)
    assert vm.filters.toggle_category("a")
    assert vm.filters.active and vm.filters.filters.hidden_categories == frozenset({"a"})
    assert not vm.filters.set(Filters(hidden_categories=frozenset({"a"})))  # equal: no call
    assert vm.filters.toggle_category("a")
    assert not vm.filters.active
    assert not vm.filters.clear()
    assert [f.hidden_categories for f in heard] == [frozenset({"a"}), frozenset()]


def test_timeline_change_says_whether_the_view_is_kept(three):
    vm = ViewModel(three)
    vm.viewport.lane_offset = 2
    heard = []
    vm.timeline_changed.connect(heard.append)
    vm.set_timeline(three, keep_view=True)
    assert vm.viewport.lane_offset == 2
    vm.set_timeline(three)
    assert vm.viewport.lane_offset == 0 and heard == [True, False]


def test_a_listener_may_disconnect_itself_while_called():
    n = Notifier()
    calls = []

    def once(x):
        calls.append(x)
        n.disconnect(once)

    n.connect(once)
    n.connect(once)  # twice: still one call
    n.emit(1)
    n.emit(2)
    assert calls == [1] and len(n) == 0


def test_quiet_filter_change_is_kept_but_not_told(three):
    vm = ViewModel(three)
    heard = []
    vm.filters.changed.connect(heard.append)
    vm.filters.toggle_category("a")
    assert vm.filters.set(Filters(), quiet=True)
    assert not vm.filters.active and len(heard) == 1
