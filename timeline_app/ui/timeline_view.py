"""TimelineView: the canvas widget. It turns input into a viewport and paints the scene."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from timeline_app.model import Timeline
from timeline_app.render.lettering import make_measure
from timeline_app.render.paint import paint
from timeline_app.render.pens import color
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.layout.build import build_scene, lanes_frame, lanes_shown
from timeline_app.layout.fit import fit_scale, zoom_bounds
from timeline_app.layout.lanes import LABEL_ROOM_LIMIT, LaneLayout
from timeline_app.layout.records import GlyphKind, Scene, SceneOptions
from timeline_app.layout.sizes import LANE_H
from timeline_app.layout.timescale import TimeScale, clamp
from timeline_app.time import MS_PER_DAY
from timeline_app.ui import language
from timeline_app.ui.canvas_drag import CanvasPointer
from timeline_app.ui.canvas_hints import cluster_text, show_hint
from timeline_app.ui.canvas_input import CLUSTER_ZOOM, handle_key, handle_pinch, handle_wheel, open_cluster  # noqa: F401 (CLUSTER_ZOOM: tests)
from timeline_app.ui.language_follow import follow_language
from timeline_app.ui.zoom_animation import ZoomAnimation
from timeline_app.viewmodel import ViewModel
from timeline_app.viewmodel.viewport import now_ms

KEY_ZOOM = 1.5
LANES_BOTTOM_GAP = 8  # between the last lane and the legend, in height_for_lanes
ZOOM_OUT_LIMIT_TEXT = QT_TRANSLATE_NOOP("TimelineView", "Zoomed out as far as it goes: the whole timeline, and twice its length on each side")
ZOOM_IN_LIMIT_TEXT = QT_TRANSLATE_NOOP("TimelineView", "Zoomed in as far as it goes: 1 millisecond ≈ 100 px")

class TimelineView(QWidget):
    """Draws a timeline; wheel zooms about the pointer, drag pans, keys navigate.

    Its state (viewport, selection, hover, search matches) lives in a ViewModel, given or its
    own: input changes the view model, and the canvas repaints when the view model changes.
    """

    selectionChanged = Signal(str)  # event id, "" when nothing is selected
    legendToggled = Signal(str)  # a category id whose legend entry was clicked
    pointerTimeChanged = Signal(float)  # ms under the pointer
    pointerLeft = Signal()  # the pointer left the canvas: no time is under it
    zoomLimitReached = Signal(str)  # a zoom asked for more than the limits allow: what the limit is
    scaleChanged = Signal()
    timelineChanged = Signal()  # another timeline (a file, a reload, filters) is shown

    def __init__(self, timeline: Timeline, parent: QWidget | None = None, theme: Theme = LIGHT,
                 model: ViewModel | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)  # the hover halo and the pointer's date follow it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.theme = theme
        self._measure = make_measure(theme)
        self.model = model if model is not None else ViewModel(timeline)
        self._viewport = self.model.viewport
        self._lanes: LaneLayout | None = None
        self._scene: Scene | None = None
        self._legend_entries: tuple[tuple[str, str, str, bool], ...] | None = None
        self.pointer = CanvasPointer(self)  # the left button; its `session` makes events draggable
        self._animation = ZoomAnimation(self._show_step, self)
        self.model.timeline_changed.connect(self._on_timeline_changed)
        self.model.selection.changed.connect(self._on_selected)
        self.model.hover.changed.connect(lambda _id: self._restyle())
        self.model.search.changed.connect(self._invalidate)
        self._viewport.changed.connect(self._on_viewport_changed)
        self._viewport.limit_reached.connect(self._on_zoom_limit)
        self._update_description()
        follow_language(self, self._on_language)

    def _on_language(self, _code: str) -> None:
        self._invalidate()  # the axis labels are written in the interface language

    # --- model -----------------------------------------------------------------------
    @property
    def timeline(self) -> Timeline:
        return self.model.timeline

    @property
    def _timeline(self) -> Timeline:
        return self.model.timeline

    @property
    def measure(self):
        """Text size in the theme's fonts: (text, role) -> (width, height)."""
        return self._measure

    def set_timeline(self, timeline: Timeline, keep_view: bool = False) -> None:
        """Show another timeline; fitted to its data unless keep_view."""
        self.model.set_timeline(timeline, keep_view)

    def _on_timeline_changed(self, _keep_view: bool) -> None:
        self._animation.stop()
        self._lanes = None
        self._invalidate()
        self._update_description()
        self.timelineChanged.emit()

    def set_matches(self, ids: list[str] | None) -> None:
        """Mark search matches (others are dimmed); None ends the search."""
        self.model.search.set(self.model.search.query, ids)

    def set_legend_entries(self, entries: tuple[tuple[str, str, str, bool], ...] | None) -> None:
        """Legend rows (category id, label, colour, hidden); hidden ones can be clicked back on."""
        if entries == self._legend_entries:
            return  # (asked after every edit: a scene built again for nothing costs 20 ms at 1M)
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
        """The viewport at the canvas's width: fitted to the data until the user zooms or pans."""
        vp, width = self._viewport, max(self.width(), 1)
        if vp.scale is None or vp.scale.width != self.width():
            # Derived from the width, not a change of view: no notification.
            fitted = vp.scale is None or vp.auto_fit
            vp.scale = fit_scale(self._timeline, width, self._measure, now_ms()) if fitted else vp.scale.resized(width)
            vp.scale = clamp(vp.scale, self._bounds())
        return vp.scale

    def set_scale(self, scale: TimeScale, animate: bool = False) -> None:
        scale = clamp(scale.resized(max(self.width(), 1)), self._bounds())
        if animate and self.isVisible():
            self._viewport.auto_fit = False
            self._animation.start(self.scale, scale)
            return
        self._animation.stop()
        self._viewport.set_scale(scale)

    def _show_step(self, scale: TimeScale) -> None:
        self._viewport.set_scale(scale, fitted=self._viewport.auto_fit)

    def is_animating(self) -> bool:
        return self._animation.running()

    def _on_viewport_changed(self) -> None:
        self._invalidate()
        self.scaleChanged.emit()

    def _on_zoom_limit(self, direction: int) -> None:
        self.zoomLimitReached.emit(self.tr(ZOOM_IN_LIMIT_TEXT if direction > 0 else ZOOM_OUT_LIMIT_TEXT))

    def _bounds(self) -> tuple[float, float]:
        return zoom_bounds(self._timeline, now_ms())

    def zoom(self, factor: float, about_x: float | None = None) -> None:
        """Zoom by factor about a view x (default: the centre); limits are clamps."""
        _ = self.scale  # the viewport at this width (fitted on first use), which the zoom starts from
        target = self._viewport.zoom_target(factor, about_x, self._bounds())
        if target is not None:
            self.set_scale(target)

    @Slot()
    def zoom_in(self) -> None:
        self.zoom(KEY_ZOOM, self._zoom_anchor())

    @Slot()
    def zoom_out(self) -> None:
        self.zoom(1 / KEY_ZOOM, self._zoom_anchor())

    def _zoom_anchor(self) -> float | None:
        """Keyboard zoom keeps the selected event in place when it is in view."""
        pos = self.event_position(self.selected_id) if self.selected_id else None
        return pos.x() if pos is not None else None

    def fitted_scale(self) -> TimeScale:
        """The view "Fit all" shows: every event, with margins and room for the last label."""
        return fit_scale(self._timeline, max(self.width(), 1), self._measure, now_ms())

    @Slot()
    def fit_all(self) -> None:
        self.set_scale(self.fitted_scale(), animate=True)
        self._viewport.auto_fit = True

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
        """Scroll the lanes so the event's lane is shown (without building the scene first)."""
        lanes, index = self._layout(), self._timeline.table.index_of.get(event_id)
        if index is None:
            return
        lane = int(lanes.lanes[index])
        shown = lanes_shown(self._timeline, self.scale.width, self.height(), self._measure, self._options(), lanes)
        if lane not in shown:
            self._viewport.show_lane_from(max(0, lane - max(len(shown), 1) // 2), lanes.lane_count)

    # --- scene -----------------------------------------------------------------------
    def _restyle(self) -> None:
        """The selection or hover changed: only how glyphs are drawn changes, not the scene."""
        if self._scene is not None:
            self._scene.restyle(self.model.selection.id, self.model.hover.id)
        self.update()

    def _invalidate(self) -> None:
        self._scene = None
        self.update()

    def scene(self) -> Scene:
        """The scene as currently drawn (built lazily, once per change)."""
        if self._scene is None:
            self._scene = build_scene(self._timeline, self.scale, self.height(), self._measure, self._options(),
                                      self._layout())
        return self._scene

    def _layout(self) -> LaneLayout:
        if self._lanes is None or self._lanes.table is not self._timeline.table:
            self._lanes = LaneLayout.of(self._timeline, self._measure)
        return self._lanes

    def _options(self) -> SceneOptions:
        vm = self.model
        return SceneOptions(title=False, legend=True, selected_id=vm.selection.id, hovered_id=vm.hover.id,
                            matches=vm.search.id_set, legend_entries=self._legend_entries,
                            lane_offset=self._viewport.lane_offset, now_ms=now_ms(), lang=language.current())

    def height_for_lanes(self, lanes: int | None = None) -> int:
        """Height that shows `lanes` lanes (default: all of them) at full lane height, with the
        axis above and the legend below at the current width: taller only adds empty canvas."""
        layout = self._layout()
        if self._scene is not None:
            top, below = self._scene.lanes_top, self._scene.height - self._scene.lanes_bottom
        else:  # (no scene built for it: after an edit, the next change may move the view first)
            top, below = lanes_frame(self._timeline, self.scale.width, self.height(), self._measure, self._options(),
                                     layout)
        return int(top + max(layout.lane_count if lanes is None else lanes, 1) * LANE_H + LANES_BOTTOM_GAP + below)

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
        x = (max(g.x0, 0.0) + min(g.x1, self.width() - 1.0)) / 2 if g.kind == GlyphKind.BAR else g.cx
        if not (0 <= x < self.width() and 0 <= g.cy < self.height()):
            return None
        return QPointF(x, g.cy)

    def event_at(self, point: QPointF) -> str | None:
        """The id of the event drawn at a view point, or None."""
        return self.scene().event_at(point.x(), point.y())

    # --- selection -------------------------------------------------------------------
    @property
    def selected_id(self) -> str | None:
        return self.model.selection.id

    def set_selected(self, event_id: str | None, reveal: bool = True) -> None:
        """Select an event (None: nothing) in the view model; an id not shown selects nothing."""
        self.model.selection.select(event_id if event_id in self._timeline.event_by_id else None, reveal)

    def _on_selected(self, event_id: str | None) -> None:
        if event_id and self.model.selection.reveal:
            self.ensure_visible(event_id)
        self._restyle()
        self.selectionChanged.emit(event_id or "")

    def step_selection(self, delta: int) -> bool:
        """Select the next (+1) or previous (-1) event in time; False at either end."""
        s = self.scale
        return self.model.selection.step(self._timeline.table, delta, s.start_ms, s.end_ms)

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
        return handle_pinch(self, event) or super().event(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        handle_wheel(self, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.pointer.pressed(event)  # click, pan or event drag: canvas_drag.py
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.pointer.moved(event):
            self._set_hovered(self.event_at(event.position()), event)
        self.pointerTimeChanged.emit(self.scale.time_at(event.position().x()))
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.pointer.released(event)
        super().mouseReleaseEvent(event)

    def open_cluster(self, cluster, x: float | None = None) -> None:
        """A click on a cluster: see canvas_input.open_cluster."""
        open_cluster(self, cluster, x)

    def lane_offset(self) -> int:
        return self._viewport.lane_offset

    def scroll_lanes(self, delta: int) -> None:
        """Scroll the lanes up (-) or down (+); lanes keep their order and their events."""
        self._viewport.scroll_lanes(delta, self._lanes.lane_count if self._lanes is not None else 0)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        hit = self.event_at(event.position())
        if hit:
            self.zoom_to_event(hit)
        else:
            self.pointer.double_clicked(event)  # empty canvas: a new event on that day

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._set_hovered(None, None)
        self.pointerLeft.emit()
        super().leaveEvent(event)

    def _set_hovered(self, event_id: str | None, mouse: QMouseEvent | None) -> None:
        self.model.hover.set(event_id)
        if mouse is not None:
            show_hint(self, event_id, mouse)

    def cluster_text(self, pos: QPointF) -> str | None:
        """What a cluster, band, folded row or histogram column under `pos` holds, as plain text, or None."""
        return cluster_text(self.scene(), pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.pointer.cancel():
            return
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002
        # Tab walks through the events, then leaves the canvas like any other widget.
        if self.hasFocus() and self.step_selection(1 if next else -1):
            return True
        return super().focusNextPrevChild(next)
