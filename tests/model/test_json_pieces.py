"""A big file is parsed from its decoded pieces (model/json_pieces.py) into what one parse gives."""

from __future__ import annotations

import json

import pytest

from timeline_app.model import TimelineError, parse_timeline
from timeline_app.model.json_pieces import parse_in_pieces
from timeline_app.model.json_text import _loads, decode_pieces

N = 30_000  # about 2 MB: several pieces


def _events(n, title=lambda i: f"Event {i}"):
    return [{"id": f"e{i}", "title": title(i), "start": "1914-07-28", "location": {"name": "Sarajevo"},
             "x_parts": [{"x": 1}, {"y": 2}] if i % 7 == 0 else []} for i in range(n)]


def _data(indent=None, title=lambda i: f"Event {i}", after=None):
    doc = {"format": "timeline-app", "version": 1, "title": "Big", "events": _events(N, title)}
    if after:
        doc.update(after)
    return json.dumps(doc, indent=indent).encode()


def _pieces_parse(data):
    pieces = decode_pieces(data, None)
    assert len(pieces) > 1
    return parse_in_pieces(pieces, lambda text: _loads(text, None, None))


@pytest.mark.parametrize("indent", [None, 2])
def test_the_pieces_give_what_one_parse_gives(indent):
    data = _data(indent, after={"eras": [{"id": "war", "label": "War", "start": "1914", "end": "1918"}]})
    raw = _pieces_parse(data)
    expected = json.loads(data)
    assert raw == expected and list(raw) == list(expected)  # keys after the events keep their order


def test_titles_holding_the_cut_marks_still_parse_as_one_parse_would():
    data = _data(title=lambda i: f'a "}}, {{" b }},{{ {i}')
    assert _pieces_parse(data) in (None, json.loads(data))
    assert parse_timeline(data).timeline.table.titles[5] == 'a "}, {" b },{ 5'


def test_a_syntax_error_deep_in_a_big_file_names_its_line_as_before():
    text = _data(indent=1).decode()
    at = text.index('"e20000"')
    bad = (text[:at] + text[at:].replace('"title"', '"title" "', 1)).encode()
    assert _pieces_parse(bad) is None
    with pytest.raises(TimelineError) as info:
        parse_timeline(bad)
    line = text[:at].count("\n") + 2  # the title is on the line after the id
    assert info.value.problems[0].line == line and "JSON syntax error" in info.value.problems[0].message


def test_text_of_another_shape_is_left_to_one_parse():
    data = json.dumps([{"events": [1, 2]}] * 100_000).encode()
    assert _pieces_parse(data) is None


@pytest.mark.parametrize("filler", ["}" * 3_000_000, '}, {"' * 600_000])
def test_a_file_full_of_cut_marks_in_one_string_is_left_to_one_parse(filler):
    doc = {"format": "timeline-app", "version": 1, "title": "Big",
           "events": [{"id": "a", "title": "A", "start": "1914", "x_note": filler}, *_events(10)]}
    data = json.dumps(doc).encode()
    assert _pieces_parse(data) in (None, json.loads(data))
    assert len(parse_timeline(data).timeline.table) == 11


def test_events_written_again_after_the_array_are_the_duplicate_key_error():
    data = _data()[:-1] + b', "events": 5}'
    assert _pieces_parse(data) is None
    with pytest.raises(TimelineError, match='the key "events" appears twice'):
        parse_timeline(data)
