"""Export, Print and Export Details from the window: worker thread, cancel, dialog choices."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter

from tests.pdf_reading import pdf_text
from timeline_app.render import export as export_module
from timeline_app.render.output import ExportRequest
from timeline_app.render.theme import DARK
from timeline_app.ui.export_dialog import ExportDialog

SYMPOSIUM = "2019-12-05-asian-pain-symposium"


def test_actions_are_in_the_file_menu_with_their_keys(window):
    file_menu = window.menuBar().actions()[0].menu()
    actions = file_menu.actions()
    for act in (window.export_action, window.print_action, window.export_details_action):
        assert act in actions
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_export_runs_in_a_worker_thread_and_reports(qtbot, window, tmp_path, monkeypatch):
    threads = []
    real = export_module.export_file

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr("timeline_app.ui.export_actions.export_file", spy)
    for suffix in (".svg", ".pdf", ".png"):
        out = tmp_path / f"t{suffix}"
        assert window.exporter.export_to(out, ExportRequest(width=1000, scale=1.0), DARK)
        assert out.stat().st_size > 1000
        assert window.exporter.last_message.startswith(f"Exported t{suffix}")
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert QImage(str(tmp_path / "t.png")).pixelColor(5, 150).lightness() < 60  # the dark theme


def test_cancel_leaves_no_file_and_keeps_an_old_one(qtbot, window, tmp_path, monkeypatch):
    gate = threading.Event()
    real = export_module.export_file

    def slow(*args, **kwargs):
        gate.wait(10)  # the user cancels while the export is under way
        return real(*args, **kwargs)

    monkeypatch.setattr("timeline_app.ui.export_actions.export_file", slow)
    out = tmp_path / "t.pdf"
    out.write_bytes(b"old")
    window.exporter.start_export(out, ExportRequest(width=3000, pages="a4"))
    window.exporter.progress.canceled.emit()  # what the Cancel button and Escape do
    gate.set()
    qtbot.waitUntil(lambda: window.exporter.last_message.startswith("Export cancelled"), timeout=10000)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.pdf"]


def test_a_failed_export_says_so_and_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(window, "_error", lambda title, text: errors.append((title, text)))
    out = tmp_path / "huge.png"
    assert not window.exporter.export_to(out, ExportRequest(width=16000, height=16000, scale=4.0))
    assert errors and "too large" in errors[0][1]
    assert not out.exists()


def test_window_stays_responsive_during_an_export(qtbot, window, tmp_path, monkeypatch):
    gate = threading.Event()
    real = export_module.export_file
    ticks = []

    def slow(*args, **kwargs):
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr("timeline_app.ui.export_actions.export_file", slow)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    QTimer.singleShot(300, gate.set)
    assert window.exporter.export_to(tmp_path / "t.svg", ExportRequest(width=1000))
    timer.stop()
    assert len(ticks) >= 10  # the event loop ran while the worker waited


def test_print_paints_pages_with_the_title(qtbot, window, tmp_path):
    printer = window.exporter.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = window.exporter.print_to(printer)
    assert pages >= 1
    text = pdf_text(out)
    assert window.timeline.title in text and f"Page 1 of {pages}" in text


def test_export_details_of_the_selected_event(qtbot, window, tmp_path):
    window.select_event(SYMPOSIUM)
    out = tmp_path / "one.md"
    assert window.exporter.export_details_to(out, SYMPOSIUM)
    text = out.read_text()
    assert "8th Asian Pain Symposium in Songdo" in text
    assert "IFEZ and Medicen" not in text.split("### Related events")[0]


def test_dialog_offers_formats_theme_footer_and_a_date_range(qtbot, window):
    dlg = ExportDialog((1000, 600), None, window.timeline, "Source: x · Exported today")
    qtbot.addWidget(dlg)
    dlg.format_box.setCurrentIndex(dlg.format_box.findData(".pdf"))
    assert dlg.pages_box.isEnabled() and not dlg.scale_box.isEnabled() and not dlg.transparent_box.isEnabled()
    dlg.pages_box.setCurrentIndex(dlg.pages_box.findData("letter"))
    dlg.theme_box.setCurrentIndex(dlg.theme_box.findData("dark"))
    dlg.footer_box.setChecked(True)
    dlg.title_edit.setText("Custom")
    dlg.between.setChecked(True)
    dlg.from_edit.setText("2019-13-01")
    dlg.to_edit.setText("2019-10-31")
    dlg.accept()
    assert dlg.result() == 0 and "not a date" in dlg.error_label.text()  # a bad date keeps the dialog open
    dlg.from_edit.setText("2019-10-01")
    dlg.accept()
    assert dlg.result() == 1
    req = dlg.request((0.0, 1.0), None)
    assert (req.pages, req.title_text, req.footer) == ("letter", "Custom", "Source: x · Exported today")
    assert req.span is not None and req.span[1] > req.span[0]
    assert dlg.theme() is DARK and dlg.suffix() == ".pdf"
    dlg.remember()
    again = ExportDialog((1000, 600), None, window.timeline, "f")
    qtbot.addWidget(again)
    assert (again.suffix(), again.theme(), again.between.isChecked(), again.from_edit.text()) == \
        (".pdf", DARK, True, "2019-10-01")
    assert again.request((0.0, 1.0), None).span == req.span
    # Back to the defaults, so later tests see a plain PNG export.
    again.whole.setChecked(True)
    again.format_box.setCurrentIndex(0)
    again.theme_box.setCurrentIndex(again.theme_box.findData("light"))
    again.footer_box.setChecked(False)
    again.title_edit.clear()
    again.remember()


def test_add_to_calendar_and_timelinejs_from_the_window(qtbot, window, tmp_path):
    import json

    window.select_event("2019-12-05-asian-pain-symposium")
    ics = tmp_path / "symposium.ics"
    assert window.exporter.export_interchange_to(ics, "ics", "2019-12-05-asian-pain-symposium")
    text = ics.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20191205" in text and "DTEND;VALUE=DATE:20191208" in text  # exclusive end
    tl = tmp_path / "web.json"
    window._on_legend_toggled("conference")  # exports follow the filters
    assert window.exporter.export_interchange_to(tl, "timelinejs")
    assert len(json.loads(tl.read_text(encoding="utf-8"))["events"]) == 2


def test_save_dialogs_add_the_chosen_suffix_and_remember_the_folder(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    answers = iter([(str(tmp_path / "notes"), "PDF document (*.pdf)"), (str(tmp_path / "cal"), "iCalendar (*.ics)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: next(answers)))
    window.select_event(None)
    window.exporter.details_dialog()  # nothing selected: every event, no question asked
    assert (tmp_path / "notes.pdf").read_bytes().startswith(b"%PDF")
    window.exporter.interchange_dialog("ics")
    assert (tmp_path / "cal.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") == 3
    assert QSettings().value("export/folder") == str(tmp_path)
