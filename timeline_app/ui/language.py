"""The interface language: one value for the whole app, chosen at start-up or from View > Language.

Plain Python (no Qt) so that formatting code can read it; widgets that show dates or names
subscribe and redraw when it changes.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = {"en": "English", "ko": "한국어"}  # code -> the language's own name, for the menu
DEFAULT = "en"

_current = DEFAULT
_listeners: list[Callable[[str], None]] = []


def current() -> str:
    """The code of the language the interface speaks now ("en", "ko")."""
    return _current


def set_current(code: str) -> None:
    """Switch the interface language; unknown codes fall back to English. Listeners hear of it."""
    global _current
    code = code if code in LANGUAGES else DEFAULT
    if code == _current:
        return
    _current = code
    for listener in list(_listeners):
        listener(code)


def subscribe(listener: Callable[[str], None]) -> Callable[[], None]:
    """Call `listener(code)` on every change; returns a function that stops it."""
    _listeners.append(listener)
    return lambda: _listeners.remove(listener) if listener in _listeners else None
