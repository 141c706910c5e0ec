"""The timeline model: data classes, JSON load/save, problems with places. No Qt here."""

from timeline_app.model.load import (
    Loaded,
    load_timeline,
    parse_timeline,
    timeline_from_data,
)
from timeline_app.model.problems import Problem, TimelineError
from timeline_app.model.save import save_timeline, timeline_json, write_atomically
from timeline_app.model.timeline import (
    Activity,
    Category,
    Era,
    Event,
    Location,
    Mention,
    Participant,
    Party,
    Quote,
    Source,
    Timeline,
)

__all__ = [
    "Activity", "Category", "Era", "Event", "Loaded", "Location", "Mention", "Participant",
    "Party", "Problem", "Quote", "Source", "Timeline", "TimelineError", "load_timeline",
    "parse_timeline", "save_timeline", "timeline_from_data", "timeline_json", "write_atomically",
]
