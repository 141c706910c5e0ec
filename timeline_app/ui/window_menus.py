"""The window's actions, menus and toolbar, built once; every text is set again on a language change."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolBar, QToolButton, QWidget

from timeline_app.ui import icons, language, session
from timeline_app.ui.export_actions import ExportController
from timeline_app.ui.overview import overview_action, retranslate_overview_action
from timeline_app.ui.plain import mnemonic_safe

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

# The texts keep the MainWindow context they had when this was part of main_window.py, so the
# translation catalogue holds them once, where they were (lupdate reads the literal context).
translate = QCoreApplication.translate


def add_action(window, text, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None,
            theme_icon: str | None = None, tip=None) -> QAction:
    """An action of the window; text and tip are functions returning the text in the language
    chosen: they run again when the language changes."""
    act = QAction(window)
    window._bind(lambda: (act.setText(text()), act.setStatusTip(tip() if tip else "")))
    if shortcut is not None:
        if isinstance(shortcut, list):
            act.setShortcuts(shortcut)
        else:
            act.setShortcut(shortcut)
    if icon is not None or theme_icon:
        fallback = window.style().standardIcon(icon) if icon is not None else QIcon()
        act.setIcon(QIcon.fromTheme(theme_icon, fallback) if theme_icon else fallback)
    act.triggered.connect(slot)
    return act


def build_actions(window: "MainWindow") -> None:
    """Every action of the window, as window attributes (open_action, zoom_in_action, ...)."""
    SP, K, w = QStyle.StandardPixmap, QKeySequence.StandardKey, window
    w.open_action = add_action(w, lambda: translate("MainWindow", "&Open…"), w.open_dialog, K.Open,
                               SP.SP_DialogOpenButton, "document-open",
                               lambda: translate("MainWindow", "Open a timeline file"))
    # Export (Ctrl+E: PNG, SVG, PDF), Print (Ctrl+P) and Export Event Details, run off the GUI thread.
    w.exporter = ExportController(w)
    w.export_action = w.exporter.export_action
    w.print_action = w.exporter.print_action
    w.export_details_action = w.exporter.details_action
    w.quit_action = add_action(w, lambda: translate("MainWindow", "&Quit"), w.close, K.Quit, None, "application-exit")
    w.zoom_in_action = add_action(w, lambda: translate("MainWindow", "Zoom &In"), w.view.zoom_in,
                                  [QKeySequence(K.ZoomIn), QKeySequence("Ctrl+=")],
                                  tip=lambda: translate("MainWindow", "Zoom in"))
    w.zoom_out_action = add_action(w, lambda: translate("MainWindow", "Zoom &Out"), w.view.zoom_out,
                                   QKeySequence(K.ZoomOut), tip=lambda: translate("MainWindow", "Zoom out"))
    w.fit_action = add_action(w, lambda: translate("MainWindow", "&Fit All"), w.view.fit_all, QKeySequence("Ctrl+0"),
                              tip=lambda: translate("MainWindow", "Show the whole timeline"))
    w.next_action = add_action(w, lambda: translate("MainWindow", "&Next Event"), lambda: w.view.step_selection(1),
                               QKeySequence("Ctrl+Right"), None, "go-next")
    w.prev_action = add_action(w, lambda: translate("MainWindow", "&Previous Event"),
                               lambda: w.view.step_selection(-1), QKeySequence("Ctrl+Left"), None, "go-previous")
    w.shortcuts_action = add_action(w, lambda: translate("MainWindow", "&Keyboard Shortcuts"), w.show_shortcuts,
                                    K.HelpContents)
    w.about_action = add_action(w, lambda: translate("MainWindow", "&About timeline-app"), w.show_about)
    w.filters_action = w.filter_panel.toggleViewAction()
    w._bind(lambda: w.filters_action.setText(translate("MainWindow", "&Filters Panel")))
    # The dock's own title change (its retranslate) resets this action's text: set ours after it.
    w.filter_panel.windowTitleChanged.connect(
        lambda _t: w.filters_action.setText(translate("MainWindow", "&Filters Panel")))
    w.filters_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    w.filters_action.triggered.connect(lambda shown: shown and w.filter_panel.focus_first())
    w.clear_filters_action = add_action(w, lambda: translate("MainWindow", "&Clear All Filters"), w.clear_filters,
                                        QKeySequence("Ctrl+Shift+L"),
                                        tip=lambda: translate("MainWindow", "Show every event again"))
    w.clear_filters_action.setEnabled(False)
    w.recent_menu = w.menuBar().addMenu("")  # moved under File below
    w.recent_menu.aboutToShow.connect(w._fill_recent_menu)
    _build_theme_actions(w)
    _build_menus(w)
    _build_toolbar(w)


def _build_theme_actions(window: "MainWindow") -> None:
    window.theme_group = QActionGroup(window)
    window.theme_actions = {}
    labels = lambda: {"system": translate("MainWindow", "Follow the &System"),  # noqa: E731
                      "light": translate("MainWindow", "&Light"), "dark": translate("MainWindow", "&Dark")}
    for choice in ("system", "light", "dark"):
        act = QAction(window, checkable=True)
        window._bind(lambda a=act, c=choice: a.setText(labels()[c]))
        act.setData(choice)
        act.triggered.connect(lambda _checked=False, c=choice: window.set_theme_choice(c))
        window.theme_group.addAction(act)
        window.theme_actions[choice] = act


def _build_menus(window: "MainWindow") -> None:
    """File, Edit, View (with Theme and Language) and Help, with Open Recent under File."""
    file_menu = window.file_menu = window.menuBar().addMenu("")
    file_menu.addAction(window.open_action)
    window.exporter.add_to_menu(file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    view_menu = window.menuBar().addMenu("")
    view_menu.addActions([window.zoom_in_action, window.zoom_out_action, window.fit_action])
    view_menu.addSeparator()
    view_menu.addActions([window.prev_action, window.next_action])
    view_menu.addSeparator()
    view_menu.addActions([window.filters_action, window.clear_filters_action])
    window.overview_action = overview_action(window, window.overview)
    view_menu.addAction(window.overview_action)
    window._bind(lambda: (window.exporter.retranslate(), window.search.retranslate(), retranslate_overview_action(
        window.overview_action), window.list.model().headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)))
    theme_menu = view_menu.addMenu("")
    theme_menu.addActions(list(window.theme_actions.values()))
    language_menu = view_menu.addMenu("")
    window.language_group = QActionGroup(window)
    window.language_actions: dict[str, QAction] = {}
    for code, name in language.LANGUAGES.items():
        act = language_menu.addAction(name)  # each language in its own name, never translated
        act.setCheckable(True)
        act.setChecked(code == language.current())
        act.triggered.connect(lambda _checked=False, c=code: window.set_language(c))
        window.language_group.addAction(act)
        window.language_actions[code] = act
    edit_menu = window.edit_menu = window.menuBar().addMenu("")
    edit_menu.addActions([window.search.find_action, window.search.next_action, window.search.prev_action])
    window.menuBar().insertMenu(view_menu.menuAction(), edit_menu)
    help_menu = window.menuBar().addMenu("")
    help_menu.addActions([window.shortcuts_action, window.about_action])

    menus = ((file_menu, lambda: translate("MainWindow", "&File")),
             (edit_menu, lambda: translate("MainWindow", "&Edit")),
             (view_menu, lambda: translate("MainWindow", "&View")),
             (help_menu, lambda: translate("MainWindow", "&Help")),
             (theme_menu, lambda: translate("MainWindow", "&Theme")),
             (language_menu, lambda: translate("MainWindow", "&Language")),
             (window.recent_menu, lambda: translate("MainWindow", "Open &Recent")))
    for menu, title in menus:
        window._bind(lambda m=menu, t=title: m.setTitle(t()))
    # Under File, right after Open, wherever the other File entries end up.
    window.menuBar().removeAction(window.recent_menu.menuAction())
    actions = file_menu.actions()
    after_open = actions[actions.index(window.open_action) + 1] if window.open_action in actions else None
    file_menu.insertMenu(after_open, window.recent_menu)


def _build_toolbar(window: "MainWindow") -> None:
    """Open, Export, the zoom actions, and the search field at the right end."""
    bar = QToolBar(window)
    window._bind(lambda: bar.setWindowTitle(translate("MainWindow", "Main toolbar")))
    bar.setObjectName("mainToolBar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addActions([window.open_action, window.export_action])
    bar.addSeparator()
    bar.addActions([window.zoom_in_action, window.zoom_out_action, window.fit_action])
    # Beside an icon the mnemonic's "(&O)" of a Korean label is noise: the label without it.
    window._bind(lambda: [act.setIconText(re.sub(r"\s*\(&\w\)|&|…$", "", act.text()).strip())
                        for act in bar.actions() if act.text()])
    window.addToolBar(bar)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addWidget(window.search.field)


def set_zoom_icons(window: "MainWindow") -> None:
    """Drawn in the palette's text colour, so they stay visible in light and dark."""
    ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    window.zoom_in_action.setIcon(QIcon.fromTheme("zoom-in", icons.magnifier("+", ink)))
    window.zoom_out_action.setIcon(QIcon.fromTheme("zoom-out", icons.magnifier("-", ink)))
    window.fit_action.setIcon(QIcon.fromTheme("zoom-fit-best", icons.fit_all(ink)))


