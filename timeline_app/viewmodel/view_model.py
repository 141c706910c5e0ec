"""ViewModel: everything a window shows besides the file itself, free of Qt.

The widgets are given it (TimelineView's constructor, EventList.listen, DetailPane.listen),
listen to its pieces and send the user's intent to it: a click on a list row calls
`selection.select(id)`, and the canvas, list and detail pane each react to `selection.changed`.
No widget calls another to keep them in step.
"""

from __future__ import annotations

from timeline_app.model import Timeline
from timeline_app.viewmodel.filters import FilterState
from timeline_app.viewmodel.hover import Hover
from timeline_app.viewmodel.notify import Notifier
from timeline_app.viewmodel.search import SearchMatches
from timeline_app.viewmodel.selection import Selection
from timeline_app.viewmodel.viewport import Viewport


class ViewModel:
    """The shown timeline (after filters) and the view state over it.

    `timeline_changed` is called with `keep_view` after another timeline is shown (a file, a
    reload, a filter change); the selection is dropped when its event is no longer shown.
    """

    def __init__(self, timeline: Timeline) -> None:
        self.timeline_changed = Notifier()
        self.viewport = Viewport()
        self.selection = Selection()
        self.hover = Hover()
        self.search = SearchMatches()
        self.filters = FilterState()
        self.timeline = timeline
        self.selection.know(self._shows)

    def _shows(self, event_id: str) -> bool:
        return event_id in self.timeline.event_by_id

    def set_timeline(self, timeline: Timeline, keep_view: bool = False) -> None:
        """Show another timeline; it is fitted afresh unless keep_view."""
        self.timeline = timeline
        self.hover.set(None)
        if not keep_view:
            self.viewport.reset()
        self.selection.know(self._shows)
        self.timeline_changed.emit(keep_view)

    @property
    def selected_event(self):
        """The selected Event of the shown timeline, or None."""
        sid = self.selection.id
        return self.timeline.event_by_id.get(sid) if sid else None
