"""EventList: a real Qt model/view list of events (sortable, screen-reader readable).

The model reads the timeline's columns (model/table.py) and holds the rows it shows as a
NumPy array of file positions, so a million events cost no Python object per row: Qt asks
data() only for the rows it draws, and sorting and a search's restriction are array
operations in the model itself (a QSortFilterProxyModel would call Python once per
comparison and once per row). The view is a QTableView: a QTreeView lays out every row,
calling the model for each, which takes seconds at a million.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QAbstractTableModel,
    QElapsedTimer,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from timeline_app.model import Timeline
from timeline_app.time import format_range
from timeline_app.ui import language
from timeline_app.ui.language_follow import follow_language
from timeline_app.ui.swatch import category_swatch
from timeline_app.viewmodel import ViewModel

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (QT_TRANSLATE_NOOP("EventList", "Date"), QT_TRANSLATE_NOOP("EventList", "Title"),
           QT_TRANSLATE_NOOP("EventList", "Category"), QT_TRANSLATE_NOOP("EventList", "Location"))
DATE, TITLE, CATEGORY, LOCATION = range(4)
SCANS_BEFORE_INDEX = 4  # row_of lookups by a scan before building the whole inverse
LIST_ROWS = 8  # the list asks for this many rows at most; taller, it scrolls
FITTED_COLUMN_MAX = 420  # a Date, Category or Location text wider than this is cut
MIN_COLUMN = 48  # px: a squeezed column still shows a few letters
TITLE_SHARE = 0.2  # of the list's width kept for titles when the other columns would crowd them out


_STRING_DTYPE = getattr(getattr(np, "dtypes", None), "StringDType", None)  # NumPy 2


def _ranks(keys: list[str]) -> np.ndarray:
    """Each key's rank among the distinct keys (equal keys, equal ranks), in code-point order."""
    if not keys:
        return np.zeros(0, dtype=np.int64)
    if _STRING_DTYPE is None:
        return _ranks_by_sorting(keys)
    _, inverse = np.unique(np.array(keys, dtype=_STRING_DTYPE()), return_inverse=True)
    return inverse.astype(np.int64).reshape(-1)


def _ranks_by_sorting(keys: list[str]) -> np.ndarray:
    """_ranks for NumPy 1, whose only strings are fixed-width (4 bytes x the longest key, each)."""
    ranks = np.empty(len(keys), dtype=np.int64)
    rank, previous = -1, None
    for i in sorted(range(len(keys)), key=keys.__getitem__):
        if keys[i] != previous:
            rank, previous = rank + 1, keys[i]
        ranks[i] = rank
    return ranks


