"""The tick ladder: aligned calendar ticks for any window, labels by the biggest boundary."""

import time

import pytest

from timeline_app.layout.ladder import LADDER, Rung, floor, major_rung, offset, rung_for_spacing, ticks
from timeline_app.layout.tick_labels import major_label, minor_label
from timeline_app.time import MS_PER_DAY, fields_from_ms, ms_from_fields

YEAR_MS = 365.2425 * MS_PER_DAY
FIXED = {"ms": 1, "second": 1000, "minute": 60_000, "hour": 3_600_000}


def rung(unit, step):
    return next(r for r in LADDER if (r.unit, r.step) == (unit, step))


def aligned(r: Rung, t: int) -> bool:
    """Is `t` a tick of `r`, by the calendar rule for its unit?"""
    if r.unit in FIXED:
        return t % (FIXED[r.unit] * r.step) == 0
    f = fields_from_ms(t)
    midnight = t % MS_PER_DAY == 0
    if r.unit == "day":
        return midnight and (f.day - 1) % r.step == 0
    if r.unit == "week":
        return midnight and f.weekday == 0
    if r.unit == "month":
        return midnight and f.day == 1 and (f.month - 1) % r.step == 0
    if not (midnight and (f.month, f.day) == (1, 1)):
        return False
    y, step = f.year, r.step
    if step >= 100_000 or y <= -100_000:
        return y % step == 0  # deep time: astronomical multiples
    if y >= 1:
        return y % step == 0 or y == 1  # round CE years, and 1 CE after 1 BCE
    return (1 - y) % step == 0 and y >= -100_000 + step  # round BCE years


def calendar_gap(r: Rung, a: int, b: int) -> bool:
    """Is b one step of `r` after a, in calendar terms?"""
    if r.unit in FIXED:
        return b - a == FIXED[r.unit] * r.step
    fa, fb = fields_from_ms(a), fields_from_ms(b)
    if r.unit == "day":
        # Multi-day ticks restart on the 1st of each month, so the last gap of a month is shorter.
        return b - a == r.step * MS_PER_DAY or (fb.day == 1 and 0 < b - a <= r.step * MS_PER_DAY)
    if r.unit == "week":
        return b - a == 7 * MS_PER_DAY
    if r.unit == "month":
        return (fb.year * 12 + fb.month) - (fa.year * 12 + fa.month) == r.step
    gap = fb.year - fa.year
    # Historical years sit on round CE and BCE numbers, so gaps near 1 CE differ by a year.
    return gap == r.step or (r.step < 100_000 and 0 < gap <= r.step + 1)


def sample_points(r: Rung):
    points = [
        ms_from_fields(2019, 10, 14, 15, 37, 12, 345),
        ms_from_fields(2020, 2, 29, 23, 59, 59, 999),
        ms_from_fields(1969, 12, 31, 23, 59, 59, 999),
        ms_from_fields(-500, 3, 1, 0, 0, 0, 1),
        ms_from_fields(12_345, 6, 7, 8),
    ]
    if r.unit == "year":
        points += [ms_from_fields(-13_800_000_000, 5, 5), ms_from_fields(-65_000_001, 12, 31)]
    return points


def rung_id(r):
    return f"{r.step}{r.unit}"


def test_the_ladder_is_ordered_and_complete():
    nominal = [r.nominal_ms for r in LADDER]
    assert nominal == sorted(nominal) and len(set(nominal)) == len(nominal)
    assert [r.step for r in LADDER if r.unit == "ms"] == [1, 5, 10, 50, 100, 500]
    assert [r.step for r in LADDER if r.unit == "month"] == [1, 3]
    years = [r.step for r in LADDER if r.unit == "year"]
    assert years[:6] == [1, 2, 5, 10, 20, 50] and years[-1] == 10**9 and len(years) == 28


@pytest.mark.parametrize("r", LADDER, ids=rung_id)
def test_floor_and_offset_stay_on_aligned_calendar_ticks(r):
    for ms in sample_points(r):
        t = floor(r, ms)
        assert aligned(r, t)
        assert t <= ms < offset(r, t)
        assert floor(r, t) == t  # idempotent
        nxt = offset(r, t)
        assert aligned(r, nxt)
        assert calendar_gap(r, t, nxt)
        assert floor(r, nxt - 1) == t  # no tick in between
        assert offset(r, nxt, -1) == t
        assert offset(r, t, 3) == offset(r, offset(r, offset(r, t)))
        assert offset(r, t, 0) == t


