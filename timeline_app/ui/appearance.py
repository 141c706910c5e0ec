"""Light and dark: follow the system colour scheme unless the user picks one in View > Theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

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


class IndicatorStyle(QProxyStyle):
    """Fusion with check boxes, radio buttons and text fields that can be seen: Fusion draws
    their edge a shade darker than the window, which on the dark palette is black on near-black
    (and about 2:1 on the light one). The edge is drawn again in indicator_edge's colour."""

    def drawPrimitive(self, element, option, painter: QPainter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        pe = QStyle.PrimitiveElement
        if element == pe.PE_IndicatorRadioButton:
            self._edge(option, painter, "ellipse")
        elif element == pe.PE_IndicatorCheckBox:  # item-view checks come here too, through Fusion
            self._edge(option, painter, "box")
        elif element == pe.PE_FrameLineEdit:
            self._edge(option, painter, "field")

    def drawComplexControl(self, control, option, painter: QPainter, widget=None) -> None:  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and option.frame:
            self._edge(option, painter, "field")

    @staticmethod
    def _edge(option, painter: QPainter, shape: str) -> None:
        state = option.state
        if not state & QStyle.StateFlag.State_Enabled:
            return
        keyboard_focus = state & QStyle.StateFlag.State_KeyboardFocusChange
        if state & QStyle.StateFlag.State_HasFocus and (shape == "field" or keyboard_focus):
            return  # keep Fusion's highlighted focus edge
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, shape != "box")
        painter.setPen(QPen(indicator_edge(option.palette), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        r = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if shape == "ellipse":
            painter.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.drawRoundedRect(r, 2 if shape == "field" else 1, 2 if shape == "field" else 1)
        painter.restore()


_installed_style: IndicatorStyle | None = None  # kept referenced: the application does not own it for Python


def install_indicator_style(app: QApplication) -> None:
    """Wrap the application's style in IndicatorStyle, once, when it is Fusion (other styles draw
    their own boxes from the palette)."""
    global _installed_style
    if isinstance(app.style(), IndicatorStyle) or app.style().name().lower() != "fusion":
        return
    _installed_style = IndicatorStyle("fusion")
    app.setStyle(_installed_style)


class PaletteKeeper:
    """Switches the widgets' palette for an explicit theme and restores the system one."""

    def __init__(self) -> None:
        app = QApplication.instance()
        self.original = QPalette(app.palette()) if app else QPalette()
        if isinstance(app, QApplication):
            install_indicator_style(app)

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
