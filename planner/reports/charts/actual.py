"""Figure 7: planned against actual per platform and per KPI, and follower growth."""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, date2num, num2date
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain.coverage.actual import ActualData, KpiActual
from planner.domain.model import Metric
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.palette import ACCENT, PLATFORM
from planner.reports.charts.sizes import actual_panels, figure_size
from planner.reports.charts.spend import TARGET
from planner.reports.charts.style import (
    GRID,
    INK,
    LABEL,
    MUTED,
    NOTE,
    Chart,
    bars,
    category_labels,
)

CAP = 150  # KPI bars stop here; the text says the real figure


def build_actual(
    data: ActualData,
    formatter: Formatter,
    lang: str,
    fig: Figure | None = None,
    panel: str | None = None,
) -> Figure:
    """Three panels: reach estimated for the measured posts against their actual reach per
    platform; each KPI's achievement against its target; followers of each account. With
    `panel` (one of `panels(data)`), that panel alone: the screen shows one at a time."""
    heights = dict(actual_panels(data))
    panels = [panel] if panel in heights else list(heights)
    chart = Chart(formatter, lang, fig, figure_size("actual", data, panel=panel))
    if panel not in heights:  # one panel (on screen) is named by its own title and the tab
        chart.title(QCoreApplication.translate("Charts", "Planned against actual"))
    if data.empty:
        chart.empty(
            QCoreApplication.translate(
                "Charts",
                "No actual figures yet. Import the platforms' statistics or enter follower counts.",
            )
        )
        return chart.fig
    axes = chart.fig.subplots(
        len(panels), 1, height_ratios=[heights[p] for p in panels], squeeze=False
    )[:, 0]
    for ax, name in zip(axes, panels, strict=True):
        {"platforms": _platforms, "kpis": _kpis, "followers": _followers}[name](chart, ax, data)
    return chart.fig


def panels(data: ActualData) -> list[str]:
    """The panels that have something to show: "platforms", "kpis", "followers"."""
    return [name for name, _ in actual_panels(data)]


PANEL_TITLES = {
    "platforms": QT_TRANSLATE_NOOP("Charts", "Reach per platform: estimated against actual"),
    "kpis": QT_TRANSLATE_NOOP("Charts", "Key performance indicators"),
    "followers": QT_TRANSLATE_NOOP("Charts", "Followers gained per account"),
}


def _panel_title(chart: Chart, ax: Axes, text: str) -> None:
    ax.set_title(
        text,
        loc="right" if chart.rtl else "left",
        fontsize=LABEL + 0.5,
        fontweight="bold",
        color=INK,
        pad=8,
    )


def _platforms(chart: Chart, ax: Axes, data: ActualData) -> None:
    fmt = chart.fmt
    rows = [p for p in data.platforms if p.measured_posts]
    _panel_title(
        chart,
        ax,
        QCoreApplication.translate("Charts", "Reach per platform: estimated against actual"),
    )
    x = np.arange(len(rows))
    for i, row in enumerate(rows):
        colour = PLATFORM[row.platform]
        bars(
            ax,
            [i - 0.19],
            [row.estimated_measured],
            0.36,
            "white",
            edge=colour,
            hatch="///",
            linewidth=1.2,
        )
        bars(ax, [i + 0.19], [row.actual_reach], 0.36, colour, edge="none", linewidth=0)
        # the figure over its bar, and above the estimate beside it when that is taller:
        # the number is wider than its bar and would run into the hatching
        ax.text(
            i + 0.19,
            max(row.actual_reach, row.estimated_measured),
            fmt.integer(row.actual_reach),
            ha="center",
            va="bottom",
            fontsize=NOTE - 0.5,
            color=MUTED,
        )
    top = max(max(r.actual_reach for r in rows), max(r.estimated_measured for r in rows))
    ax.set_ylim(0, top * 1.55 or 1)  # room above the tallest bar for its figure and the legend
    ax.set_xlim(-0.6, len(rows) - 0.4)
    of = QCoreApplication.translate("Charts", "%1 of %2")
    names = category_labels([labels.platform(r.platform) for r in rows])
    ax.set_xticks(
        x,
        [
            f"{name}\n"
            + of.replace("%1", fmt.integer(r.measured_posts)).replace(
                "%2", fmt.integer(r.planned_posts)
            )
            for name, r in zip(names, rows, strict=True)
        ],
        fontsize=NOTE,
    )
    ax.set_xlabel(
        QCoreApplication.translate(
            "Charts", "Platform (published posts with figures, of those planned)"
        ),
        fontsize=NOTE,
    )
    chart.value_axis(ax, QCoreApplication.translate("Charts", "People reached"), integer=False)
    chart.categories(ax)
    chart.legend(
        ax,
        [Patch(facecolor="white", edgecolor=MUTED, hatch="///"), Patch(facecolor=MUTED)],
        [
            QCoreApplication.translate("Charts", "Estimated for the published posts"),
            QCoreApplication.translate("Charts", "Actual (reach; impressions on X)"),
        ],
        ncol=2,
        loc="upper center",
    )


