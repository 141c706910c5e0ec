"""Editing and saving a big timeline at the model level (no window): prints numbers, asserts nothing.

    python benchmarks/edit_bench.py --events 1000000 --shape spikes --json

edit_ms_*: one field change (a title), one move (a week, snapped to days), one undo, one add
and one delete, each the time until the Document holds the new Timeline. save_s: the whole
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

from benchmarks.shapes import SHAPES  # noqa: E402
from timeline_app.editing import Document, History, edits  # noqa: E402
from timeline_app.model import parse_timeline  # noqa: E402
from timeline_app.time import MS_PER_DAY  # noqa: E402


def _ms(action) -> float:
    t0 = time.perf_counter()
    action()
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--shape", choices=sorted(SHAPES), default="spikes")
    ap.add_argument("--repeat", type=int, default=3, help="edit rounds; medians are printed")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    data = SHAPES[args.shape](args.events)
    t0 = time.perf_counter()
    text = json.dumps(data, separators=(",", ":"))
    json_dump_s = time.perf_counter() - t0
    original = text.encode("utf-8")
    del text
    doc = Document(parse_timeline(original).timeline, original)
    history = History(doc)
    ids = doc.timeline.table.ids
    times: dict[str, list[float]] = {k: [] for k in ("set", "move", "undo", "add", "delete")}
    for r in range(args.repeat):
        target = ids[(r + 1) * len(ids) // (args.repeat + 2)]
        times["set"].append(_ms(lambda: history.push(edits.set_fields(doc, target, {"title": f"Changed {r}"}))))
        start = doc.event(target).start.ms
        times["move"].append(_ms(lambda: history.push(edits.move_event(doc, target, start + 7 * MS_PER_DAY, unit="day"))))
        times["undo"].append(_ms(history.undo))
        times["add"].append(_ms(lambda: history.push(edits.add_event(doc, "1900-01-01", f"Added {r}"))))
        times["delete"].append(_ms(lambda: history.push(edits.delete_event(doc, doc.timeline.table.ids[len(ids) // 3]))))
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        doc.save(Path(d) / "saved.json")
        save_s = time.perf_counter() - t0
        saved_mb = os.path.getsize(Path(d) / "saved.json") / 1e6
    med = {k: round(statistics.median(v), 1) for k, v in times.items()}
    result = {
        "events": args.events, "shape": args.shape, "file_mb": round(len(original) / 1e6, 2),
        "edit_ms": max(med["set"], med["move"], med["undo"]),
        **{f"edit_ms_{k}": v for k, v in med.items()},
        "save_s": round(save_s, 3), "json_dump_s": round(json_dump_s, 3),
        "save_over_dump": round(save_s / json_dump_s, 2), "saved_mb": round(saved_mb, 2),
        "cores": os.cpu_count(),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>16}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
