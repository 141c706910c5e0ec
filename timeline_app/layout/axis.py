"""The two-row time axis of a scene: the rung for the zoom, ticks, and labels that never
overlap; and the current step and pointer time in words, for the status bar."""

from __future__ import annotations

from timeline_app.layout.ladder import (
    DAY,
    HOUR,
    MINUTE,
    MONTH,
    MS,
    SECOND,
    WEEK,
    YEAR,
    Rung,
    floor,
    in_locale,
    major_rung,
    next_rung,
    offset,
    rung_for_spacing,
    ticks,
)
from timeline_app.layout.records import Measure, Scene, TextItem, Tick
from timeline_app.layout.sizes import MAJOR_H, MINOR_H
from timeline_app.layout.tick_labels import major_label_forms, minor_label_under
from timeline_app.layout.timescale import TimeScale
from timeline_app.time import Precision, TimeValue, format_date, year_label
from timeline_app.time.format import years_text

MIN_TICK_PX = 28  # minor ticks are at least this far apart
# Units whose labels name a whole cell ("14", "Oct", "2019") and sit in its middle.
CELL_UNITS = {DAY, MONTH}


def layout_axis(scene: Scene, scale: TimeScale, measure: Measure, lang: str = "en") -> None:
    """Two rows: a major (context) row over a minor row; labels never overlap."""
    lo, hi = scale.start_ms, scale.end_ms
    minor = in_locale(rung_for_spacing(scale.ms_per_px, MIN_TICK_PX), lang)
    placed = _minor_labels(scene, scale, minor, measure, lang=lang)
    while placed is None:
        coarser = next_rung(minor)
        if coarser is None:
            # The coarsest rung: keep every label that fits, drop the ones that would collide.
            placed = _minor_labels(scene, scale, minor, measure, strict=False, lang=lang) or []
            break
        minor = in_locale(coarser, lang)
        placed = _minor_labels(scene, scale, minor, measure, lang=lang)
    scene.minor_rung = minor
    for t in ticks(minor, int(lo), int(hi) + 1):
        scene.ticks.append(Tick(scale.x(t), False))
    major = major_rung(minor)
    scene.major_rung = major
    if major is None:
        scene.labels += placed
        return
    major_ticks = ticks(major, floor(major, int(lo)), int(hi) + 1)
    for t in major_ticks:
        if t >= lo:
            scene.ticks.append(Tick(scale.x(t), True))
    items = _major_labels(scene, scale, major, major_ticks, measure, lang)
    scene.labels += _without_repeats(placed, items)
    scene.labels += items


def _major_labels(scene: Scene, scale: TimeScale, major: Rung, major_ticks: list[int],
                  measure: Measure, lang: str = "en") -> list[TextItem]:
    """The context row: each period's label at its start; the periods cut by the left and
    right edges keep a label too, stuck to the edge and shortened to the room they have."""
    y = scene.axis_top + (MAJOR_H - measure("Ag", "major")[1]) / 2
    items: list[TextItem] = []
    for i, t in enumerate(major_ticks):
        x = scale.x(t)
        lx = max(x, 0.0) + 6
        nxt = scale.x(major_ticks[i + 1]) if i + 1 < len(major_ticks) else scene.width + 1e9
        # The label stuck to the left edge must end before the next period's label; any
        # other may run on over the next period (whose own label then gives way).
        room = (min(nxt - 6, scene.width - 4) if x < 0 else scene.width - 4) - lx
        if items and lx < items[-1].x + items[-1].w + 12:
            continue
        for text in major_label_forms(major, t, lang):
            w, h = measure(text, "major")
            if w <= room:
                items.append(TextItem(lx, y, w, h, text, "major"))
                break
    return items


def _without_repeats(minor: list[TextItem], major: list[TextItem]) -> list[TextItem]:
    """Minor labels, less any that would say again what the major label beside them says."""
    said = {m.text for m in major}
    return [m for m in minor if m.text not in said]


def _minor_labels(scene: Scene, scale: TimeScale, rung: Rung, measure: Measure, *,
                  strict: bool = True, lang: str = "en") -> list[TextItem] | None:
    """Labels for the minor row, or None when they would overlap at this rung (when strict)."""
    try:
        times = ticks(rung, floor(rung, int(scale.start_ms)), int(scale.end_ms) + 1)
    except ValueError:
        return None
    cell = rung.unit in CELL_UNITS or (rung.unit == YEAR and rung.step == 1)
    y0 = scene.axis_top + MAJOR_H
    above = major_rung(rung)
    out: list[TextItem] = []
    for t in times:
        text = minor_label_under(rung, above, t, lang)
        w, h = measure(text, "minor")
        if cell:
            x0, x1 = scale.x(t), scale.x(offset(rung, t))
            cx = (max(x0, 0) + min(x1, scene.width)) / 2
            if x1 - x0 < w + 6:
                if strict:
                    return None
                continue
            if min(x1, scene.width) - max(x0, 0) < w + 4:
                continue  # a cell cut by the edge: no room for its whole label
        else:
            # A week is named by its Monday: the label starts at the Monday's tick.
            cx = scale.x(t) + 4 + w / 2 if rung.unit == WEEK else scale.x(t)
            if cx - w / 2 < 0 or cx + w / 2 > scene.width:
                continue
        lx = cx - w / 2
        if out and lx < out[-1].x + out[-1].w + 8:
            if strict:
                return None
            continue
        out.append(TextItem(lx, y0 + (MINOR_H - h) / 2, w, h, text, "minor"))
    return out


# The date precision worth showing at the pointer for a minor row in each unit (years: by step).
_POINTER_PRECISION = {
    MS: Precision.MILLISECOND, SECOND: Precision.SECOND, MINUTE: Precision.MINUTE,
    HOUR: Precision.MINUTE, DAY: Precision.DAY, WEEK: Precision.DAY,
    MONTH: Precision.DAY,
}
_PLURAL = {MS: "milliseconds"}  # the others add "s"


def describe_step(rung: Rung, lang: str = "en") -> str:
    """The axis's step in words, for the status bar: "1 week", "6 hours", "50 years", "3개월"."""
    if lang != "en":
        from timeline_app.time.locale_format import unit_text  # babel's CLDR data: only when asked

        return unit_text(rung.step, rung.unit, lang)
    if rung.step == 1:
        return "1 millisecond" if rung.unit == MS else f"1 {rung.unit}"
    if rung.unit == YEAR:
        return years_text(rung.step)
    return f"{rung.step} {_PLURAL.get(rung.unit, rung.unit + 's')}"


def describe_time(rung: Rung | None, ms: float, lang: str = "en") -> str:
    """The time at `ms` to the precision the axis shows with minor rung `rung`: a minute when
    the ticks are hours, the year when they are years; deep time to a tenth of the step."""
    if rung is None:
        return format_date(TimeValue(int(ms), Precision.DAY), lang=lang)
    precision = _POINTER_PRECISION.get(rung.unit, Precision.MONTH if rung.step == 1 else Precision.YEAR)
    value = TimeValue(int(ms), precision)
    if rung.unit == YEAR and rung.step >= 1000:
        # Deep time: the year to a tenth of the tick step, not "13.812345678 billion years ago".
        q = rung.step // 10
        return year_label(round(value.year / q) * q, lang=lang)
    return format_date(value, lang=lang)
