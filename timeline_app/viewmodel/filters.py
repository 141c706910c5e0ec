"""Which events are shown: the categories hidden, tags, names, a date range (model.query.Filters)."""

from __future__ import annotations

from timeline_app.model.query import Filters
from timeline_app.viewmodel.notify import Notifier


class FilterState:
    """`changed` is called with the new Filters after every real change."""

    def __init__(self) -> None:
        self.changed = Notifier()
        self.filters = Filters()

    @property
    def active(self) -> bool:
        return self.filters.active

    def set(self, filters: Filters, quiet: bool = False) -> bool:
        """True on a change. `quiet`: listeners are not told, for a caller that shows another
        timeline with these filters itself (a new file: one refilter, not two)."""
        if filters == self.filters:
            return False
        self.filters = filters
        if not quiet:
            self.changed.emit(filters)
        return True

    def clear(self) -> bool:
        return self.set(Filters())

    def toggle_category(self, category_id: str) -> bool:
        """Hide a shown category or show a hidden one (a click on its legend entry)."""
        return self.set(self.filters.toggled_category(category_id))