@pytest.mark.parametrize("r", LADDER, ids=rung_id)
def test_ticks_cover_exactly_the_window(r):
    for ms in sample_points(r):
        start = ms + int(r.nominal_ms * 0.3)
        end = start + int(r.nominal_ms * 12.5)
        got = ticks(r, start, end)
        assert got and all(start <= t <= end for t in got)
        assert all(aligned(r, t) for t in got)
        assert all(calendar_gap(r, a, b) for a, b in zip(got, got[1:]))
        assert offset(r, got[0], -1) < start and offset(r, got[-1]) > end
        assert ticks(r, got[0], got[-1]) == got  # ends are inclusive


def test_ticks_of_an_empty_or_reversed_window():
    r = rung("day", 1)
    assert ticks(r, 10, 5) == []
    assert ticks(r, 1, MS_PER_DAY - 1) == []
    assert ticks(r, 0, 0) == [0]


def test_three_month_ticks_over_2019_are_quarters():
    got = ticks(rung("month", 3), ms_from_fields(2019), ms_from_fields(2019, 12, 31))
    assert [fields_from_ms(t).month for t in got] == [1, 4, 7, 10]


def test_ticks_align_to_the_calendar_not_to_the_view():
    r = rung("month", 3)
    assert ticks(r, ms_from_fields(2019, 2, 10), ms_from_fields(2019, 8)) == [
        ms_from_fields(2019, 4),
        ms_from_fields(2019, 7),
    ]


@pytest.mark.parametrize(
    ("r", "start", "end", "count"),
    [
        (("day", 1), (2019, 10, 1), (2019, 10, 31), 31),
        (("day", 2), (2019, 10, 1), (2019, 10, 31), 16),  # 1, 3, ..., 31
        (("day", 2), (2019, 2, 1), (2019, 3, 1), 15),  # 1, 3, ..., 27, then March 1
        (("week", 1), (2019, 10, 1), (2019, 10, 31), 4),  # Mondays 7, 14, 21, 28
        (("hour", 1), (2019, 10, 14), (2019, 10, 15), 25),
        (("hour", 6), (2019, 10, 14), (2019, 10, 15), 5),
        (("month", 1), (2019, 1, 1), (2019, 12, 31), 12),
        (("year", 10), (1900, 1, 1), (2000, 1, 1), 11),
        (("year", 100), (-1000, 1, 1), (1000, 1, 1), 21),
    ],
)
def test_tick_counts(r, start, end, count):
    assert len(ticks(rung(*r), ms_from_fields(*start), ms_from_fields(*end))) == count


def test_year_ticks_read_round_bce_numbers_and_1_ce_follows_1_bce():
    r = rung("year", 100)
    got = ticks(r, ms_from_fields(-250), ms_from_fields(250))
    assert [fields_from_ms(t).year for t in got] == [-199, -99, 1, 100, 200]
    assert [minor_label(r, t) for t in got] == ["200 BCE", "100 BCE", "1 CE", "100", "200"]
    one = ticks(rung("year", 1), ms_from_fields(-2), ms_from_fields(2))
    assert [minor_label(rung("year", 1), t) for t in one] == ["3 BCE", "2 BCE", "1 BCE", "1 CE", "2"]


def test_historical_and_deep_ticks_never_crowd_at_the_boundary():
    r = rung("year", 10_000)
    got = [fields_from_ms(t).year for t in ticks(r, ms_from_fields(-130_000), ms_from_fields(-70_000))]
    assert got == [-130_000, -120_000, -110_000, -100_000, -89_999, -79_999]


def test_deep_time_ticks_at_a_hundred_million_years():
    r = rung("year", 10**8)
    got = ticks(r, ms_from_fields(-14_000_000_000), ms_from_fields(-13_000_000_000))
    assert [fields_from_ms(t).year for t in got] == [-14_000_000_000 + k * 10**8 for k in range(11)]
    assert minor_label(r, got[2]) == "13.8 Ga"
    assert floor(r, ms_from_fields(-13_812_345_678, 7, 1)) == ms_from_fields(-13_900_000_000)


def test_too_many_ticks_raise_instead_of_freezing():
    t0 = time.perf_counter()
    with pytest.raises(ValueError, match="coarser"):
        ticks(rung("ms", 1), 0, 10**7)
    with pytest.raises(ValueError):
        ticks(rung("day", 1), ms_from_fields(-10_000), ms_from_fields(10_000))
    with pytest.raises(ValueError):
        ticks(rung("year", 1), ms_from_fields(-13_800_000_000), 0)
    assert time.perf_counter() - t0 < 0.5
    assert len(ticks(rung("day", 1), 0, 9 * MS_PER_DAY, limit=10)) == 10
    with pytest.raises(ValueError):
        ticks(rung("day", 1), 0, 10 * MS_PER_DAY, limit=10)


