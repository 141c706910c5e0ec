"""A save reports how far it has got, and a cancel stops it with the file on disk untouched."""

from __future__ import annotations

import json

import pytest

from benchmarks.synth import synthetic_bytes
from timeline_app.editing import Document, edits
from timeline_app.model import parse_timeline
from timeline_app.model.cancel import CancelFlag, Cancelled, cancellable
from timeline_app.model.save import EVERY, EventEdits, lossless_json, timeline_json, write_atomically

N = 5 * EVERY  # events: enough for several progress calls


@pytest.fixture(scope="module")
def edited() -> Document:
    original = synthetic_bytes(N)
    doc = Document(parse_timeline(original).timeline, original)
    ids = doc.timeline.table.ids
    for k in range(0, N, N // 7):  # edits spread over the file: many runs of kept text
        edits.set_fields(doc, ids[k], {"title": f"Changed {k}"}).apply(doc)
    return doc


def _edits(doc: Document) -> EventEdits:
    return doc.save_job().edits


def test_lossless_json_reports_rising_fractions_that_end_at_one(edited):
    seen: list[float] = []
    data = lossless_json(edited.original, edited.timeline, _edits(edited), progress=seen.append)
    assert data == lossless_json(edited.original, edited.timeline, _edits(edited))  # the hook changes nothing
    assert len(seen) >= 3 and seen == sorted(seen) and seen[0] == 0.0 and seen[-1] == 1.0
    assert json.loads(data)["events"][0]["title"] == "Changed 0"


def test_timeline_json_reports_every_few_thousand_events_and_writes_the_same_text(edited):
    seen: list[float] = []
    text = timeline_json(edited.timeline, progress=seen.append)
    assert text == timeline_json(edited.timeline)
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert N // EVERY <= len(seen) <= 4 * (N // EVERY + 2)  # every few thousand events, not every event


@pytest.mark.parametrize("where", ["lossless", "whole"])
def test_a_cancel_check_raising_stops_the_save(edited, where):
    flag, seen = CancelFlag(), []

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction >= 0.5:
            flag.raise_flag()

    with cancellable(flag), pytest.raises(Cancelled):
        if where == "lossless":
            lossless_json(edited.original, edited.timeline, _edits(edited), progress=progress)
        else:
            timeline_json(edited.timeline, progress=progress)
    assert 0.5 <= seen[-1] < 1.0  # stopped at the next report, well before the end


def test_a_write_cancelled_before_the_rename_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "kept.json"
    target.write_bytes(b'{"old": true}')
    flag = CancelFlag()

    def progress(fraction: float) -> None:
        flag.raise_flag()  # Cancel pressed while the bytes go out

    with cancellable(flag), pytest.raises(Cancelled):
        write_atomically(target, b"x" * (20 << 20), progress)
    assert target.read_bytes() == b'{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]


def test_a_save_job_written_with_progress_makes_the_same_file(edited, tmp_path):
    seen: list[float] = []
    data = edited.save_job().write(tmp_path / "a.json", seen.append)
    assert (tmp_path / "a.json").read_bytes() == data == edited.saved_bytes()
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_a_change_made_while_a_job_was_written_stays_unsaved(tmp_path):
    original = synthetic_bytes(50)
    doc = Document(parse_timeline(original).timeline, original)
    job = doc.save_job()
    data = job.write(tmp_path / "a.json")
    doc.set_head(title="Changed after the job was taken")
    assert not doc.saved(job, data) and doc.original == original
    assert doc.saved(doc.save_job(), doc.save_job().write(tmp_path / "a.json"))
    assert doc.original == (tmp_path / "a.json").read_bytes()
    assert json.loads(doc.original)["title"] == "Changed after the job was taken"
