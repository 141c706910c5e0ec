"""Text in a drawing: a font per role, the measure the scene lays text out with, and one line
of plain text drawn where the scene put it."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Literal

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from timeline_app.render.fonts import install_fonts
from timeline_app.render.pens import color
from timeline_app.render.theme import Theme
from timeline_app.layout.records import TextItem

# What a text is for: each role has its own size and weight (ROLE_STYLE). The scene's TextItem.role
# and measure(text, role) take these values.
TextRole = Literal["title", "major", "minor", "event", "era", "legend", "footer", "count"]

ROLE_STYLE: dict[TextRole, tuple[int | None, bool, bool]] = {
    # role: (size relative to theme.font_px, None for theme.title_px; bold, italic)
    "title": (None, True, False),
    "major": (0, True, False),
    "minor": (-1, False, False),
    "event": (0, False, False),
    "era": (-1, False, True),
    "legend": (-1, False, False),
    "footer": (-2, False, False),
    "count": (-2, True, False),
}

MEASURE_CACHE = 50_000


@lru_cache(maxsize=64)
def font_for(role: TextRole, family: str, base_px: int, title_px: int, thread: int = 0) -> QFont:
    # One cache entry per thread: exports paint in a worker thread, and QFont is
    # reentrant, not thread-safe, so threads never share an instance.
    delta, bold, italic = ROLE_STYLE.get(role, (0, False, False))
    install_fonts(family)  # Hangul from the bundled font, whatever the system has
    f = QFont(family)
    f.setPixelSize(title_px if delta is None else base_px + delta)
    f.setBold(bold)
    f.setItalic(italic)
    return f


def theme_font(theme: Theme, role: TextRole) -> QFont:
    return font_for(role, theme.font_family, theme.font_px, theme.title_px, threading.get_ident())


def make_measure(theme: Theme):
    """A measure(text, role) -> (w, h) function using the theme's real fonts.

    Sizes are remembered (up to MEASURE_CACHE texts): the axis, legend and visible titles
    are measured again on every frame otherwise."""
    metrics = {}
    cache: dict[tuple[str, TextRole], tuple[float, float]] = {}

    def measure(text: str, role: TextRole) -> tuple[float, float]:
        key = (text, role)
        got = cache.get(key)
        if got is not None:
            return got
        fm = metrics.get(role)
        if fm is None:
            fm = metrics[role] = QFontMetricsF(theme_font(theme, role))
        if len(cache) >= MEASURE_CACHE:
            cache.clear()
        got = cache[key] = (fm.horizontalAdvance(text) + 1, fm.height())
        return got

    return measure


def draw_text(p: QPainter, item: TextItem, theme: Theme, fg: str) -> None:
    """`item` in its role's font and the colour `fg`."""
    font = theme_font(theme, item.role)
    p.setFont(font)
    p.setPen(color(fg))
    draw_line(p, font, item)


_BASELINE_FONTS: dict[int, tuple[QFont, float, float]] = {}


def _metrics(font: QFont) -> tuple[float, float]:
    """(ascent, descent) of a font; fonts come from font_for's cache, so one entry each."""
    key = id(font)
    got = _BASELINE_FONTS.get(key)
    if got is None or got[0] is not font:
        fm = QFontMetricsF(font)
        got = _BASELINE_FONTS[key] = (font, fm.ascent(), fm.descent())
    return got[1], got[2]


def draw_line(p: QPainter, font: QFont, item: TextItem) -> None:
    """One line of plain text (never markup) vertically centred in the item's box, in the
    painter's pen; `font` is the one the painter holds.

    drawText at a baseline point costs half what the rectangle-and-alignment form does,
    and the scene has already cut every text to its room."""
    ascent, descent = _metrics(font)
    p.drawText(QPointF(item.x, item.y + (item.h + ascent - descent) / 2), item.text)
