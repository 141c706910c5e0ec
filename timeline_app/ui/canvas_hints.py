"""The canvas's tooltips: an event's summary, or what a cluster, folded row or column holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QToolTip

from timeline_app.layout.records import ClusterKind, Scene
from timeline_app.layout.text import event_tooltip
from timeline_app.ui import language
from timeline_app.layout.text import histogram_text, range_text
from timeline_app.ui.plain import tooltip_html

if TYPE_CHECKING:
    from timeline_app.ui.timeline_view import TimelineView


def histogram_column(scene: Scene, pos: QPointF) -> int | None:
    hist = scene.histogram
    return hist.column_at(pos.x(), pos.y()) if hist is not None else None


def cluster_text(scene: Scene, pos: QPointF) -> str | None:
    """What a cluster, band, folded row or histogram column under `pos` holds, as plain text, or None."""
    column = histogram_column(scene, pos)
    if column is not None:
        return histogram_text(scene.histogram, column, lang=language.current())
    cluster = scene.cluster_at(pos.x(), pos.y())
    if cluster is None:
        return None
    # The texts are marked where lupdate sees them (QCoreApplication.translate with the
    # literal context) so the catalogue keeps them under TimelineView.
    if cluster.kind == ClusterKind.MERGED and cluster.lanes is not None:
        a, b = cluster.lanes
        where = (QCoreApplication.translate("TimelineView", "lane {0}").format(f"{a + 1:,}") if b - a == 1
                 else QCoreApplication.translate("TimelineView", "lanes {0}–{1}").format(f"{a + 1:,}", f"{b:,}"))
        return (QCoreApplication.translate("TimelineView", "{0} events in {1}, {2}").format(
                    f"{cluster.count:,}", where, range_text(cluster.t0, cluster.t1))
                + "\n" + QCoreApplication.translate("TimelineView", "Click to show these lanes one by one"))
    return (QCoreApplication.translate("TimelineView", "{0} events, {1}").format(
                f"{cluster.count:,}", range_text(cluster.t0, max(cluster.t1, cluster.t0 + 1)))
            + "\n" + QCoreApplication.translate("TimelineView", "Click to zoom in"))


def show_hint(view: "TimelineView", event_id: str | None, mouse: QMouseEvent) -> None:
    """The tooltip for what is under the pointer, or none."""
    ev = view.timeline.event_by_id.get(event_id) if event_id else None
    at = mouse.globalPosition().toPoint()
    # Plain text: QToolTip would render text that looks like HTML as rich text.
    if ev is not None:
        QToolTip.showText(at, tooltip_html(event_tooltip(ev, language.current())), view)
    elif (text := cluster_text(view.scene(), mouse.position())) is not None:
        QToolTip.showText(at, tooltip_html(text), view)
    else:
        QToolTip.hideText()
