"""Parsing what people write, precision, unit ends, ISO round-trips and error messages."""

import pytest

from timeline_app.time import (
    MS_PER_MINUTE,
    Precision,
    TimeParseError,
    TimeValue,
    ms_from_fields,
    parse_time,
)


@pytest.mark.parametrize(
    ("text", "ms", "precision"),
    [
        ("2019", ms_from_fields(2019), Precision.YEAR),
        ("2019-10", ms_from_fields(2019, 10), Precision.MONTH),
        ("2019-10-14", ms_from_fields(2019, 10, 14), Precision.DAY),
        ("2019-10-14T15:00", ms_from_fields(2019, 10, 14, 15), Precision.MINUTE),
        ("2019-10-14T15:00:30", ms_from_fields(2019, 10, 14, 15, 0, 30), Precision.SECOND),
        ("2019-10-14T15:00:30.5", ms_from_fields(2019, 10, 14, 15, 0, 30, 500), Precision.MILLISECOND),
        ("2019-10-14T15:00:30.25", ms_from_fields(2019, 10, 14, 15, 0, 30, 250), Precision.MILLISECOND),
        ("2019-10-14T15:00:30.007", ms_from_fields(2019, 10, 14, 15, 0, 30, 7), Precision.MILLISECOND),
        ("0000", ms_from_fields(0), Precision.YEAR),
        ("-0500", ms_from_fields(-500), Precision.YEAR),
        ("+2019", ms_from_fields(2019), Precision.YEAR),
        ("+12345", ms_from_fields(12345), Precision.YEAR),
        ("-13800000000", ms_from_fields(-13_800_000_000), Precision.YEAR),
        ("-0044-03-15", ms_from_fields(-44, 3, 15), Precision.DAY),
        ("2020-02-29", ms_from_fields(2020, 2, 29), Precision.DAY),
        ("0000-02-29", ms_from_fields(0, 2, 29), Precision.DAY),
    ],
)
def test_accepted_shapes_and_their_precision(text, ms, precision):
    v = parse_time(text)
    assert v == TimeValue(ms, precision)
    assert v.offset_minutes is None


def test_a_month_is_the_month_not_its_first_day():
    month, day = parse_time("2019-10"), parse_time("2019-10-01")
    assert month.ms == day.ms
    assert month.precision is Precision.MONTH and day.precision is Precision.DAY
    assert month != day


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2019-10-14T15:00Z", 0),
        ("2019-10-14T15:00+09:00", 540),
        ("2019-10-14T15:00+0900", 540),
        ("2019-10-14T15:00-05:30", -330),
        ("2019-10-14T15:00:00.000+09:00", 540),
    ],
)
def test_offsets_give_the_utc_instant_and_keep_the_written_offset(text, offset):
    v = parse_time(text)
    assert v.ms == ms_from_fields(2019, 10, 14, 15) - offset * MS_PER_MINUTE
    assert v.offset_minutes == offset
    assert v.local_fields[:5] == (2019, 10, 14, 15, 0)  # shown as written


def test_offset_can_move_the_utc_instant_to_the_previous_day():
    v = parse_time("2019-10-14T03:00+09:00")
    assert v.ms == ms_from_fields(2019, 10, 13, 18)
    assert v.local_fields.day == 14 and v.year == 2019
    assert parse_time("2020-01-01T01:00+02:00").year == 2020


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("2019", ms_from_fields(2020)),
        ("2019-10", ms_from_fields(2019, 11)),
        ("2019-12", ms_from_fields(2020)),
        ("2020-02", ms_from_fields(2020, 3)),
        ("2019-12-07", ms_from_fields(2019, 12, 8)),
        ("2019-12-31", ms_from_fields(2020)),
        ("2019-10-14T15:00", ms_from_fields(2019, 10, 14, 15, 1)),
        ("2019-10-14T15:00:30", ms_from_fields(2019, 10, 14, 15, 0, 31)),
        ("2019-10-14T15:00:30.250", ms_from_fields(2019, 10, 14, 15, 0, 30, 251)),
        ("-0500", ms_from_fields(-499)),
        ("-13800000000", ms_from_fields(-13_799_999_999)),
    ],
)
def test_end_is_the_exclusive_end_of_the_written_unit(text, end):
    assert parse_time(text).end_ms == end