def _kpi_name(chart: Chart, kpi: KpiActual, several: bool) -> str:
    name = labels.metric(kpi.metric)
    return chart.line(f"{name} — {chart.isolate(kpi.campaign)}") if several else name


def _kpi_value(fmt: Formatter, kpi: KpiActual, value: float, unit: bool = True) -> str:
    if kpi.metric is Metric.ENGAGEMENT_RATE or kpi.unit == "%":
        return fmt.percent(value / 100)
    text = (
        fmt.integer(round(value))
        if value == round(value) or abs(value) >= 100
        else fmt.number(value)
    )
    return f"{text} {Chart.isolate(kpi.unit)}" if unit and kpi.unit else text


def _kpis(chart: Chart, ax: Axes, data: ActualData) -> None:
    fmt = chart.fmt
    _panel_title(chart, ax, QCoreApplication.translate("Charts", "Key performance indicators"))
    several = len({k.campaign for k in data.kpis}) > 1
    y = np.arange(len(data.kpis))
    for i, kpi in enumerate(data.kpis):
        if kpi.achievement is None:
            ax.text(
                2,
                i,
                QCoreApplication.translate("Charts", "no actual figure yet"),
                va="center",
                ha="right" if chart.rtl else "left",
                fontsize=NOTE,
                color=MUTED,
            )
            continue
        shown = max(0.0, min(kpi.achievement, CAP))
        colour = ACCENT if kpi.achievement >= 100 else "#8cc2c2"
        bars(ax, [i], [shown], 0.58, colour, edge="none", linewidth=0, horizontal=True)
        assert kpi.actual is not None
        text = (
            QCoreApplication.translate("Charts", "%1 of %2 (%3)")
            .replace("%1", _kpi_value(fmt, kpi, kpi.actual, unit=False))
            .replace("%2", _kpi_value(fmt, kpi, kpi.target))
            .replace("%3", fmt.percent(kpi.achievement / 100))
        )
        if not kpi.measured:
            text += " *"
        ax.text(
            shown + 2,
            i,
            chart.line(text),
            va="center",
            ha="right" if chart.rtl else "left",
            fontsize=NOTE,
            color=INK,
            zorder=5,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1, "alpha": 0.85},
        )
    ax.axvline(100, color=TARGET, linestyle="--", linewidth=1.4, zorder=4)
    ax.set_xlim(0, CAP + 90)
    ax.set_yticks(y, [_kpi_name(chart, k, several) for k in data.kpis])
    ax.set_ylim(len(data.kpis) - 0.5, -0.5)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.percent(v / 100)))
    ax.set_xticks([0, 50, 100, 150])
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "left", "right"):
        ax.spines[side].set_visible(False)
    ax.set_xlabel(
        QCoreApplication.translate(
            "Charts",
            "Share of the way from baseline to target (dashed line: target reached; "
            "* typed in by hand)",
        ),
        fontsize=NOTE,
    )
    chart.labels_side(ax)
    chart.categories(ax)


def _followers(chart: Chart, ax: Axes, data: ActualData) -> None:
    """Followers gained by each account since the first count of the period."""
    fmt = chart.fmt
    _panel_title(chart, ax, QCoreApplication.translate("Charts", "Followers gained per account"))
    series = [s for s in data.followers if len(s.points) > 1]
    handles, names = [], []
    for s in series:
        first = s.points[0][1]
        (line,) = ax.plot(
            [date2num(d) for d, _ in s.points],
            [v - first for _, v in s.points],
            marker="o",
            markersize=3.5,
            linewidth=1.8,
            color=PLATFORM[s.platform],
        )
        handles.append(line)
        names.append(
            fmt.counted(
                QCoreApplication.translate("Charts", "%1: %n followers now", None, s.points[-1][1]),
                s.points[-1][1],
            ).replace("%1", labels.platform(s.platform))
        )
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.date(num2date(v).date(), "d MMM")))
    ax.axhline(0, color=GRID, linewidth=1)
    chart.value_axis(ax, QCoreApplication.translate("Charts", "Followers gained"))
    chart.categories(ax)
    chart.legend(ax, handles, names, ncol=2, loc="upper center", bbox_to_anchor=(0.5, -0.14))
