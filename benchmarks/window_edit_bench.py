"""Editing a big timeline in the real window (offscreen): prints numbers, asserts nothing.

    python benchmarks/window_edit_bench.py --events 1000000 --json

window_edit_ms_*: from the command being pushed on the window's undo stack until the window
shows it -- the Document changed, the list, filters and legend updated, and the canvas's
scene (lanes included) built again, as the next paint needs it: a title change, a week's
move (snapped to days), its undo and its redo. The model-level figures (edit_ms, save_s,
json_dump_s) are benchmarks/edit_bench.py's. The machine may be shared: repeat, use medians.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # as bench.py: no display needed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.synth import synthetic_bytes  # noqa: E402
from timeline_app.editing import edits  # noqa: E402
from timeline_app.time import MS_PER_DAY  # noqa: E402


def _shown_ms(window, action) -> float:
    """Run `action` and bring the window up to date as its next paint would."""
    t0 = time.perf_counter()
    action()
    window.view.scene()
    QApplication.processEvents()
    return (time.perf_counter() - t0) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from timeline_app.ui import MainWindow

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.json"
        path.write_bytes(synthetic_bytes(args.events))
        window = MainWindow(path)
        window.resize(1600, 900)
        window.show()
        deadline = time.time() + 900
        while window.loader.busy and time.time() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window.view.scene()
        session, stack = window.editing, window.undo_stack
        ids = session.document.timeline.table.ids
        times: dict[str, list[float]] = {k: [] for k in ("title", "move", "undo", "redo")}
        for r in range(args.repeat):
            target = ids[(r + 1) * len(ids) // (args.repeat + 2)]
            doc = session.document
            times["title"].append(_shown_ms(window, lambda: session.push(
                edits.set_fields(doc, target, {"title": f"Changed {r}"}))))
            start = doc.event(target).start.ms
            times["move"].append(_shown_ms(window, lambda: session.push(
                edits.move_event(doc, target, start + 7 * MS_PER_DAY, unit="day"))))
            times["undo"].append(_shown_ms(window, stack.undo))
            times["redo"].append(_shown_ms(window, stack.redo))
        window.editing.undo_stack.setClean()
        window.close()
    med = {k: round(statistics.median(v), 1) for k, v in times.items()}
    result = {"events": args.events, "window_edit_ms": max(med.values()),
              **{f"window_edit_ms_{k}": v for k, v in med.items()}, "cores": os.cpu_count()}
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
