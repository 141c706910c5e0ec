"""The canvas's keys and wheel: what each asks of the view (step, pan, zoom, scroll lanes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QNativeGestureEvent, QWheelEvent

from timeline_app.layout.fit import fit_scale
from timeline_app.layout.records import ClusterKind
from timeline_app.layout.timescale import MIN_MS_PER_PX
from timeline_app.ui.canvas_hints import histogram_column

if TYPE_CHECKING:
    from timeline_app.ui.timeline_view import TimelineView

K = Qt.Key
WHEEL_STEP = 1.2  # zoom factor per wheel notch (120 units)
CLUSTER_ZOOM = 4.0


def handle_key(view: "TimelineView", event: QKeyEvent) -> bool:
    """Do what the key asks of the canvas; False when the key is not one of the canvas's."""
    key, mods = event.key(), event.modifiers()
    shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    selected = view.selected_id
    if key in (K.Key_Left, K.Key_Right):
        sign = -1 if key == K.Key_Left else 1
        if shift or ctrl:
            view.pan(-sign * view.width() * (0.8 if ctrl else 0.15))
        else:
            view.step_selection(sign)
    elif key in (K.Key_Up, K.Key_Down) and (ctrl or shift):
        view.scroll_lanes(-1 if key == K.Key_Up else 1)
    elif key in (K.Key_PageUp, K.Key_PageDown):
        view.pan(view.width() * 0.8 * (1 if key == K.Key_PageUp else -1))
    elif key in (K.Key_Home, K.Key_End):
        order = view.timeline.chronological
        if order:
            view.set_selected(order[0 if key == K.Key_Home else -1].id)
    elif key in (K.Key_Plus, K.Key_Equal):
        view.zoom_in()
    elif key in (K.Key_Minus, K.Key_Underscore):
        view.zoom_out()
    elif key in (K.Key_Return, K.Key_Enter):
        if selected:
            view.zoom_to_event(selected)
        else:
            view.step_selection(1)
    elif key == K.Key_Escape and selected:
        view.set_selected(None)
    else:
        return False
    return True


def handle_wheel(view: "TimelineView", event: QWheelEvent) -> None:
    """Wheel zooms about the pointer; Shift+wheel and sideways swipes pan; Alt+wheel scrolls lanes."""
    delta = event.angleDelta()
    pixel = event.pixelDelta()
    # A trackpad's pixel delta says which way the fingers went, even when no angle comes with it.
    axis = pixel if not pixel.isNull() else delta
    horizontal = axis.x() if abs(axis.x()) > abs(axis.y()) else 0
    if event.modifiers() & Qt.KeyboardModifier.AltModifier:
        # Qt may report Alt+wheel as a horizontal wheel.
        step = delta.y() or delta.x()
        view.scroll_lanes(-3 if step > 0 else 3)
    elif horizontal or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        amount = (pixel.x() or pixel.y()) if not pixel.isNull() else (horizontal or delta.y()) / 2
        view.pan(amount)
    elif delta.y() or pixel.y():
        view.zoom(WHEEL_STEP ** ((delta.y() or pixel.y()) / 120.0), event.position().x())
    event.accept()


def handle_pinch(view: "TimelineView", event: QEvent) -> bool:
    """Pinch on a trackpad or touch screen zooms about the fingers; True when it was a pinch."""
    if event.type() != QEvent.Type.NativeGesture or not isinstance(event, QNativeGestureEvent):
        return False
    if event.gestureType() != Qt.NativeGestureType.ZoomNativeGesture:
        return False
    if event.value() > -1:  # value() is the change of scale since the last event
        view.zoom(1.0 + event.value(), event.position().x())
    event.accept()
    return True


def handle_click(view: "TimelineView", pos: QPointF) -> None:
    """A click (not a drag): a legend entry toggles its category, a histogram column or a
    cluster zooms in, anything else selects the event under the pointer (or nothing)."""
    scene = view.scene()
    category = scene.legend_at(pos.x(), pos.y())
    if category is not None:
        view.legendToggled.emit(category)
        return
    cluster = scene.cluster_at(pos.x(), pos.y())
    if histogram_column(scene, pos) is not None:
        view.set_scale(view.scale.zoom(CLUSTER_ZOOM, pos.x()), animate=True)
    elif cluster is not None and view.event_at(pos) is None:
        open_cluster(view, cluster, pos.x())
    else:
        view.set_selected(view.event_at(pos), reveal=False)  # already under the pointer: no scrolling


def open_cluster(view: "TimelineView", cluster, x: float | None = None) -> None:
    """A click on a cluster zooms into the span of its events; on a folded row it scrolls that
    row's lanes into view, one per row. A cluster wider than a third of the view (a band of
    events across it) zooms CLUSTER_ZOOM times about the click instead."""
    if cluster.kind == ClusterKind.MERGED and cluster.lanes is not None:
        view.scroll_lanes(cluster.lanes[0] - view.lane_offset())  # its lanes, one per row
        return
    s = view.scale
    if (cluster.t1 - cluster.t0) / s.ms_per_px > s.width / 3:
        view.set_scale(s.zoom(CLUSTER_ZOOM, x), animate=True)
        return
    span = max(cluster.t1 - cluster.t0, MIN_MS_PER_PX * 100)
    pad = span * 0.1
    target = fit_scale(view.timeline, view.width(), view.measure, span=(cluster.t0 - pad, cluster.t1 + pad))
    view.set_scale(target, animate=True)
