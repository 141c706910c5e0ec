"""Save after an edit: the file changes only where the edit is, and validate accepts it."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.helpers import plain_events_dict, timeline_dict
from timeline_app.cli import cmd_validate
from timeline_app.editing import Document, History, edits

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "songdo-2019.json"
MEDICEN = "2019-10-14-medicen-agreement"

# Odd but valid layout: tabs, a space before a colon, unknown keys, numbers written with
# trailing zeros and exponents, a BOM-less CRLF file, escapes that hold brackets and quotes.
ODD = (
    '{"format": "timeline-app", "version": 1,\r\n'
    ' "title": "Odd \\"file\\" {with} [brackets]",\r\n'
    ' "x_rating": 1.50,\r\n'
    ' "categories": [{"id": "a", "label": "A", "color": "#1f77b4"}],\r\n'
    ' "events": [\r\n'
    '\t{"id": "one", "title": "One \\\\\\" ] }", "start": "2019-01-01", "x_weight" : 1.50, "x_more": {"k": [1e3, 2.50]}},\r\n'
    '\t{"id": "two",   "title": "Two",  "start": "2019-02-01", "category": "a"},\r\n'
    '\t{"id": "three", "title": "Three \\\\", "start": "2019-03", "x_n": -0.0}\r\n'
    ' ],\r\n'
    ' "x_tail": [1.0]\r\n'
    '}\r\n'
)


def _validates(path: Path, capsys) -> str:
    assert cmd_validate([str(path)]) == 0, capsys.readouterr().out
    return capsys.readouterr().out


def test_title_change_on_the_bundled_file_changes_only_that_title(tmp_path, capsys):
    original = BUNDLED.read_text(encoding="utf-8")
    doc = Document.open(BUNDLED)
    History(doc).push(edits.set_fields(doc, MEDICEN, {"title": "IFEZ-Medicen agreement"}))
    out = tmp_path / "saved.json"
    doc.save(out)
    saved = out.read_text(encoding="utf-8")
    old_title = doc.original and json.loads(original)["events"][1]["title"]
    assert saved == original.replace(json.dumps(old_title), json.dumps("IFEZ-Medicen agreement"), 1)
    assert saved != original
    expected = json.loads(original)
    expected["events"][1]["title"] = "IFEZ-Medicen agreement"
    assert json.loads(saved) == expected
    assert "OK (3 events)" in _validates(out, capsys)


def test_unknown_keys_numbers_and_layout_are_kept(tmp_path, capsys):
    path = tmp_path / "odd.json"
    path.write_bytes(ODD.encode("utf-8"))
    doc = Document.open(path)
    history = History(doc)
    history.push(edits.set_fields(doc, "one", {"title": "Uno"}))
    history.push(edits.set_fields(doc, "three", {"start": "2019-04"}))
    doc.save(path)
    saved = path.read_bytes().decode("utf-8")
    expected = ODD.replace('"One \\\\\\" ] }"', '"Uno"').replace('"2019-03"', '"2019-04"')
    assert saved == expected
    assert '"x_weight" : 1.50' in saved and "2.50" in saved and "-0.0" in saved and '"x_rating": 1.50' in saved
    _validates(path, capsys)


def test_added_and_deleted_events_in_a_compact_file(tmp_path, capsys):
    data = timeline_dict(*({"id": f"e{i}", "title": f"T{i}", "start": f"2019-0{i + 1}-01"} for i in range(4)))
    path = tmp_path / "compact.json"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    doc = Document.open(path)
    history = History(doc)
    history.push(edits.delete_event(doc, "e1"))
    history.push(edits.delete_event(doc, "e3"))  # the last one: its separator goes before it
    history.push(edits.add_event(doc, "2019-10-05", "Added", category="c"))
    doc.save(path)
    saved = path.read_text(encoding="utf-8")
    assert "\n" not in saved and ", " not in saved
    expected = json.loads(json.dumps(data))
    expected["events"] = [data["events"][0], data["events"][2],
                          {"id": "2019-10-05-added", "title": "Added", "start": "2019-10-05", "category": "c"}]
    assert json.loads(saved) == expected
    _validates(path, capsys)


def test_indented_file_gets_new_records_in_its_own_indent(tmp_path, capsys):
    doc = Document.open(BUNDLED)
    history = History(doc)
    history.push(edits.add_event(doc, "2019-11-20", "Site visit"))
    history.push(edits.add_category(doc, "Visit", "#336699"))
    history.push(edits.add_era(doc, "Autumn 2019", "2019-09", "2019-11"))
    history.push(edits.set_category(doc, "agreement", label="Agreements"))
    out = tmp_path / "more.json"
    doc.save(out)
    saved = out.read_text(encoding="utf-8")
    assert '\n    {\n      "id": "2019-11-20-site-visit",\n      "title": "Site visit",\n' in saved
    assert '\n  "eras": [\n    {\n      "id": "autumn-2019",' in saved
    expected = json.loads(BUNDLED.read_text(encoding="utf-8"))
    expected["events"].append({"id": "2019-11-20-site-visit", "title": "Site visit", "start": "2019-11-20"})
    expected["categories"][0]["label"] = "Agreements"
    expected["categories"].append({"id": "visit", "label": "Visit", "color": "#336699"})
    expected["eras"] = [{"id": "autumn-2019", "label": "Autumn 2019", "start": "2019-09", "end": "2019-11"}]
    assert json.loads(saved) == expected
    assert "OK (4 events)" in _validates(out, capsys)


def test_save_after_undo_gives_back_the_original_bytes(tmp_path):
    doc = Document.open(BUNDLED)
    history = History(doc)
    history.push(edits.set_fields(doc, MEDICEN, {"title": "X", "tags": ["a"]}))
    history.push(edits.delete_event(doc, "2019-09-30-rd-agreement"))
    history.push(edits.add_category(doc, "Visit"))
    for _ in range(3):
        history.undo()
    assert doc.saved_bytes() == BUNDLED.read_bytes()


def test_a_second_save_starts_from_the_first(tmp_path, capsys):
    path = tmp_path / "t.json"
    path.write_bytes(BUNDLED.read_bytes())
    doc = Document.open(path)
    history = History(doc)
    history.push(edits.set_fields(doc, MEDICEN, {"title": "First"}))
    doc.save(path)
    history.push(edits.delete_event(doc, MEDICEN))
    doc.save(path)
    assert [e["id"] for e in json.loads(path.read_text(encoding="utf-8"))["events"]] == [
        "2019-09-30-rd-agreement", "2019-12-05-asian-pain-symposium"]
    _validates(path, capsys)


def test_other_formats_are_written_whole_as_timeline_app_json(tmp_path, capsys):
    peer = Path(__file__).resolve().parents[1] / "fixtures" / "peer" / "timelinejs" / "eras.json"
    doc = Document.open(peer)
    assert not doc.can_save_in_place
    first = doc.timeline.events[0]
    History(doc).push(edits.set_fields(doc, first.id, {"title": "Renamed"}))
    out = tmp_path / "from-tljs.json"
    doc.save(out)
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["format"] == "timeline-app" and saved["events"][0]["title"] == "Renamed"
    _validates(out, capsys)
    assert doc.can_save_in_place  # now it is our format


def _save_seconds(n: int) -> float:
    data = json.dumps(plain_events_dict(n), separators=(",", ":")).encode("utf-8")
    from timeline_app.model import parse_timeline

    doc = Document(parse_timeline(data).timeline, data)
    History(doc).push(edits.set_fields(doc, f"e{n // 2}", {"title": "Changed"}))
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        out = doc.saved_bytes()
        best = min(best, time.perf_counter() - t0)
    assert len(out) == len(data) + len("Changed") - len(f"{'Treaty Summit Launch Census Storm Voyage Charter'.split()[(n // 2) % 7]} {n // 2}")
    return best


def test_save_time_grows_linearly():
    small, big = _save_seconds(20_000), _save_seconds(160_000)
    assert big < 8 * 3 * small, (small, big)


def test_first_event_into_an_empty_array_takes_the_files_indent(tmp_path, capsys):
    path = tmp_path / "empty.json"
    path.write_text('{\n  "format": "timeline-app",\n  "version": 1,\n  "title": "T",\n  "events": []\n}\n',
                    encoding="utf-8")
    doc = Document.open(path)
    History(doc).push(edits.add_event(doc, "2019-01-01", "First"))
    doc.save(path)
    assert path.read_text(encoding="utf-8") == (
        '{\n  "format": "timeline-app",\n  "version": 1,\n  "title": "T",\n  "events": [\n    {\n'
        '      "id": "2019-01-01-first",\n      "title": "First",\n      "start": "2019-01-01"\n    }\n  ]\n}\n')
    _validates(path, capsys)


def test_event_spans_do_not_depend_on_where_the_scan_cuts_the_text(monkeypatch):
    from timeline_app.model import json_spans as json_text

    data = ODD.replace('"three"', '"th\\\\\\\\ree"').encode("utf-8")  # a run of escaped backslashes too
    expected = json.loads(data)["events"]
    for piece in (1, 2, 3, 5, 8, 13, 1 << 20):
        monkeypatch.setattr(json_text, "_PIECE", piece)
        spans = json_text.events_array(data)
        assert [json.loads(data[a:b]) for a, b in zip(spans.starts.tolist(), spans.ends.tolist())] == expected


def test_editing_one_participant_keeps_the_unknown_keys_of_the_others(tmp_path, capsys):
    people = [{"kind": "person", "name": "Kim", "x_seat": 1.50}, {"kind": "person", "name": "Lee", "x_seat": 2.0}]
    data = timeline_dict({"id": "a", "title": "A", "start": "2019-01-01", "participants": people,
                          "location": {"name": "Hall", "x_floor": 3.10}})
    path = tmp_path / "people.json"
    path.write_text(json.dumps(data, indent=2).replace("3.1", "3.10").replace("1.5", "1.50"), encoding="utf-8")
    original = path.read_text(encoding="utf-8")
    doc = Document.open(path)
    ev = doc.event("a")
    lee = ev.participants[1].model_copy(update={"name": "Lee Jae"})
    place = ev.location.model_copy(update={"place": "Songdo"})
    History(doc).push(edits.set_fields(doc, "a", {"participants": (ev.participants[0], lee), "location": place}))
    doc.save(path)
    saved = path.read_text(encoding="utf-8")
    assert saved == original.replace('"Lee"', '"Lee Jae"').replace('"name": "Hall",', '"name": "Hall",\n        "place": "Songdo",')
    _validates(path, capsys)
