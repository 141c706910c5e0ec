"""Editing and saving a big timeline at the model level (no window): prints numbers, asserts nothing.

    python benchmarks/edit_bench.py --events 1000000 --shape spikes --json

edit_ms_*: one field change (a title), one move (a week, snapped to days), one undo, one add
and one delete, each the time until the Document holds the new Timeline. edit_ms_scene_*: the
same edits as the window sees them, from the command applied to the next scene built
(LaneLayout.of + build_scene of the whole timeline at the window bench's 1600x900 canvas, with
the real font measure); scene_ms_after_*: that scene's part alone. save_s: the whole
lossless save of the edited file (finding every event's place in the original text, splicing
the changed ones, writing the file atomically); json_dump_s: json.dumps of the same data
(compact, as the file is written), the yardstick the save is held to (save_s <= 2x).
The machine these run on may be shared: repeat and compare medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.report import print_result  # noqa: E402
from benchmarks.shapes import SHAPES  # noqa: E402
from timeline_app.editing import Document, History, edits  # noqa: E402
from timeline_app.model import parse_timeline  # noqa: E402
from timeline_app.model.memory import prefer_reused_memory, warm_heap  # noqa: E402
from timeline_app.time import MS_PER_DAY  # noqa: E402


def _ms(action) -> float:
    t0 = time.perf_counter()
    action()
    return (time.perf_counter() - t0) * 1000


VIEW_W, VIEW_H = 1600, 900  # benchmarks/bench.py's canvas


def _scene_maker():
    """A function drawing the next scene of a timeline as the canvas would (real fonts, offscreen Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from timeline_app.layout.build import build_scene
    from timeline_app.layout.fit import fit_scale
    from timeline_app.layout.lanes import LaneLayout
    from timeline_app.layout.records import SceneOptions
    from timeline_app.render.lettering import make_measure
    from timeline_app.render.theme import LIGHT

    _scene_maker.app = QApplication.instance() or QApplication([])  # fonts need it; kept alive
    measure = make_measure(LIGHT)
    scales: dict = {}

    def next_scene(timeline) -> None:
        scale = scales.get("fit") or scales.setdefault("fit", fit_scale(timeline, VIEW_W, measure))
        lanes = LaneLayout.of(timeline, measure)
        build_scene(timeline, scale, VIEW_H, measure, SceneOptions(), lanes)

    return next_scene


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="spikes")
    ap.add_argument("--repeat", type=int, default=3, help="edit rounds; medians are printed")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--no-scene", action="store_true", help="model-level figures only (no Qt)")
    args = ap.parse_args()
    prefer_reused_memory()  # as the app does at start (ui/launch.py)

    data = SHAPES[args.shape](args.events)
    t0 = time.perf_counter()
    text = json.dumps(data, separators=(",", ":"))
    json_dump_s = time.perf_counter() - t0
    original = text.encode("utf-8")
    del text
    doc = Document(parse_timeline(original).timeline, original)
    for _ in warm_heap(doc.timeline.table.n):  # as the window does while idle after opening a big file
        pass
    history = History(doc)
    ids = doc.timeline.table.ids
    kinds = ("set", "move", "undo", "add", "delete")
    times: dict[str, list[float]] = {k: [] for k in kinds}
    scene_times: dict[str, list[float]] = {k: [] for k in kinds}
    layout_times: dict[str, list[float]] = {k: [] for k in kinds}  # the scene's part alone
    next_scene = None if args.no_scene else _scene_maker()
    if next_scene is not None:
        next_scene(doc.timeline)  # the window shows the file before anyone edits it

    def timed(kind: str, action) -> None:
        times[kind].append(_ms(action))
        if next_scene is not None:  # the edit again, undone first, now up to the next scene
            history.undo() if kind != "undo" else history.redo()
            next_scene(doc.timeline)
            t0 = time.perf_counter()
            action()
            t1 = time.perf_counter()
            next_scene(doc.timeline)
            t2 = time.perf_counter()
            scene_times[kind].append((t2 - t0) * 1000)
            layout_times[kind].append((t2 - t1) * 1000)

    for r in range(args.repeat):
        target = ids[(r + 1) * len(ids) // (args.repeat + 2)]
        timed("set", lambda: history.push(edits.set_fields(doc, target, {"title": f"Changed {r}"})))
        start = doc.event(target).start.ms
        timed("move", lambda: history.push(edits.move_event(doc, target, start + 7 * MS_PER_DAY, unit="day")))
        timed("undo", history.undo)
        timed("add", lambda: history.push(edits.add_event(doc, "1900-01-01", f"Added {r}")))
        victim = doc.timeline.table.ids[len(ids) // 3]
        timed("delete", lambda: history.push(edits.delete_event(doc, victim)))
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        doc.save(Path(d) / "saved.json")
        save_s = time.perf_counter() - t0
        saved_mb = os.path.getsize(Path(d) / "saved.json") / 1e6
    med = {k: round(statistics.median(v), 1) for k, v in times.items()}
    scene_med = {k: round(statistics.median(v), 1) for k, v in scene_times.items() if v}
    layout_med = {k: round(statistics.median(v), 1) for k, v in layout_times.items() if v}
    result = {
        "events": args.events, "shape": args.shape, "file_mb": round(len(original) / 1e6, 2),
        "edit_ms": max(med["set"], med["move"], med["undo"]),
        **{f"edit_ms_{k}": v for k, v in med.items()},
        **({"edit_ms_scene": max(scene_med[k] for k in ("set", "move", "undo")),
            **{f"edit_ms_scene_{k}": v for k, v in scene_med.items()},
            **{f"scene_ms_after_{k}": v for k, v in layout_med.items()}} if next_scene is not None else {}),
        "save_s": round(save_s, 3), "json_dump_s": round(json_dump_s, 3),
        "save_over_dump": round(save_s / json_dump_s, 2), "saved_mb": round(saved_mb, 2),
        "cores": os.cpu_count(),
    }
    print_result(result, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
