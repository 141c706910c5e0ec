"""Synthetic timelines with a known shape, for judging what a big timeline's picture shows.

`spikes(n, seed)`: 35% points, 35% boxes (a day to a week), 30% ranges (weeks to years);
20% of events in July 1914, 10% in 1815, the rest spread evenly over 1725-2025; six
categories. A truthful zoomed-out picture shows two spikes, at 1815 and July 1914.
"""

from __future__ import annotations

import random

from timeline_app.time import MS_PER_DAY, Precision, TimeValue, parse_time

CATEGORIES = (
    ("war", "War", "#b03a48"), ("politics", "Politics", "#2f6fb0"), ("science", "Science", "#3a8f4b"),
    ("culture", "Culture", "#7b5ea7"), ("trade", "Trade", "#d0661a"), ("disaster", "Disaster", "#8c6d31"),
)
WORDS = ("treaty", "battle", "congress", "charter", "strike", "voyage", "census", "reform", "storm", "exhibition")


def _day(ms: int) -> str:
    return TimeValue(ms, Precision.DAY).to_iso()


def spikes(n: int, seed: int = 1914) -> dict:
    """A timeline-app JSON document of n events with spikes in 1815 and July 1914."""
    rng = random.Random(seed)
    windows = (
        (parse_time("1914-07-01").ms, 31),  # July 1914
        (parse_time("1815-01-01").ms, 365),  # 1815
        (parse_time("1725-01-01").ms, (2025 - 1725) * 365),  # everything else, evenly
    )
    events = []
    for i in range(n):
        r = rng.random()
        base, days = windows[0] if r < 0.2 else windows[1] if r < 0.3 else windows[2]
        start = base + rng.randrange(days) * MS_PER_DAY
        cat = CATEGORIES[rng.randrange(len(CATEGORIES))][0]
        ev = {"id": f"s{i}", "title": f"{rng.choice(WORDS).capitalize()} {i}", "start": _day(start), "category": cat}
        kind = rng.random()
        if kind >= 0.35:  # boxes, then ranges
            length = rng.randint(1, 7) if kind < 0.7 else rng.choice((14, 30, 90, 365, 1500))
            ev["end"] = _day(start + length * MS_PER_DAY)
        events.append(ev)
    return {"format": "timeline-app", "version": 1, "title": f"Spikes, {n:,} events",
            "categories": [{"id": c, "label": label, "color": col} for c, label, col in CATEGORIES],
            "events": events}


if __name__ == "__main__":
    import argparse
    import json

    ap = argparse.ArgumentParser(description="Write a spikes timeline as JSON")
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1914)
    args = ap.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(spikes(args.n, args.seed), f, separators=(",", ":"))
