"""Grid lines cut around text: a line never strikes through a label (axis, event, era or count)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from timeline_app.layout.records import Scene, TextItem, Tick
from timeline_app.layout.sizes import MAJOR_H

GRID_CLEAR_PX = 3.0  # grid lines keep this far from the text they stop short of
_REACH = GRID_CLEAR_PX + 1  # lines are drawn on pixel centres (round(x) + 0.5)


def _text_boxes(scene: Scene) -> list[TextItem]:
    """Every text drawn over the axis and the lanes."""
    return [*scene.labels, *(g.label for g in scene.events if g.label is not None),
            *(e.label for e in scene.eras if e.label is not None),
            *(c.text for c in scene.clusters if c.text is not None), *scene.labels_count,
            *((scene.histogram.label,) if scene.histogram is not None and scene.histogram.label else ())]


def _pieces(top: float, bottom: float, cuts: list[tuple[float, float]]) -> tuple[tuple[float, float], ...]:
    """[top, bottom] less the (y0, y1) cuts, as pieces at least 1 px long."""
    pieces = [(top, bottom)]
    for g0, g1 in sorted(cuts):
        last0, last1 = pieces[-1]
        if g1 <= last0 or g0 >= last1:
            continue
        pieces[-1:] = [p for p in ((last0, g0), (g1, last1)) if p[1] - p[0] >= 1]
        if not pieces:
            break
    return tuple(pieces) or ((top, top),)


def cut_grid(scene: Scene) -> None:
    """Cut every grid line where it would strike through a label: lines run from their row
    of the axis to the foot of the lanes, in pieces."""
    ticks_ = scene.ticks
    if not ticks_:
        return
    order = sorted(range(len(ticks_)), key=lambda k: ticks_[k].x)
    xs = [ticks_[k].x for k in order]
    gaps: dict[int, list[tuple[float, float]]] = {}
    for b in _text_boxes(scene):
        a = bisect_left(xs, b.x - _REACH)
        z = bisect_right(xs, b.x + b.w + _REACH)
        for k in order[a:z]:
            gaps.setdefault(k, []).append((b.y - 1, b.y + b.h + 1))
    bottom = scene.lanes_bottom
    whole = {True: ((scene.axis_top, bottom),), False: ((scene.axis_top + MAJOR_H, bottom),)}
    out = []
    for k, tick in enumerate(ticks_):
        cuts = gaps.get(k)
        spans = whole[tick.major] if cuts is None else _pieces(whole[tick.major][0][0], bottom, cuts)
        out.append(Tick(tick.x, tick.major, spans))
    scene.ticks = out


def line_spans(scene: Scene, x: float, top: float) -> tuple[tuple[float, float], ...]:
    """The pieces of a vertical line at x from `top` to the foot of the lanes that stop short
    of the scene's labels, as the grid's do (for lines drawn over the grid, like "today")."""
    cuts = [(b.y - 1, b.y + b.h + 1) for b in _text_boxes(scene) if b.x - _REACH <= x <= b.x + b.w + _REACH]
    return _pieces(top, scene.lanes_bottom, cuts)
