"""OverviewStrip: the whole data extent under the canvas, with event density and the visible window.

The strip maps the data extent (events and eras) across its width. The canvas's visible range
is a translucent box: drag it to pan, click elsewhere to centre the canvas there, scroll or
pinch to zoom the canvas about the time under the pointer. Density is the exact number of
events starting in each pixel column (see density.py), drawn once per timeline, size and theme
into an image, so a paint is one image blit and one rectangle whatever the number of events.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFontMetricsF, QImage, QMouseEvent, QNativeGestureEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from timeline_app.model import Timeline
from timeline_app.render.lettering import theme_font
from timeline_app.render.pens import color
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.layout.fit import data_extent, zoom_bounds
from timeline_app.layout.timescale import TimeScale, clamp
from timeline_app.ui import language
from timeline_app.layout.density import bar_heights, widen_lone_bars
from timeline_app.layout.records import DEFAULT_ERA_COLOR
from timeline_app.layout.text import column_text, range_text
from timeline_app.ui.language_follow import follow_language
from timeline_app.viewmodel.viewport import now_ms
from timeline_app.ui.overview_marks import NO_CATEGORY_COLOR, AxisLabel, axis_labels, bar_pixels, category_counts, starts_after_edit, starts_by_category
from timeline_app.ui.canvas_input import WHEEL_STEP
from timeline_app.ui.timeline_view import TimelineView

AXIS_ROLE = "footer"  # the strip's date labels use the canvas's smallest text

STRIP_HEIGHT = 44
MARGIN_PX = 6  # room at each end so the first and last columns are not at the very edge
MIN_WINDOW_PX = 6  # a deep zoom still shows (and can grab) a box this wide
GRAB_SLACK_PX = 3
DRAG_THRESHOLD_PX = 3
BAR_ALPHA = 210
ERA_ALPHA = 60
WINDOW_FILL_ALPHA = 36
WINDOW_PEN_PX = 1.5
# Rows of the strip, logical px from the top: the seam with the canvas, a free row, the date
# axis, then the bars of events standing on the baseline.
AXIS_TOP = 4
AXIS_H = 12
MARKS_TOP = 18
SPAN_H = 5  # the band of an event's length along the baseline
SPAN_LIMIT = 2_000  # timelines up to this many events draw each event's length
SETTINGS_KEY = "view/overview"


class OverviewStrip(QWidget):
    """A minimap of the whole timeline that steers `view`; not focusable (the canvas has the keys)."""

    pointerTextChanged = Signal(str)  # "12 events, 1850 – 1851" for the column under the pointer

    def __init__(self, view: TimelineView, parent: QWidget | None = None, theme: Theme = LIGHT):
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(self.tr("Overview"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFixedHeight(STRIP_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.theme = theme
        self._view = view
        self._extent_of: tuple[Timeline, tuple[float, float], int] | None = None
        self._starts_of: tuple[Timeline, list[np.ndarray]] | None = None
        self._by_category = np.zeros((0, 0), dtype=np.int64)
        self._cache_key: tuple | None = None
        self._cache_timeline: Timeline | None = None
        self._counts = np.zeros(0, dtype=np.int64)
        self._image: QImage | None = None
        self._press_x: float | None = None
        self._press_scale: TimeScale | None = None
        self._dragging = False
        view.scaleChanged.connect(self.update)
        view.timelineChanged.connect(self._on_timeline_changed)
        self._update_description()
        follow_language(self, self._on_language)

    def _on_language(self, _code: str) -> None:
        self.update()  # the axis is redrawn in the new language (the language is in the cache key)

    # --- geometry --------------------------------------------------------------------
    @property
    def timeline(self) -> Timeline:
        return self._view.timeline

    def extent(self) -> tuple[float, float]:
        """The span the strip shows: every event and era (a year around now when empty), and
        all of what "Fit all" shows, so the fitted view is a box inside the strip."""
        timeline = self.timeline
        width = self._view.width()
        if self._extent_of is None or self._extent_of[0] is not timeline or self._extent_of[2] != width:
            lo, hi = data_extent(timeline, now_ms())
            fitted = self._view.fitted_scale()
            self._extent_of = (timeline, (float(min(lo, fitted.start_ms)), float(max(hi, fitted.end_ms))), width)
        return self._extent_of[1]

    def strip_scale(self) -> TimeScale:
        """Time <-> x on the strip: the extent across the width, MARGIN_PX free at each end."""
        lo, hi = self.extent()
        return TimeScale.fit(lo, hi, max(self.width(), 1), MARGIN_PX)

    def window_rect(self) -> QRectF:
        """The canvas's visible range as drawn on the strip (at least MIN_WINDOW_PX wide)."""
        s, strip = self._view.scale, self.strip_scale()
        x0, x1 = strip.x(s.start_ms), strip.x(s.end_ms)
        if x1 - x0 < MIN_WINDOW_PX:
            mid = (x0 + x1) / 2
            x0, x1 = mid - MIN_WINDOW_PX / 2, mid + MIN_WINDOW_PX / 2
        # The box keeps all four borders inside the strip: past an end it stops at that end,
        # and entirely off one end it is a sliver there that still says where the view is.
        # (paintEvent draws the border half a pen inside this rectangle.)
        lo, hi = 0.0, float(self.width())
        x0, x1 = min(max(x0, lo), hi - MIN_WINDOW_PX), max(min(x1, hi), lo + MIN_WINDOW_PX)
        return QRectF(x0, 1.0, x1 - x0, self.height() - 2.0)

    def counts(self) -> np.ndarray:
        """Events starting in each pixel column of the strip (exact; cached per timeline and width)."""
        self._ensure_density()
        return self._counts

    def column_at(self, x: float) -> int:
        return int(min(max(np.floor(x), 0), max(self.width() - 1, 0)))

    def text_at(self, x: float) -> str:
        """Plain text for the column under x (or the lone bar beside it): its exact count and dates."""
        counts = self.counts()
        if counts.size == 0:
            return ""
        i = self.column_at(x)
        if counts[i] == 0:
            # Lone bars are drawn three pixels wide (widen_lone_bars): a pointer beside one means it.
            near = [j for j in (i - 1, i + 1) if 0 <= j < counts.size and counts[j] > 0]
            if near:
                i = max(near, key=lambda j: counts[j])
        strip = self.strip_scale()
        return column_text(int(counts[i]), strip.time_at(i), strip.time_at(i + 1), language.current())

    # --- model and theme ---------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        if theme != self.theme:
            self.theme = theme
            self.update()

    @Slot()
    def _on_timeline_changed(self) -> None:
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        timeline = self.timeline
        n = len(timeline.events)
        lo, hi = self.extent()
        span = range_text(lo, hi)
        self.setAccessibleDescription(
            self.tr("Overview of {0}: {1} events, {2}. The box marks the part shown in the "
                    "canvas; drag it to pan, click elsewhere to centre the canvas there, scroll to zoom.").format(
                timeline.title, f"{n:,}", span)
        )

    # --- density image -------------------------------------------------------------------
    def _ensure_density(self) -> None:
        timeline = self.timeline
        w, h = max(self.width(), 1), max(self.height(), 1)
        dpr = self.devicePixelRatioF()
        strip = self.strip_scale()
        key = (w, h, dpr, self.theme, strip, language.current())
        if self._cache_timeline is timeline and self._cache_key == key:
            return
        table = timeline.table
        if self._starts_of is None or self._starts_of[0] is not timeline:
            followed = self._starts_of and starts_after_edit(self._starts_of[0].table, self._starts_of[1], table)
            self._starts_of = (timeline, followed or starts_by_category(
                table.category, table.sorted_start_ms, table.order, len(timeline.categories)))
        self._by_category = category_counts(self._starts_of[1], strip.start_ms, strip.ms_per_px, w)
        self._counts = self._by_category.sum(axis=0) if self._by_category.size else np.zeros(w, dtype=np.int64)
        self._image = self._render(timeline, strip, w, h, dpr)
        self._cache_timeline, self._cache_key = timeline, key

    def _render(self, timeline: Timeline, strip: TimeScale, w: int, h: int, dpr: float) -> QImage:
        """Background, era bands, the date axis and the bars in category colours, at device resolution."""
        theme = self.theme
        dw, dh = max(round(w * dpr), 1), max(round(h * dpr), 1)
        image = QImage(dw, dh, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(dpr)
        image.fill(color(theme.axis_background))
        with QPainter(image) as p:
            for era in timeline.eras:
                x0, x1 = strip.x(era.start.ms), strip.x(era.end.end_ms)
                p.fillRect(QRectF(x0, 0, max(x1 - x0, 1.0), h), color(era.color or DEFAULT_ERA_COLOR, ERA_ALPHA))
            self._paint_axis(p, strip, w)
            heights = widen_lone_bars(bar_heights(self._counts, h - MARKS_TOP - 1))
            if heights.size and heights.max() > 0:
                colors = [c.color for c in timeline.categories] + [NO_CATEGORY_COLOR]
                argb = np.array([color(c, BAR_ALPHA).rgba() for c in colors], dtype=np.uint32)
                mixed = int(color(theme.muted_text, BAR_ALPHA).rgba())
                pixels = bar_pixels(self._by_category, heights, argb, dh, dpr, h - 1, mixed)
                bars = QImage(pixels.data, pixels.shape[1], dh, pixels.shape[1] * 4, QImage.Format.Format_ARGB32)
                bars.setDevicePixelRatio(dpr)
                p.drawImage(QPointF(0, 0), bars)
                self._paint_spans(p, timeline, strip, colors, h)
            p.setPen(QPen(color(theme.grid_major), 0))
            p.drawLine(QPointF(0, h - 0.5), QPointF(w, h - 0.5))  # baseline
            p.drawLine(QPointF(0, 0.5), QPointF(w, 0.5))  # the seam with the canvas above
        return image

    def _paint_spans(self, p: QPainter, timeline: Timeline, strip: TimeScale, colors: list[str], h: int) -> None:
        """On a small timeline, each event with a length draws that length as a band along the
        baseline, in its category's colour (the bars above count events by where they start)."""
        table = timeline.table
        if table.n > SPAN_LIMIT:
            return
        x0 = (table.start_ms - strip.start_ms) / strip.ms_per_px
        x1 = (table.end_ms - strip.start_ms) / strip.ms_per_px
        for k in np.flatnonzero(~table.point & (x1 - x0 >= 2)).tolist():
            cat = int(table.category[k])
            p.fillRect(QRectF(x0[k], h - 1 - SPAN_H, x1[k] - x0[k], SPAN_H), color(colors[cat], BAR_ALPHA))

    def axis(self) -> list[AxisLabel]:
        """The ticks and labels of the strip's date axis."""
        strip = self.strip_scale()
        fm = QFontMetricsF(theme_font(self.theme, AXIS_ROLE))
        return axis_labels(strip.start_ms, strip.ms_per_px, self.width(), fm.horizontalAdvance, language.current())

    def _paint_axis(self, p: QPainter, strip: TimeScale, w: int) -> None:
        """A small one-row date axis along the top: a short tick and a label right of it."""
        font = theme_font(self.theme, AXIS_ROLE)
        fm = QFontMetricsF(font)
        p.setFont(font)
        baseline = AXIS_TOP + (AXIS_H + fm.ascent() - fm.descent()) / 2
        tick_pen = QPen(color(self.theme.grid_major), 1)
        text_color = color(self.theme.muted_text)
        for label in axis_labels(strip.start_ms, strip.ms_per_px, w, fm.horizontalAdvance, language.current()):
            x = round(label.x) + 0.5
            p.setPen(tick_pen)
            p.drawLine(QPointF(x, AXIS_TOP), QPointF(x, AXIS_TOP + AXIS_H))
            p.setPen(text_color)
            p.drawText(QPointF(label.x + 3, baseline), label.text)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        self._ensure_density()
        with QPainter(self) as p:
            if self._image is not None:
                p.drawImage(QPointF(0, 0), self._image)
            r = self.window_rect()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.fillRect(r, color(self.theme.hover, WINDOW_FILL_ALPHA))
            p.setPen(QPen(color(self.theme.hover, 230), WINDOW_PEN_PX))
            p.setBrush(Qt.BrushStyle.NoBrush)
            inset = WINDOW_PEN_PX / 2
            p.drawRoundedRect(r.adjusted(inset, inset, -inset, -inset), 2, 2)

    def resizeEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().resizeEvent(event)

    # --- input -------------------------------------------------------------------------------
    def _in_window(self, x: float) -> bool:
        r = self.window_rect()
        return r.left() - GRAB_SLACK_PX <= x <= r.right() + GRAB_SLACK_PX

    def _clamped(self, scale: TimeScale) -> TimeScale:
        """Where the canvas will really go: its own width and pan limits."""
        return clamp(scale.resized(max(self._view.width(), 1)), zoom_bounds(self.timeline, now_ms()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        x = event.position().x()
        if self._in_window(x):
            self._press_scale = self._view.scale
        else:
            # Centre the canvas on the time clicked; holding the button, the user can drag on from there.
            self._press_scale = self._clamped(self._view.scale.centered_on(self.strip_scale().time_at(x)))
            self._view.set_scale(self._press_scale, animate=True)
        self._press_x = x
        self._dragging = False
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        x = event.position().x()
        if self._press_x is not None and self._press_scale is not None:
            dx = x - self._press_x
            if self._dragging or abs(dx) >= DRAG_THRESHOLD_PX:
                self._dragging = True
                s = self._press_scale
                self._view.set_scale(TimeScale(s.start_ms + dx * self.strip_scale().ms_per_px, s.ms_per_px, s.width))
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor if self._in_window(x) else Qt.CursorShape.PointingHandCursor)
        self._show_text(event)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_x = self._press_scale = None
            self._dragging = False
            x = event.position().x()
            self.setCursor(Qt.CursorShape.OpenHandCursor if self._in_window(x) else Qt.CursorShape.PointingHandCursor)
        event.accept()

    def leaveEvent(self, event) -> None:  # noqa: N802
        QToolTip.hideText()
        self.pointerTextChanged.emit("")
        super().leaveEvent(event)

    def _show_text(self, event: QMouseEvent) -> None:
        text = self.text_at(event.position().x())
        if text:
            # Numbers and dates only, never text from the file, so plain (and not wrapped as rich text is).
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        self.pointerTextChanged.emit(text)

    def _zoom_about(self, factor: float, x: float) -> None:
        """Zoom the canvas about the time at strip x; a time out of view is first brought to the centre."""
        if factor <= 0 or factor == 1:
            return
        t = self.strip_scale().time_at(x)
        s = self._view.scale
        about = s.x(t)
        if not 0 <= about <= s.width:
            self._view.set_scale(s.centered_on(t))
            about = self._view.scale.x(t)
        self._view.zoom(factor, about)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        delta, pixel = event.angleDelta(), event.pixelDelta()
        axis = pixel if not pixel.isNull() else delta
        if abs(axis.x()) > abs(axis.y()) or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Sideways scrolling pans the canvas just as it does over the canvas itself.
            amount = (pixel.x() or pixel.y()) if not pixel.isNull() else (delta.x() or delta.y()) / 2
            self._view.pan(amount)
        elif delta.y() or pixel.y():
            self._zoom_about(WHEEL_STEP ** ((delta.y() or pixel.y()) / 120.0), event.position().x())
        event.accept()

    def event(self, event: QEvent) -> bool:
        """A pinch over the strip zooms the canvas, as the wheel does."""
        if (event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent)
                and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture):
            self._zoom_about(1.0 + event.value(), event.position().x())
            event.accept()
            return True
        return super().event(event)


def canvas_with_overview(view: TimelineView, strip: OverviewStrip) -> QWidget:
    """The canvas with the strip right under it, full width: one pane for the splitter."""
    pane = QWidget()
    pane.setObjectName("canvasPane")
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(view, 1)
    column.addWidget(strip)
    return pane


def overview_action(window: QMainWindow, strip: OverviewStrip) -> QAction:
    """View > Overview: shows or hides the strip, remembered between runs."""
    act = QAction(window, checkable=True)
    retranslate_overview_action(act)
    shown = QSettings().value(SETTINGS_KEY, True, type=bool)
    act.setChecked(bool(shown))
    if not shown:
        strip.hide()  # (never show() here: before it has a parent that would open a window)

    def toggle(on: bool) -> None:
        strip.setVisible(on)
        QSettings().setValue(SETTINGS_KEY, on)

    act.toggled.connect(toggle)
    return act


def retranslate_overview_action(act: QAction) -> None:
    act.setText(QCoreApplication.translate("OverviewStrip", "O&verview"))
    act.setStatusTip(QCoreApplication.translate("OverviewStrip", "Show or hide the overview strip under the timeline"))
