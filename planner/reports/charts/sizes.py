"""Each chart's figure size in inches, known from its data before anything is drawn.

The PDF writes every picture's width and height into its HTML while a worker is still
drawing it, and the builders make their figures this size: both ask `figure_size()`.
Imports no matplotlib.
"""

from __future__ import annotations

from typing import Any

SIZE = (8.0, 4.6)  # inches: readable on screen and at the PDF's text width
WIDE = 11.5  # on screen, the tall charts spread sideways to fit a laptop's height
TIMES_HEIGHT = 4.2  # the week by hours grid: seven rows


def key_columns(wide: bool) -> int:
    """Columns of the occasions' key under the platform-by-day chart."""
    return 3 if wide else 2


def heatmap_height(platforms: int, occasions: int, wide: bool = False) -> float:
    """Platform rows (at least three's room), and the key of the occasions."""
    key_rows = -(-occasions // key_columns(wide))
    row = 0.26 if wide else 0.32
    return 1.9 + row * max(platforms, 3) + (0.5 + 0.24 * key_rows if key_rows else 0)


def actual_panels(data: Any) -> list[tuple[str, float]]:
    """The panels of the planned-against-actual chart that have something to show, with
    their heights in inches: platforms measured, KPIs, follower growth."""
    shown = (
        ("platforms", 3.2, any(p.measured_posts for p in data.platforms)),
        ("kpis", 0.9 + 0.34 * len(data.kpis), bool(data.kpis)),
        ("followers", 3.0, any(len(s.points) > 1 for s in data.followers)),
    )
    return [(panel, height) for panel, height, show in shown if show]


def figure_size(
    name: str, data: Any, wide: bool = False, panel: str | None = None
) -> tuple[float, float]:
    """The size of chart `name` (see planner.reports.charts.CHARTS) drawn for `data`;
    `wide` on screen, where the height is short (1280x800) and the width is not; `panel`
    one panel only of the planned-against-actual chart (the screen shows one at a time)."""
    if name == "heatmap":
        return (WIDE if wide else SIZE[0]), heatmap_height(
            len(data.platforms), len(data.occasions), wide
        )
    if name == "times":
        return SIZE[0], TIMES_HEIGHT
    if name == "actual" and not data.empty:
        heights = dict(actual_panels(data))
        if panel in heights:  # one panel, without the chart's title
            return SIZE[0], 0.5 + heights[panel]
        return SIZE[0], 0.9 + sum(heights.values())
    return SIZE


def printed_size(
    name: str, data: Any, width: float, panel: str | None = None
) -> tuple[float, float]:
    """The size in inches of chart `name` printed `width` inches wide (the PDF's text
    width), drawn at that very size so that its font sizes are the printed sizes in points:
    its figure's proportions, but for the platform-by-day chart, whose height is rows of
    text (platforms, the occasions' key) measured in inches. `panel`: one panel of the
    planned-against-actual chart (the PDF prints them one after another, each a figure
    small enough to share a page)."""
    figure_width, figure_height = figure_size(name, data, panel=panel)
    if name == "heatmap":
        return width, figure_height
    return width, figure_height * width / figure_width
