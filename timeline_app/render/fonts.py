"""The bundled Korean font: registered with Qt once and put behind every family the app draws with.

DejaVu Sans (the app's family, and on many machines the only font there is) has no Hangul, so
names, places and dates quoted in Korean would draw as empty boxes. resources/fonts/ holds a
Hangul subset of NanumGothic, renamed "Timeline Hangul" (see its README); install_fonts()
registers it and makes it the substitute of each family the app uses, so Qt takes it for any
character the family lacks, on screen and in PNG, SVG and PDF exports alike, before any system
fallback (which may be missing, or a different design on every machine).
"""

from __future__ import annotations

import re
import threading

from PySide6.QtCore import QThread
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from timeline_app.paths import resources_dir

KOREAN_FAMILY = "Timeline Hangul"
FONT_FILES = ("TimelineHangul-Regular.ttf", "TimelineHangul-Bold.ttf")
APP_FAMILIES = ("DejaVu Sans",)  # theme.font_family and the print documents' family

_lock = threading.Lock()
_registered: list[str] = []
_covered: set[str] = set()
_app_font_named = False


def fonts_dir():
    return resources_dir() / "fonts"


def install_fonts(*families: str) -> bool:
    """Register the bundled fonts (once) and make them the fallback of `families`, of the app's
    own families and of the application font. Cheap when already done; needs a QGuiApplication.

    Returns False when the fonts could not be registered (no application yet, or the files
    are missing): Korean then falls back to whatever the system has."""
    global _app_font_named
    app = QGuiApplication.instance()
    if app is None:
        return False
    with _lock:
        if not _registered:
            for name in FONT_FILES:
                font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
                if font_id >= 0:
                    _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
            if not _registered:
                return False
            families = (*families, *APP_FAMILIES)
        # The application font belongs to the GUI thread; an export's worker leaves it to
        # the next call from there (start-up has made that call before any export).
        if not _app_font_named and QThread.currentThread() == app.thread():
            _app_font_named = True
            families = (*families, _name_application_font())
        for family in families:
            _add_fallback(family)
    return True


def _add_fallback(family: str) -> None:
    if not family or family.lower() in _covered or family in _registered:
        return
    _covered.add(family.lower())
    # Only a real family: Qt tries an alias such as "Sans Serif" after its substitutes, so the
    # Korean font would become the primary font and Latin text would lose its metrics.
    if QFontInfo(QFont(family)).family().lower() == family.lower() and KOREAN_FAMILY not in QFont.substitutes(family):
        QFont.insertSubstitution(family, KOREAN_FAMILY)


def _name_application_font() -> str:
    """Give the application font the real family its alias stands for ("Sans Serif" is
    fontconfig's name for DejaVu Sans here), so that family's Korean fallback applies to every
    widget: the same face as before, with Hangul."""
    font = QGuiApplication.font()
    real = QFontInfo(font).family()
    if real and real.lower() != font.family().lower() and real not in _registered:
        font.setFamilies([real])
        QGuiApplication.setFont(font)
    return real


def font_chain(family: str) -> list[str]:
    """The families Qt tries, in order, for text set in `family` (before any system fallback)."""
    return [family, *QFont.substitutes(family)]


_SVG_FAMILY = re.compile(rb'font-family="([^"]*)"')


def svg_with_fallback(svg: bytes) -> bytes:
    """Name the bundled Korean family (then the generic sans-serif) after each family in an SVG.

    QSvgGenerator writes only a font's first family (text content has its quotes escaped, so
    only attributes match). A viewer without the bundled font finds Hangul only where it looks
    per character (a browser, Qt's own renderer): in a system Korean font if there is one;
    ImageMagick's renderer leaves Korean out."""
    fallback = f", '{KOREAN_FAMILY}', sans-serif".encode()

    def extend(m: re.Match) -> bytes:
        names = m.group(1)
        if KOREAN_FAMILY.encode() in names:
            return m.group(0)
        return b'font-family="' + names + fallback + b'"'

    return _SVG_FAMILY.sub(extend, svg)
