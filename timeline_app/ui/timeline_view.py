"""TimelineView: the canvas widget. It turns input into a viewport and paints the scene."""

from __future__ import annotations

import time

import numpy as np

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEasingCurve, QEvent, QPointF, QRectF, QSize, Qt, QVariantAnimation, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QPaintEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from timeline_app.model import Timeline
from timeline_app.render.lettering import make_measure
from timeline_app.render.paint import paint
from timeline_app.render.pens import color
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.scale.fit import fit_scale, zoom_bounds
from timeline_app.scale.scene import LABEL_ROOM_LIMIT, LANE_H, LaneLayout, Scene, SceneOptions, build_scene, event_tooltip
from timeline_app.scale.timescale import MIN_MS_PER_PX, TimeScale, clamp
from timeline_app.time import MS_PER_DAY
from timeline_app.ui import language
from timeline_app.ui.density import histogram_text, range_text
from timeline_app.ui.language_follow import follow_language
from timeline_app.ui.plain import tooltip_html

WHEEL_STEP = 1.2  # zoom factor per wheel notch (120 units)
KEY_ZOOM = 1.5
DRAG_THRESHOLD_PX = 4
CLUSTER_ZOOM = 4.0
LANES_BOTTOM_GAP = 8  # between the last lane and the legend, in height_for_lanes
ZOOM_OUT_LIMIT_TEXT = QT_TRANSLATE_NOOP("TimelineView", "Zoomed out as far as it goes: the whole timeline, and twice its length on each side")
ZOOM_IN_LIMIT_TEXT = QT_TRANSLATE_NOOP("TimelineView", "Zoomed in as far as it goes: 1 millisecond ≈ 100 px")


def _now_ms() -> int:
    return int(time.time() * 1000)


