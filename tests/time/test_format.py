"""Dates, ranges and lengths as people read them."""

import pytest

from timeline_app.time import format_date, format_length, format_range, parse_time, year_label

P = parse_time


@pytest.mark.parametrize(
    ("year", "text"),
    [
        (2019, "2019"),
        (1, "1"),
        (9999, "9999"),
        (10_000, "10,000"),
        (12_345, "12,345"),
        (0, "1 BCE"),
        (-1, "2 BCE"),
        (-499, "500 BCE"),
        (-9_998, "9999 BCE"),
        (-9_999, "10,000 BCE"),
        (-99_999, "100,000 BCE"),
        (-100_000, "100,000 years ago"),
        (-250_000, "250,000 years ago"),
        (-65_000_000, "65 million years ago"),
        (-2_500_000, "2.5 million years ago"),
        (-13_800_000_000, "13.8 billion years ago"),
        (-4_000_000_000, "4 billion years ago"),
    ],
)
def test_year_label(year, text):
    assert year_label(year) == text


def test_deep_time_labels_of_neighbouring_ticks_differ():
    labels = {year_label(-65_000_000 - k * 10) for k in range(5)}
    assert len(labels) == 5


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("2019", "2019"),
        ("-0499", "500 BCE"),
        ("2019-10", "October 2019"),
        ("-0043-03", "March 44 BCE"),
        ("2019-10-14", "Monday 14 October 2019"),
        ("2019-10-14T15:00", "Monday 14 October 2019, 15:00"),
        ("2019-10-14T15:00:30", "Monday 14 October 2019, 15:00:30"),
        ("2019-10-14T15:00:30.250", "Monday 14 October 2019, 15:00:30.250"),
        ("2019-10-14T15:00+09:00", "Monday 14 October 2019, 15:00 (UTC+09:00)"),
        ("2019-10-14T03:00+09:00", "Monday 14 October 2019, 03:00 (UTC+09:00)"),
        ("2019-10-14T15:00-05:30", "Monday 14 October 2019, 15:00 (UTC-05:30)"),
        ("2019-10-14T15:00Z", "Monday 14 October 2019, 15:00 (UTC)"),
        ("-13800000000", "13.8 billion years ago"),
    ],
)
def test_format_date(text, shown):
    assert format_date(P(text)) == shown


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("2019-12-05", "2019-12-07", "Thursday 5 \u2013 Saturday 7 December 2019"),
        ("2019-09-30", "2019-10-01", "Monday 30 September \u2013 Tuesday 1 October 2019"),
        ("2019-12-31", "2020-01-01", "Tuesday 31 December 2019 \u2013 Wednesday 1 January 2020"),
        ("2019-10", "2019-12", "October \u2013 December 2019"),
        ("2019-11", "2020-02", "November 2019 \u2013 February 2020"),
        ("1939", "1945", "1939 \u2013 1945"),
        ("-0499", "-0399", "500 BCE \u2013 400 BCE"),
        ("2019", "2019-10-14", "2019 \u2013 Monday 14 October 2019"),
        ("2019-10-14T15:00", "2019-10-14T17:30", "Monday 14 October 2019, 15:00 \u2013 17:30"),
        (
            "2019-10-14T15:00+09:00",
            "2019-10-14T17:30+09:00",
            "Monday 14 October 2019, 15:00 \u2013 17:30 (UTC+09:00)",
        ),
        (
            "2019-10-14T23:00",
            "2019-10-15T01:00",
            "Monday 14 October 2019, 23:00 \u2013 Tuesday 15 October 2019, 01:00",
        ),
    ],
)
def test_format_range(start, end, shown):
    assert format_range(P(start), P(end)) == shown


def test_a_range_without_a_distinct_end_is_its_start():
    assert format_range(P("2019-12-05"), None) == "Thursday 5 December 2019"
    assert format_range(P("2019-12-05"), P("2019-12-05")) == "Thursday 5 December 2019"


@pytest.mark.parametrize(
    ("start", "end", "length"),
    [
        ("2019-12-05", "2019-12-07", "3 days"),
        ("2019-12-05", "2019-12-06", "2 days"),
        ("2019-12-05", "2019-12-05", None),
        ("2019-12-05", None, None),
        ("2019-10", "2019-12", "3 months"),
        ("1939", "1945", "7 years"),
        ("-0499", "2019", "2,519 years"),
        ("2019", "2019-10-14", None),  # the same year
        ("2019-10-14T15:00", "2019-10-14T17:30", "2 hours 30 minutes"),
        ("2019-10-14T15:00", "2019-10-14T16:00", "1 hour"),
        ("2019-10-14T15:00:00", "2019-10-14T15:00:45", "45 seconds"),
        ("2019-10-14T15:00:00.000", "2019-10-14T15:00:00.250", "250 milliseconds"),
        ("2019-10-14T15:00+09:00", "2019-10-14T15:00Z", "9 hours"),
        ("2019-10-14T15:00", "2019-10-14T15:00", None),
    ],
)
def test_format_length(start, end, length):
    assert format_length(P(start), P(end) if end else None) == length
