"""The axis says its step and the pointer's time in words, for the status bar (issue 15):
the status bar asks the axis instead of working the tick logic out again. No Qt."""

from __future__ import annotations

import pytest

from timeline_app.layout.axis import describe_step, describe_time
from timeline_app.layout.ladder import LADDER, TickUnit
from timeline_app.time import ms_from_fields


def rung(unit: str, step: int):
    return next(r for r in LADDER if (r.unit, r.step) == (unit, step))


@pytest.mark.parametrize(("unit", "step", "en", "ko"), [
    ("ms", 1, "1 millisecond", "1밀리초"),
    ("ms", 500, "500 milliseconds", "500밀리초"),
    ("hour", 6, "6 hours", "6시간"),
    ("day", 1, "1 day", "1일"),
    ("week", 1, "1 week", "1주"),
    ("month", 3, "3 months", "3개월"),
    ("year", 1, "1 year", "1년"),
    ("year", 1000, "1,000 years", "1,000년"),
    ("year", 1_000_000, "1 million years", "100만 년"),
])
def test_the_step_in_words(unit, step, en, ko):
    assert describe_step(rung(unit, step)) == en
    assert describe_step(rung(unit, step), "ko") == ko


def test_every_rung_has_words_and_no_unit_code():
    for r in LADDER:
        text = describe_step(r)
        assert text and " ms" not in text and TickUnit.MS.value != text.split()[-1], r


MONDAY_MORNING = ms_from_fields(2019, 10, 14, 9, 37)


def test_the_pointer_time_has_the_precision_of_the_ticks():
    assert describe_time(rung("hour", 6), MONDAY_MORNING) == "Monday 14 October 2019, 09:37"
    assert describe_time(rung("day", 1), MONDAY_MORNING) == "Monday 14 October 2019"
    assert describe_time(rung("year", 1), MONDAY_MORNING) == "October 2019"
    assert describe_time(rung("year", 10), MONDAY_MORNING) == "2019"
    assert describe_time(None, MONDAY_MORNING) == "Monday 14 October 2019"  # no axis yet: the day


def test_deep_time_is_said_to_a_tenth_of_the_step():
    # Not "65.4321 million years ago": the ticks are a million years apart.
    assert describe_time(rung("year", 1_000_000), ms_from_fields(-65_432_100)) == "65.4 million years ago"


def test_the_pointer_time_in_korean():
    assert describe_time(rung("hour", 6), MONDAY_MORNING, "ko") == "2019년 10월 14일 월요일 오전 9:37"