class EventTableModel(QAbstractTableModel):
    """One row per event, chronological until sorted; columns Date, Title, Category, Location."""

    def __init__(self, timeline: Timeline, parent=None):
        super().__init__(parent)
        self._sort_column = DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._load(timeline)

    def _load(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._table = timeline.table
        by_id = timeline.category_by_id
        cats = [by_id.get(cid) for cid in self._table.category_ids]
        self._labels = [c.label if c else "" for c in cats]
        self._colors = [category_swatch(c.color) if c else None for c in cats]
        self._keys: dict[int, np.ndarray] = {}  # column -> sort rank per file position
        self._visible: np.ndarray | None = None  # a search's mask over file positions
        self._sorted = self._sorted_positions()
        self._rows = self._sorted
        self._row_at: np.ndarray | None = None  # file position -> row (-1 hidden), built on demand
        self._scans = 0  # lookups answered by a scan since the rows last changed

    def set_timeline(self, timeline: Timeline) -> None:
        self.beginResetModel()
        self._load(timeline)
        self.endResetModel()

    def set_visible(self, positions: np.ndarray | None) -> None:
        """Show only the events at these file positions (a search); None shows them all."""
        self.beginResetModel()
        if positions is None:
            self._visible = None
        else:
            self._visible = np.zeros(len(self._table), dtype=bool)
            self._visible[np.asarray(positions, dtype=np.int64)] = True
        self._rows = self._visible_rows()
        self.endResetModel()

    def _visible_rows(self) -> np.ndarray:
        self._row_at, self._scans = None, 0
        return self._sorted if self._visible is None else self._sorted[self._visible[self._sorted]]

    # --- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(int(self._rows[ix.row()]), ix.column()) if ix.row() < len(self._rows) else None for ix in old]
        self._sort_column, self._sort_order = column, order
        self._sorted = self._sorted_positions()
        self._rows = self._visible_rows()
        row_at = self._row_positions()
        new = [QModelIndex() if h is None or row_at[h[0]] < 0 else self.index(int(row_at[h[0]]), h[1])
               for h in held]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted_positions(self) -> np.ndarray:
        """All file positions in the current sort; ties stay in chronological order."""
        table = self._table
        chrono = table.order
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column == DATE:
            if not descending:
                return chrono
            key = table.start_ms[chrono]
        else:
            key = self._sort_key(self._sort_column)[chrono]
        return chrono[np.argsort(-key if descending else key, kind="stable")]

    def _sort_key(self, column: int) -> np.ndarray:
        """Ranks that compare like the column's text, case left aside (computed once per timeline)."""
        key = self._keys.get(column)
        if key is not None:
            return key
        table = self._table
        if column == TITLE:
            key = _ranks([t.casefold() for t in table.titles])
        elif column == CATEGORY:
            labels = [""] + [label.casefold() for label in self._labels]  # code -1: no category, ""
            key = _ranks(labels)[table.category + 1]
        else:
            names = [""] * len(table)
            for i, ev in table.rich.items():
                if ev.location is not None:
                    names[i] = ev.location.name.casefold()
            key = _ranks(names) if table.rich else np.zeros(len(table), dtype=np.int64)
        self._keys[column] = key
        return key

    # --- reading -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EventList", COLUMNS[section])
        return None

    def _row_positions(self) -> np.ndarray:
        if self._row_at is None:
            self._row_at = np.full(len(self._table), -1, dtype=np.int64)
            self._row_at[self._rows] = np.arange(len(self._rows))
        return self._row_at

    def row_of(self, event_id: str) -> int:
        """The row showing this event, or -1."""
        i = self._table.index_of.get(event_id)
        if i is None:
            return -1
        if self._row_at is None and self._scans < SCANS_BEFORE_INDEX:
            # After an edit's reset only the selection is looked up: a scan (~1 ms at a
            # million rows) instead of the whole inverse (~10 ms), until lookups get frequent.
            self._scans += 1
            hits = np.flatnonzero(self._rows == i)
            return int(hits[0]) if hits.size else -1
        return int(self._row_positions()[i])

    def event_id(self, row: int) -> str:
        return self._table.ids[int(self._rows[row])]

    def row_title(self, row: int) -> str:
        return self._table.titles[int(self._rows[row])]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        table = self._table
        i = int(self._rows[index.row()])
        col = index.column()
        if role == EVENT_ID_ROLE:
            return table.ids[i]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == DATE:
                ev = table.event(i)
                return format_range(ev.start, ev.end, lang=language.current())
            if col == TITLE:
                return table.titles[i]
            if col == CATEGORY:
                code = int(table.category[i])
                return self._labels[code] if code >= 0 else ""
            if col == LOCATION:
                ev = table.rich.get(i)
                return ev.location.name if ev is not None and ev.location is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return table.titles[i]  # the one column that may be elided
        if role == SORT_ROLE:
            if col == DATE:
                return float(table.start_ms[i])
            return str(self.data(index, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.DecorationRole and col == CATEGORY:
            code = int(table.category[i])
            return self._colors[code] if code >= 0 else None
        return None


class EventList(QTableView):
    """The event list; emits the selected event id and follows selections made elsewhere."""

    selectionChangedTo = Signal(str)

    def __init__(self, timeline: Timeline, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eventList")
        self.setAccessibleName(self.tr("Events"))
        self.source_model = EventTableModel(timeline, self)
        self.setModel(self.source_model)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: no row is measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        # Title takes what the other columns leave: they fit their widest text, so none is cut
        # and no horizontal scrollbar hides the last one; only a long title is elided.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it leaves any list
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setResizeContentsPrecision(200)  # fitting the columns reads 200 rows, not 1000
        self._fit_columns()
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self._syncing = False
        self._typed = ""
        self._typed_clock = QElapsedTimer()
        follow_language(self, self._on_language)

    def _on_language(self, _code: str) -> None:
        """Dates are written in the interface language: redraw the column and fit it again."""
        model = self.source_model
        rows = model.rowCount()
        if rows:
            model.dataChanged.emit(model.index(0, DATE), model.index(rows - 1, DATE))
        self._fit_columns()

    def listen(self, model: ViewModel) -> None:
        """Follow the view model's timeline, selection and search; a row the user picks selects
        its event in the view model (which the other views follow)."""
        model.selection.changed.connect(self.select_event)
        model.search.changed.connect(lambda: self.set_matches(model.search.ids, model.search.positions))
        # The rows are new: the selection is found again among them.
        # The same file again (an edit, a filter, a reload) keeps the column widths: measuring
        # every row's text cost ~70 ms an edit, even at 2,000 events.
        model.timeline_changed.connect(lambda keep: (self.set_timeline(model.timeline, fit=not keep),
                                                     self.select_event(model.selection.id)))
        self.selectionChangedTo.connect(model.selection.select)

    def set_timeline(self, timeline: Timeline, fit: bool = True) -> None:
        self._syncing = True
        self.source_model.set_timeline(timeline)
        self._syncing = False
        if fit or not getattr(self, "_natural", None):  # (never measured yet: measure now)
            self._fit_columns()

    def set_matches(self, ids: list[str] | None, positions: np.ndarray | None = None) -> None:
        """List only these events (a search); None lists them all. `positions`, their file
        positions in the table, saves looking each id up."""
        selected = self.selected_id()
        if ids is not None and positions is None:
            index_of = self.source_model._table.index_of
            positions = np.fromiter((index_of[i] for i in ids if i in index_of), dtype=np.int64)
        self._syncing = True
        try:
            self.source_model.set_visible(None if ids is None else positions)
        finally:
            self._syncing = False
        if selected:
            self.select_event(selected, scroll=False)

    def _fit_columns(self) -> None:
        """Measure each column's widest text (in the rows Qt samples), then share the width."""
        self._natural = {}
        for col in (DATE, CATEGORY, LOCATION):
            self.resizeColumnToContents(col)
            self._natural[col] = min(self.columnWidth(col) + 12, FITTED_COLUMN_MAX)
        self._natural[TITLE] = self.sizeHintForColumn(TITLE) + 12
        self._share_columns()

    def _share_columns(self) -> None:
        """Title keeps TITLE_SHARE of the width (or all it needs); Category, Date and Location
        then get their widest text while room lasts, in that order (a place is the first cut)."""
        room = self.viewport().width()
        left = room - min(self._natural[TITLE], TITLE_SHARE * room)
        for col in (CATEGORY, DATE, LOCATION):
            width = min(self._natural[col], max(int(left), MIN_COLUMN))
            self.setColumnWidth(col, width)
            left -= width

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._share_columns()

    def height_for_rows(self, rows: int | None = None) -> int:
        """Height that shows `rows` rows (default: all) under the header, without scrolling."""
        n = self.source_model.rowCount() if rows is None else rows
        h = self.horizontalHeader().sizeHint().height() + max(n, 1) * self.verticalHeader().defaultSectionSize()
        if self.horizontalScrollBar().isVisible():
            h += self.horizontalScrollBar().sizeHint().height()
        return h + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802
        """As tall as the rows, up to LIST_ROWS of them."""
        return QSize(super().sizeHint().width(), self.height_for_rows(min(self.source_model.rowCount(), LIST_ROWS)))

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.selectionChangedTo.emit(current.data(EVENT_ID_ROLE))

    def selected_id(self) -> str | None:
        idx = self.currentIndex()
        return idx.data(EVENT_ID_ROLE) if idx.isValid() and self.selectionModel().isSelected(idx) else None

    def select_event(self, event_id: str | None, scroll: bool = True) -> None:
        """Follow a selection made elsewhere without echoing it back."""
        self._syncing = True
        try:
            row = self.source_model.row_of(event_id) if event_id else -1
            if row < 0:
                self.selectionModel().clearSelection()
                return
            idx = self.source_model.index(row, 0)
            self.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            if scroll:
                self.scrollTo(idx)
        finally:
            self._syncing = False

    def keyboardSearch(self, search: str) -> None:  # noqa: N802
        """Type-ahead by title: Qt's own would format the dates of every row to compare them."""
        if not search:
            self._typed = ""
            return
        if not self._typed_clock.isValid() or self._typed_clock.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._typed_clock.start()
        again = search == self._typed  # the same letter again steps to the next match
        self._typed = search if again else self._typed + search
        needle = self._typed.casefold()
        model = self.source_model
        n = model.rowCount()
        current = self.currentIndex().row() if self.currentIndex().isValid() else -1
        first = current + 1 if again or current < 0 else current
        for k in range(n):
            row = (first + k) % n
            if model.row_title(row).casefold().startswith(needle):
                self.setCurrentIndex(model.index(row, 0))
                return
