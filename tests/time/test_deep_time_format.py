"""Deep time as text: "13.8 billion years ago", "65 Ma", "in 1 billion years", and the BCE years around them.

The TimelineJS peer files cosmo.json and years.json are checked twice: with their values written
out here, and read from the copies of the files kept in tests/fixtures/peer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.time.historical_years import historical_to_astronomical as tl_year_to_astronomical
from timeline_app.time import Precision, TimeValue, format_date, format_length, format_range, ms_from_fields, parse_time, year_label
from timeline_app.time.format import DEEP_FUTURE_YEAR, DEEP_TIME_YEAR, ago_label, is_deep_year


def year(y: int) -> TimeValue:
    return TimeValue(ms_from_fields(y), Precision.YEAR)


def tl_year(y: int) -> TimeValue:
    """A TimelineJS year as the importer reads it: negative years within 100,000 are BCE numbers."""
    return year(tl_year_to_astronomical(y))


@pytest.mark.parametrize(
    ("y", "text"),
    [
        (-13_800_000_000, "13.8 billion years ago"),  # the Big Bang
        (-4_600_000_000, "4.6 billion years ago"),
        (-65_000_000, "65 million years ago"),
        (-66_043_000, "66.043 million years ago"),  # exact, never rounded
        (-2_500_000, "2.5 million years ago"),
        (-1_000_000, "1 million years ago"),
        (-315_000, "315,000 years ago"),
        (-100_000, "100,000 years ago"),
        (-99_999, "100,000 BCE"),  # the year is still meaningful here
        (-9_999, "10,000 BCE"),
        (-499, "500 BCE"),
        (0, "1 BCE"),
        (1, "1"),
        (2019, "2019"),
        (99_999, "99,999"),
        (100_000, "in 100,000 years"),
        (1_000_000_000, "in 1 billion years"),
        (5_400_000_000, "in 5.4 billion years"),
    ],
)
def test_year_label_in_and_around_deep_time(y, text):
    assert year_label(y) == text
    assert format_date(year(y)) == text


def test_deep_time_boundaries():
    assert is_deep_year(DEEP_TIME_YEAR) and not is_deep_year(DEEP_TIME_YEAR + 1)
    assert is_deep_year(DEEP_FUTURE_YEAR) and not is_deep_year(DEEP_FUTURE_YEAR - 1)


@pytest.mark.parametrize(
    ("ago", "compact", "long"),
    [
        (13_800_000_000, "13.8 Ga", "13.8 billion years ago"),
        (65_000_000, "65 Ma", "65 million years ago"),
        (2_500_000, "2.5 Ma", "2.5 million years ago"),
        (500_000, "500 ka", "500,000 years ago"),
        (10_000, "10 ka", "10,000 years ago"),
        (0, "0", "0 years ago"),
        (-10_000, "in 10 kyr", "in 10,000 years"),
        (-1_000_000_000, "in 1 Gyr", "in 1 billion years"),
        (-1_500_000_000, "in 1.5 Gyr", "in 1.5 billion years"),
        (1_000_000_001, "1.000000001 Ga", "1.000000001 billion years ago"),
    ],
)
def test_ago_label(ago, compact, long):
    assert ago_label(ago, compact=True) == compact
    assert ago_label(ago) == long


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [
        # Same unit, same direction: said once.
        (-538_800_000, -251_902_000, "538.8 \u2013 251.902 million years ago"),
        (-13_800_000_000, -12_800_000_000, "13.8 \u2013 12.8 billion years ago"),
        (-315_000, -200_000, "315,000 \u2013 200,000 years ago"),
        (1_000_000_000, 5_000_000_000, "in 1 \u2013 5 billion years"),
        # Different units, or across year 0, or into calendar years: both in full.
        (-4_600_000_000, -541_000_000, "4.6 billion years ago \u2013 541 million years ago"),
        (-315_000, -9_999, "315,000 years ago \u2013 10,000 BCE"),
        (-2_000_000, 1_000_000, "2 million years ago \u2013 in 1 million years"),
        (-2519, -2009, "2520 BCE \u2013 2010 BCE"),
        (-499, 1, "500 BCE \u2013 1"),
    ],
)
def test_format_range_of_deep_years(start, end, text):
    assert format_range(year(start), year(end)) == text


def test_deep_date_parsed_from_iso():
    assert format_date(parse_time("-13800000000")) == "13.8 billion years ago"
    assert format_date(parse_time("-65000000")) == "65 million years ago"
    assert format_date(parse_time("+1000000000")) == "in 1 billion years"


def test_deep_length_counts_years():
    assert format_length(year(-65_000_000), year(-64_999_991)) == "10 years"


# --- the TimelineJS peer files --------------------------------------------------------------

# cosmo.json: (TimelineJS start year, end year or None, how we show it).
COSMO = [
    (-13_800_000_000, None, "13.8 billion years ago"),
    (-13_799_630_000, None, "13.79963 billion years ago"),
    (-12_800_000_000, None, "12.8 billion years ago"),
    (-4_600_000_000, None, "4.6 billion years ago"),
    (-538_800_000, -251_902_000, "538.8 \u2013 251.902 million years ago"),
    (-315_000, None, "315,000 years ago"),
    (-3_500, None, "3500 BCE"),
]
# years.json: TimelineJS shows -5410 as "5410 BCE", and so do we.
YEARS = [(-5410, None, "5410 BCE"), (-2520, None, "2520 BCE"), (-2010, None, "2010 BCE"),
         (-1450, None, "1450 BCE"), (-258, None, "258 BCE")]


@pytest.mark.parametrize(("start", "end", "text"), COSMO + YEARS)
def test_peer_values_as_written(start, end, text):
    assert format_range(tl_year(start), tl_year(end) if end is not None else None) == text


# Copies of the TimelineJS files (MPL-2.0) kept in tests/; see tests/fixtures/peer/LICENSES.md.
PEER_COPIES = Path(__file__).resolve().parents[1] / "fixtures" / "peer"


@pytest.mark.parametrize(("name", "expected"), [("cosmo.json", COSMO), ("years.json", YEARS)])
def test_peer_files(name, expected):
    from timeline_app.importers import open_timeline

    events = open_timeline(PEER_COPIES / "timelinejs" / name).timeline.events
    assert [format_range(e.start, e.end) for e in events] == [text for _s, _e, text in expected]


def test_deep_durations_and_scale_steps_read_in_big_units():
    from timeline_app.time import parse_time
    from timeline_app.time.format import format_length, years_text

    assert years_text(1_000_000_000) == "1 billion years"
    assert years_text(50) == "50 years"
    assert format_length(parse_time("-538800000"), parse_time("-251902000")) == "286.898001 million years"
