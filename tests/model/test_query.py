"""Search and filters, without Qt."""

from __future__ import annotations

import pytest

from tests.helpers import timeline_dict
from timeline_app.model import load_timeline, timeline_from_data
from timeline_app.model.query import Filters, all_names, all_tags, apply_filters, fold, search
from timeline_app.paths import bundled_timeline
from timeline_app.time import parse_time

SEPT, OCT, DEC = "2019-09-30-rd-agreement", "2019-10-14-medicen-agreement", "2019-12-05-asian-pain-symposium"


@pytest.fixture(scope="module")
def songdo():
    return load_timeline(bundled_timeline()).timeline


def test_fold_ignores_case_and_accents():
    assert fold("Médicen ÉCOLE Straße") == "medicen ecole strasse"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("medicen", [OCT]),  # title and parties
        ("MÉDICEN", [OCT]),  # accents and case do not matter
        ("lee won jae", [SEPT, OCT]),  # a participant and a quote speaker
        ("Fontaine", [OCT]),
        ("convensia", [DEC]),  # location
        ("Celltrion", [SEPT]),  # inside a quote / mention
        ("Sweden", [OCT]),  # a participant's country
        ("pain research", [SEPT, DEC]),  # every word must match
        ("symposium songdo", [SEPT, DEC]),
        ("Binex", [OCT]),  # an activity
        ("zebra", []),
        ("   ", []),
    ],
)
def test_search_looks_at_everything_an_event_says(songdo, query, expected):
    assert search(songdo, query) == expected


def test_category_filter_hides_its_events(songdo):
    filtered = apply_filters(songdo, Filters().toggled_category("conference"))
    assert [e.id for e in filtered.chronological] == [SEPT, OCT]
    assert filtered.event_by_id.keys() == {SEPT, OCT}
    assert songdo.event_by_id.keys() == {SEPT, OCT, DEC}  # the original is untouched
    assert apply_filters(songdo, Filters().toggled_category("conference").toggled_category("conference")) is songdo


def test_tag_party_and_date_filters(songdo):
    assert [e.id for e in apply_filters(songdo, Filters(tags=frozenset({"medicen"}))).events] == [OCT]
    with_society = Filters(names=frozenset({"Korean Pain Mechanism Research Society"}))
    assert {e.id for e in apply_filters(songdo, with_society).events} == {SEPT, DEC}
    autumn = Filters(start_ms=parse_time("2019-10-01").ms, end_ms=parse_time("2019-12-06").ms)
    assert {e.id for e in apply_filters(songdo, autumn).events} == {OCT, DEC}  # DEC overlaps
    assert autumn.active and autumn.describe() == "date range"
    assert not Filters().active


def test_choices_for_the_filter_lists(songdo):
    assert "medicen" in all_tags(songdo)
    names = all_names(songdo)
    assert "Olivier Fontaine" in names and "Biovista" in names and "Incheon Free Economic Zone" in names


def test_filters_describe_themselves():
    f = Filters(hidden_categories=frozenset({"a", "b"}), tags=frozenset({"x"}))
    assert f.describe() == "2 categories hidden; tags: x"


def test_search_index_follows_the_timeline():
    a = timeline_from_data(timeline_dict({"id": "a", "title": "Alpha", "start": "2019"})).timeline
    b = timeline_from_data(timeline_dict({"id": "b", "title": "Beta", "start": "2019"})).timeline
    assert search(a, "alpha") == ["a"]
    assert search(b, "alpha") == []
    assert search(b, "beta") == ["b"]
