"""Format detection by content; the file name only words the error."""

from __future__ import annotations

import pytest

from timeline_app.importers import SUPPORTED, dialog_filters, open_timeline, parse_any
from timeline_app.importers.detect import detect_format
from timeline_app.model import TimelineError


@pytest.mark.parametrize("name, fmt", [
    ("moon-landings.json", "timelinejs"),
    ("rivers.csv", "timelinejs-csv"),
    ("old-style.timeline", "thetimelineproj"),
    ("weekly-standup.ics", "icalendar"),
])
def test_fixtures_are_detected_by_content_even_under_a_wrong_name(fixtures, tmp_path, name, fmt):
    renamed = tmp_path / "no-hint.txt"
    renamed.write_bytes((fixtures / name).read_bytes())
    assert open_timeline(renamed).source_format == fmt
    assert open_timeline(fixtures / name).source_format == fmt


PEER_FORMATS = {"timelinejs": "timelinejs", "csv": "timelinejs-csv", "ics": "icalendar",
                "thetimelineproj": "thetimelineproj"}


def test_peer_files_are_detected(peer_data):
    for folder, fmt in PEER_FORMATS.items():
        for path in sorted((peer_data / folder).iterdir()):
            assert open_timeline(path).source_format == fmt, path


@pytest.mark.peer_data
def test_shared_peer_files_are_detected(shared_peer_data):
    for folder, fmt in PEER_FORMATS.items():
        for path in sorted((shared_peer_data / folder).iterdir()):
            assert open_timeline(path).source_format == fmt, path


def test_our_own_json_is_ours():
    from timeline_app.paths import bundled_timeline

    loaded = open_timeline(bundled_timeline())
    assert loaded.source_format == "timeline-app"
    assert len(loaded.timeline.events) == 3


def test_detect_format_on_bytes():
    assert detect_format(b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n") == "icalendar"
    assert detect_format(b'<?xml version="1.0"?>\n<!-- hi -->\n<timeline><version>2.0.0</version></timeline>') \
        == "thetimelineproj"
    assert detect_format(b"year,month,headline\n") == "timelinejs-csv"
    assert detect_format(b"Year\tHeadline\n1999\tx\n") == "timelinejs-csv"
    assert detect_format(b'{"events": [{"start_date": {"year": 1}}]}') == "timelinejs"
    assert detect_format(b'{"format": "timeline-app", "events": [{"start_date": {}}]}') == "timeline-app"
    assert detect_format(b"<html></html>") is None
    assert detect_format(b"just words") is None


@pytest.mark.parametrize("data, name, words", [
    (b"a,b,c\n1,2,3\n", "x.csv", "TimelineJS template's header"),
    (b"hello", "x.ics", "BEGIN:VCALENDAR"),
    (b"<html/>", "x.timeline", "not <timeline>"),
    (b"hello", "x.txt", "not a supported timeline format"),
    (b"   \n", "x.csv", "the file is empty"),
    (b'{"title": ', "x.json", "JSON syntax error"),
])
def test_unknown_content_gets_one_clear_message(data, name, words):
    with pytest.raises(TimelineError) as err:
        parse_any(data, name)
    assert words in err.value.message()
    assert err.value.message().startswith(f"{name}: ")


def test_missing_file_is_a_timeline_error(tmp_path):
    with pytest.raises(TimelineError, match="no such file"):
        open_timeline(tmp_path / "nope.ics")


def test_dialog_filters_list_every_format():
    filters = dialog_filters()
    assert filters[0] == "All supported timelines (*.json *.csv *.timeline *.ics)"
    assert filters[-1] == "All files (*)"
    assert len(filters) == len(SUPPORTED) + 2
