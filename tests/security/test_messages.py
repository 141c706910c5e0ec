"""Messages cannot flood or drive a terminal: control characters escaped, values cut, warnings
of one kind said once with their count."""

from __future__ import annotations

from timeline_app.model.problems import Problem, TimelineError, safe_text, summarise


def test_control_characters_are_shown_escaped():
    p = Problem("events[0].title", 'bad "\x1b[2J\x00\r\n\u202e\ud800"')
    assert str(p) == 'events[0].title: bad "\\x1b[2J\\x00\\r\\n\\u202e\\ud800"'
    str(p).encode("utf-8")


def test_long_values_are_cut_to_about_eighty_characters():
    p = Problem("", f'"{"a" * 500}" is not a date; nor is {"b" * 500}')
    quoted, rest = str(p).split(" is not a date; nor is ")
    assert len(quoted) == 81 and quoted.endswith('…"')
    assert len(rest) == 80 and rest.endswith("…")


def test_a_whole_message_is_bounded():
    assert len(safe_text("word " * 100_000)) <= 600


def test_warnings_of_one_kind_become_one_line_with_their_count():
    warnings = [Problem(f"events[{i}].x_note", "unknown key, ignored") for i in range(100_000)]
    warnings.insert(1, Problem("format", "missing"))
    out = summarise(warnings)
    assert [str(w) for w in out] == [
        "events[*].x_note: unknown key, ignored (100,000 times; first at events[0].x_note)", "format: missing"]


def test_a_few_warnings_of_one_kind_stay_as_they_are():
    warnings = [Problem(f"events[{i}].x", "unknown key, ignored") for i in range(3)]
    assert summarise(warnings) == warnings


def test_the_file_name_in_a_message_is_escaped_too():
    assert TimelineError("evil\x1b]0;title\x07.json", [Problem("", "no such file")]).message() == \
        "evil\\x1b]0;title\\x07.json: no such file"
