"""Calendar arithmetic over ordinary, BCE, far-future and deep-time dates."""

import pytest

from timeline_app.time import (
    MS_PER_DAY,
    MS_PER_HOUR,
    add_months,
    add_years,
    civil_from_days,
    days_from_civil,
    days_in_month,
    fields_from_ms,
    is_leap,
    ms_from_fields,
    weekday,
)

YEARS = [-13_800_000_000, -65_000_000, -100_000, -10_000, -501, -500, -499, -1, 0, 1, 4, 1582, 1900, 1969, 1970, 2000, 2019, 9999, 10_000, 12_345, 10**12]


def test_epoch_is_day_zero():
    assert days_from_civil(1970, 1, 1) == 0
    assert civil_from_days(0) == (1970, 1, 1)
    assert civil_from_days(-1) == (1969, 12, 31)


@pytest.mark.parametrize("year", YEARS)
def test_every_day_of_the_year_round_trips(year):
    first = days_from_civil(year, 1, 1)
    day = first
    for month in range(1, 13):
        for d in range(1, days_in_month(year, month) + 1):
            assert days_from_civil(year, month, d) == day
            assert civil_from_days(day) == (year, month, d)
            day += 1
    assert day - first == (366 if is_leap(year) else 365)
    assert days_from_civil(year + 1, 1, 1) == day


def test_round_trip_over_a_long_stretch_of_consecutive_days():
    start = days_from_civil(-800, 1, 1)
    prev = civil_from_days(start - 1)
    for day in range(start, start + 366 * 1200, 37):
        y, m, d = civil_from_days(day)
        assert days_from_civil(y, m, d) == day
        assert 1 <= m <= 12 and 1 <= d <= days_in_month(y, m)
    assert prev == (-801, 12, 31)


def test_known_weekdays():
    assert weekday(days_from_civil(2019, 10, 14)) == 0  # Monday
    assert weekday(days_from_civil(2019, 12, 5)) == 3  # Thursday
    assert weekday(days_from_civil(1970, 1, 1)) == 3  # Thursday
    assert weekday(days_from_civil(2000, 1, 1)) == 5  # Saturday


def test_weekdays_continue_steadily_through_year_zero():
    start = days_from_civil(-1, 12, 25)
    assert [weekday(d) for d in range(start, start + 14)] == [(weekday(start) + i) % 7 for i in range(14)]


@pytest.mark.parametrize(
    ("year", "leap"),
    [(1900, False), (2000, True), (2019, False), (2020, True), (0, True), (-4, True), (-100, False), (-400, True), (2100, False)],
)
def test_leap_years(year, leap):
    assert is_leap(year) is leap
    assert days_in_month(year, 2) == (29 if leap else 28)


def test_fields_of_an_instant():
    ms = ms_from_fields(2019, 10, 14, 15, 30, 10, 250)
    assert fields_from_ms(ms) == (2019, 10, 14, 15, 30, 10, 250, 0)
    assert fields_from_ms(ms).weekday == 0


@pytest.mark.parametrize("year", YEARS)
def test_fields_round_trip_before_and_after_the_epoch(year):
    ms = ms_from_fields(year, 7, 31, 23, 59, 59, 999)
    f = fields_from_ms(ms)
    assert (f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond) == (year, 7, 31, 23, 59, 59, 999)
    assert fields_from_ms(ms + 1)[:3] == (year, 8, 1)


def test_one_millisecond_before_the_epoch():
    assert fields_from_ms(-1)[:7] == (1969, 12, 31, 23, 59, 59, 999)


def test_add_months_clamps_to_the_end_of_the_month():
    jan31 = ms_from_fields(2019, 1, 31, 15)
    assert fields_from_ms(add_months(jan31, 1))[:4] == (2019, 2, 28, 15)
    assert fields_from_ms(add_months(ms_from_fields(2020, 1, 31), 1))[:3] == (2020, 2, 29)
    assert fields_from_ms(add_months(jan31, 12))[:3] == (2020, 1, 31)
    assert fields_from_ms(add_months(jan31, -2))[:3] == (2018, 11, 30)
    assert fields_from_ms(add_months(ms_from_fields(0, 1, 15), -1))[:3] == (-1, 12, 15)


def test_add_years_moves_leap_day_to_february_28():
    leap_day = ms_from_fields(2020, 2, 29, 6)
    assert fields_from_ms(add_years(leap_day, 1))[:4] == (2021, 2, 28, 6)
    assert fields_from_ms(add_years(leap_day, 4))[:3] == (2024, 2, 29)
    assert fields_from_ms(add_years(ms_from_fields(-500), 1000))[:3] == (500, 1, 1)


def test_deep_time_instants():
    ms = ms_from_fields(-13_800_000_000)
    assert fields_from_ms(ms)[:3] == (-13_800_000_000, 1, 1)
    assert add_years(ms, 13_800_002_019) == ms_from_fields(2019)
    assert ms_from_fields(1970, 1, 2) == MS_PER_DAY
    assert ms_from_fields(1970, 1, 1, 1) == MS_PER_HOUR