def fill_recent_menu(window: "MainWindow") -> None:
    """File > Open Recent, filled as it opens."""
    window.recent_menu.clear()
    files = session.recent_files()
    for i, name in enumerate(files):
        act = window.recent_menu.addAction(f"&{i + 1 if i < 9 else 0}  {mnemonic_safe(name)}")
        act.triggered.connect(lambda _checked=False, f=name: window._open_recent(f))
    if not files:
        window.recent_menu.addAction(translate("MainWindow", "No recent files")).setEnabled(False)
    window.recent_menu.addSeparator()
    window.recent_menu.addAction(translate("MainWindow", "&Clear Menu"), lambda: session.forget_recent()).setEnabled(bool(files))


def open_recent(window: "MainWindow", name: str) -> None:
    if not window.open_path(name) and not Path(name).exists():
        session.forget_recent(name)


def retranslate_parts(window: "MainWindow") -> None:
    """The names the parts gave themselves when built, again in the language now chosen."""
    w = window
    w.message_bar.setAccessibleName(QCoreApplication.translate("MessageBar", "Messages"))
    for close in w.message_bar.findChildren(QToolButton):
        close.setToolTip(QCoreApplication.translate("MessageBar", "Dismiss"))
        close.setAccessibleName(QCoreApplication.translate("MessageBar", "Dismiss message"))
    w.pane.setAccessibleName(QCoreApplication.translate("DetailPane", "Event details"))
    w.list.setAccessibleName(QCoreApplication.translate("EventList", "Events"))
    w.view.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
    w.overview.setAccessibleName(QCoreApplication.translate("OverviewStrip", "Overview"))
    w.loader.cancel_button.setText(QCoreApplication.translate("FileLoader", "Cancel"))
    w.loader.cancel_button.setAccessibleName(QCoreApplication.translate("FileLoader", "Cancel opening the file"))
