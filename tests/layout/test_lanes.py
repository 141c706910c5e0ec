"""Lane packing: no overlaps, first free lane, earlier items keep their lanes."""

from timeline_app.layout.lanes import pack_lanes


def test_non_overlapping_items_share_lane_zero():
    assert pack_lanes([(0, 10), (20, 30), (40, 50)]) == [0, 0, 0]


def test_overlaps_go_to_the_first_free_lane():
    assert pack_lanes([(0, 100), (10, 20), (30, 40), (50, 150), (110, 120)]) == [0, 1, 1, 1, 0]


def test_gap_is_respected():
    assert pack_lanes([(0, 10), (15, 20)], gap=10) == [0, 1]
    assert pack_lanes([(0, 10), (20, 30)], gap=10) == [0, 0]


def test_adding_later_items_never_moves_earlier_ones():
    items = [(i * 7.0, i * 7.0 + 30) for i in range(50)]
    full = pack_lanes(items)
    assert pack_lanes(items[:20]) == full[:20]


def test_no_two_items_in_a_lane_overlap():
    import random

    rng = random.Random(4)
    items = sorted((x, x + rng.uniform(1, 80)) for x in (rng.uniform(0, 1000) for _ in range(300)))
    lanes = pack_lanes(items)
    by_lane = {}
    for (x0, x1), lane in zip(items, lanes):
        by_lane.setdefault(lane, []).append((x0, x1))
    for spans in by_lane.values():
        for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
            assert a1 <= b0