class TimelineView(QWidget):
    """Draws a timeline; wheel zooms about the pointer, drag pans, keys navigate."""

    selectionChanged = Signal(str)  # event id, "" when nothing is selected
    legendToggled = Signal(str)  # a category id whose legend entry was clicked
    pointerTimeChanged = Signal(float)  # ms under the pointer
    pointerLeft = Signal()  # the pointer left the canvas: no time is under it
    zoomLimitReached = Signal(str)  # a zoom asked for more than the limits allow: what the limit is
    scaleChanged = Signal()
    timelineChanged = Signal()  # another timeline (a file, a reload, filters) is shown

    def __init__(self, timeline: Timeline, parent: QWidget | None = None, theme: Theme = LIGHT):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.theme = theme
        self._measure = make_measure(theme)
        self._timeline = timeline
        self._scale: TimeScale | None = None
        self._lanes: LaneLayout | None = None
        self._lane_offset = 0  # first lane shown: the view scrolls lanes when they do not all fit
        self._scene: Scene | None = None
        self._selected: str | None = None
        self._hovered: str | None = None
        self._matches: frozenset[str] | None = None
        self._legend_entries: tuple[tuple[str, str, str, bool], ...] | None = None
        self._press: QPointF | None = None
        self._press_scale: TimeScale | None = None
        self._dragging = False
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(250)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._animate_step)
        self._anim_from: TimeScale | None = None
        self._anim_to: TimeScale | None = None
        # Until the user zooms or pans, the view stays fitted to the data through resizes.
        self._auto_fit = True
        self._update_description()
        follow_language(self, self._on_language)

    def _on_language(self, _code: str) -> None:
        self._invalidate()  # the axis labels are written in the interface language

    # --- model -----------------------------------------------------------------------
    @property
    def timeline(self) -> Timeline:
        return self._timeline

    def set_timeline(self, timeline: Timeline, keep_view: bool = False) -> None:
        """Show another timeline; fitted to its data unless keep_view."""
        self._animation.stop()
        self._timeline = timeline
        self._lanes = None
        if self._selected not in timeline.event_by_id:
            self._selected = None
        self._hovered = None
        if not keep_view:
            self._scale = None
            self._auto_fit = True
            self._lane_offset = 0
        self._invalidate()
        self._update_description()
        self.timelineChanged.emit()

    def set_matches(self, ids: list[str] | None) -> None:
        """Mark search matches (others are dimmed); None ends the search."""
        self._matches = None if ids is None else frozenset(ids)
        self._invalidate()

    def set_legend_entries(self, entries: tuple[tuple[str, str, str, bool], ...] | None) -> None:
        """Legend rows (category id, label, colour, hidden); hidden ones can be clicked back on."""
        self._legend_entries = entries
        self._invalidate()

    def set_theme(self, theme: Theme) -> None:
        if theme == self.theme:
            return
        self.theme = theme
        self._measure = make_measure(theme)
        if self._lanes is not None and self._lanes.table.n <= LABEL_ROOM_LIMIT:
            self._lanes = None  # small timelines reserve room for labels in the theme's font
        self._invalidate()

    def _update_description(self) -> None:
        n = len(self._timeline.events)
        self.setAccessibleDescription(
            f"{self._timeline.title}: {n} events. Left and Right or Tab move between events; "
            "plus and minus zoom; Shift with Left or Right pans."
        )

    # --- viewport --------------------------------------------------------------------
    @property
    def scale(self) -> TimeScale:
        if self._scale is None or self._scale.width != self.width():
            if self._scale is None or self._auto_fit:
                self._scale = fit_scale(self._timeline, max(self.width(), 1), self._measure, _now_ms())
            else:
                self._scale = self._scale.resized(max(self.width(), 1))
            self._scale = clamp(self._scale, self._bounds())
        return self._scale

    def set_scale(self, scale: TimeScale, animate: bool = False) -> None:
        self._auto_fit = False
        scale = clamp(scale.resized(max(self.width(), 1)), self._bounds())
        if animate and self.isVisible():
            self._anim_from, self._anim_to = self.scale, scale
            self._animation.stop()
            self._animation.setStartValue(0.0)
            self._animation.setEndValue(1.0)
            self._animation.start()
            return
        self._animation.stop()
        self._scale = scale
        self._invalidate()
        self.scaleChanged.emit()

    def is_animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    @Slot(object)
    def _animate_step(self, value: float) -> None:
        a, b = self._anim_from, self._anim_to
        if a is None or b is None:
            return
        # Interpolate the zoom geometrically so the motion feels even across scales.
        k = float(value)
        ms_per_px = a.ms_per_px * (b.ms_per_px / a.ms_per_px) ** k
        ca, cb = a.time_at(a.width / 2), b.time_at(b.width / 2)
        centre = ca + (cb - ca) * k
        self._scale = TimeScale(centre - ms_per_px * a.width / 2, ms_per_px, a.width)
        self._invalidate()
        self.scaleChanged.emit()

    def _bounds(self) -> tuple[float, float]:
        return zoom_bounds(self._timeline, _now_ms())

    def zoom(self, factor: float, about_x: float | None = None) -> None:
        """Zoom by factor about a view x (default: the centre); limits are clamps."""
        s = self.scale
        lo, hi = self._bounds()
        max_ms_per_px = (hi - lo) / max(s.width, 1)
        target = min(max(s.ms_per_px / factor, MIN_MS_PER_PX), max(max_ms_per_px, MIN_MS_PER_PX))
        if target == s.ms_per_px:
            if factor != 1:
                self.zoomLimitReached.emit(self.tr(ZOOM_IN_LIMIT_TEXT if factor > 1 else ZOOM_OUT_LIMIT_TEXT))
            return
        self.set_scale(s.zoom(s.ms_per_px / target, about_x))

    @Slot()
    def zoom_in(self) -> None:
        self.zoom(KEY_ZOOM, self._zoom_anchor())

    @Slot()
    def zoom_out(self) -> None:
        self.zoom(1 / KEY_ZOOM, self._zoom_anchor())

    def _zoom_anchor(self) -> float | None:
        """Keyboard zoom keeps the selected event in place when it is in view."""
        pos = self.event_position(self._selected) if self._selected else None
        return pos.x() if pos is not None else None

    def fitted_scale(self) -> TimeScale:
        """The view "Fit all" shows: every event, with margins and room for the last label."""
        return fit_scale(self._timeline, max(self.width(), 1), self._measure, _now_ms())

    @Slot()
    def fit_all(self) -> None:
        self.set_scale(self.fitted_scale(), animate=True)
        self._auto_fit = True

    def zoom_to_event(self, event_id: str) -> None:
        """Centre the event, zooming in so a span fills about half the view."""
        ev = self._timeline.event_by_id.get(event_id)
        if ev is None:
            return
        w = max(self.width(), 1)
        span = max(ev.end_ms - ev.start_ms, MS_PER_DAY)
        target = TimeScale.fit(ev.start_ms, ev.start_ms + span * 2, w).centered_on((ev.start_ms + ev.end_ms) / 2)
        self.set_scale(target, animate=True)

    def pan(self, dx_px: float) -> None:
        self.set_scale(self.scale.pan(dx_px))

    def ensure_visible(self, event_id: str) -> None:
        """Pan (without zooming) so the event's mark is inside the view."""
        ev = self._timeline.event_by_id.get(event_id)
        if ev is None:
            return
        self._reveal_lane(event_id)
        s = self.scale
        x0, x1 = s.x(ev.start_ms), s.x(ev.end_ms)
        margin = min(12.0, s.width / 4)
        if x1 < margin or x0 > s.width - margin:
            self.set_scale(s.centered_on((ev.start_ms + ev.end_ms) / 2), animate=True)

    def _reveal_lane(self, event_id: str) -> None:
        """Scroll the lanes so the event's lane is shown."""
        scene = self.scene()  # builds self._lanes too
        lanes, index = self._lanes, self._timeline.table.index_of.get(event_id)
        if lanes is None or index is None:
            return
        lane = int(lanes.lanes[index])
        shown = max(scene.folded_from - scene.lane_offset if scene.folded_from is not None else scene.lane_rows, 1)
        if lane < self._lane_offset or lane >= self._lane_offset + shown:
            self._lane_offset = max(0, lane - shown // 2)
            self._invalidate()

    # --- scene -----------------------------------------------------------------------
    def _invalidate(self) -> None:
        self._scene = None
        self.update()

    def scene(self) -> Scene:
        """The scene as currently drawn (built lazily, once per change)."""
        if self._scene is None:
            s = self.scale
            if self._lanes is None or self._lanes.table is not self._timeline.table:
                self._lanes = LaneLayout.of(self._timeline, self._measure)
            opts = SceneOptions(title=False, legend=True, selected_id=self._selected, hovered_id=self._hovered,
                                matches=self._matches, legend_entries=self._legend_entries,
                                lane_offset=self._lane_offset, now_ms=_now_ms(), lang=language.current())
            self._scene = build_scene(self._timeline, s, self.height(), self._measure, opts, self._lanes)
        return self._scene

    def height_for_lanes(self, lanes: int | None = None) -> int:
        """Height that shows `lanes` lanes (default: all of them) at full lane height, with the
        axis above and the legend below at the current width: taller only adds empty canvas."""
        scene = self.scene()  # builds self._lanes too
        if lanes is None:
            lanes = self._lanes.lane_count if self._lanes is not None else 0
        legend_h = scene.height - scene.lanes_bottom
        return int(scene.lanes_top + max(lanes, 1) * LANE_H + LANES_BOTTOM_GAP + legend_h)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, max(self.height_for_lanes(), self.minimumHeight()))

    def event_position(self, event_id: str | None) -> QPointF | None:
        """Centre of the event's mark in view coordinates, or None when it is not visible."""
        if not event_id:
            return None
        g = self.scene().glyph(event_id)
        if g is None:
            return None
        # A bar's centre is the middle of its visible part, so a long bar still has one.
        x = (max(g.x0, 0.0) + min(g.x1, self.width() - 1.0)) / 2 if g.kind == "bar" else g.cx
        if not (0 <= x < self.width() and 0 <= g.cy < self.height()):
            return None
        return QPointF(x, g.cy)

    def event_at(self, point: QPointF) -> str | None:
        """The id of the event drawn at a view point, or None."""
        return self.scene().event_at(point.x(), point.y())

    # --- selection -------------------------------------------------------------------
    @property
    def selected_id(self) -> str | None:
        return self._selected

    def set_selected(self, event_id: str | None, reveal: bool = True) -> None:
        event_id = event_id if event_id in self._timeline.event_by_id else None
        if event_id == self._selected:
            return
        self._selected = event_id
        if event_id and reveal:
            self.ensure_visible(event_id)
        self._invalidate()
        self.selectionChanged.emit(event_id or "")

    def step_selection(self, delta: int) -> bool:
        """Select the next (+1) or previous (-1) event in time; False at either end."""
        table = self._timeline.table
        if not table.n:
            return False
        index = table.index_of.get(self._selected) if self._selected else None
        i = table.rank_in_order(index) + delta if index is not None else self._first_in_view(delta)
        if not 0 <= i < table.n:
            return False
        self.set_selected(table.ids[int(table.order[i])])
        return True

    def _first_in_view(self, delta: int) -> int:
        """With nothing selected, stepping starts from the view: the first event starting in
        it (or the last one starting before its end)."""
        s = self.scale
        starts = self._timeline.table.sorted_start_ms
        if delta > 0:
            i = int(np.searchsorted(starts, s.start_ms, "left"))
            return i if i < len(starts) else 0
        i = int(np.searchsorted(starts, s.end_ms, "right")) - 1
        return i if i >= 0 else len(starts) - 1

    # --- painting --------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        with QPainter(self) as p:
            paint(p, self.scene(), self.theme)
            if self.hasFocus():
                p.setPen(color(self.palette().color(QPalette.ColorRole.Highlight).name()))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._invalidate()
        self.scaleChanged.emit()
        super().resizeEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)

    # --- input -----------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Pinch on a trackpad or touch screen: value() is the change of scale since the last event.
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                if event.value() > -1:
                    self.zoom(1.0 + event.value(), event.position().x())
                event.accept()
                return True
        return super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta = event.angleDelta()
        pixel = event.pixelDelta()
        x = event.position().x()
        # A trackpad's pixel delta says which way the fingers went, even when no angle comes with it.
        axis = pixel if not pixel.isNull() else delta
        horizontal = axis.x() if abs(axis.x()) > abs(axis.y()) else 0
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            # Alt+wheel scrolls the lanes (Qt may report it as a horizontal wheel).
            step = delta.y() or delta.x()
            self.scroll_lanes(-3 if step > 0 else 3)
            event.accept()
            return
        if horizontal or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Trackpad sideways swipes and Shift+wheel pan.
            amount = (pixel.x() or pixel.y()) if not pixel.isNull() else (horizontal or delta.y()) / 2
            self.pan(amount)
        elif delta.y() or pixel.y():
            self.zoom(WHEEL_STEP ** ((delta.y() or pixel.y()) / 120.0), x)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._press_scale = self.scale
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        if self._press is not None and self._press_scale is not None:
            dx = pos.x() - self._press.x()
            if self._dragging or abs(dx) >= DRAG_THRESHOLD_PX:
                if not self._dragging:
                    self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self._dragging = True
                self.set_scale(self._press_scale.pan(dx))
        else:
            self._set_hovered(self.event_at(pos), event)
        self.pointerTimeChanged.emit(self.scale.time_at(pos.x()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                pos = event.position()
                category = self.scene().legend_at(pos.x(), pos.y())
                cluster = self.scene().cluster_at(pos.x(), pos.y()) if category is None else None
                column = self._histogram_column(pos) if category is None else None
                if category is not None:
                    self.legendToggled.emit(category)
                elif column is not None:
                    self.set_scale(self.scale.zoom(CLUSTER_ZOOM, pos.x()), animate=True)
                elif cluster is not None and self.event_at(pos) is None:
                    self.open_cluster(cluster, pos.x())
                else:
                    self.set_selected(self.event_at(pos), reveal=False)
            self._press = None
            self._press_scale = None
            self._dragging = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def open_cluster(self, cluster, x: float | None = None) -> None:
        """A click on a cluster zooms into the span of its events; on a folded row it
        scrolls that row's lanes into view, one per row. A cluster wider than a third of the view (a band
        of events across it) zooms CLUSTER_ZOOM times about the click instead."""
        if cluster.kind == "merged" and cluster.lanes is not None:
            self.scroll_lanes(cluster.lanes[0] - self._lane_offset)  # its lanes, one per row
            return
        s = self.scale
        if (cluster.t1 - cluster.t0) / s.ms_per_px > s.width / 3:
            self.set_scale(s.zoom(CLUSTER_ZOOM, x), animate=True)
            return
        span = max(cluster.t1 - cluster.t0, MIN_MS_PER_PX * 100)
        pad = span * 0.1
        target = fit_scale(self._timeline, self.width(), self._measure,
                           span=(cluster.t0 - pad, cluster.t1 + pad))
        self.set_scale(target, animate=True)

    def lane_offset(self) -> int:
        return self._lane_offset

    def scroll_lanes(self, delta: int) -> None:
        """Scroll the lanes up (-) or down (+); lanes keep their order and their events."""
        count = self._lanes.lane_count if self._lanes is not None else 0
        offset = max(0, min(self._lane_offset + delta, max(count - 1, 0)))
        if offset != self._lane_offset:
            self._lane_offset = offset
            self._invalidate()
            self.scaleChanged.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.event_at(event.position())
        if hit:
            self.zoom_to_event(hit)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._set_hovered(None, None)
        self.pointerLeft.emit()
        super().leaveEvent(event)

    def _set_hovered(self, event_id: str | None, mouse: QMouseEvent | None) -> None:
        if event_id != self._hovered:
            self._hovered = event_id
            self._invalidate()
        if event_id and mouse is not None:
            ev = self._timeline.event_by_id.get(event_id)
            if ev is not None:
                # Plain text: QToolTip would render text that looks like HTML as rich text.
                QToolTip.showText(mouse.globalPosition().toPoint(), tooltip_html(event_tooltip(ev, language.current())), self)
        elif mouse is not None and (text := self.cluster_text(mouse.position())) is not None:
            QToolTip.showText(mouse.globalPosition().toPoint(), tooltip_html(text), self)
        else:
            QToolTip.hideText()

    def _histogram_column(self, pos: QPointF) -> int | None:
        hist = self.scene().histogram
        return hist.column_at(pos.x(), pos.y()) if hist is not None else None

    def cluster_text(self, pos: QPointF) -> str | None:
        """What a cluster, band, folded row or histogram column under `pos` holds, as plain text, or None."""
        column = self._histogram_column(pos)
        if column is not None:
            return histogram_text(self.scene().histogram, column, lang=language.current())
        cluster = self.scene().cluster_at(pos.x(), pos.y())
        if cluster is None:
            return None
        if cluster.kind == "merged" and cluster.lanes is not None:
            a, b = cluster.lanes
            where = self.tr("lane {0}").format(f"{a + 1:,}") if b - a == 1 else self.tr("lanes {0}–{1}").format(f"{a + 1:,}", f"{b:,}")
            return (self.tr("{0} events in {1}, {2}").format(f"{cluster.count:,}", where, range_text(cluster.t0, cluster.t1))
                    + "\n" + self.tr("Click to show these lanes one by one"))
        return (self.tr("{0} events, {1}").format(f"{cluster.count:,}", range_text(cluster.t0, max(cluster.t1, cluster.t0 + 1)))
                + "\n" + self.tr("Click to zoom in"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = -1 if key == Qt.Key.Key_Left else 1
            if shift or ctrl:
                self.pan(-sign * self.width() * (0.8 if ctrl else 0.15))
            else:
                self.step_selection(sign)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and (ctrl or shift):
            self.scroll_lanes(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pan(self.width() * 0.8 * (1 if key == Qt.Key.Key_PageUp else -1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            order = self._timeline.chronological
            if order:
                self.set_selected(order[0 if key == Qt.Key.Key_Home else -1].id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._selected:
                self.zoom_to_event(self._selected)
            else:
                self.step_selection(1)
        elif key == Qt.Key.Key_Escape and self._selected:
            self.set_selected(None)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002
        # Tab walks through the events, then leaves the canvas like any other widget.
        if self.hasFocus() and self.step_selection(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)
