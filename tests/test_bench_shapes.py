"""The benchmark's "spikes" shape has the distribution other work relies on (and loads cleanly)."""

from benchmarks.shapes import shape_bytes, spikes
from timeline_app.model import parse_timeline


def test_spikes_distribution_and_validity():
    data = spikes(4000, seed=3)
    events = data["events"]
    july_1914 = sum(e["start"].startswith("1914-07") for e in events) / len(events)
    in_1815 = sum(e["start"].startswith("1815") for e in events) / len(events)
    assert 0.17 < july_1914 < 0.23 and 0.08 < in_1815 < 0.13
    assert len({e["category"] for e in events}) >= 5
    timeline = parse_timeline(shape_bytes("spikes", 4000, seed=3)).timeline
    evs = timeline.events
    points = sum(e.is_point for e in evs) / len(evs)
    ranges = sum(e.end is not None for e in evs) / len(evs)
    assert 0.31 < points < 0.39 and 0.26 < ranges < 0.34  # the rest (about 35%) are boxes
    years = [e.start.year for e in evs]
    assert min(years) >= 1725 and max(years) <= 2025


def test_spikes_is_deterministic():
    assert spikes(50, seed=7) == spikes(50, seed=7) != spikes(50, seed=8)
