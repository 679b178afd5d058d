"""Figures 4-6: estimated reach against the target, promotion budget, posting times."""

from __future__ import annotations

import datetime as dt

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain.coverage.reach import BudgetData, ReachData, TimesData
from planner.formatting import Formatter
from planner.palette import PLATFORM
from planner.reports.charts.plan import SHADES
from planner.reports.charts.sizes import figure_size
from planner.reports.charts.style import (
    GRID,
    INK,
    MUTED,
    NOTE,
    Chart,
    bars,
    category_labels,
)

TARGET = "#b45309"
BEST = "#b45309"
SUNDAY_FIRST = [6, 0, 1, 2, 3, 4, 5]  # weekday numbers (0 = Monday) in Omani week order
EARLIEST = 6  # hours before this are shown only when something is planned in them


def build_reach(
    data: ReachData, formatter: Formatter, lang: str, fig: Figure | None = None
) -> Figure:
    """Estimated reach per platform and their total (stacked), the reach target as a line."""
    chart = Chart(formatter, lang, fig)
    chart.title(QCoreApplication.translate("Charts", "Estimated reach against the target"))
    rows = [r for r in data.rows if r.estimate]
    if not rows:
        chart.empty(
            QCoreApplication.translate(
                "Charts", "No reach can be estimated yet: plan posts on accounts with followers."
            )
        )
        return chart.fig
    ax = chart.fig.add_subplot()
    x = np.arange(len(rows) + 1)
    colours = [PLATFORM[r.platform] for r in rows]
    estimates = [r.estimate for r in rows]
    bars(ax, range(len(rows)), estimates, 0.62, colours, edge="none", linewidth=0)
    for i, row in enumerate(rows):
        ax.text(
            i,
            row.estimate,
            formatter.integer(row.estimate),
            ha="center",
            va="bottom",
            fontsize=NOTE,
            color=MUTED,
        )
    starts = [sum(estimates[:i]) for i in range(len(rows))]
    bars(ax, [len(rows)] * len(rows), estimates, 0.62, colours, bottoms=starts, linewidth=0.5)
    bottom = sum(estimates)
    ax.text(
        len(rows),
        bottom,
        formatter.integer(bottom),
        ha="center",
        va="bottom",
        fontsize=NOTE,
        color=INK,
        fontweight="bold",
    )
    handles: list[Line2D] = []
    if data.target:
        ax.axhline(data.target, color=TARGET, linestyle="--", linewidth=1.6, zorder=4)
        handles.append(Line2D([], [], color=TARGET, linestyle="--", linewidth=1.6))
    top = max(bottom, data.target or 0) * 1.15
    ax.set_ylim(0, top)
    ax.set_xlim(-0.6, len(rows) + 0.6)
    ax.set_xticks(
        x,
        category_labels(
            [labels.platform(r.platform) for r in rows]
            + [QCoreApplication.translate("Charts", "Total")]
        ),
    )
    ax.get_xticklabels()[-1].set_fontweight("bold")
    ax.axvline(len(rows) - 0.5, color=GRID, linewidth=1)
    chart.value_axis(
        ax, QCoreApplication.translate("Charts", "Estimated reach (people)"), integer=False
    )
    chart.categories(ax)
    if handles:
        target = QCoreApplication.translate("Charts", "Reach target: %1").replace(
            "%1", formatter.integer(round(data.target or 0))
        )
        chart.legend(ax, handles, [target], ncol=1, loc="lower center", bbox_to_anchor=(0.5, 1.01))
    return chart.fig


