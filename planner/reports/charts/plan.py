"""Figures 1-3: planned posts per platform per week, platform x day, segment x platform."""

from __future__ import annotations

import datetime as dt

import numpy as np
from matplotlib.axes import Axes
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain import bidi
from planner.domain.coverage.plan import HeatmapData, PlatformWeekData, SegmentCoverageData
from planner.formatting import Formatter
from planner.palette import ACCENT, PLATFORM
from planner.reports.charts.sizes import figure_size, key_columns
from planner.reports.charts.style import (
    ALERT,
    FAMILY,
    GRID,
    INK,
    MUTED,
    NOTE,
    SMALLEST,
    TICK,
    Chart,
    bars,
    category_labels,
)

# White, then deeper shades of the accent: 0, 1, 2, 3, 4+ posts.
SHADES = ["#ffffff", "#cfe5e5", "#8cc2c2", "#3f9494", ACCENT]
PHASE_TINTS = ["#eef2f4", "#fdf6e3"]


def _shades(top: int) -> tuple[ListedColormap, BoundaryNorm]:
    bounds = [-0.5, 0.5, 1.5, 2.5, 3.5, max(top, 4) + 0.5]
    return ListedColormap(SHADES), BoundaryNorm(bounds, len(SHADES))


def _ink_on(value: int) -> str:
    return "#ffffff" if value >= 3 else INK


def _no_posts(chart: Chart) -> None:
    chart.empty(
        QCoreApplication.translate(
            "Charts", "No posts are planned in this period. Plan posts in the calendar."
        )
    )


def build_platform_week(
    data: PlatformWeekData, formatter: Formatter, lang: str, fig: Figure | None = None
) -> Figure:
    """Stacked bars of planned posts per platform for each week, the phases shaded behind."""
    chart = Chart(formatter, lang, fig)
    chart.title(QCoreApplication.translate("Charts", "Planned posts per platform per week"))
    if not data.facts.total:
        _no_posts(chart)
        return chart.fig
    ax = chart.fig.add_subplot()
    x = np.arange(len(data.weeks))
    bottom = np.zeros(len(data.weeks))
    handles = []
    for platform in data.platforms:
        values = np.array(data.counts[platform])
        handles.append(
            bars(
                ax,
                x,
                values,
                0.62,
                PLATFORM[platform],
                bottoms=bottom,
                label=labels.platform(platform),
            )
        )
        bottom += values
    for i, total in enumerate(bottom):
        if total:
            ax.text(
                x[i],
                total,
                formatter.integer(int(total)),
                ha="center",
                va="bottom",
                fontsize=NOTE,
                color=MUTED,
                zorder=4,
            )
    top = max(bottom) * 1.32 + 1
    ax.set_ylim(0, top)
    _shade_phases(ax, data, top)
    ax.set_xticks(x, [formatter.date(w, "d MMM") for w in data.weeks])
    _thin_ticks(ax, len(data.weeks), 10)
    ax.set_xlim(-0.6, len(data.weeks) - 0.4)
    ax.set_xlabel(QCoreApplication.translate("Charts", "Week beginning"))
    chart.value_axis(ax, QCoreApplication.translate("Charts", "Planned posts"))
    chart.categories(ax)
    chart.legend(
        ax,
        handles,
        [labels.platform(p) for p in data.platforms],
        ncol=len(handles) if len(handles) <= 5 else 4,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.01),
    )
    return chart.fig


def _shade_phases(ax: Axes, data: PlatformWeekData, top: float) -> None:
    """Each phase as a tinted band from its first to its last day, named at the top."""

    def position(day: dt.date) -> float:
        return (day - data.weeks[0]).days / 7 - 0.5

    for i, phase in enumerate(data.phases):
        left, right = position(phase.start), position(phase.end + dt.timedelta(days=1))
        ax.add_artist(
            Rectangle(
                (left, 0),
                right - left,
                1,
                transform=ax.get_xaxis_transform(),
                color=PHASE_TINTS[i % 2],
                zorder=0,
                linewidth=0,
            )
        )
        if i:
            ax.axvline(left, color=GRID, linewidth=1, zorder=1)
        narrow = right - left < 1.6  # weeks: a short phase's name takes two lines
        name = bidi.shown(phase.name.replace(" ", "\n", 1) if narrow else phase.name)
        ax.text(
            (left + right) / 2,
            top * 0.97,
            name,
            ha="center",
            va="top",
            fontsize=SMALLEST if narrow else NOTE,
            color=MUTED,
            zorder=5,
            clip_on=True,
        )


