"""Lanes follow an edit: the edited event alone may change lane, undo gives every lane back,
an added event takes the first lane with room, and lanes never overlap however many edits."""

from __future__ import annotations

import json
import random
import time

import numpy as np
import pytest

from tests.helpers import fake_measure
from timeline_app.editing import Document, History, edits
from timeline_app.layout.lanes import LABEL_ROOM_LIMIT, LaneLayout
from timeline_app.model import parse_timeline
from timeline_app.time import MS_PER_DAY


def crowded(n: int, days: int = 400, seed: int = 7) -> Document:
    """n plain events crowded into `days` days (points and ranges of 1-40 days): many lanes."""
    rng = random.Random(seed)
    events = []
    for i in range(n):
        day = rng.randrange(days)
        y, d = 2000 + day // 360, day % 360
        start = f"{y:04d}-{1 + d // 30:02d}-{1 + d % 30 if d % 30 < 28 else 28:02d}"
        ev = {"id": f"e{i}", "title": f"Event {i}", "start": start, "category": "ab"[i % 2]}
        if i % 3:
            end_day = min(day + rng.randrange(1, 40), days - 1)
            ey, ed = 2000 + end_day // 360, end_day % 360
            ev["end"] = f"{ey:04d}-{1 + ed // 30:02d}-{1 + ed % 30 if ed % 30 < 28 else 28:02d}"
            if ev["end"] < start:
                del ev["end"]
        events.append(ev)
    data = {"format": "timeline-app", "version": 1, "title": "Crowded",
            "categories": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}], "events": events}
    raw = json.dumps(data).encode()
    return Document(parse_timeline(raw).timeline, raw)


def lanes_by_id(doc: Document, measure=fake_measure) -> dict[str, int]:
    layout = LaneLayout.of(doc.timeline, measure)
    return dict(zip(doc.timeline.table.ids, layout.lanes.tolist()))


def assert_well_packed(layout: LaneLayout) -> None:
    """Every event once, in its lane's run, each run in time order with no overlaps; and the
    arrays are what a layout built from scratch over these lane numbers would hold."""
    table = layout.table
    assert sorted(layout.by_lane.tolist()) == list(range(table.n))
    assert layout.lane_count == len(layout.ptr) - 1 and layout.ptr[-1] == table.n
    assert np.all(np.diff(layout.ptr) >= 0) and (table.n == 0 or layout.ptr[-1] > layout.ptr[-2])
    lane_of_position = np.repeat(np.arange(layout.lane_count), np.diff(layout.ptr))
    assert np.array_equal(layout.lanes[layout.by_lane], lane_of_position)
    assert np.array_equal(layout.lane_start, table.start_ms[layout.by_lane])
    assert np.array_equal(layout.lane_end, table.end_ms[layout.by_lane])
    fresh = LaneLayout(type("T", (), {"table": table})(), None, lanes=layout.lanes)
    assert np.array_equal(fresh.by_lane, layout.by_lane)
    for k in range(layout.lane_count):
        a, b = layout.ptr[k], layout.ptr[k + 1]
        reach, start = layout.lane_reach[a:b], layout.lane_start[a:b]
        assert np.all(reach[:-1] <= start[1:]), f"lane {k} overlaps"


@pytest.fixture(params=[3000, 400], ids=["big", "small-with-label-room"])
def doc(request) -> Document:
    return crowded(request.param)


