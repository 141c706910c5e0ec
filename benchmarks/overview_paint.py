"""How long the overview strip takes to paint on a big synthetic timeline: prints numbers, asserts nothing.

    python benchmarks/overview_paint.py --events 1000000

"cold" is the first paint at a width (counting every column and drawing the density image);
"warm" is every later paint (a pan or zoom of the canvas): one image and one rectangle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.synth import synthetic_bytes  # noqa: E402
from timeline_app.model import parse_timeline  # noqa: E402
from timeline_app.layout.fit import data_extent  # noqa: E402
from timeline_app.layout.timescale import TimeScale  # noqa: E402
from timeline_app.ui.overview import OverviewStrip  # noqa: E402
from timeline_app.ui.timeline_view import TimelineView  # noqa: E402

WIDTH = 1400


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])  # noqa: F841

    t0 = time.perf_counter()
    timeline = parse_timeline(synthetic_bytes(args.events)).timeline
    print(f"load {args.events:,} events: {time.perf_counter() - t0:.1f} s")

    view = TimelineView(timeline)  # never shown: only the strip paints
    view.resize(WIDTH, 600)
    lo, hi = data_extent(timeline, 0)
    view.set_scale(TimeScale.fit(lo, hi, WIDTH).zoom(20.0))
    strip = OverviewStrip(view)
    strip.resize(WIDTH, strip.height())
    target = QImage(strip.size(), QImage.Format.Format_ARGB32_Premultiplied)

    cold = []
    for w in (WIDTH - 1, WIDTH):  # two widths: each is a new count and image
        strip.resize(w, strip.height())
        t = time.perf_counter()
        strip.render(target)
        cold.append((time.perf_counter() - t) * 1000)
    warm = []
    for i in range(args.repeat):
        view.pan(3 if i % 2 else -3)
        t = time.perf_counter()
        strip.render(target)
        warm.append((time.perf_counter() - t) * 1000)
    counts = strip.counts()
    print(f"columns {counts.size}, events counted {int(counts.sum()):,}, busiest column {int(counts.max()):,}")
    print(f"cold paint (count + draw density): {statistics.median(cold):.2f} ms")
    print(f"warm paint: median {statistics.median(warm):.3f} ms, "
          f"p95 {sorted(warm)[int(0.95 * len(warm))]:.3f} ms, max {max(warm):.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