def build_budget(
    data: BudgetData, formatter: Formatter, lang: str, fig: Figure | None = None
) -> Figure:
    """Paid promotion per platform, in Omani rials, each bar with its amount."""
    chart = Chart(formatter, lang, fig)
    chart.title(QCoreApplication.translate("Charts", "Promotion budget per platform"))
    if not data.rows:
        chart.empty(
            QCoreApplication.translate(
                "Charts", "No promotion budget is planned. Add budget lines to the campaign."
            )
        )
        return chart.fig
    ax = chart.fig.add_subplot()
    x = np.arange(len(data.rows))
    rials = [baisa / 1000 for _, baisa in data.rows]
    bars(ax, x, rials, 0.62, [PLATFORM[p] for p, _ in data.rows], edge="none", linewidth=0)
    for i, (_, baisa) in enumerate(data.rows):
        ax.text(
            i,
            baisa / 1000,
            formatter.money(baisa),
            ha="center",
            va="bottom",
            fontsize=NOTE,
            color=MUTED,
        )
    ax.set_ylim(0, max(rials) * 1.15)
    ax.set_xlim(-0.6, len(rials) - 0.4)
    ax.set_xticks(x, category_labels([labels.platform(p) for p, _ in data.rows]))
    chart.value_axis(
        ax, QCoreApplication.translate("Charts", "Budget (Omani rials)"), integer=False
    )
    chart.categories(ax)
    return chart.fig


def build_times(
    data: TimesData, formatter: Formatter, lang: str, fig: Figure | None = None
) -> Figure:
    """Weekdays (rows, Sunday first) by hours: planned posts in each hour, and the hours the
    accounts do best boxed."""
    chart = Chart(formatter, lang, fig, figure_size("times", data))
    chart.title(
        QCoreApplication.translate("Charts", "Planned posting times against the best times")
    )
    if not data.facts.total and not data.best:
        chart.empty(QCoreApplication.translate("Charts", "No posting times are planned yet."))
        return chart.fig
    ax = chart.fig.add_subplot()
    grid = np.array([data.counts[w] for w in SUNDAY_FIRST])
    used = [h for h in range(24) if grid[:, h].any()] + [h for _, h in data.best]
    first = min([EARLIEST, *used])  # the night is left out unless something happens in it
    top = int(grid.max())
    bounds = [-0.5, 0.5, 1.5, 2.5, 3.5, max(top, 4) + 0.5]
    ax.imshow(
        grid[:, first:],
        cmap=ListedColormap(SHADES),
        norm=BoundaryNorm(bounds, len(SHADES)),
        aspect="auto",
        extent=(first - 0.5, 23.5, 6.5, -0.5),
    )
    ax.vlines(np.arange(first - 0.5, 24), -0.5, 6.5, colors=GRID, linewidth=0.6)
    ax.hlines(np.arange(-0.5, 7), first - 0.5, 23.5, colors=GRID, linewidth=0.6)
    for r in range(7):
        for h in range(first, 24):
            if grid[r, h]:
                ax.text(
                    h,
                    r,
                    formatter.integer(int(grid[r, h])),
                    ha="center",
                    va="center",
                    fontsize=NOTE,
                    color="#ffffff" if grid[r, h] >= 3 else INK,
                )
    for weekday, hour in data.best:
        row = SUNDAY_FIRST.index(weekday)
        ax.add_patch(
            Rectangle(
                (hour - 0.5, row - 0.5), 1, 1, fill=False, edgecolor=BEST, linewidth=1.8, zorder=4
            )
        )
    ax.set_xlim(first - 0.5, 23.5)
    sunday = dt.date(2026, 11, 1)  # any Sunday: only the weekday names are used
    days = [formatter.weekday(sunday + dt.timedelta(days=i)) for i in range(7)]
    ax.set_yticks(range(7), days)
    hours = list(range(first + first % 2, 24, 2))
    ax.set_xticks(hours, [formatter.time(dt.time(h)) for h in hours])
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel(QCoreApplication.translate("Charts", "Hour of the day (Muscat time)"))
    chart.labels_side(ax)
    chart.categories(ax)
    chart.legend(
        ax,
        [
            Patch(facecolor=SHADES[2], edgecolor="none"),
            Patch(facecolor="white", edgecolor=BEST, linewidth=1.8),
        ],
        [
            QCoreApplication.translate("Charts", "Planned posts (number in the cell)"),
            QCoreApplication.translate("Charts", "A best time of an account"),
        ],
        ncol=2,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.01),
    )
    return chart.fig
