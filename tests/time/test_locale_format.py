"""Dates and numbers in Korean from CLDR data, and English unchanged by the `lang` keyword; no Qt."""

from __future__ import annotations

import pytest

from timeline_app.time import parse_time
from timeline_app.time.format import ago_label, format_date, format_length, format_range, year_label, years_text
from timeline_app.time.locale_format import first_weekday, number_text, unit_text


def t(text):
    return parse_time(text)


@pytest.mark.parametrize(("text", "ko", "en"), [
    ("2019", "2019년", "2019"),
    ("2019-10", "2019년 10월", "October 2019"),
    ("2019-10-14", "2019년 10월 14일 월요일", "Monday 14 October 2019"),
    ("2019-10-14T15:00+09:00", "2019년 10월 14일 월요일 오후 3:00 (UTC+09:00)",
     "Monday 14 October 2019, 15:00 (UTC+09:00)"),
    ("-0499", "기원전 500년", "500 BCE"),
    ("-0499-03-01", "기원전 500년 3월 1일 (금)", "Friday 1 March 500 BCE"),
])
def test_a_date_at_each_precision_in_korean_and_english(text, ko, en):
    assert format_date(t(text), lang="ko") == ko
    assert format_date(t(text), lang="en") == en
    assert format_date(t(text)) == en


def test_ranges_within_a_month_across_months_and_across_years():
    assert format_range(t("2019-12-05"), t("2019-12-07"), lang="ko") == "2019년 12월 5일~7일"
    assert format_range(t("2019-11-05"), t("2019-12-07"), lang="ko") == "2019년 11월 5일~12월 7일"
    assert format_range(t("2018-11-05"), t("2019-12-07"), lang="ko") == "2018년 11월 5일~2019년 12월 7일"
    assert format_range(t("2019-03"), t("2019-05"), lang="ko") == "2019년 3월~5월"
    assert format_range(t("1939"), t("1945"), lang="ko") == "1939년 ~ 1945년"
    assert format_range(t("2019-10-14T09:00"), t("2019-10-14T10:30"), lang="ko") == "2019년 10월 14일 월요일 오전 9:00~10:30"
    assert format_range(t("2019-12-05"), t("2019-12-07")) == "Thursday 5 \u2013 Saturday 7 December 2019"


def test_deep_time_in_the_locales_own_numbers():
    assert year_label(-13_800_000_000, lang="ko") == "138억 년 전"
    assert year_label(-65_000_000, lang="ko") == "6500만 년 전"
    assert year_label(1_000_000_000, lang="ko") == "10억 년 후"
    assert ago_label(250_000, compact=True, lang="ko") == "25만 년 전"
    assert years_text(1_500_000, lang="ko") == "150만 년"
    assert year_label(-13_800_000_000) == "13.8 billion years ago"
    # Exact, never rounded, in Korean's units of 10,000: not "3억" nor "2.51902억".
    assert year_label(-251_902_000, lang="ko") == "2억 5190만 2천 년 전"
    assert year_label(-13_799_630_000, lang="ko") == "137억 9963만 년 전"
    assert format_range(t("-538800000"), t("-251902000"), lang="ko") == "5억 3880만 ~ 2억 5190만 2천 년 전"


def test_lengths_and_units_in_korean():
    assert format_length(t("2019-12-05"), t("2019-12-07"), lang="ko") == "3일"
    assert format_length(t("2019-10-14T09:00"), t("2019-10-14T15:30"), lang="ko") == "6시간 30분"
    assert format_length(t("2019-12-05"), t("2019-12-07")) == "3 days"
    assert unit_text(1, "week", "ko") == "1주"


def test_grouping_and_first_weekday_follow_the_locale():
    assert year_label(12_345, lang="ko") == "12,345년"
    assert number_text(1234567, "ko") == "1,234,567"
    assert number_text(1234567, "de") == "1.234.567"
    assert first_weekday("ko") == 6  # Sunday
    assert first_weekday("de") == 0  # Monday


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from timeline_app.time import Precision, TimeValue, ms_from_fields  # noqa: E402

YEARS = st.one_of(st.integers(-20_000_000_000, 20_000_000_000), st.integers(-3000, 3000))


@settings(max_examples=300, deadline=None)
@given(YEARS, st.integers(1, 12), st.integers(1, 28), st.sampled_from(list(Precision)), st.integers(0, 400))
def test_any_value_and_range_reads_in_korean_without_english_words(year, month, day, precision, days_later):
    start = TimeValue(ms_from_fields(year, month, day, 9), precision)
    end = TimeValue(start.ms + days_later * 86_400_000, precision)
    for text in (format_date(start, lang="ko"), format_range(start, end, lang="ko"),
                 format_length(start, end, lang="ko") or ""):
        words = "".join(c if c.isascii() and c.isalpha() else " " for c in text).split()
        assert set(words) <= {"UTC"}, text  # no "BCE", "years ago", "Monday" leaking through
