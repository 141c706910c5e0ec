"""Editing a big timeline in the real window (offscreen): prints numbers, asserts nothing.

    python benchmarks/window_edit_bench.py --events 1000000 --json

window_edit_ms_*: from the command being pushed on the window's undo stack until the window
shows it -- the Document changed, the list, filters and legend updated, the canvas's scene
(lanes included) built again and painted, as the user sees it: a title change, a week's
move (snapped to days), its undo and its redo, of an event the user has selected first (a
click: edits are made to what one sees). window_edit_ms is the slowest of those medians.
window_add_ms / window_delete_ms: Duplicate (a new event at the end of the file, selected)
and Delete of that event (the selection moves to its neighbour), and their undos
(window_add_undo_ms, window_delete_undo_ms). Like the app (ui/launch.py), the process first
asks for reused memory (model/memory.py), and the edits begin once the window has made memory
ready for them while idle, as it does after opening a big file (a person reads before editing).
--repeat 1 gives the first edits after opening a file alone. The model-level figures (edit_ms, save_s,
json_dump_s) are benchmarks/edit_bench.py's. --rich: every event carries a tag, so all are
kept whole (model/table.py), as the events of a file from another format are. The machine may be shared: repeat, use medians.
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

from benchmarks.report import print_result  # noqa: E402
from benchmarks.synth import synthetic_bytes, synthetic_timeline  # noqa: E402
from timeline_app.editing import edits  # noqa: E402
from timeline_app.model.memory import prefer_reused_memory  # noqa: E402
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
    ap.add_argument("--rich", action="store_true", help="every event has a tag, so none is kept as columns only "
                                                        "(as in any file from another format)")
    args = ap.parse_args()
    prefer_reused_memory()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from timeline_app.ui import MainWindow

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.json"
        if args.rich:
            data = synthetic_timeline(args.events)
            for k, ev in enumerate(data["events"]):
                ev["tags"] = [f"tag {k % 40}"]
            path.write_bytes(json.dumps(data, separators=(",", ":")).encode("utf-8"))
        else:
            path.write_bytes(synthetic_bytes(args.events))
        window = MainWindow(path)
        window.resize(1600, 900)
        window.show()
        deadline = time.time() + 900
        while window.loader.busy and time.time() < deadline:
            app.processEvents()
            time.sleep(0.01)
        window.view.scene()
        while window.editing.warming and time.time() < deadline:  # the user reads before editing
            app.processEvents()
            time.sleep(0.01)
        session, stack = window.editing, window.undo_stack
        ids = session.document.timeline.table.ids
        kinds = ("title", "move", "undo", "redo", "add", "add_undo", "delete", "delete_undo")
        times: dict[str, list[float]] = {k: [] for k in kinds}
        for r in range(args.repeat):
            target = ids[(r + 1) * len(ids) // (args.repeat + 2)]
            doc = session.document
            window.select_event(target)  # the user clicks the event first
            _shown_ms(window, lambda: None)
            times["title"].append(_shown_ms(window, lambda: session.push(
                edits.set_fields(doc, target, {"title": f"Changed {r}"}))))
            start = doc.event(target).start.ms
            times["move"].append(_shown_ms(window, lambda: session.push(
                edits.move_event(doc, target, start + 7 * MS_PER_DAY, unit="day"))))
            times["undo"].append(_shown_ms(window, stack.undo))
            times["redo"].append(_shown_ms(window, stack.redo))
            times["add"].append(_shown_ms(window, lambda: session.push(edits.duplicate_event(doc, target))))
            copy = window.view.selected_id
            times["add_undo"].append(_shown_ms(window, stack.undo))
            stack.redo()
            times["delete"].append(_shown_ms(window, lambda: session.push(edits.delete_event(doc, copy))))
            times["delete_undo"].append(_shown_ms(window, stack.undo))
        window.editing.undo_stack.setClean()
        window.close()
    med = {k: round(statistics.median(v), 1) for k, v in times.items()}
    one_event = ("title", "move", "undo", "redo")
    result = {"events": args.events, "rich": args.rich, "window_edit_ms": max(med[k] for k in one_event),
              **{f"window_edit_ms_{k}": med[k] for k in one_event},
              **{f"window_{k}_ms": med[k] for k in kinds if k not in one_event}, "cores": os.cpu_count()}
    print_result(result, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
