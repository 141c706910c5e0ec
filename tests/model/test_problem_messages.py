"""Problems as marked templates: said in the reader's language where shown, English in str().

No Qt here: a dict stands in for the catalogue, and the .ts is read as XML."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import timeline_dict, write_json
from timeline_app.importers import open_timeline
from timeline_app.model import TimelineError
from timeline_app.model.problems import QT_TRANSLATE_NOOP, Message, Problem, summarise

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "timeline_app"
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


def catalogue_tr(entries: dict[str, str]):
    return lambda context, text: entries.get(text, text) if context == "problems" else text


def test_a_problem_is_said_through_the_translator_and_stays_english_in_str():
    p = Problem("events[2].start", Message(QT_TRANSLATE_NOOP("problems", "{value} is out of range ({low} to {high})"),
                                           value=13, low=1, high=12))
    tr = catalogue_tr({"{value} is out of range ({low} to {high})": "{value}: 범위({low}~{high}) 밖"})
    assert str(p) == "events[2].start: 13 is out of range (1 to 12)"
    assert p.text(tr) == "events[2].start: 13: 범위(1~12) 밖"
    assert p == Problem("events[2].start", "13 is out of range (1 to 12)")  # equality stays on the English text


def test_a_line_place_and_a_message_without_values_are_translated_too():
    p = Problem("", QT_TRANSLATE_NOOP("problems", "the file is empty"), line=3, column=7)
    tr = catalogue_tr({"line {line}, column {column}": "{line}행 {column}열", "the file is empty": "파일이 비어 있습니다"})
    assert p.text(tr) == "3행 7열: 파일이 비어 있습니다"
    assert str(p) == "line 3, column 7: the file is empty"


def test_a_translation_that_lost_a_field_falls_back_to_english_rather_than_failing():
    p = Problem("x", Message(QT_TRANSLATE_NOOP("problems", '"{id}" is used twice'), id="a"))
    assert p.text(catalogue_tr({'"{id}" is used twice': "{ident} 중복"})) == 'x: "a" is used twice'


def test_the_count_of_a_summarised_kind_of_warning_is_said_in_the_readers_language():
    warnings = [Problem(f"events[{i}].x", QT_TRANSLATE_NOOP("problems", "unknown key, ignored")) for i in range(5)]
    (one,) = summarise(warnings)
    tr = catalogue_tr({"unknown key, ignored": "알 수 없는 키라 무시했습니다",
                       "{message} ({count:,} times; first at {place})": "{message} ({count:,}번; 처음은 {place})"})
    assert str(one) == "events[*].x: unknown key, ignored (5 times; first at events[0].x)"
    assert one.text(tr) == "events[*].x: 알 수 없는 키라 무시했습니다 (5번; 처음은 events[0].x)"


@pytest.mark.parametrize("start, template", [
    ("2019-02-30", '"{text}" is not a date (day {day} does not exist in that month, which has {days} days)'),
    ("2019-13", '"{text}" is not a date (month {month} does not exist)'),
    ("14 Oct 2019", "{q} is not a date (expected {shapes})"),
])
def test_a_bad_date_in_a_file_keeps_the_template_the_time_layer_marked(tmp_path, start, template):
    bad = write_json(tmp_path, timeline_dict({"id": "x", "title": "X", "start": start}), "bad.json")
    with pytest.raises(TimelineError) as info:
        open_timeline(bad)
    (problem,) = info.value.problems
    assert problem.path == "events[0].start"
    assert problem.said is not None and problem.said.template == template
    assert problem.text(catalogue_tr({template: "날짜 아님"})) == "events[0].start: 날짜 아님"


def marked_templates() -> dict[str, str]:
    """Every QT_TRANSLATE_NOOP("problems", ...) in the package, with the file it is in."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == "problems"):
                found[node.args[1].value] = str(path.relative_to(ROOT))
    return found


def fields(text: str) -> list[tuple]:
    return sorted((name, spec, conv) for _, name, spec, conv in string.Formatter().parse(text) if name is not None)


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda p: p.stem)
def test_every_problem_template_has_a_translation_with_the_same_fields(ts):
    templates = marked_templates()
    assert len(templates) > 150  # the walk found the model's, the importers' and the time layer's messages
    translated = {}
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        if tr.get("type") is None and tr.text:
            translated[message.findtext("source")] = tr.text
    for template, where in templates.items():
        assert template in translated, f"{where}: {template!r} has no translation in {ts.name}"
        try:
            wanted = fields(template)
        except ValueError:  # a message without values, which holds braces as written ("an object {...}")
            continue
        assert fields(translated[template]) == wanted, \
            f"{ts.name}: {translated[template]!r} does not keep the fields of {template!r}"
