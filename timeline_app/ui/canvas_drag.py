"""The canvas's left button: a click selects, a drag pans, and a drag that starts on the selected
event moves it in time (at a bar's right end: changes its end).

An event drag snaps to the axis's current tick unit (its minor ticks; Shift: no snapping) and
keeps the precision of the event's dates (editing/snapping.py). Every step of the drag is an
edit command with the drag's `gesture` number, pushed on the window's undo stack, where the
steps merge into one undo entry; the tooltip shows the new dates. Escape puts the event back
and leaves nothing on the stack. Without an editing session (`pointer.session is None`) the
canvas is read-only and every drag pans.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QToolTip

from timeline_app.editing import EditRejected, at_precision, edits
from timeline_app.layout.records import GlyphKind
from timeline_app.time import MS_PER_DAY, Precision
from timeline_app.time.format import format_range
from timeline_app.ui import language
from timeline_app.ui.canvas_input import handle_click
from timeline_app.ui.undo_steps import EditStep

if TYPE_CHECKING:
    from timeline_app.ui.edit_session import EditSession
    from timeline_app.ui.timeline_view import TimelineView

DRAG_THRESHOLD_PX = 4
END_GRAB_PX = 5  # this near a bar's right end, a drag changes the end
_gestures = itertools.count(1)


class EventDrag:
    """One event being moved ("move") or having its end changed ("end")."""

    def __init__(self, session: EditSession, event_id: str, mode: str, press_ms: float):
        self.session, self.event_id, self.mode = session, event_id, mode
        self.gesture = next(_gestures)
        ev = session.document.event(event_id)
        self.start_ms = ev.start.ms
        self.end_ms = (ev.end or ev.start).end_ms  # the instant the bar's right edge stands for
        self.press_ms = press_ms
        self.pushed = 0  # steps on the undo stack (merged into one)

    def to(self, view: TimelineView, x: float, free: bool) -> None:
        """The pointer is at `x`: move the event (or its end) there, as one more step of the drag."""
        shift_ms = view.scale.time_at(x) - self.press_ms
        rung = view.scene().minor_rung
        snapping = {} if free or rung is None else dict(unit=rung.unit, step=rung.step, week_start=rung.week_start)
        doc = self.session.document
        try:
            if self.mode == "move":
                command = edits.move_event(doc, self.event_id, self.start_ms + shift_ms, gesture=self.gesture, **snapping)
            else:
                command = edits.resize_event(doc, self.event_id, self.end_ms + shift_ms, gesture=self.gesture, **snapping)
        except EditRejected:
            return  # a date the format cannot hold (out of range): stay where it was
        if command.new != command.old:  # else the pointer is still within the same snapped date
            self.session.push(command)
            self.pushed += 1
        self._tip(view, x)

    def _tip(self, view: TimelineView, x: float) -> None:
        ev = self.session.document.event(self.event_id)
        text = format_range(ev.start, ev.end, language.current())
        g = view.scene().glyph(self.event_id)
        y = g.cy if g is not None else view.height() / 2
        # Above the mark (Qt puts a tip below and right of the point), so it never hides the event.
        QToolTip.showText(view.mapToGlobal(QPointF(x, y - 44).toPoint()), text, view)

    def cancel(self) -> None:
        """Escape: the event goes back, and the drag leaves no undo entry."""
        if self.pushed:
            stack = self.session.undo_stack
            step = stack.command(stack.index() - 1)
            if isinstance(step, EditStep) and step.command.gesture == self.gesture:
                step.undo()  # the event goes back ...
                step.setObsolete(True)  # ... and QUndoStack.undo drops an obsolete step without undoing it again
                stack.undo()
        QToolTip.hideText()


class CanvasPointer:
    """Press, move, release and double-click of the left button on the canvas."""

    def __init__(self, view: TimelineView):
        self.view = view
        self.session: EditSession | None = None  # the window's; None: a read-only canvas
        self.press: QPointF | None = None
        self.press_scale = None
        self.panning = False
        self.drag: EventDrag | None = None

    def grab_at(self, pos: QPointF) -> str | None:
        """What a drag from `pos` would do: "move", "end" or None (pan). Only the selected event
        moves, so a drag across a crowded canvas still pans."""
        view = self.view
        selected = view.selected_id
        if self.session is None or not selected or view.event_at(pos) != selected:
            return None
        g = view.scene().glyph(selected)
        if g is not None and g.kind == GlyphKind.BAR and abs(pos.x() - g.x1) <= END_GRAB_PX:
            return "end"
        return "move"

    def pressed(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.press, self.press_scale, self.panning = event.position(), self.view.scale, False
        mode = self.grab_at(self.press)
        if mode is not None and self.view.selected_id in self.session.document.timeline.table.index_of:
            self.drag = EventDrag(self.session, self.view.selected_id, mode, self.view.scale.time_at(self.press.x()))

    def moved(self, event: QMouseEvent) -> bool:
        """True when the button is down (a drag or a pending click): no hover then."""
        view, pos = self.view, event.position()
        if self.press is None:
            mode = self.grab_at(pos)
            shape = {"end": Qt.CursorShape.SizeHorCursor, "move": Qt.CursorShape.OpenHandCursor}.get(mode)
            view.setCursor(shape) if shape is not None else view.unsetCursor()
            return False
        dx = pos.x() - self.press.x()
        if not self.panning and abs(dx) < DRAG_THRESHOLD_PX:
            return True
        if not self.panning and self.drag is None:
            view.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.panning = True
        if self.drag is not None:
            self.drag.to(view, pos.x(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        else:
            view.set_scale(self.press_scale.pan(dx))
        return True

    def released(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.press is None:
            return
        if not self.panning:
            handle_click(self.view, event.position())
        QToolTip.hideText()
        self.press, self.press_scale, self.panning, self.drag = None, None, False, None
        self.view.unsetCursor()

    def cancel(self) -> bool:
        """Escape during a drag: an event drag puts the event back, a pan goes back. True if there was one."""
        if self.press is None or not self.panning:
            return False
        if self.drag is not None:
            self.drag.cancel()
        else:
            self.view.set_scale(self.press_scale)
        self.press, self.press_scale, self.panning, self.drag = None, None, False, None
        self.view.unsetCursor()
        return True

    def double_clicked(self, event: QMouseEvent) -> bool:
        """On empty canvas: the editor on a new event at that date (True); on an event: False."""
        view = self.view
        if self.session is None or view.event_at(event.position()) is not None:
            return False
        if view.scene().legend_at(event.position().x(), event.position().y()) is not None:
            return False
        # The day under the pointer (the boundary nearest half a day earlier is its start).
        day = at_precision(view.scale.time_at(event.position().x()) - MS_PER_DAY / 2, Precision.DAY)
        self.session.window.edit_actions.new_event(start=day)
        return True

