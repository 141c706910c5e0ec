"""Deep-time tick labels: "13.8 Ga", "65 Ma", "10 ka" on rungs of 10,000 years and more, exact and distinct."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from timeline_app.layout.ladder import DEEP_RUNG, LADDER, floor, major_rung, ticks
from timeline_app.layout.tick_labels import major_label, minor_label
from timeline_app.time import fields_from_ms, ms_from_fields


def rung(step):
    return next(r for r in LADDER if (r.unit, r.step) == ("year", step))


def at(year):
    return ms_from_fields(year)


DEEP_STEPS = [m * 10**k for k in range(4, 9) for m in (1, 2, 5)] + [10**9]

_COMPACT = re.compile(r"(?:(?P<num>[\d,]+(?:\.\d+)?) (?P<past>ka|Ma|Ga)|in (?P<fnum>[\d,]+(?:\.\d+)?) (?P<future>kyr|Myr|Gyr)|0)")
_SIZE = {"k": 10**3, "M": 10**6, "G": 10**9}


def years_ago(label: str) -> Fraction:
    """Read a compact tick label back: "13.8 Ga" -> 13_800_000_000, "in 1 Gyr" -> -1_000_000_000, "0" -> 0."""
    m = _COMPACT.fullmatch(label)
    assert m, f"{label!r} is not a compact deep-time label"
    if label == "0":
        return Fraction(0)
    if m["past"]:
        return Fraction(m["num"].replace(",", "")) * _SIZE[m["past"][0]]
    return -Fraction(m["fnum"].replace(",", "")) * _SIZE[m["future"][0]]


_LONG = re.compile(r"(?:in )?(?P<num>[\d,]+(?:\.\d+)?) (?:(?P<word>million|billion) )?years(?P<ago> ago)?")


def long_years_ago(label: str) -> Fraction:
    """Read a long label back: "65 million years ago" -> 65_000_000, "in 1 billion years" -> -10**9."""
    m = _LONG.fullmatch(label)
    assert m and (bool(m["ago"]) != label.startswith("in ")), f"{label!r} is not a long deep-time label"
    n = Fraction(m["num"].replace(",", "")) * {"million": 10**6, "billion": 10**9, None: 1}[m["word"]]
    return n if m["ago"] else -n


# --- the labels people asked for -----------------------------------------------------------

@pytest.mark.parametrize(
    ("step", "year", "minor", "major"),
    [
        (10**8, -13_800_000_000, "13.8 Ga", None),  # the Big Bang
        (2 * 10**8, -13_800_000_000, "13.8 Ga", None),
        (10**9, -13_000_000_000, "13 Ga", "13 billion years ago"),
        (10**6, -65_000_000, "65 Ma", "65 million years ago"),  # the dinosaurs' end
        (10**5, -65_000_000, "65 Ma", "65 million years ago"),
        (10**5, -2_500_000, "2.5 Ma", None),  # the first stone tools
        (5 * 10**5, -2_500_000, "2.5 Ma", None),
        (10**5, -500_000, "500 ka", "500,000 years ago"),
        (10**4, -100_000, "100 ka", None),
        (10**4, -9_999, "10 ka", None),  # 10,000 BCE, a round BCE year, reads as the round distance
        (2 * 10**4, -19_999, "20 ka", None),
        (5 * 10**4, -49_999, "50 ka", None),
        (10**4, 1, "0", None),  # 1 CE on a 10,000-year rung
        (10**5, 0, "0", "1 BCE"),  # year 0 is named by the calendar in the long row
        (10**4, 10_000, "in 10 kyr", None),
        (10**9, 1_000_000_000, "in 1 Gyr", "in 1 billion years"),
        (10**8, 1_500_000_000, "in 1.5 Gyr", "in 1.5 billion years"),
        (5 * 10**8, -500_000_000, "500 Ma", "500 million years ago"),
    ],
)
def test_deep_rung_labels(step, year, minor, major):
    r = rung(step)
    assert floor(r, at(year)) == at(year), "the example must be a tick of its rung"
    assert minor_label(r, at(year)) == minor
    if major is not None:
        assert major_label(r, at(year)) == major


@pytest.mark.parametrize(
    ("step", "year", "label"),
    [
        (100, -499, "500 BCE"),
        (1, 0, "1 BCE"),
        (1, 1, "1 CE"),  # the tick after 1 BCE says which era it starts
        (1, 2019, "2019"),
        (1000, -9_999, "10,000 BCE"),  # finer rungs keep calendar years, up to 100,000 BCE
        (5000, -94_999, "95,000 BCE"),
        (1000, 99_000, "99,000"),
        (1000, -65_000_000, "65 Ma"),  # ... and beyond it, distances with the decimals the step needs
        (1000, -65_001_000, "65.001 Ma"),
        (1, -65_000_001, "65.000001 Ma"),
        (5000, -100_000, "100 ka"),
        (1000, 1_000_001_000, "in 1.000001 Gyr"),
    ],
)
def test_finer_rungs_keep_calendar_years_within_100000_years_of_year_0(step, year, label):
    assert minor_label(rung(step), at(year)) == label


def test_1_bce_is_followed_by_1_ce():
    r = rung(1)
    assert [minor_label(r, t) for t in ticks(r, at(-1), at(2))] == ["2 BCE", "1 BCE", "1 CE", "2"]
    assert [minor_label(rung(100), t) for t in ticks(rung(100), at(-150), at(150))] == ["100 BCE", "1 CE", "100"]


# --- every deep rung: one style, exact, distinct, in order -----------------------------------

_WINDOWS = (
    -13_800_000_000,  # the Big Bang
    -4_600_000_000,  # the Solar System
    -252_000_000,  # the end of the Permian
    -65_000_000,
    -2_500_000,
    -315_000,  # Homo sapiens
    -100_000,  # where finer rungs change from BCE years to distances
    -10_000,
    0,  # across 1 BCE / 1 CE
    1_000_000_000,  # the far future
)


def _window(step, centre, n=40):
    return ticks(rung(step), at(centre - n * step), at(centre + n * step))


@pytest.mark.parametrize("step", DEEP_STEPS)
def test_deep_rung_labels_are_exact_distinct_and_in_order(step):
    r = rung(step)
    for centre in _WINDOWS:
        got = _window(step, centre)
        assert len(got) >= 40
        labels = [minor_label(r, t) for t in got]
        values = [years_ago(text) for text in labels]  # one style: every label reads as a distance
        for t, text, value in zip(got, labels, values):
            year = fields_from_ms(t).year
            # Exact: the distance from year 0, or (round BCE/CE ticks) the round number a year away.
            assert abs(value - -year) <= 1, (step, text, year)
            assert value % step == 0, (step, text)
        assert all(a > b for a, b in zip(values, values[1:])), (step, centre, labels)
        assert len(set(labels)) == len(labels)


@pytest.mark.parametrize("step", DEEP_STEPS)
def test_deep_rung_labels_use_no_more_decimals_than_the_step_needs(step):
    r = rung(step)
    for centre in _WINDOWS:
        for t in _window(step, centre, 10):
            text = minor_label(r, t)
            m = re.search(r"\.(\d+)", text)
            if m:
                assert not m[1].endswith("0"), text
                unit = _SIZE[text.split()[-1][0]]
                assert step < unit and 10 ** len(m[1]) <= 10 * unit // step, (step, text)


@pytest.mark.parametrize("step", [s for s in DEEP_STEPS if s >= 10 * DEEP_RUNG])
def test_major_rows_over_deep_rungs_read_long_and_distinct(step):
    r = rung(step)
    for centre in _WINDOWS:
        got = _window(step, centre, 20)
        labels = [major_label(r, t) for t in got]
        assert len(set(labels)) == len(labels)
        values = [0 if fields_from_ms(t).year == 0 else long_years_ago(text) for t, text in zip(got, labels)]
        assert all(a > b for a, b in zip(values, values[1:])), labels
        assert all(v == -fields_from_ms(t).year for t, v in zip(got, values))


@pytest.mark.parametrize("step", [1000, 2000, 5000])
def test_major_rows_over_calendar_rungs_keep_calendar_years(step):
    major = major_rung(rung(step))
    assert major.step == DEEP_RUNG
    got = ticks(major, at(-30_000), at(2019))
    assert [major_label(major, t) for t in got] == ["30,000 BCE", "20,000 BCE", "10,000 BCE", "1 CE"]


def test_one_rung_never_mixes_bce_years_and_distances_near_year_0():
    for step in DEEP_STEPS[:3]:
        labels = [minor_label(rung(step), t) for t in _window(step, 0, 6)]
        assert not any("BCE" in text or "CE" in text for text in labels), labels
    for step in (1000, 2000, 5000):
        labels = [minor_label(rung(step), t) for t in _window(step, 0, 6)]
        assert not any(text.endswith(("ka", "kyr")) for text in labels), labels


def test_deep_labels_are_short():
    for step in DEEP_STEPS:
        for centre in _WINDOWS:
            assert max(len(minor_label(rung(step), t)) for t in _window(step, centre, 5)) <= 14


def test_a_big_bang_to_today_axis():
    r = rung(10**9)
    assert [minor_label(r, t) for t in ticks(r, at(-13_800_000_000), at(2019))] == [
        "13 Ga", "12 Ga", "11 Ga", "10 Ga", "9 Ga", "8 Ga", "7 Ga", "6 Ga", "5 Ga", "4 Ga", "3 Ga", "2 Ga", "1 Ga", "0",
    ]
    r = rung(2 * 10**8)
    assert [minor_label(r, t) for t in ticks(r, at(-14_000_000_000), at(-13_000_000_000))] == [
        "14 Ga", "13.8 Ga", "13.6 Ga", "13.4 Ga", "13.2 Ga", "13 Ga",
    ]


def test_a_dinosaur_axis():
    r = rung(5 * 10**6)
    assert [minor_label(r, t) for t in ticks(r, at(-252_000_000), at(-200_000_000))] == [
        "250 Ma", "245 Ma", "240 Ma", "235 Ma", "230 Ma", "225 Ma", "220 Ma", "215 Ma", "210 Ma", "205 Ma", "200 Ma",
    ]
    major = major_rung(r)
    assert [major_label(major, t) for t in ticks(major, at(-252_000_000), at(-200_000_000))] == [
        "250 million years ago", "240 million years ago", "230 million years ago", "220 million years ago",
        "210 million years ago", "200 million years ago",
    ]
