"""Limits on what a file may hold, so a hostile or broken file fails fast with a clear message.

They are generous: a million events in our format is about 100 MB of JSON.
"""

from timeline_app.model.problems import QT_TRANSLATE_NOOP
from timeline_app.time.value import MAX_ABS_YEAR  # noqa: F401 (dates: 100 billion years either side of 0)

MAX_FILE_BYTES = 512 * 1024 * 1024  # files larger than this are refused before reading
MAX_EVENTS = 2_000_000
# JSON nesting: Python's own parser stops at its recursion limit (about 1,000 levels on
# Python 3.11, about 10,000 on 3.13); we turn that into a clear message rather than a check of
# our own, which would cost a pass over every file.
JSON_DEPTH_NOTE = QT_TRANSLATE_NOOP("problems", "deeper than Python's JSON parser allows (about 1,000 levels on Python 3.11)")
MAX_ID_CHARS = 200
MAX_TEXT_CHARS = 100_000  # one summary, description, quote or note
MAX_SHORT_TEXT_CHARS = 1_000  # one title, name, label or place


def describe_bytes(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"
