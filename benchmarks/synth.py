"""Deterministic synthetic timelines for benchmarks: points and ranges, clusters and gaps."""

from __future__ import annotations

import json
import random

from timeline_app.time import MS_PER_DAY, TimeValue, Precision

PALETTE = ("#2f6fb0", "#d0661a", "#3a8f4b", "#b03a48", "#7b5ea7", "#8c6d31", "#1b9aaa", "#c2477f",
           "#5f7d95", "#e0a100", "#4d6b2f", "#a14a1f")
START_YEAR_MS = TimeValue(0, Precision.DAY).ms  # 1970-01-01
SPAN_DAYS = 365 * 600  # six centuries
WORDS = ("treaty", "summit", "launch", "merger", "census", "storm", "election", "charter", "expedition",
         "founding", "festival", "strike", "reform", "discovery", "council", "voyage")


def synthetic_timeline(n: int, seed: int = 20191014) -> dict:
    """A timeline dict in our format with n events over six centuries (1600-2200)."""
    rng = random.Random(seed)
    base = -370 * 365 * MS_PER_DAY  # about 1600
    n_clusters = max(n // 2000, 5)
    clusters = [(rng.randrange(SPAN_DAYS), rng.choice((3, 30, 365, 3650))) for _ in range(n_clusters)]
    categories = [{"id": f"c{i}", "label": f"Category {i}", "color": PALETTE[i % len(PALETTE)]} for i in range(24)]
    events = []
    for i in range(n):
        if rng.random() < 0.7:  # dense clusters; the rest spread thin, leaving gaps between
            centre, width = clusters[rng.randrange(n_clusters)]
            day = int(rng.gauss(centre, width)) % SPAN_DAYS
        else:
            day = rng.randrange(SPAN_DAYS) if rng.random() < 0.5 else rng.randrange(SPAN_DAYS // 3)
        start = TimeValue(base + day * MS_PER_DAY, Precision.DAY)
        ev = {"id": f"e{i}", "title": f"{rng.choice(WORDS).capitalize()} {i}", "start": start.to_iso(),
              "category": f"c{rng.randrange(len(categories))}"}
        r = rng.random()
        if r < 0.25:
            ev["end"] = TimeValue(start.ms + rng.choice((1, 2, 6, 30, 400)) * MS_PER_DAY, Precision.DAY).to_iso()
        elif r < 0.3:
            ev["start"] = start.to_iso()[:7]  # a month
        events.append(ev)
    return {"format": "timeline-app", "version": 1, "title": f"Synthetic {n:,} events",
            "categories": categories, "events": events}


def synthetic_bytes(n: int, seed: int = 20191014) -> bytes:
    return json.dumps(synthetic_timeline(n, seed), separators=(",", ":")).encode("utf-8")
