"""Coverage charts: matplotlib figures built from plain data, with a sentence under each.

This package's own module imports no matplotlib: `figure()` loads the builders (and so
matplotlib) the first time a chart is drawn, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.domain import coverage
from planner.domain.coverage.values import CoverageInput
from planner.formatting import Formatter
from planner.reports.charts import loading, summaries

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True)
class ChartKind:
    """One of the seven charts: its command-line name, tab title, data, figure, sentence."""

    name: str
    title: str  # QT_TRANSLATE_NOOP("Charts", ...): translate with title_of()
    compute: Callable[[CoverageInput], Any]
    builder: str  # "module:function" under planner.reports.charts
    summary: Callable[[Any, Formatter], str]


CHARTS: dict[str, ChartKind] = {
    k.name: k
    for k in (
        ChartKind(
            "platform-week",
            QT_TRANSLATE_NOOP("Charts", "Posts per week"),
            coverage.platform_week,
            "plan:build_platform_week",
            summaries.platform_week,
        ),
        ChartKind(
            "heatmap",
            QT_TRANSLATE_NOOP("Charts", "Platform by day"),
            coverage.heatmap,
            "plan:build_heatmap",
            summaries.heatmap,
        ),
        ChartKind(
            "segments",
            QT_TRANSLATE_NOOP("Charts", "Segments"),
            coverage.segment_coverage,
            "plan:build_segments",
            summaries.segments,
        ),
        ChartKind(
            "reach",
            QT_TRANSLATE_NOOP("Charts", "Estimated reach"),
            coverage.estimate_reach,
            "spend:build_reach",
            summaries.reach,
        ),
        ChartKind(
            "budget",
            QT_TRANSLATE_NOOP("Charts", "Budget"),
            coverage.budget,
            "spend:build_budget",
            summaries.budget,
        ),
        ChartKind(
            "times",
            QT_TRANSLATE_NOOP("Charts", "Posting times"),
            coverage.posting_times,
            "spend:build_times",
            summaries.times,
        ),
        ChartKind(
            "actual",
            QT_TRANSLATE_NOOP("Charts", "Planned against actual"),
            coverage.actual,
            "actual:build_actual",
            summaries.actual,
        ),
    )
}
NAMES = tuple(CHARTS)


def title_of(name: str) -> str:
    return QCoreApplication.translate("Charts", CHARTS[name].title)


def builder(name: str) -> Callable[..., Figure]:
    """The `build_<chart>(data, formatter, lang, fig=None) -> Figure` function of a chart."""
    module, function = CHARTS[name].builder.split(":")
    loading.load(f"planner.reports.charts.{module}")
    found: Callable[..., Figure] = getattr(
        import_module(f"planner.reports.charts.{module}"), function
    )
    return found


def figure(
    name: str,
    inp: CoverageInput,
    formatter: Formatter,
    lang: str,
    fig: Figure | None = None,
    wide: bool = False,
    panel: str | None = None,
) -> Figure:
    """Draw chart `name` of `inp` (into `fig` when given, replacing what it showed). On a
    screen, short and wide: `wide` spreads the platform-by-day chart sideways, and `panel`
    shows one panel of the planned-against-actual chart."""
    build = builder(name)
    data = CHARTS[name].compute(inp)
    if wide and name == "heatmap":
        return build(data, formatter, lang, fig, wide=True)
    if panel is not None and name == "actual":
        return build(data, formatter, lang, fig, panel=panel)
    return build(data, formatter, lang, fig)


def summary(name: str, inp: CoverageInput, formatter: Formatter) -> str:
    kind = CHARTS[name]
    return kind.summary(kind.compute(inp), formatter)
