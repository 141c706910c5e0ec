"""EventList: a real Qt model/view list of events (sortable, screen-reader readable)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from timeline_app.model import Timeline
from timeline_app.time import format_range

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Date", "Title", "Category", "Location")


class EventTableModel(QAbstractTableModel):
    """One row per event, in chronological order; columns Date, Title, Category, Location."""

    def __init__(self, timeline: Timeline, parent=None):
        super().__init__(parent)
        self._timeline = timeline
        self._rows = list(timeline.chronological)

    def set_timeline(self, timeline: Timeline) -> None:
        self.beginResetModel()
        self._timeline = timeline
        self._rows = list(timeline.chronological)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def row_of(self, event_id: str) -> int:
        for i, ev in enumerate(self._rows):
            if ev.id == event_id:
                return i
        return -1

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ev = self._rows[index.row()]
        col = index.column()
        if role == EVENT_ID_ROLE:
            return ev.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return format_range(ev.start, ev.end)
            if col == 1:
                return ev.title
            if col == 2:
                cat = self._timeline.category_by_id.get(ev.category or "")
                return cat.label if cat else ""
            if col == 3:
                return ev.location.name if ev.location else ""
        if role == SORT_ROLE:
            if col == 0:
                return float(ev.start_ms)
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.DecorationRole and col == 2:
            cat = self._timeline.category_by_id.get(ev.category or "")
            return QColor(cat.color) if cat else None
        return None


class EventFilterProxy(QSortFilterProxyModel):
    """Sorts by the sort role and, during a search, shows only the matching events."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ids: frozenset[str] | None = None

    def set_visible_ids(self, ids: list[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            self._ids = None if ids is None else frozenset(ids)
            self.endFilterChange()
        else:
            self._ids = None if ids is None else frozenset(ids)
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if self._ids is None:
            return True
        return self.sourceModel().index(row, 0, parent).data(EVENT_ID_ROLE) in self._ids


class EventList(QTreeView):
    """The event list; emits the selected event id and follows selections made elsewhere."""

    selectionChangedTo = Signal(str)

    def __init__(self, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName("Events")
        self.source_model = EventTableModel(timeline, self)
        self.proxy = EventFilterProxy(self)
        self.proxy.setSourceModel(self.source_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._fit_columns()
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self._syncing = False

    def set_timeline(self, timeline: Timeline) -> None:
        self._syncing = True
        self.source_model.set_timeline(timeline)
        self._syncing = False
        self._fit_columns()

    def set_matches(self, ids: list[str] | None) -> None:
        """List only these events (a search); None lists them all."""
        self._syncing = True
        self.proxy.set_visible_ids(ids)
        self._syncing = False

    def _fit_columns(self) -> None:
        for col in range(self.source_model.columnCount() - 1):
            self.resizeColumnToContents(col)
            self.setColumnWidth(col, min(self.columnWidth(col) + 12, 420))

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.selectionChangedTo.emit(current.data(EVENT_ID_ROLE))

    def selected_id(self) -> str | None:
        idx = self.currentIndex()
        return idx.data(EVENT_ID_ROLE) if idx.isValid() and self.selectionModel().isSelected(idx) else None

    def select_event(self, event_id: str | None) -> None:
        """Follow a selection made elsewhere without echoing it back."""
        self._syncing = True
        try:
            row = self.source_model.row_of(event_id) if event_id else -1
            if row < 0:
                self.selectionModel().clearSelection()
                return
            idx = self.proxy.mapFromSource(self.source_model.index(row, 0))
            self.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.scrollTo(idx)
        finally:
            self._syncing = False