def test_rung_for_spacing_picks_days_at_about_a_day_per_40_px():
    assert rung_for_spacing(MS_PER_DAY / 40, 28) == rung("day", 1)
    assert rung_for_spacing(MS_PER_DAY / 40, 40) == rung("day", 1)
    assert rung_for_spacing(MS_PER_DAY / 40, 41) == rung("day", 2)


def test_rung_for_spacing_picks_years_for_a_century_wide_window():
    r = rung_for_spacing(100 * YEAR_MS / 1200, 40)
    assert r.unit == "year" and r.step == 5
    assert rung_for_spacing(100 * YEAR_MS / 1200, 28).unit == "year"


def test_rung_for_spacing_at_the_ends_of_the_ladder():
    assert rung_for_spacing(0.001, 28) == LADDER[0]
    assert rung_for_spacing(1e30, 28) == LADDER[-1]


@pytest.mark.parametrize(
    ("minor", "major"),
    [
        (("ms", 1), ("second", 1)),
        (("ms", 500), ("second", 1)),
        (("second", 30), ("minute", 1)),
        (("minute", 1), ("hour", 1)),
        (("minute", 15), ("hour", 1)),
        (("minute", 30), ("day", 1)),
        (("hour", 12), ("day", 1)),
        (("day", 1), ("month", 1)),
        (("week", 1), ("month", 1)),
        (("month", 3), ("year", 1)),
        (("year", 1), ("year", 10)),
        (("year", 2), ("year", 10)),
        (("year", 5), ("year", 10)),
        (("year", 10), ("year", 100)),
        (("year", 50), ("year", 100)),
        (("year", 500_000_000), ("year", 10**9)),
    ],
)
def test_major_rung(minor, major):
    assert major_rung(rung(*minor)) == rung(*major)


def test_major_rung_at_the_top_is_none():
    assert major_rung(rung("year", 10**9)) is None


@pytest.mark.parametrize(
    ("r", "fields", "label"),
    [
        (("ms", 50), (2019, 10, 14, 15, 0, 30, 250), ".250"),
        (("ms", 50), (2019, 10, 14, 15, 0, 30), "15:00:30"),
        (("second", 5), (2019, 10, 14, 15, 0, 30), "15:00:30"),
        (("second", 5), (2019, 10, 14, 15, 1, 0), "15:01"),
        (("minute", 15), (2019, 10, 14, 15, 45), "15:45"),
        (("hour", 1), (2019, 10, 14, 15), "15:00"),
        (("hour", 1), (2019, 10, 14), "14 Oct"),  # midnight says the day
        (("hour", 6), (2019, 10, 1), "Oct"),
        (("day", 1), (2019, 10, 14), "14"),
        (("day", 1), (2019, 10, 1), "Oct"),  # the 1st says the month
        (("day", 1), (2019, 1, 1), "2019"),
        (("week", 1), (2019, 10, 14), "14 Oct"),
        (("month", 1), (2019, 10, 1), "Oct"),
        (("month", 3), (2019, 1, 1), "2019"),  # January says the year
        (("month", 1), (-499, 1, 1), "500 BCE"),
        (("year", 1), (2019, 1, 1), "2019"),
        (("year", 100), (-500, 1, 1), "501 BCE"),
        (("year", 10**7), (-70_000_000, 1, 1), "70 Ma"),
    ],
)
def test_minor_labels(r, fields, label):
    assert minor_label(rung(*r), ms_from_fields(*fields)) == label


@pytest.mark.parametrize(
    ("r", "fields", "label"),
    [
        (("second", 1), (2019, 10, 14, 15, 30, 10), "14 Oct 2019, 15:30:10"),
        (("minute", 1), (2019, 10, 14, 15, 30), "14 Oct 2019, 15:30"),
        (("hour", 1), (2019, 10, 14, 15), "14 Oct 2019, 15:00"),
        (("day", 1), (2019, 10, 14), "Mon 14 Oct 2019"),
        (("month", 1), (2019, 10, 1), "October 2019"),
        (("month", 1), (-43, 3, 1), "March 44 BCE"),
        (("year", 1), (2019, 1, 1), "2019"),
        (("year", 10), (2010, 1, 1), "2010s"),
        (("year", 100), (1900, 1, 1), "1900s"),
        (("year", 100), (-500, 1, 1), "501 BCE"),
        (("year", 1000), (2000, 1, 1), "2000"),
        (("year", 10**9), (-13_000_000_000, 1, 1), "13 billion years ago"),
    ],
)
def test_major_labels(r, fields, label):
    assert major_label(rung(*r), ms_from_fields(*fields)) == label
