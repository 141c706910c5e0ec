"""The axis in Korean: month and year labels from CLDR ("10월", "2019년", "138억 년 전"), and
English unchanged when no language is given. On the scene records, with a fake font."""

from __future__ import annotations

from tests.helpers import fake_measure
from timeline_app.model import load_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.layout.build import build_scene
from timeline_app.layout.ladder import LADDER
from timeline_app.layout.records import SceneOptions
from timeline_app.layout.tick_labels import major_label, minor_label
from timeline_app.layout.timescale import TimeScale
from timeline_app.time import parse_time


def ms(text: str) -> float:
    return float(parse_time(text).ms)


def axis_texts(lo: str, hi: str, lang: str | None) -> tuple[list[str], list[str]]:
    timeline = load_timeline(bundled_timeline()).timeline
    scale = TimeScale.fit(ms(lo), ms(hi), 1400)
    options = SceneOptions() if lang is None else SceneOptions(lang=lang)
    scene = build_scene(timeline, scale, 700, fake_measure, options)
    return ([t.text for t in scene.labels if t.role == "minor"], [t.text for t in scene.labels if t.role == "major"])


def test_a_year_of_months_reads_in_korean():
    minor, major = axis_texts("2019-01-01", "2020-01-01", "ko")
    assert "10월" in minor and "3월" in minor
    assert any(text.startswith("2019년") for text in major)
    assert not any("Oct" in text for text in minor + major)


def test_the_same_view_in_english_is_unchanged():
    minor, major = axis_texts("2019-01-01", "2020-01-01", None)
    assert "Oct" in minor
    assert axis_texts("2019-01-01", "2020-01-01", "en") == (minor, major)


def test_days_weeks_and_years_in_korean():
    minor, major = axis_texts("2019-10-01", "2019-11-01", "ko")
    assert "14일" in minor
    assert "2019년 10월" in major
    _, major = axis_texts("2019-10-10", "2019-10-20", "ko")
    assert "2019년 10월 14일 (월)" in major
    minor, _ = axis_texts("2019-09-01", "2019-12-01", "ko")
    assert "10월 13일" in minor and "10월 14일" not in minor  # weeks start on Sunday in Korea


def test_weeks_start_on_the_locales_first_day():
    ko, _ = axis_texts("2019-09-01", "2019-12-01", "ko")
    en, _ = axis_texts("2019-09-01", "2019-12-01", "en")
    assert ko[:3] == ["9월 1일", "9월 8일", "9월 15일"]  # Sundays
    assert en[:3] == ["2 Sep", "9 Sep", "16 Sep"]  # Mondays, as before
    minor, major = axis_texts("1990-01-01", "2030-01-01", "ko")
    assert "2000년" in minor and "2000년대" in major


def test_tick_labels_in_korean_for_months_years_eras_and_deep_time():
    month = next(r for r in LADDER if r.unit == "month" and r.step == 1)
    year = next(r for r in LADDER if r.unit == "year" and r.step == 1)
    deep = next(r for r in LADDER if r.unit == "year" and r.step == 100_000_000)
    assert minor_label(month, int(ms("2019-10-01")), "ko") == "10월"
    assert minor_label(month, int(ms("2019-01-01")), "ko") == "2019년"
    assert major_label(month, int(ms("2019-10-01")), "ko") == "2019년 10월"
    assert minor_label(year, int(ms("-0499-01-01")), "ko") == "기원전 500년"
    assert minor_label(year, int(ms("0001-01-01")), "ko") == "서기 1년"
    assert minor_label(deep, int(ms("-13800000000")), "ko") == "138억 년 전"
    assert minor_label(month, int(ms("2019-10-01"))) == "Oct"
