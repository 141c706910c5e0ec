"""Picture-export plumbing shared by every format: the request, progress and cancel hooks, the
export scene and the footer's words.

png.py, svg.py and pdf.py each hold one format and take all of this from here; `export_scene`
builds the one Scene they all paint, so they agree with each other and with the screen. The
entry point that picks a format by the file's suffix sits above them, in export.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from PySide6.QtCore import QCoreApplication

from timeline_app.model import Timeline
from timeline_app.render.lettering import make_measure
from timeline_app.render.theme import LIGHT, Theme
from timeline_app.layout.build import build_scene
from timeline_app.layout.fit import fit_scale
from timeline_app.layout.lanes import LaneLayout
from timeline_app.layout.records import Scene, SceneOptions, TextItem
from timeline_app.layout.sizes import LANE_H, LANES_TOP_GAP, LEGEND_H, MAJOR_H, MINOR_H, TITLE_H
from timeline_app.layout.text import elide_end
from timeline_app.layout.timescale import TimeScale

FOOTER_H = 24
MAX_NATURAL_LANES = 60  # taller than this, the bottom row counts the events of the lanes below

Progress = Callable[[float], None]  # fraction done, 0..1
Cancelled = Callable[[], bool]
Pages = Literal["single", "a4", "letter"]  # one long page, or tiled landscape pages


class ExportCancelled(Exception):
    """The user cancelled an export; nothing was written."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled("export cancelled")


@dataclass(frozen=True)
class ExportRequest:
    """What to export: range (None = everything), logical size, pixel scale and extras.

    Every format reads the same request; `scale` and `transparent` matter to raster images
    only, `pages` to PDF only.
    """

    width: int = 1600
    height: int | None = None  # None: tall enough for every lane
    scale: float = 2.0
    span: tuple[float, float] | None = None
    title: bool = True
    legend: bool = True
    selected_id: str | None = None
    title_text: str | None = None  # None: the timeline's own title
    footer: str | None = None  # a line at the bottom (source and date), None for none
    transparent: bool = False  # PNG/SVG: no background fill
    pages: Pages = "single"  # PDF: "single" (one long page), "a4" or "letter" (tiled, landscape)
    lang: str = "en"  # the language of the axis labels and dates (time/locale_format.py)

    def with_(self, **changes) -> "ExportRequest":
        return replace(self, **changes)


def natural_height(lane_count: int, title: bool, legend: bool, footer: bool = False) -> int:
    """Height that shows every lane at full size."""
    h = (TITLE_H if title else 0) + MAJOR_H + MINOR_H + LANES_TOP_GAP + max(lane_count, 1) * LANE_H + 24
    return int(h + (LEGEND_H if legend else 0) + (FOOTER_H if footer else 0))


def export_scene(timeline: Timeline, req: ExportRequest, theme: Theme = LIGHT) -> tuple[Scene, TimeScale]:
    """The scene an export draws, so callers and tests can see where things go."""
    # png.py keeps the ellipsis search until it moves to the layout stage; imported here, at
    # call time, because png.py imports this module.

    measure = make_measure(theme)
    scale = fit_scale(timeline, req.width, measure, span=req.span)
    lanes = LaneLayout.of(timeline, measure)
    footer = bool(req.footer)
    height = req.height or natural_height(min(lanes.lane_count, MAX_NATURAL_LANES), req.title, req.legend, footer)
    opts = SceneOptions(title=req.title, legend=req.legend, selected_id=req.selected_id,
                        margin_bottom=FOOTER_H if footer else 0.0, lang=req.lang)
    scene = build_scene(timeline, scale, height, measure, opts, lanes)
    if scene.title is not None and req.title_text is not None:
        text = _elide(req.title_text, "title", scene.width - 24, measure)
        w, h = measure(text, "title")
        scene.title = TextItem(12, (TITLE_H - h) / 2, w, h, text, "title")
    if footer:
        text = _elide(req.footer, "footer", scene.width - 24, measure)
        w, h = measure(text, "footer")
        scene.footer = TextItem(12, scene.height - FOOTER_H + (FOOTER_H - h) / 2, w, h, text, "footer")
    return scene, scale


def footer_text(timeline: Timeline, source: str | None, today: date | None = None) -> str:
    """The footer line: where the data came from and when it was exported."""
    publishers = list(dict.fromkeys(s.publisher for s in timeline.sources if s.publisher))
    cited = ", ".join(publishers[:3]) + (", …" if len(publishers) > 3 else "")
    where = QCoreApplication.translate("Export", "Source: {0}").format(source if source else timeline.title)
    if cited:
        where += QCoreApplication.translate("Export", " (citing {0})").format(cited)
    return where + QCoreApplication.translate("Export", " · Exported {0}").format((today or date.today()).isoformat())


def _elide(text: str, role: str, room: float, measure) -> str:
    """`text` on one line (newlines become spaces), cut with an ellipsis to fit `room` px."""
    text = " ".join(text.split())
    return text if measure(text, role)[0] <= room else elide_end(text, room, measure, role)
