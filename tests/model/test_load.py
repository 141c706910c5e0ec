"""Loading timeline files: what a user sees for good and bad files."""

from __future__ import annotations

import json

import pytest

from tests.helpers import timeline_dict, write_json
from timeline_app.model import TimelineError, load_timeline, parse_timeline, save_timeline
from timeline_app.paths import bundled_timeline
from timeline_app.time import Precision


def load_data(tmp_path, data):
    return load_timeline(write_json(tmp_path, data))


def error_of(tmp_path, data) -> TimelineError:
    with pytest.raises(TimelineError) as info:
        load_data(tmp_path, data)
    return info.value


def test_bundled_timeline_loads_cleanly():
    loaded = load_timeline(bundled_timeline())
    assert loaded.warnings == []
    starts = [e.start.to_iso() for e in loaded.timeline.chronological]
    assert starts == ["2019-09-30", "2019-10-14", "2019-12-05"]
    symposium = loaded.timeline.chronological[-1]
    assert symposium.end.to_iso() == "2019-12-07"
    assert not symposium.is_point
    assert loaded.timeline.chronological[0].is_point


def test_month_precision_is_a_month_not_its_first_day(tmp_path):
    t = load_data(tmp_path, timeline_dict({"id": "m", "title": "M", "start": "2019-10"})).timeline
    ev = t.events[0]
    assert ev.start.precision == Precision.MONTH
    assert ev.end_ms - ev.start_ms == 31 * 86_400_000
    assert not ev.is_point


def test_inclusive_end_covers_three_days(tmp_path):
    t = load_data(tmp_path, timeline_dict({"id": "s", "title": "S", "start": "2019-12-05", "end": "2019-12-07"})).timeline
    assert t.events[0].end_ms - t.events[0].start_ms == 3 * 86_400_000


def test_bad_date_names_the_json_path(tmp_path):
    err = error_of(tmp_path, timeline_dict(
        {"id": "a", "title": "A", "start": "2019-01-01"},
        {"id": "b", "title": "B", "start": "2019-01-02"},
        {"id": "c", "title": "C", "start": "2019-13-01"},
    ))
    assert len(err.problems) == 1
    text = str(err.problems[0])
    assert text.startswith('events[2].start: "2019-13-01" is not a date')
    assert "t.json" in err.message()


def test_json_syntax_error_gives_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "title": "x",\n  "events": [\n    {"id": "a",}\n  ]\n}\n', encoding="utf-8")
    with pytest.raises(TimelineError) as info:
        load_timeline(path)
    problem = info.value.problems[0]
    # The column of a trailing comma's error moved by one in Python 3.13.
    assert problem.line == 4 and problem.column in (15, 16)
    assert f"line 4, column {problem.column}" in info.value.message()


def test_unknown_key_is_a_warning_with_a_suggestion(tmp_path):
    data = timeline_dict({"id": "a", "title": "A", "start": "2019-01-01", "partcipants": []})
    loaded = load_data(tmp_path, data)
    assert [str(w) for w in loaded.warnings] == [
        'events[0].partcipants: unknown key, ignored (did you mean "participants"?)'
    ]


def test_nested_unknown_key_is_reported_with_its_path(tmp_path):
    data = timeline_dict({"id": "a", "title": "A", "start": "2019-01-01",
                          "quotes": [{"text": "Hi", "speaker": "X", "speakr_title": "Y"}]})
    loaded = load_data(tmp_path, data)
    assert loaded.warnings[0].path == "events[0].quotes[0].speakr_title"


@pytest.mark.parametrize(
    ("events", "extra", "expected"),
    [
        ([{"id": "a", "title": "A", "start": "2019-01-01"}, {"id": "a", "title": "B", "start": "2019-01-02"}],
         {}, 'events[1].id: "a" is used twice'),
        ([{"id": "a", "title": "A", "start": "2019-01-05", "end": "2019-01-04"}],
         {}, 'events[0].end: "2019-01-04" is before the start "2019-01-05"'),
        ([{"id": "a", "title": "A", "start": "2019-01-05", "related": ["nope"]}],
         {}, 'events[0].related[0]: "nope" is not the id of an event'),
        ([{"id": "a", "title": "A", "start": "2019-01-05", "category": "zzz"}],
         {}, 'events[0].category: "zzz" is not the id of a category'),
        ([{"id": "a", "title": "A", "start": "2019-01-05", "quotes": [{"text": "q", "sources": ["s9"]}]}],
         {}, 'events[0].quotes[0].sources[0]: "s9" is not the id of a source'),
        ([{"id": "a", "start": "2019-01-05"}], {}, "events[0].title: is required"),
        ([{"id": "a", "title": "A", "start": 2019}], {}, 'events[0].start: expected a date string'),
        ([], {"categories": [{"id": "x", "label": "X", "color": "red"}]},
         "categories[0].color: 'red' is not a colour"),
        ([], {"sources": [{"id": "s", "title": "S", "url": "javascript:alert(1)"}]},
         "sources[0].url: 'javascript:alert(1)' is not an http(s) URL"),
    ],
)
def test_errors_name_the_place(tmp_path, events, extra, expected):
    err = error_of(tmp_path, timeline_dict(*events, **extra))
    assert any(str(p).startswith(expected) for p in err.problems), [str(p) for p in err.problems]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"[1, 2]", "the top level must be a JSON object"),
        (b'{"format": "other"}', "format: 'other' is not \"timeline-app\""),
        (b'{"format": "timeline-app", "version": 7, "title": "x"}', "version: 7 is newer"),
        (b'{"title": "x", "events": [NaN]}', "NaN is not allowed"),
        (b'{"title": "caf\xe9"}', "is not UTF-8 text"),
    ],
)
def test_bad_files_give_one_clear_message(content, expected):
    with pytest.raises(TimelineError) as info:
        parse_timeline(content, source="bad.json")
    assert expected in info.value.message()
    assert info.value.message().startswith("bad.json: ")


def test_utf8_bom_is_accepted():
    data = json.dumps(timeline_dict()).encode("utf-8")
    assert parse_timeline(b"\xef\xbb\xbf" + data).timeline.title == "Test timeline"


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(TimelineError, match="no such file"):
        load_timeline(tmp_path / "nope.json")
    with pytest.raises(TimelineError, match="is a folder"):
        load_timeline(tmp_path)


def test_save_round_trips_the_bundled_timeline(tmp_path):
    original = load_timeline(bundled_timeline()).timeline
    out = tmp_path / "copy.json"
    save_timeline(original, out)
    again = load_timeline(out)
    assert again.warnings == []
    assert again.timeline == original
    assert json.loads(out.read_text())["format"] == "timeline-app"


def test_deep_time_and_bce_dates_load(tmp_path):
    t = load_data(tmp_path, timeline_dict(
        {"id": "bang", "title": "Big Bang", "start": "-13800000000"},
        {"id": "bce", "title": "Marathon", "start": "-0489-09"},
        {"id": "far", "title": "Far future", "start": "+12345-01-01"},
    )).timeline
    order = [e.id for e in t.chronological]
    assert order == ["bang", "bce", "far"]


def test_saved_files_get_ordinary_permissions(tmp_path):
    import os
    import stat

    from timeline_app.model import write_atomically

    out = tmp_path / "new.json"
    write_atomically(out, b"{}")
    mode = stat.S_IMODE(out.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    os.chmod(out, 0o640)
    write_atomically(out, b"{}")
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
