"""Named distributions of synthetic timelines for benchmarks (timeline JSON dicts).

    from benchmarks.shapes import spikes
    data = spikes(1_000_000, seed=1)

"uniform" is the clustered six-century file of benchmarks/synth.py; "spikes" is what a history
file looks like when two moments dominate it: a fifth of all events in July 1914, a tenth in
1815, the rest spread over 1725-2025; a third points, a third boxes (a month or year with no
end), the rest ranges.
"""

from __future__ import annotations

import json
import random

from benchmarks.synth import PALETTE, WORDS, synthetic_timeline

# Days per month in a non-leap year; February 29 is never generated (keeps dates valid cheaply).
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
CATEGORIES = ("war", "politics", "science", "arts", "trade", "religion", "exploration", "disaster")


def _day(rng: random.Random, year: int, month: int | None = None) -> tuple[int, int, int]:
    m = month or rng.randint(1, 12)
    return year, m, rng.randint(1, _MONTH_DAYS[m - 1])


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def _after(y: int, m: int, d: int, days: int) -> tuple[int, int, int]:
    """The date `days` after (y, m, d), walking the no-leap month table (good enough for ends)."""
    d += days
    while d > _MONTH_DAYS[m - 1]:
        d -= _MONTH_DAYS[m - 1]
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d


def spikes(n: int, seed: int = 1914) -> dict:
    """A timeline dict with n events: 35% points, 35% boxes, 30% ranges; 20% in July 1914,
    10% in 1815, the rest over 1725-2025; eight categories. Deterministic for a seed."""
    rng = random.Random(seed)
    categories = [{"id": c, "label": c.capitalize(), "color": PALETTE[i % len(PALETTE)]}
                  for i, c in enumerate(CATEGORIES)]
    events = []
    for i in range(n):
        where = rng.random()
        spread = where >= 0.3
        if where < 0.2:
            y, m, d = _day(rng, 1914, 7)
        elif where < 0.3:
            y, m, d = _day(rng, 1815)
        else:
            y, m, d = _day(rng, rng.randint(1725, 2024))
        kind = rng.random()
        ev = {"id": f"e{i}", "title": f"{rng.choice(WORDS).capitalize()} {i}",
              "category": CATEGORIES[rng.randrange(len(CATEGORIES))]}
        if kind < 0.35:  # a point: a day, or a minute (UTC, as many exports write it)
            if rng.random() < 0.3:
                ev["start"] = f"{_iso(y, m, d)}T{rng.randrange(24):02d}:{rng.randrange(60):02d}Z"
            else:
                ev["start"] = _iso(y, m, d)
        elif kind < 0.7:  # a box: a month, or (outside the spikes, sometimes) a whole year
            ev["start"] = f"{y:04d}" if spread and rng.random() < 0.2 else f"{y:04d}-{m:02d}"
        else:  # a range: days to years long
            ev["start"] = _iso(y, m, d)
            ev["end"] = _iso(*_after(y, m, d, rng.choice((1, 3, 9, 30, 120, 700))))
        events.append(ev)
    return {"format": "timeline-app", "version": 1, "title": f"Spikes {n:,} events",
            "categories": categories, "events": events}


def uniform(n: int, seed: int = 20191014) -> dict:
    """The clustered six-century synthetic timeline (benchmarks/synth.py)."""
    return synthetic_timeline(n, seed)


SHAPES = {"uniform": uniform, "spikes": spikes}


def shape_bytes(shape: str, n: int, seed: int | None = None) -> bytes:
    """The file bytes of a named shape (compact JSON, as a tool would write a big file)."""
    make = SHAPES[shape]
    data = make(n) if seed is None else make(n, seed)
    return json.dumps(data, separators=(",", ":")).encode("utf-8")
