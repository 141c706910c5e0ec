"""A PNG export of a million events stays within the benchmark's memory target (1.5 GB)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

MEMORY_TARGET_MB = 1500  # benchmarks/README and issue 3: peak RSS at 1,000,000 events
N = 1_000_000


def write_million(path: Path) -> None:
    """A million plain events over six centuries (points and ranges), written fast with NumPy."""
    rng = np.random.default_rng(20191014)
    days = rng.integers(0, 365 * 600, N)
    clustered = rng.random(N) < 0.6
    days[clustered] = (rng.normal(365 * 300, 400, clustered.sum()).astype(np.int64)) % (365 * 600)
    start = np.datetime64("1600-01-01") + days.astype("timedelta64[D]")
    length = rng.choice([0, 0, 0, 2, 30], N).astype("timedelta64[D]")
    starts = np.datetime_as_string(start, unit="D")
    ends = np.datetime_as_string(start + length, unit="D")
    cats = rng.integers(0, 12, N)
    parts = []
    for i in range(N):
        end = f',"end":"{ends[i]}"' if length[i] else ""
        parts.append(f'{{"id":"e{i}","title":"Event {i}","start":"{starts[i]}"{end},"category":"c{cats[i]}"}}')
    head = {"format": "timeline-app", "version": 1, "title": "A million events",
            "categories": [{"id": f"c{k}", "label": f"Category {k}"} for k in range(12)]}
    text = json.dumps(head)[:-1] + ',"events":[' + ",".join(parts) + "]}"
    path.write_text(text, encoding="utf-8")


PROBE = """
import resource, sys
from timeline_app.cli import main
code = main(["export", sys.argv[1], "-o", sys.argv[2], "--width", "3200", "--height", "1800"])
print("RSS_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
sys.exit(code)
"""


def test_png_export_of_a_million_events_stays_within_the_memory_target(tmp_path):
    src, out = tmp_path / "million.json", tmp_path / "million.png"
    write_million(src)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", PROBE, str(src), str(out)], capture_output=True, text=True,
                         env=env, timeout=600, cwd=Path(__file__).resolve().parents[2])
    assert run.returncode == 0, run.stderr[-2000:]
    rss = float(next(line.split()[1] for line in run.stdout.splitlines() if line.startswith("RSS_MB")))
    assert rss <= MEMORY_TARGET_MB, f"peak memory {rss:.0f} MB"

    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (3200 * 2, 1800 * 2) or image.width() >= 3200
    # Not blank: the top lanes are density bands across the six centuries.
    background = image.pixelColor(5, image.height() // 2)
    xs = range(image.width() // 10, image.width() * 8 // 10, 16)
    best = max(sum(1 for x in xs if image.pixelColor(x, y) != background) / len(xs)
               for y in range(image.height() // 10, image.height() * 4 // 10, 6))
    assert best > 0.9
