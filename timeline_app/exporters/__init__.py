"""Our timeline in other formats: TimelineJS 3 JSON (publish on the web) and iCalendar (add to calendar)."""

from __future__ import annotations

from pathlib import Path

from timeline_app.model.problems import Problem
from timeline_app.model.save import timeline_json
from timeline_app.model.timeline import Timeline

# --to names, and the suffix each one writes by default.
TARGETS = {"timeline-app": ".json", "timelinejs": ".json", "ics": ".ics"}


def target_for(path: str | Path, to: str | None = None) -> str:
    """The format to write: --to when given, else from the suffix (.ics -> ics, else timeline-app)."""
    if to is not None:
        if to not in TARGETS:
            raise ValueError(f"unknown format {to!r} (choose from {', '.join(TARGETS)})")
        return to
    return "ics" if Path(path).suffix.lower() in (".ics", ".ical") else "timeline-app"


def export_text(timeline: Timeline, target: str, event_id: str | None = None) -> tuple[str, list[Problem]]:
    """The timeline (or, for ics, one event) as text in `target`, with warnings about what was lost."""
    if target == "ics":
        from timeline_app.exporters.ics import to_ics

        return to_ics(timeline, event_id)
    if event_id is not None:
        raise ValueError("one event can only be exported to .ics")
    if target == "timelinejs":
        from timeline_app.exporters.timelinejs import timelinejs_json

        return timelinejs_json(timeline)
    if target == "timeline-app":
        return timeline_json(timeline), []
    raise ValueError(f"unknown format {target!r}")


__all__ = ["TARGETS", "export_text", "target_for"]