def _thin_ticks(ax: Axes, count: int, most: int) -> None:
    """Keep at most `most` tick labels on a crowded axis."""
    step = -(-count // most)
    if step > 1:
        for i, label in enumerate(ax.get_xticklabels()):
            label.set_visible(i % step == 0)


def build_heatmap(
    data: HeatmapData,
    formatter: Formatter,
    lang: str,
    fig: Figure | None = None,
    wide: bool = False,
) -> Figure:
    """Platforms (rows) by days (columns): each cell the number of planned posts, occasions
    numbered above their day and named underneath."""
    chart = Chart(formatter, lang, fig, figure_size("heatmap", data, wide))
    chart.title(QCoreApplication.translate("Charts", "Planned posts per platform per day"))
    if not data.days or not data.platforms:
        _no_posts(chart)
        return chart.fig
    ax = chart.fig.add_subplot()
    grid = np.array(data.counts)
    cmap, norm = _shades(int(grid.max()))
    n_days, n_rows = len(data.days), len(data.platforms)
    ax.imshow(
        grid,
        cmap=cmap,
        norm=norm,
        aspect="auto",
        interpolation="nearest",
        extent=(-0.5, n_days - 0.5, n_rows - 0.5, -0.5),
    )
    _cell_lines(ax, n_rows, n_days)
    if n_days <= 70:
        for r, row in enumerate(data.counts):
            for c, value in enumerate(row):
                if value:
                    ax.text(
                        c,
                        r,
                        formatter.integer(value),
                        ha="center",
                        va="center",
                        fontsize=SMALLEST,
                        color=_ink_on(value),
                    )
    sundays = [i for i, d in enumerate(data.days) if d.weekday() == 6] or [0]
    step = -(-len(sundays) // 9)
    sundays = sundays[::step]
    ax.set_xticks(sundays, [formatter.date(data.days[i], "d MMM") for i in sundays])
    ax.set_yticks(range(n_rows), [labels.platform(p) for p in data.platforms])
    ax.tick_params(axis="y", length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    chart.labels_side(ax)
    chart.categories(ax)
    ax.set_xlabel(QCoreApplication.translate("Charts", "Day (weeks begin on Sunday)"))
    _mark_occasions(chart, ax, data, formatter, key_columns(wide))
    return chart.fig


def _cell_lines(ax: Axes, rows: int, cols: int) -> None:
    """Thin white-grey lines between the cells of a grid (cheaper than minor ticks)."""
    ax.vlines(np.arange(-0.5, cols), -0.5, rows - 0.5, colors=GRID, linewidth=0.6)
    ax.hlines(np.arange(-0.5, rows), -0.5, cols - 0.5, colors=GRID, linewidth=0.6)


OCCASION = "#b45309"
NARROWEST = 6.5  # inches: the narrowest the chart is drawn (a pane on a 960-pixel window)


def _mark_occasions(
    chart: Chart, ax: Axes, data: HeatmapData, formatter: Formatter, columns: int
) -> None:
    """Frame each occasion's day and number it above; the key names them underneath. The
    numbers of one day share a label ("1, 2"), and labels that would touch at the chart's
    narrowest width are lifted to a row of their own: they never overlap."""
    if not data.occasions:
        return
    index = {d: i for i, d in enumerate(data.days)}
    by_column: dict[int, list[int]] = {}
    handles, names = [], []
    for number, occasion in enumerate(data.occasions, 1):
        by_column.setdefault(index[occasion.day], []).append(number)
        handles.append(Line2D([], [], linestyle="none"))
        names.append(
            f"{formatter.integer(number)}. {occasion.name(chart.lang)} "
            f"({formatter.date(occasion.day, 'd MMM')})"
        )
    comma = "، " if chart.lang == "ar" else ", "
    texts = {
        column: comma.join(formatter.integer(n) for n in numbers)
        for column, numbers in by_column.items()
    }
    levels = occasion_levels(texts, len(data.days))
    for column, text in sorted(texts.items()):
        ax.add_patch(
            Rectangle(
                (column - 0.5, -0.5),
                1,
                len(data.platforms),
                fill=False,
                edgecolor=OCCASION,
                linewidth=1.1,
                linestyle="--",
                zorder=4,
            )
        )
        ax.annotate(
            text,
            (column, -0.5),
            xytext=(0, 3 + levels[column] * (NOTE + 3)),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=NOTE,
            color=OCCASION,
            fontweight="bold",
            annotation_clip=False,
            gid="occasion",
        )
    chart.legend(
        chart.fig,
        handles,
        names,
        ncol=columns,
        loc="outside lower center",
        title=QCoreApplication.translate("Charts", "Occasions"),
        title_fontsize=TICK,
        handlelength=0,
        handletextpad=0,
    )


def occasion_levels(texts: dict[int, str], days: int) -> dict[int, int]:
    """The row (0 the lowest) of each day's occasion label: the lowest where it keeps a
    gap from the labels already there, measured with the font at the narrowest width."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measure = TextToPath()
    font = FontProperties(family=FAMILY, size=NOTE, weight="bold")
    column = (NARROWEST - 1.9) * 72 / max(days, 1)  # points per day: less the labels' side
    gap = 3.0
    placed: list[list[tuple[float, float]]] = []
    levels: dict[int, int] = {}
    for day, text in sorted(texts.items()):
        width = measure.get_text_width_height_descent(text, font, ismath=False)[0]
        centre = day * column
        span = (centre - width / 2 - gap, centre + width / 2 + gap)
        level = 0
        while level < len(placed) and any(
            span[0] < right and left < span[1] for left, right in placed[level]
        ):
            level += 1
        if level == len(placed):
            placed.append([])
        placed[level].append(span)
        levels[day] = level
    return levels


def build_segments(
    data: SegmentCoverageData, formatter: Formatter, lang: str, fig: Figure | None = None
) -> Figure:
    """Target segments (rows) by platforms (columns): the planned posts that reach each
    segment through each platform. A segment nothing reaches is written in red and boxed."""
    chart = Chart(formatter, lang, fig)
    chart.title(QCoreApplication.translate("Charts", "Planned coverage of the target segments"))
    if not data.segments or not data.platforms:
        chart.empty(
            QCoreApplication.translate(
                "Charts", "The campaign has no target segments or no platforms yet."
            )
        )
        return chart.fig
    ax = chart.fig.add_subplot()
    grid = np.array(data.counts)
    top = int(grid.max()) if grid.size else 0
    bounds = [-0.5, 0.5] + [top * f + 0.5 for f in (0.25, 0.5, 0.75)] + [max(top, 4) + 0.5]
    bounds = sorted(set(bounds))
    cmap = ListedColormap(SHADES[: len(bounds) - 1])
    norm = BoundaryNorm(bounds, cmap.N)
    rows, cols = grid.shape
    ax.imshow(
        grid, cmap=cmap, norm=norm, aspect="auto", extent=(-0.5, cols - 0.5, rows - 0.5, -0.5)
    )
    for r in range(rows):
        for c in range(cols):
            value = int(grid[r, c])
            shade = norm(value)
            ax.text(
                c,
                r,
                formatter.integer(value),
                ha="center",
                va="center",
                fontsize=TICK,
                color="#ffffff" if shade >= 3 else (MUTED if not value else INK),
            )
    _cell_lines(ax, rows, cols)
    ax.tick_params(length=0)
    not_covered = QCoreApplication.translate("Charts", "not covered")
    uncovered = set(data.uncovered())
    names = [
        f"{bidi.isolate(s.name)} ({not_covered})" if i in uncovered else bidi.shown(s.name)
        for i, s in enumerate(data.segments)
    ]
    ax.set_yticks(range(rows), names)
    for i, tick in enumerate(ax.yaxis.get_major_ticks()):
        if i in uncovered:
            for label in (tick.label1, tick.label2):  # left, or right in Arabic
                label.set_color(ALERT)
                label.set_fontweight("bold")
            ax.add_patch(
                Rectangle(
                    (-0.5, i - 0.5), cols, 1, fill=False, edgecolor=ALERT, linewidth=2, zorder=4
                )
            )
    ax.set_xticks(range(cols), category_labels([labels.platform(p) for p in data.platforms]))
    ax.xaxis.tick_top()
    for side in ax.spines.values():
        side.set_visible(False)
    chart.labels_side(ax)
    chart.categories(ax)
    if uncovered:
        chart.legend(
            ax,
            [Patch(facecolor="white", edgecolor=ALERT, linewidth=2)],
            [QCoreApplication.translate("Charts", "No planned post reaches this segment")],
            ncol=1,
            loc="upper center",
            bbox_to_anchor=(0.5, -0.02),
        )
    return chart.fig
