"""Colours and fonts for drawing a scene; the same theme serves the screen and exports."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    axis_background: str
    text: str
    muted_text: str
    grid_minor: str
    grid_major: str
    selection: str
    hover: str
    label_background: str
    match: str = "#ffe066"  # search-match highlight behind a label
    link: str = "#1f5fbf"
    heading: str = "#3b4a63"
    inferred: str = "#8a5a00"  # facts marked inferred
    density: str = "#3d6fb6"  # density bands standing for events too dense to draw one by one
    font_family: str = "DejaVu Sans"
    font_px: int = 13
    title_px: int = 20


LIGHT = Theme(
    name="light",
    background="#ffffff",
    axis_background="#f2f4f7",
    text="#1d2433",
    muted_text="#5b6475",
    grid_minor="#e6e9ef",
    grid_major="#b9c1cf",
    selection="#ff8c1a",
    hover="#2f6fde",
    label_background="#ffffffd0",
)

DARK = Theme(
    name="dark",
    background="#1e2127",
    axis_background="#272b33",
    text="#e6e9ef",
    muted_text="#9aa3b2",
    grid_minor="#2e333d",
    grid_major="#4a5262",
    selection="#ffae42",
    hover="#6ea0ff",
    label_background="#1e2127d0",
    match="#8a6d00",
    link="#8ab4ff",
    heading="#aab8d4",
    inferred="#e0b050",
    density="#7aa7e8",
)

THEMES = {t.name: t for t in (LIGHT, DARK)}
