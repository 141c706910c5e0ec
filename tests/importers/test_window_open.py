"""The window opens other formats directly, and shows their import warnings in the message bar."""

from __future__ import annotations

from tests.helpers import wait_loaded
from timeline_app.importers import dialog_filters


def test_window_opens_ics_and_csv(qtbot, fixtures, peer_data):
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(fixtures / "weekly-standup.ics")
    qtbot.addWidget(window)
    window.show()
    assert window.timeline.title == "Team calendar"
    assert window.open_path(peer_data / "csv" / "TimelineJS3__my-own-timeline.csv")
    wait_loaded(qtbot, window)
    assert window.timeline.title == "MY OWN CSV"
    assert "backgrounds" in window.message_bar.text()  # import warnings are shown, never silent
    assert window.windowTitle().startswith("MY OWN CSV")


def test_window_keeps_its_timeline_on_a_bad_import(qtbot, fixtures, tmp_path, monkeypatch):
    from timeline_app.ui.main_window import MainWindow

    window = MainWindow(fixtures / "rivers.csv")
    qtbot.addWidget(window)
    errors = []
    monkeypatch.setattr(window, "_error", lambda title, text: errors.append(text))
    bad = tmp_path / "bad.timeline"
    bad.write_bytes(b"<timeline><timetype>numtime</timetype></timeline>")
    assert window.open_path(bad)  # started in the background; the verdict comes later
    wait_loaded(qtbot, window)
    assert window.timeline.title == "Rivers and Canals"
    assert "numeric time type" in errors[0]


def test_open_dialog_filters_name_every_format():
    assert any("*.ics" in f for f in dialog_filters())
