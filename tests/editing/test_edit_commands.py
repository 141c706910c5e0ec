"""Edit commands on a Document: what each changes, what undo restores, what is refused."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import plain_events_dict, timeline_dict, write_json
from timeline_app.cli import cmd_validate
from timeline_app.editing import Document, EditRejected, History, edits, snap
from timeline_app.model import parse_timeline
from timeline_app.time import MS_PER_DAY, MS_PER_HOUR, Precision, parse_time

BUNDLED = Path(__file__).resolve().parents[2] / "data" / "songdo-2019.json"
RD, MEDICEN, SYMPOSIUM = "2019-09-30-rd-agreement", "2019-10-14-medicen-agreement", "2019-12-05-asian-pain-symposium"


@pytest.fixture
def doc() -> Document:
    return Document.open(BUNDLED)


def _columns(doc: Document) -> dict:
    t = doc.timeline.table
    return {"ids": list(t.ids), "titles": list(t.titles), "start": t.start_ms.tolist(), "end": t.end_ms.tolist(),
            "point": t.point.tolist(), "imprecise": t.imprecise.tolist(), "category": t.category.tolist(),
            "order": t.order.tolist(), "events": list(doc.timeline.events)}


def test_drag_one_week_keeps_day_precision_and_undo_puts_it_back(doc):
    history = History(doc)
    start = doc.event(RD).start
    # a drag lands a few hours past the week; snapping to the axis's day ticks takes it to the day
    for k, hours in enumerate((30, 100, 7 * 24 + 5)):
        history.push(edits.move_event(doc, RD, start.ms + hours * MS_PER_HOUR, unit="day", gesture=1))
    moved = doc.event(RD)
    assert moved.start.to_iso() == "2019-10-07" and moved.start.precision is Precision.DAY
    assert len(history) == 1  # the steps of one drag are one command
    assert history._done[0].label.startswith('Move event "IFEZ and the Korean Pain')
    history.undo()
    assert doc.event(RD).start.to_iso() == "2019-09-30"


def test_moving_a_range_moves_its_end_by_the_same_days(doc):
    ev = doc.event(SYMPOSIUM)
    cmd = edits.move_event(doc, SYMPOSIUM, ev.start.ms + MS_PER_DAY)
    cmd.apply(doc)
    assert (doc.event(SYMPOSIUM).start.to_iso(), doc.event(SYMPOSIUM).end.to_iso()) == ("2019-12-06", "2019-12-08")


def test_a_month_box_moves_by_whole_months():
    loaded = parse_timeline(json.dumps(timeline_dict({"id": "m", "title": "M", "start": "2019-01"})).encode())
    doc = Document(loaded.timeline)
    edits.move_event(doc, "m", parse_time("2019-03-10").ms).apply(doc)
    assert doc.event("m").start.to_iso() == "2019-03"


def test_resize_sets_the_inclusive_end(doc):
    ev = doc.event(RD)
    edits.resize_event(doc, RD, ev.start.ms + 3 * MS_PER_DAY + 2 * MS_PER_HOUR, unit="day").apply(doc)
    assert doc.event(RD).end.to_iso() == "2019-10-02"  # the bar's edge at 3 Oct 00:00: covers 30 Sep to 2 Oct
    edits.resize_event(doc, RD, ev.start.ms - 5 * MS_PER_DAY).apply(doc)
    assert doc.event(RD).end.to_iso() == "2019-09-30"  # never before the start


def test_snap_to_tick_units():
    t = parse_time("2019-10-09T13:00").ms
    assert snap(t, "day") == parse_time("2019-10-10").ms
    assert snap(t, "week") == parse_time("2019-10-07").ms  # Monday
    assert snap(t, "month") == parse_time("2019-10-01").ms
    assert snap(t, "year") == parse_time("2020-01-01").ms
    assert snap(t, "hour", 6) == parse_time("2019-10-09T12:00").ms


def test_undo_restores_every_column_exactly(doc):
    before = _columns(doc)
    history = History(doc)
    history.push(edits.set_fields(doc, MEDICEN, {"title": "New", "start": "2019-10-20", "tags": ["x"]}))
    history.push(edits.move_event(doc, SYMPOSIUM, parse_time("2019-09-01").ms))
    history.push(edits.delete_event(doc, RD))
    history.push(edits.duplicate_event(doc, MEDICEN))
    history.push(edits.set_fields(doc, MEDICEN, {"id": "renamed"}))
    while history.undo():
        pass
    assert _columns(doc) == before
    while history.redo():
        pass
    assert doc.event("renamed").title == "New"


def test_order_and_index_stay_right_through_many_edits():
    data = plain_events_dict(3000)
    doc = Document(parse_timeline(json.dumps(data).encode()).timeline)
    history = History(doc)
    rng = random.Random(7)
    for step in range(150):
        ids = doc.timeline.table.ids
        target = ids[rng.randrange(len(ids))]
        kind = step % 5
        if kind == 0:
            history.push(edits.delete_event(doc, target))
        elif kind == 1:
            history.push(edits.add_event(doc, f"{1700 + rng.randrange(200)}-05-0{1 + rng.randrange(9)}", "Added"))
        elif kind == 2:
            history.push(edits.move_event(doc, target, doc.event(target).start.ms + rng.randrange(-400, 400) * MS_PER_DAY))
        elif kind == 3:
            history.push(edits.set_fields(doc, target, {"id": f"{target}-r{step}"}))
        else:
            history.undo()
    table = doc.timeline.table
    assert table.order.tolist() == np.lexsort((table.end_ms, table.start_ms)).tolist()
    assert table.sorted_start_ms.tolist() == table.start_ms[table.order].tolist()
    assert all(table.index_of[k] == i for i, k in enumerate(table.ids))
    assert "e-missing" not in table.index_of and len(table.index_of) == table.n
    # each event as the table gives it (whole, or built from its columns) is the one saved
    again = parse_timeline(doc.saved_bytes()).timeline.table
    assert [table.event(i) for i in range(table.n)] == [again.event(i) for i in range(again.n)]


def test_delete_moves_the_selection_to_the_next_event_in_time_else_the_previous(doc):
    assert edits.delete_event(doc, RD).select_after == MEDICEN
    assert edits.delete_event(doc, SYMPOSIUM).select_after == MEDICEN
    only = Document(parse_timeline(json.dumps(timeline_dict({"id": "a", "title": "A", "start": "2019"})).encode()).timeline)
    assert edits.delete_event(only, "a").select_after is None


def test_delete_drops_references_and_undo_restores_them():
    data = timeline_dict({"id": "a", "title": "A", "start": "2019-01-01"},
                         {"id": "b", "title": "B", "start": "2019-02-01", "related": ["a"]})
    doc = Document(parse_timeline(json.dumps(data).encode()).timeline, json.dumps(data).encode())
    history = History(doc)
    history.push(edits.delete_event(doc, "a"))
    assert doc.event("b").related == ()
    history.undo()
    assert doc.event("b").related == ("a",)
    history.push(edits.set_fields(doc, "a", {"id": "a2"}))
    assert doc.event("b").related == ("a2",)


def test_added_and_duplicated_ids_are_unique(doc):
    history = History(doc)
    ids = []
    for _ in range(3):
        cmd = edits.duplicate_event(doc, MEDICEN)
        history.push(cmd)
        ids.append(cmd.event.id)
        cmd = edits.add_event(doc, "2019-11-01", "Visit")
        history.push(cmd)
        ids.append(cmd.event.id)
    assert ids == [f"{MEDICEN}-copy", "2019-11-01-visit", f"{MEDICEN}-copy-2", "2019-11-01-visit-2",
                   f"{MEDICEN}-copy-3", "2019-11-01-visit-3"]
    assert len(set(doc.timeline.table.ids)) == doc.timeline.table.n == 9


def _validate_says(tmp_path, capsys, data) -> list[str]:
    path = write_json(tmp_path, data, "bad.json")
    assert cmd_validate([str(path)]) == 1
    return [line.split(": ", 1)[1] for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("changes", [{"start": "2019-13-01"}, {"end": "2018-01-01"}, {"title": ""},
                                     {"category": "nope"}, {"related": ["ghost"]}, {"id": "e1"}])
def test_a_bad_change_gives_validates_message_and_changes_nothing(tmp_path, capsys, changes):
    events = [{"id": "e0", "title": "Zero", "start": "2019-01-01"}, {"id": "e1", "title": "One", "start": "2019-02-01"}]
    data = timeline_dict(*events)
    doc = Document(parse_timeline(json.dumps(data).encode()).timeline)
    before = _columns(doc)
    with pytest.raises(EditRejected) as caught:
        edits.set_fields(doc, "e0", changes)
    bad = json.loads(json.dumps(data))
    bad["events"][0].update(changes)
    assert [str(p) for p in caught.value.problems] == _validate_says(tmp_path, capsys, bad)
    assert _columns(doc) == before


def test_a_bad_era_or_category_gives_validates_message(tmp_path, capsys, doc):
    with pytest.raises(EditRejected) as caught:
        edits.add_era(doc, "Backwards", "2019-10", "2019-09")
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["eras"] = [{"id": "backwards", "label": "Backwards", "start": "2019-10", "end": "2019-09"}]
    assert [str(p) for p in caught.value.problems] == _validate_says(tmp_path, capsys, data)
    with pytest.raises(EditRejected) as caught:
        edits.set_category(doc, "agreement", color="blue")
    data = json.loads(BUNDLED.read_text(encoding="utf-8"))
    data["categories"][0]["color"] = "blue"
    assert [str(p) for p in caught.value.problems] == _validate_says(tmp_path, capsys, data)


@pytest.mark.parametrize(("start", "by_ms", "expected"), [
    ("2019-10-14T15:00+09:00", MS_PER_HOUR + 20_000, "2019-10-14T16:00+09:00"),
    ("-0499", 10 * 365 * MS_PER_DAY + 5 * MS_PER_DAY, "-0489"),
    ("-13800000000", -3 * 366 * MS_PER_DAY, "-13800000003"),
])
def test_moves_keep_precision_offset_and_deep_time(start, by_ms, expected):
    doc = Document(parse_timeline(json.dumps(timeline_dict({"id": "x", "title": "X", "start": start})).encode()).timeline)
    edits.move_event(doc, "x", doc.event("x").start.ms + by_ms).apply(doc)
    assert doc.event("x").start.to_iso() == expected


def test_eras_and_categories_edit_and_undo(doc):
    history = History(doc)
    history.push(edits.add_era(doc, "Autumn", "2019-09", "2019-11", color="#aabbcc"))
    history.push(edits.set_era(doc, "autumn", label="Fall", end="2019-12"))
    assert [(e.label, e.end.to_iso()) for e in doc.timeline.eras] == [("Fall", "2019-12")]
    history.push(edits.add_category(doc, "Agreement"))  # the label is taken: the id is made unique
    history.push(edits.set_fields(doc, RD, {"category": "agreement-2"}))
    assert doc.timeline.category_by_id[doc.event(RD).category].label == "Agreement"
    assert doc.timeline.table.category_ids[doc.timeline.table.category[doc.row_of(RD)]] == "agreement-2"
    history.push(edits.delete_era(doc, "autumn"))
    assert doc.timeline.eras == ()
    while history.undo():
        pass
    assert doc.timeline.eras == () and [c.id for c in doc.timeline.categories] == ["agreement", "conference"]
    assert doc.event(RD).category == "agreement"


def test_only_an_unused_category_can_be_deleted(doc):
    with pytest.raises(EditRejected) as refused:
        edits.delete_category(doc, "agreement")  # two events name it
    assert '"agreement" is not the id of a category' in str(refused.value)
    assert [c.id for c in doc.timeline.categories] == ["agreement", "conference"]
    history = History(doc)
    history.push(edits.add_category(doc, "Visit"))
    history.push(edits.delete_category(doc, "visit"))
    assert [c.id for c in doc.timeline.categories] == ["agreement", "conference"]
    history.undo()
    assert [c.id for c in doc.timeline.categories][-1] == "visit"


def test_used_categories_follow_edits(doc):
    assert doc.timeline.table.used_categories() == {"agreement", "conference"}
    History(doc).push(edits.move_event(doc, RD, doc.event(RD).start.ms + 7 * MS_PER_DAY))
    assert doc.timeline.table.used_categories() == {"agreement", "conference"}  # from the parent's
    History(doc).push(edits.set_fields(doc, SYMPOSIUM, {"category": "agreement"}))
    assert doc.timeline.table.used_categories() == {"agreement"}
    History(doc).push(edits.set_fields(doc, RD, {"category": None}))
    assert doc.timeline.table.used_categories() == {"agreement"}
