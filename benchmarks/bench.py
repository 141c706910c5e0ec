"""Load, layout, paint and export timings on a synthetic timeline: prints numbers, asserts nothing.

    python benchmarks/bench.py --events 100000 --json
    python benchmarks/bench.py --events 1000000 --shape spikes --json

Scene figures (frame_ms_*) time build_scene plus paint into an image; window figures open the
file in the real MainWindow at 1600x900 with a 10 ms timer ticking (max_ui_gap_ms: the longest
the event loop waited while the worker loaded; apply_ms: showing the result on the GUI thread)
and time the view's own zoom calls plus repaint() (window_frame_ms_*, see window_bench.py).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window remembers recent files and its geometry: keep the user's own settings out of it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="timeline-bench-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="timeline-bench-data-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.report import print_result  # noqa: E402
from benchmarks.shapes import SHAPES, shape_bytes  # noqa: E402
from benchmarks.window_bench import WINDOW_H, WINDOW_W, open_and_watch, window_walk  # noqa: E402
from timeline_app.model import parse_timeline  # noqa: E402
from timeline_app.model.memory import prefer_reused_memory  # noqa: E402
from timeline_app.render.lettering import make_measure  # noqa: E402
from timeline_app.render.output import ExportRequest  # noqa: E402
from timeline_app.render.paint import paint  # noqa: E402
from timeline_app.render.png import export_png  # noqa: E402
from timeline_app.render.theme import LIGHT  # noqa: E402
from timeline_app.layout.fit import fit_scale  # noqa: E402
from timeline_app.layout.build import build_scene  # noqa: E402
from timeline_app.layout.lanes import LaneLayout  # noqa: E402
from timeline_app.layout.records import SceneOptions  # noqa: E402

VIEW_W, VIEW_H = 1600, 900


def steps(fitted):
    """A scripted walk: zoom in 30 times about various points (panning between), then back out."""
    s = fitted
    out = [s]
    for i in range(30):
        s = s.zoom(1.35, about_x=VIEW_W * (0.3 + 0.4 * ((i * 7) % 10) / 10))
        out.append(s)
        if i % 3 == 0:
            s = s.pan(-VIEW_W * 0.2)
            out.append(s)
    for _ in range(20):
        s = s.zoom(1 / 1.6)
        out.append(s)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1000)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="uniform",
                    help="how events spread in time (benchmarks/shapes.py)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--no-export", action="store_true", help="skip the 3200x1800 PNG export")
    ap.add_argument("--no-window", action="store_true", help="skip the real window's load and zoom walk")
    ap.add_argument("--gaps", action="store_true", help="print where the loading thread was after each UI gap")
    args = ap.parse_args()
    prefer_reused_memory()  # as the app does at start (ui/launch.py)
    QCoreApplication.setOrganizationName("timeline-app-bench")
    QCoreApplication.setApplicationName("timeline-app-bench")
    app = QApplication.instance() or QApplication([])  # noqa: F841 (fonts need it)

    data = shape_bytes(args.shape, args.events)
    t0 = time.perf_counter()
    json.loads(data)
    json_parse_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    timeline = parse_timeline(data).timeline
    _ = timeline.chronological, timeline.event_by_id
    load_s = time.perf_counter() - t0

    measure = make_measure(LIGHT)
    fitted = fit_scale(timeline, VIEW_W, measure)
    t0 = time.perf_counter()
    lanes = LaneLayout(timeline, measure)
    layout_s = time.perf_counter() - t0

    image = QImage(VIEW_W, VIEW_H, QImage.Format.Format_ARGB32_Premultiplied)
    frames = []
    for s in steps(fitted):
        t0 = time.perf_counter()
        scene = build_scene(timeline, s, VIEW_H, measure, SceneOptions(), lanes)
        with QPainter(image) as p:
            paint(p, scene, LIGHT)
        frames.append((time.perf_counter() - t0) * 1000)

    export_png_s = None
    if not args.no_export:
        with tempfile.TemporaryDirectory() as d:
            t0 = time.perf_counter()
            export_png(timeline, Path(d) / "out.png", ExportRequest(width=3200, height=1800, scale=1.0))
            export_png_s = time.perf_counter() - t0

    window_figures = {}
    if not args.no_window:
        from timeline_app.ui.main_window import MainWindow

        del timeline, lanes, scene  # the window reads its own copy, as the app would
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / f"bench-{args.shape}-{args.events}.json"
            path.write_bytes(data)
            window = MainWindow()  # the bundled timeline, then File > Open the big one
            window.resize(WINDOW_W, WINDOW_H)
            window.show()
            why: list = []
            window_figures.update(open_and_watch(window, path, why=why))
            if args.gaps:
                for ms, where in sorted(why, reverse=True)[:20]:
                    print(f"gap {ms:5d} ms, then the worker was at {where}", file=sys.stderr)
            window_figures.update(window_walk(window))
            window.close()

    result = {
        "events": args.events,
        "shape": args.shape,
        "file_mb": round(len(data) / 1e6, 2),
        "json_parse_s": round(json_parse_s, 3),
        "load_s": round(load_s, 3),
        "layout_s": round(layout_s, 3),
        "frame_ms_p50": round(statistics.median(frames), 2),
        "frame_ms_p95": round(statistics.quantiles(frames, n=20)[-1], 2),
        "frames": len(frames),
        "export_png_s": None if export_png_s is None else round(export_png_s, 3),
        **window_figures,
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "cores": os.cpu_count(),
    }
    print_result(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
