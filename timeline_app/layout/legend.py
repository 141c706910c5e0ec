"""The legend under the lanes: one entry per category, wrapped into rows, and a note saying
how aggregated rows are coloured."""

from __future__ import annotations

from timeline_app.layout.records import LegendEntry, Measure, Scene, TextItem
from timeline_app.layout.sizes import LEGEND_H
from timeline_app.model import Timeline

LegendRows = tuple[tuple[str, str, str, bool], ...]  # (category id, label, colour, hidden)


def legend_entries(timeline: Timeline, measure: Measure, width: float,
                   entries: LegendRows | None = None) -> list[LegendEntry]:
    """Legend entries with x and a row number in y (placed in px by place_legend);
    `entries` None: the categories in use."""
    if entries is None:
        used = timeline.table.used_categories()
        entries = tuple((c.id, c.label, c.color, False) for c in timeline.categories if c.id in used)
    out: list[LegendEntry] = []
    x, row = 16.0, 0
    for cat_id, label, col, hidden in entries:
        w, h = measure(label, "legend")
        if x + 18 + w > width - 16 and x > 16:
            x, row = 16.0, row + 1
        out.append(LegendEntry(col, x + 6, row, TextItem(x + 18, 0, w, h, label, "legend"), cat_id, hidden))
        x += 18 + w + 24
    return out


def legend_height(entries: list[LegendEntry]) -> float:
    """The px the legend takes under the lanes."""
    return LEGEND_H * (int(max(e.y for e in entries)) + 1) if entries else 0


def place_legend(scene: Scene, entries: list[LegendEntry]) -> None:
    """The entries in px, their rows from the foot of the lanes down."""
    for entry in entries:
        dy = scene.lanes_bottom + (entry.y * LEGEND_H) + (LEGEND_H - entry.label.h) / 2
        scene.legend.append(
            LegendEntry(entry.color, entry.x, dy + entry.label.h / 2,
                        TextItem(entry.label.x, dy, entry.label.w, entry.label.h, entry.label.text, "legend"),
                        entry.category_id, entry.hidden)
        )


def add_aggregate_note(scene: Scene, measure: Measure) -> None:
    """One line in the legend row saying how aggregated rows are coloured, when there are some."""
    if not scene.density and scene.histogram is None:
        return
    text = "Bands: most common category per column; stronger = more events"
    w, h = measure(text, "legend")
    if scene.legend:
        last = max(scene.legend, key=lambda e: (e.label.y, e.label.x))
        x, y = scene.width - 16 - w, last.label.y
        if x < last.label.x + last.label.w + 24:
            return  # no room beside the legend: the tooltips still say it
    else:
        x, y = scene.width - 16 - w, scene.lanes_bottom + (LEGEND_H - h) / 2
        if x < 16 or y + h > scene.height:
            return
    scene.aggregate_note = TextItem(x, y, w, h, text, "legend")
