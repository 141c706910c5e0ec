"""Light and dark: follow the system colour scheme unless the user picks one in View > Theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from timeline_app.render.theme import DARK, LIGHT, Theme

CHOICES = ("system", "light", "dark")


def system_is_dark() -> bool:
    """Does the desktop ask for dark colours? (colour scheme hint, else the palette's window)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def resolve(choice: str, system_dark: bool) -> Theme:
    if choice == "dark" or (choice == "system" and system_dark):
        return DARK
    return LIGHT


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#25282e", QPalette.ColorRole.WindowText: "#e6e9ef",
        QPalette.ColorRole.Base: "#1e2127", QPalette.ColorRole.AlternateBase: "#272b33",
        QPalette.ColorRole.Text: "#e6e9ef", QPalette.ColorRole.Button: "#2d3139",
        QPalette.ColorRole.ButtonText: "#e6e9ef", QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d3139",
        QPalette.ColorRole.ToolTipText: "#e6e9ef", QPalette.ColorRole.PlaceholderText: "#8a93a3",
        QPalette.ColorRole.Link: "#8ab4ff", QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, spec in roles.items():
        p.setColor(role, QColor(spec))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7280"))
    return p


class PaletteKeeper:
    """Switches the widgets' palette for an explicit theme and restores the system one."""

    def __init__(self) -> None:
        app = QApplication.instance()
        self.original = QPalette(app.palette()) if app else QPalette()

    def apply(self, choice: str) -> None:
        app = QApplication.instance()
        if app is None:
            return
        if choice == "dark":
            app.setPalette(dark_palette())
        elif choice == "light" and system_is_dark_palette(self.original):
            app.setPalette(app.style().standardPalette())
        else:
            app.setPalette(self.original)


def system_is_dark_palette(p: QPalette) -> bool:
    return p.color(QPalette.ColorRole.Window).lightness() < 128
