"""IdleSteps: long work spread over the event loop's passes, one short step each, stoppable."""

from __future__ import annotations

from PySide6.QtCore import QObject

from timeline_app.ui.idle_steps import IdleSteps


def test_steps_run_between_events_until_done(qtbot):
    done, ended = [], []

    def work():
        try:
            for k in range(5):
                done.append(k)
                yield
        finally:
            ended.append(True)

    owner = QObject()
    steps = IdleSteps(work(), owner)
    assert done == []  # nothing before the event loop runs
    qtbot.waitUntil(lambda: not steps.running, timeout=2000)
    assert done == [0, 1, 2, 3, 4] and ended == [True]


def test_stop_ends_the_work_and_runs_its_cleanup(qtbot):
    ended = []

    def work():
        try:
            while True:
                yield
        finally:
            ended.append(True)

    owner = QObject()
    steps = IdleSteps(work(), owner)
    qtbot.wait(20)
    steps.stop()
    assert ended == [True] and not steps.running
