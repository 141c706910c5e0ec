"""What a user of the real window feels: event-loop gaps while a big file loads, and frame
times of the window's own zoom calls (used by bench.py; prints nothing itself).

Both need a QApplication and a display (offscreen will do).
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
import traceback
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from timeline_app.time import MS_PER_DAY

WINDOW_W, WINDOW_H = 1600, 900
TICK_MS = 10
WALK_STEPS = 50  # zoom steps from the whole extent down to one day (and as many back)


def _worker_at() -> str:
    """Where the loading thread is now (just after whatever kept the event loop waiting)."""
    frames = sys._current_frames()
    try:
        for t in threading.enumerate():
            if t.name.startswith("load ") and t.ident in frames:
                stack = traceback.extract_stack(frames[t.ident])[-3:]
                return " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))
        return "(GUI thread)"
    finally:
        # `frames` holds this very frame, whose locals hold `frames`: a cycle that would keep
        # the worker's frames, and so whatever their locals hold later (a million parsed
        # events), alive until a collection frees them all at once (seconds, measured as a gap).
        del frames


def open_and_watch(window, path: Path, timeout_s: float = 600.0, why: list | None = None) -> dict:
    """Open `path` in the window as a user would (File > Open) and tick a 10 ms timer meanwhile.

    max_ui_gap_ms: the longest wait between ticks while the file loads (the worker's part);
    apply_ms: the one step on the GUI thread that then shows the loaded timeline (lists,
    filters, the first scene), which the load itself cannot hide. `why`, if given, collects
    (gap ms, where the worker was when the loop got to run again) for each gap over 50 ms.
    """
    app = QApplication.instance()
    ticks: list[float] = []
    applied: list[tuple[float, float]] = []
    real_set_loaded = window.show_loaded

    def set_loaded(*args, **kwargs):
        t0 = time.perf_counter()
        real_set_loaded(*args, **kwargs)
        applied.append((t0, time.perf_counter()))

    window.show_loaded = set_loaded
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(TICK_MS)

    def tick():
        now = time.perf_counter()
        if why is not None and now - ticks[-1] > 0.05:
            why.append((round((now - ticks[-1]) * 1000), _worker_at()))
        ticks.append(now)
        if applied or time.perf_counter() - start > timeout_s:
            loop.quit()

    timer.timeout.connect(tick)
    app.processEvents()
    start = time.perf_counter()
    ticks.append(start)
    timer.start()
    window.open_path(path)
    loop.exec()
    timer.stop()
    del window.show_loaded
    if not applied:
        raise RuntimeError(f"{path} did not load within {timeout_s} s")
    t_apply, t_applied = applied[0]
    before = [t for t in ticks if t <= t_apply]
    gaps = np.diff(before) * 1000 if len(before) > 1 else np.zeros(1)
    return {
        "open_s": round(t_applied - start, 3),
        "max_ui_gap_ms": round(float(max(gaps.max(), (t_apply - before[-1]) * 1000)), 1),
        "ui_gaps_over_50ms": int((gaps > 50).sum()),
        "ui_ticks": len(before),
        "apply_ms": round((t_applied - t_apply) * 1000, 1),
    }


def window_walk(window) -> dict:
    """Frame times of the real window: the timeline view's own zoom calls plus repaint(), over
    WALK_STEPS steps from the whole extent to one day about the median event, then back."""
    app = QApplication.instance()
    view = window.view
    app.processEvents()
    timeline = view.timeline
    table = timeline.table
    width = max(view.width(), 1)
    fitted = view.scale
    if len(table):
        centre = float(np.median(table.start_ms))
    else:
        centre = fitted.time_at(width / 2)
    k = (fitted.ms_per_px / (MS_PER_DAY / width)) ** (1 / WALK_STEPS)
    frames = []
    for factor in [k] * WALK_STEPS + [1 / k] * WALK_STEPS:
        t0 = time.perf_counter()
        view.zoom(factor, about_x=view.scale.x(centre))
        view.repaint()
        frames.append((time.perf_counter() - t0) * 1000)
    app.processEvents()
    return {
        "window_frame_ms_p50": round(statistics.median(frames), 2),
        "window_frame_ms_p95": round(statistics.quantiles(frames, n=20)[-1], 2),
        "window_frames": len(frames),
        "canvas_px": f"{view.width()}x{view.height()}",
    }