@pytest.mark.parametrize(
    "text",
    [
        "2019",
        "2019-10",
        "2019-10-14",
        "2019-10-14T15:00",
        "2019-10-14T15:00:30",
        "2019-10-14T15:00:30.250",
        "2019-10-14T15:00+09:00",
        "2019-10-14T15:00-05:30",
        "2019-10-14T15:00:30.001Z",
        "0000",
        "0001-01-01",
        "-0001",
        "-0500",
        "-0044-03-15",
        "9999-12-31",
        "+10000",
        "+12345-06",
        "-13800000000",
    ],
)
def test_to_iso_round_trips_exactly(text):
    v = parse_time(text)
    assert v.to_iso() == text
    assert parse_time(v.to_iso()) == v


def test_to_iso_normalises_what_it_can():
    assert parse_time("2019-10-14T15:00+0900").to_iso() == "2019-10-14T15:00+09:00"
    assert parse_time("2019-10-14T15:00:30.5").to_iso() == "2019-10-14T15:00:30.500"
    assert parse_time("+2019").to_iso() == "2019"


def test_precision_orders_by_fineness():
    order = [Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.MINUTE, Precision.SECOND, Precision.MILLISECOND]
    assert sorted(reversed(order)) == order
    assert [p.rank for p in order] == list(range(6))
    assert Precision.DAY < Precision.MINUTE and Precision.MONTH < Precision.DAY  # not alphabetical
    assert Precision.MINUTE.finer_than(Precision.DAY)
    assert Precision.YEAR.coarser_than(Precision.MONTH)
    assert not Precision.DAY.finer_than(Precision.DAY)
    assert Precision("day") is Precision.DAY and Precision.DAY == "day"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2019-13-01", "month 13 does not exist"),
        ("2019-00", "month 0 does not exist"),
        ("2019-02-29", "2019 is not a leap year"),
        ("1900-02-29", "1900 is not a leap year"),
        ("2019-02-30", "day 30 does not exist"),
        ("2019-04-31", "day 31 does not exist"),
        ("2019-10-00", "day 0 does not exist"),
        ("2019-10-14T24:00", "hour 24 does not exist"),
        ("2019-10-14T15:60", "minute 60 does not exist"),
        ("2019-10-14T15:00:60", "second 60 does not exist"),
        ("2019-10-14T15:00+25:00", "UTC offset"),
        ("", "empty"),
        ("   ", "spaces"),
        (" 2019", "spaces"),
        ("2019\n", "spaces"),
        ("12345", "need a sign"),
        ("19", "4 digits"),
        ("-500", "at least 4 digits"),
        ("2019-10-14 15:00", "with T"),
        ("2019-1-5", "expected"),
        ("2019/10/14", "expected"),
        ("14 October 2019", "expected"),
        ("2019-10-14T15", "expected"),
        ("2019-10-14T15:00:30.2500", "expected"),
        ("2019-10Z", "expected"),
        ("２０１９", "expected"),  # full-width digits are not ASCII digits
    ],
)
def test_errors_quote_the_input_and_say_why(text, reason):
    with pytest.raises(TimeParseError) as info:
        parse_time(text)
    message = str(info.value)
    assert message.startswith(f'"{text}" is not')
    assert reason in message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("value", [2019, None, b"2019", 2019.5])
def test_non_text_is_rejected_with_a_parse_error(value):
    with pytest.raises(TimeParseError, match="expected text"):
        parse_time(value)


def test_huge_input_gives_a_short_message():
    with pytest.raises(TimeParseError) as info:
        parse_time("x" * 100_000)
    assert len(str(info.value)) < 300


def test_time_values_are_immutable_and_hashable():
    v = parse_time("2019-10-14")
    with pytest.raises(AttributeError):
        v.ms = 0  # type: ignore[misc]
    assert {v, parse_time("2019-10-14")} == {v}


def test_parse_range_includes_the_whole_last_unit_and_checks_the_order():
    from timeline_app.time import TimeParseError, parse_range, parse_time

    assert parse_range("2019-10", "2019-10") == (parse_time("2019-10").ms, parse_time("2019-11").ms)
    assert parse_range(" ", None) == (None, None)
    assert parse_range(None, "2019") == (None, parse_time("2020").ms)
    with pytest.raises(TimeParseError, match='"2019-01" is not after "2019-12"'):
        parse_range("2019-12", "2019-01")
    with pytest.raises(TimeParseError, match='"2019-02-30" is not a date'):
        parse_range("2019-02-30", None)
