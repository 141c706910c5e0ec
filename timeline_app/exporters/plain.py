"""Text from a timeline made safe for a file another program reads: no control characters.

A bare CR in a title is a line break to many iCalendar readers, so it could start a property
of its own (an ATTENDEE, an ATTACH); an ESC or a NUL reaches whatever shows the file. Every
writer passes each text through one of these before its own escaping (RFC 5545 TEXT, JSON,
HTML), so what a file says can never become structure in the output.
"""

from __future__ import annotations

import re

# Every line break Python's str.splitlines knows, as one: CRLF first so it counts once.
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Controls that are no text (tab and LF are kept), and lone surrogates, which UTF-8 cannot hold.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def text_lines(text: str) -> str:
    """Text that may span lines: every kind of line break is LF; other control characters removed."""
    text = _BREAKS.sub("\n", text)
    return _CONTROLS.sub(lambda m: "\ufffd" if _SURROGATES.match(m.group(0)) else "", text)


def one_line(text: str) -> str:
    """Text for a one-line field (a title, a name, an id): line breaks become spaces."""
    return text_lines(text).replace("\n", " ")
