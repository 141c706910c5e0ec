"""Keep a widget in the interface language: call its redraw method on every change, for as
long as the widget lives (ui/language.py holds plain callables and knows nothing of Qt)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject

from timeline_app.ui import language


def follow_language(widget: QObject, redraw: Callable[[str], None]) -> None:
    """Call `redraw(code)` when the language changes, until `widget` is destroyed.

    `redraw` is held weakly (a bound method of the widget), so following the language never
    keeps a closed widget alive.
    """
    method = weakref.WeakMethod(redraw) if hasattr(redraw, "__self__") else (lambda: redraw)

    def listener(code: str) -> None:
        target = method()
        if target is not None:
            target(code)

    stop = language.subscribe(listener)
    widget.destroyed.connect(lambda *_: stop())
