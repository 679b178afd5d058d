"""The crisis screen's chart, response times per platform, as a matplotlib figure built from
plain data (testable without a window).

matplotlib is imported inside the function, so it loads only when a chart is first needed
(its import costs about half a second). The fonts come from the charts module's shared set-up
(`planner.reports.charts.style.setup`: the bundled Noto fonts registered with matplotlib);
matplotlib >= 3.11 shapes Arabic itself, and the family list falls back to Noto Sans for the
Latin letters Noto Sans Arabic lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.fonts import FAMILIES

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FAMILY = list(FAMILIES)
TEXT = "#1f2933"
MUTED = "#52606d"
GRID = "#d9dee3"


def _plain(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Series:
    """One set of bars: a label for the legend, a colour, a value per category (None: no
    data, drawn as a dash)."""

    label: str
    colour: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class ResponseTimesChart:
    """Everything the figure shows, already translated and in the reading order of the
    language (categories are platforms, values hours)."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    title: str = ""
    axis_label: str = ""
    target: float | None = None
    target_label: str = ""
    rtl: bool = False
    value_text: Callable[[float], str] = field(default=_plain)


def response_times_figure(
    chart: ResponseTimesChart, width: float = 8.0, height: float = 3.4, dpi: int = 100
) -> Figure:
    """Grouped bars of the median response time per platform, with values written on them;
    in Arabic the platforms run from right to left and the value axis sits on the right."""
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter

    from planner.reports.charts.style import setup

    setup()  # the bundled fonts, registered once for every chart
    with matplotlib.rc_context(
        {
            "font.family": FAMILY,
            "font.size": 9,
            "axes.edgecolor": GRID,
            "text.color": TEXT,
            "axes.labelcolor": MUTED,
            "xtick.color": TEXT,
            "ytick.color": MUTED,
            "axes.unicode_minus": False,
        }
    ):
        figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
        axes = figure.add_subplot()
        count = len(chart.categories)
        slots = max(1, len(chart.series))
        bar = 0.8 / slots
        positions = [count - 1 - i if chart.rtl else i for i in range(count)]
        top = max(
            [v for s in chart.series for v in s.values if v is not None]
            + [chart.target or 0.0, 1.0]
        )
        for n, series in enumerate(chart.series):
            shift = (n - (slots - 1) / 2) * bar * (-1 if chart.rtl else 1)
            for x, value in zip(positions, series.values, strict=True):
                if value is None:
                    axes.text(x + shift, top * 0.02, "—", ha="center", va="bottom", color=MUTED)
                    continue
                axes.bar(x + shift, value, bar * 0.92, color=series.colour)
                axes.text(
                    x + shift,
                    value + top * 0.015,
                    chart.value_text(value),
                    ha="center",
                    va="bottom",
                    fontsize=8,
                )
        handles: list[Patch | Line2D] = [Patch(color=s.colour, label=s.label) for s in chart.series]
        if chart.target is not None:
            axes.axhline(chart.target, color=MUTED, linestyle="--", linewidth=1)
            if chart.target_label:
                handles.append(
                    Line2D([], [], color=MUTED, linestyle="--", label=chart.target_label)
                )
        axes.set_xticks(positions, chart.categories)
        axes.set_xlim(-0.6, count - 0.4)
        axes.set_ylim(0, top * 1.18)
        axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: chart.value_text(v)))
        axes.set_ylabel(chart.axis_label)
        if chart.rtl:
            axes.yaxis.tick_right()
            axes.yaxis.set_label_position("right")
        axes.grid(axis="y", color=GRID, linewidth=0.6)
        axes.set_axisbelow(True)
        for side in ("top", "left" if chart.rtl else "right"):
            axes.spines[side].set_visible(False)
        if chart.title:
            axes.set_title(
                chart.title, loc="right" if chart.rtl else "left", fontweight="bold", fontsize=10
            )
        if handles:
            if chart.rtl:
                handles.reverse()  # read from the right
            figure.legend(
                handles=handles,
                loc="outside lower center",
                ncols=len(handles),
                frameon=False,
                fontsize=8,
                markerfirst=not chart.rtl,
            )
    return figure
