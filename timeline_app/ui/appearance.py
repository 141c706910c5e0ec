"""Light and dark: follow the system colour scheme unless the user picks one in View > Theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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
    # Lists, text and links take the canvas's dark colours from render/theme.py: one source.
    roles = {
        QPalette.ColorRole.Window: "#25282e", QPalette.ColorRole.WindowText: DARK.text,
        QPalette.ColorRole.Base: DARK.background, QPalette.ColorRole.AlternateBase: DARK.axis_background,
        QPalette.ColorRole.Text: DARK.text, QPalette.ColorRole.Button: "#2d3139",
        QPalette.ColorRole.ButtonText: DARK.text, QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2d3139",
        QPalette.ColorRole.ToolTipText: DARK.text, QPalette.ColorRole.PlaceholderText: "#8a93a3",
        QPalette.ColorRole.Link: DARK.link, QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.LinkVisited: "#c3a6ff",
        # Bevels, frames and separators: left unset these stay the light defaults (white lines).
        QPalette.ColorRole.Light: "#4a505b", QPalette.ColorRole.Midlight: "#3a3f48",
        QPalette.ColorRole.Mid: "#353a43", QPalette.ColorRole.Dark: "#181a1f",
        QPalette.ColorRole.Shadow: "#0d0e11",
    }
    for role, spec in roles.items():
        p.setColor(role, QColor(spec))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7280"))
    return p


def luminance(c: QColor) -> float:
    """WCAG relative luminance."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def indicator_edge(palette: QPalette) -> QColor:
    """The edge of a check box, radio button or text field: the first blend of Base towards Text
    that stands out 3:1 (WCAG's minimum for a control's boundary) from both Base (lists) and
    Window (panels)."""
    roles = (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.Text)
    return QColor.fromRgba(_edge_rgba(*(palette.color(r).rgba() for r in roles)))


@lru_cache(maxsize=64)
def _edge_rgba(base_rgba: int, window_rgba: int, text_rgba: int) -> int:
    base, window, text = QColor.fromRgba(base_rgba), QColor.fromRgba(window_rgba), QColor.fromRgba(text_rgba)
    for step in range(20, 101, 5):
        t = step / 100
        edge = QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(base.getRgbF()[:3], text.getRgbF()[:3])))
        if contrast(edge, base) >= 3 and contrast(edge, window) >= 3:
            return edge.rgba()
    return text.rgba()


def error_color(palette: QPalette) -> QColor:
    """Red for error text that reads 4.5:1 on the window: the light theme's dark red is lost on
    the dark window, where a light red reads."""
    return QColor("#ff8a80") if palette.color(QPalette.ColorRole.Window).lightness() < 128 else QColor("#b3261e")


def show_as_error(label: QWidget) -> None:
    """Colour a label's text as an error in the current theme; call again when the theme changes
    (only the text colour is set, so every other colour still follows the theme)."""
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, error_color(QApplication.palette()))
    label.setPalette(pal)


# Fusion draws the edge of a check box, radio button, text field or spin box from the palette's
# Window colour: window.darker(140) (check boxes: then .lighter(110)). On the dark palette that
# is black on near-black, and about 2:1 on the light one. Rather than draw the edge again in
# Python for every primitive (a QProxyStyle: hundreds of calls into Python per repaint, each of
# which waits for the interpreter lock while a file loads), these classes get a palette whose
# Window colour Fusion turns into indicator_edge's colour, and Qt draws everything in C++.
# Disabled controls keep Fusion's own faint edge, and a focused one its highlight.
_EDGE_CLASSES = {  # class -> Fusion's outline of a Window colour
    "QCheckBox": lambda w: w.darker(140).lighter(110),
    "QListWidget": lambda w: w.darker(140).lighter(110),  # the filter lists' checks (and their frame)
    "QRadioButton": lambda w: w.darker(140),
    "QLineEdit": lambda w: w.darker(140),
    "QAbstractSpinBox": lambda w: w.darker(140),
}


def _window_giving(edge: QColor, outline) -> QColor:
    """The Window colour whose Fusion outline comes nearest to `edge`."""
    def distance(c: QColor) -> int:
        o = outline(c)
        return abs(o.red() - edge.red()) + abs(o.green() - edge.green()) + abs(o.blue() - edge.blue())

    return min((edge.lighter(k) for k in range(100, 201)), key=distance)


def edge_palettes(palette: QPalette) -> dict[str, QPalette]:
    """Per widget class, `palette` with the Window colour that makes Fusion draw a visible edge."""
    edge = indicator_edge(palette)
    out = {}
    for name, outline in _EDGE_CLASSES.items():
        p = QPalette(palette)
        window = _window_giving(edge, outline)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            p.setColor(group, QPalette.ColorRole.Window, window)
        out[name] = p
    return out


def install_edge_palettes(app: QApplication) -> None:
    """Give the controls of edge_palettes their palettes for the application's palette now; call
    again after every app.setPalette (only Fusion draws edges this way; other styles are left)."""
    if app.style().name().lower() != "fusion":
        return
    for name, palette in edge_palettes(app.palette()).items():
        app.setPalette(palette, name)
    # A widget's children inherit its palette: the lists' scroll bars keep the window's own.
    plain = QPalette(app.palette())
    plain.setColor(QPalette.ColorRole.Window, plain.color(QPalette.ColorRole.Window))  # not a shared copy
    app.setPalette(plain, "QScrollBar")


class PaletteKeeper:
    """Switches the widgets' palette for an explicit theme and restores the system one."""

    def __init__(self) -> None:
        app = QApplication.instance()
        self.original = QPalette(app.palette()) if app else QPalette()
        if isinstance(app, QApplication):
            install_edge_palettes(app)

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
        if isinstance(app, QApplication):
            install_edge_palettes(app)


def system_is_dark_palette(p: QPalette) -> bool:
    return p.color(QPalette.ColorRole.Window).lightness() < 128
