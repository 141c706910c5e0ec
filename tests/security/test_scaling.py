"""Every importer is linear in its input: a file of 8N events of one shape takes no more than
about 12 times as long as one of N (a quadratic step would take 64 times as long).

The shapes are the ones that were quadratic: one id, title or UID repeated on every event, one
text of many links (or many unclosed anchors), a CSV time cell of many spaces. Each size is
timed twice and the faster run counts, so a busy machine does not fail the test.
"""

from __future__ import annotations

import time
from pathlib import Path

import hostile_files as hostile
import pytest

from timeline_app.importers import open_timeline
from timeline_app.model import TimelineError

RATIO = 12


def _seconds(path: Path) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        try:
            open_timeline(path)
        except TimelineError:
            pass  # some shapes are errors (a CSV time cell of spaces): what counts is how long it took
        best = min(best, time.perf_counter() - start)
    return best


CASES = {
    "ours: events": (hostile.ours_events, 5_000),
    "ours: an unknown key on every event": (hostile.ours_unknown_key_everywhere, 1_000),
    "timelinejs: one headline on every slide": (hostile.tljs_same_headline, 1_000),
    "timelinejs: one unique_id on every slide": (hostile.tljs_same_unique_id, 1_000),
    "timelinejs: one text of many links": (hostile.tljs_many_links, 2_000),
    "timelinejs: one text of many unclosed anchors": (hostile.tljs_open_anchors, 2_000),
    "timelinejs: a media embed of many unclosed tags": (hostile.tljs_media_unclosed_tags, 2_000),
    "csv: rows": (hostile.csv_rows, 1_000),
    "csv: a time cell of many spaces": (hostile.csv_spaced_time, 20_000),
    ".timeline: one text on every event": (hostile.timeline_same_text, 1_000),
    ".timeline: one hyperlink of many links that are not http(s)": (hostile.timeline_many_bad_links, 2_000),
    "ics: one UID on every VEVENT": (hostile.ics_same_uid, 500),
    "ics: events": (hostile.ics_many_events, 500),
}


@pytest.mark.parametrize("name", list(CASES))
def test_eight_times_the_input_takes_at_most_twelve_times_as_long(name, tmp_path):
    make, n = CASES[name]
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small, large = make(tmp_path / "small", n), make(tmp_path / "large", 8 * n)
    _seconds(small)  # the first open pays for imports
    ratios = []
    for _ in range(3):  # a busy machine can slow one run; a quadratic step is slow every time (64x)
        ratios.append(_seconds(large) / max(_seconds(small), 1e-3))
        if ratios[-1] <= RATIO:
            return
    pytest.fail(f"{name}: 8x the input took {', '.join(f'{r:.1f}' for r in ratios)} times as long")
