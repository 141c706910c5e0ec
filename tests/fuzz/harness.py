"""Coverage-guided fuzzing of every importer with atheris (libFuzzer for Python).

    python tests/fuzz/harness.py FORMAT [libFuzzer flags]     one format (json, timelinejs, csv, timeline, ics)
    python tests/fuzz/run.py --seconds 300                     every format in turn (see run.py)

What counts as a finding: parse_any raises anything but TimelineError, a message or warning line
longer than 1,200 characters, a message that holds a control character, an export of what
loaded that fails; libFuzzer adds one input taking longer than -timeout seconds, or the
process growing past -rss_limit_mb. A finding is saved as crash-*/timeout-*/oom-* in the
current folder; copy it into tests/fuzz/corpus/FORMAT/ with a name that says what it is, and
fix it (tests/fuzz/test_replay.py replays that folder in the regular test run).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

FORMATS = ("json", "timelinejs", "csv", "timeline", "ics")


def check_one(data: bytes) -> None:
    """Open `data` as a file; raise AssertionError (or whatever escaped) on a finding."""
    from timeline_app.exporters import export_text
    from timeline_app.importers import parse_any
    from timeline_app.model import TimelineError
    from timeline_app.model.problems import UNSAFE_CHARS

    try:
        loaded = parse_any(data, "fuzz-input")
    except TimelineError as exc:
        lines = [str(p) for p in exc.problems]
    else:
        lines = [str(w) for w in loaded.warnings]
        for target in ("ics", "timelinejs", "timeline-app"):
            text, _ = export_text(loaded.timeline, target)
            text.encode("utf-8")  # what a writer made must be writable
    for line in lines:
        assert len(line) <= 1200, f"a message of {len(line)} characters"
        assert not UNSAFE_CHARS.search(line), f"a message with a control character: {line[:200]!r}"


def main() -> None:
    import atheris

    if len(sys.argv) < 2 or sys.argv[1] not in FORMATS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(FORMATS)}}} [libFuzzer flags]")
    with atheris.instrument_imports():
        import timeline_app.exporters  # noqa: F401
        import timeline_app.importers  # noqa: F401
        import timeline_app.importers.icalendar_ics  # noqa: F401
        import timeline_app.importers.thetimelineproj  # noqa: F401
        import timeline_app.importers.timelinejs_csv  # noqa: F401
        import timeline_app.importers.timelinejs_json  # noqa: F401
    atheris.Setup([sys.argv[0]] + sys.argv[2:], check_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