def test_moving_one_event_leaves_every_other_event_in_its_lane(doc):
    before = lanes_by_id(doc)
    history = History(doc)
    target = doc.timeline.table.ids[len(before) // 2]
    history.push(edits.move_event(doc, target, doc.event(target).start.ms + 90 * MS_PER_DAY, unit="day"))
    after = lanes_by_id(doc)
    moved = {k for k in before if before[k] != after[k]}
    assert moved <= {target}
    assert_well_packed(LaneLayout.of(doc.timeline, fake_measure))


def test_a_longer_title_moves_only_that_event(doc):
    before = lanes_by_id(doc)
    target = doc.timeline.table.ids[7]
    History(doc).push(edits.set_fields(doc, target, {"title": "A much, much longer title " * 3}))
    after = lanes_by_id(doc)
    assert {k for k in before if before[k] != after[k]} <= {target}


def test_undo_gives_every_event_its_old_lane(doc):
    history = History(doc)
    ids = doc.timeline.table.ids
    for k, make in enumerate((
        lambda: edits.move_event(doc, ids[10], doc.event(ids[10]).start.ms + 45 * MS_PER_DAY, unit="day"),
        lambda: edits.delete_event(doc, ids[20]),
        lambda: edits.add_event(doc, "2000-03-03", "Added"),
        lambda: edits.set_fields(doc, ids[30], {"end": "2001-01-05", "start": "2000-02-01"}),
    )):
        before = LaneLayout.of(doc.timeline, fake_measure).lanes.copy()
        history.push(make())
        LaneLayout.of(doc.timeline, fake_measure)  # the window draws the edited timeline
        history.undo()
        assert np.array_equal(LaneLayout.of(doc.timeline, fake_measure).lanes, before), f"edit {k}"


def test_undo_of_several_edits_in_a_row_gives_the_old_lanes_back(doc):
    history = History(doc)
    before = LaneLayout.of(doc.timeline, fake_measure).lanes.copy()
    ids = doc.timeline.table.ids
    rng = random.Random(3)
    for k in range(6):  # nothing drawn in between: the lanes follow the whole chain at once
        target = ids[rng.randrange(len(ids) // 2)]
        history.push(edits.move_event(doc, target, doc.event(target).start.ms + rng.randrange(1, 90) * MS_PER_DAY))
    LaneLayout.of(doc.timeline, fake_measure)
    while history.undo():
        pass
    assert np.array_equal(LaneLayout.of(doc.timeline, fake_measure).lanes, before)


def test_an_added_event_takes_the_first_lane_where_it_fits(doc):
    layout = LaneLayout.of(doc.timeline, fake_measure)
    History(doc).push(edits.add_event(doc, "2000-05-10", "Added", end="2000-05-20"))
    after = LaneLayout.of(doc.timeline, fake_measure)
    table = doc.timeline.table
    row = table.n - 1
    s, reach = table.start_ms[row], after.reach_of(table.titles[row], table.start_ms[row], table.end_ms[row],
                                                    bool(table.point[row]))
    first = next((k for k in range(layout.lane_count)
                  if not np.any((layout.lane_start[layout.ptr[k]:layout.ptr[k + 1]] < reach)
                                & (layout.lane_reach[layout.ptr[k]:layout.ptr[k + 1]] > s))), layout.lane_count)
    assert after.lanes[row] == first
    assert first > 0  # (the timeline is crowded there: the test means something)


def test_lanes_never_overlap_after_a_hundred_random_edits(doc):
    history = History(doc)
    rng = random.Random(11)
    for step in range(100):
        ids = doc.timeline.table.ids
        target = ids[rng.randrange(len(ids))]
        roll = rng.random()
        if roll < 0.4:
            command = edits.move_event(doc, target, doc.event(target).start.ms + rng.randrange(-60, 60) * MS_PER_DAY,
                                       unit="day")
        elif roll < 0.55:
            command = edits.set_fields(doc, target, {"title": "x" * rng.randrange(1, 60)})
        elif roll < 0.7:
            command = edits.add_event(doc, f"2000-{rng.randrange(1, 13):02d}-{rng.randrange(1, 28):02d}", "New",
                                      end=f"2001-{rng.randrange(1, 3):02d}-01" if rng.random() < 0.5 else None)
        elif roll < 0.85:
            command = edits.delete_event(doc, target)
        else:
            history.undo()
            command = None
        if command is not None:
            history.push(command)
        if step % 7 == 0 or step == 99:  # the window draws now and then; edits in between chain up
            assert_well_packed(LaneLayout.of(doc.timeline, fake_measure))


def test_a_timeline_just_loaded_is_packed_from_scratch():
    doc = crowded(3000)
    assert doc.timeline.table.derived_from is None
    layout = LaneLayout.of(doc.timeline, fake_measure)
    assert layout.homes == {}
    assert doc.timeline.table.n > LABEL_ROOM_LIMIT


def _update_and_pack_s(n: int) -> tuple[float, float]:
    """(following one move, packing the same lanes from scratch), least disturbed of several runs."""
    doc = crowded(n, days=n // 8)  # the same crowding (lane count) at both sizes
    history = History(doc)
    ids = doc.timeline.table.ids
    LaneLayout.of(doc.timeline)
    follow, pack = [], []
    for k in range(9):
        target = ids[(k + 1) * n // 11]
        history.push(edits.move_event(doc, target, doc.event(target).start.ms + 40 * MS_PER_DAY))
        t0 = time.perf_counter()
        LaneLayout.of(doc.timeline)
        t1 = time.perf_counter()
        if k % 3 == 0:
            LaneLayout(doc.timeline)
            pack.append(time.perf_counter() - t1)
        follow.append(t1 - t0)
    return min(follow), min(pack)


def test_following_an_edit_costs_a_sliver_of_packing_again_at_any_size():
    (follow_n, pack_n), (follow_8n, pack_8n) = _update_and_pack_s(3_000), _update_and_pack_s(24_000)
    # Packing again is a Python step per event (x7-8 for 8x the events here). Following an edit
    # does no per-event Python work, only array copies (memcpy) and vectorised look-ups: still
    # linear in memory traffic, but some 70x cheaper at 24,000 events (x3-5 from N to 8N).
    assert follow_8n < pack_8n / 10, (follow_8n, pack_8n)
    assert follow_8n / follow_n < pack_8n / pack_n * 1.5, (follow_n, follow_8n, pack_n, pack_8n)


def test_a_filtered_view_of_an_edited_timeline_keeps_the_lanes_of_the_full_one():
    from timeline_app.model.query import Filters, apply_filters

    doc = crowded(6000)
    history = History(doc)
    only_a = Filters(hidden_categories=frozenset({"b"}))
    LaneLayout.of(doc.timeline)  # the loader packs the full timeline once
    before = lanes_by_id(doc, None)
    shown = apply_filters(doc.timeline, only_a)
    ids = doc.timeline.table.ids
    target = next(i for i in ids[100:] if doc.event(i).category == "a")
    history.push(edits.move_event(doc, target, doc.event(target).start.ms + 30 * MS_PER_DAY, unit="day"))
    shown = apply_filters(doc.timeline, only_a)
    filtered = LaneLayout.of(shown)
    full = LaneLayout.of(doc.timeline)
    assert full.table is doc.timeline.table and full.homes  # (followed the edit, not packed again)
    after = dict(zip(doc.timeline.table.ids, full.lanes.tolist()))
    assert {k for k in before if before[k] != after[k]} <= {target}
    # the filtered lanes are the full ones, renumbered without the lanes left empty
    kept = full.lanes[shown.table.parent_index]
    assert np.array_equal(np.unique(kept, return_inverse=True)[1].reshape(-1), filtered.lanes)


def test_lanes_follow_every_edit_even_when_nothing_else_holds_the_timeline_before(monkeypatch):
    # The window shows each edit (its lanes built) and then lets the timeline before it go;
    # the lanes of the next edit must still follow from those, never be packed again from
    # scratch (3 s at a million events), however many edits are made.
    import gc

    from timeline_app.layout import lanes as lanes_module

    doc = crowded(3000)
    history = History(doc)
    LaneLayout.of(doc.timeline, fake_measure)
    packs = []
    real_pack = lanes_module._pack
    monkeypatch.setattr(lanes_module, "_pack", lambda *a: packs.append(1) or real_pack(*a))
    ids = doc.timeline.table.ids
    for step in range(80):  # more than the lineage's chain of 32 edits
        target = ids[(step * 37) % len(ids)]
        if step % 4 == 3:
            history.undo()
        else:
            history.push(edits.move_event(doc, target, doc.event(target).start.ms + 3 * MS_PER_DAY, unit="day"))
        gc.collect()
        LaneLayout.of(doc.timeline, fake_measure)
    assert packs == []
    assert_well_packed(LaneLayout.of(doc.timeline, fake_measure))
