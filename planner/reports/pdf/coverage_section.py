"""Section 7 of the plan PDF: each coverage chart that has something to show, with its sentence.

The charts come from planner.reports.charts (matplotlib, imported only when a plan is
written), recorded as drawings (planner.reports.charts.vector: vectors and real, searchable
text) the full width of the page's body, laid out at that printed size (so that their font
sizes are printed points, none under 8 pt), and painted as such into the PDF. Each chart is
a figure (flow.FIGURE) that keeps its title, sentence and picture on one page
(document_headings.keep_end) and may trade places with its neighbours to fill the pages;
the planned-against-actual chart prints its panels one under the other, each a picture of
its own, so that none is taller than half a page. A chart with nothing to show is left
out, and a campaign without posts gets no section at all.

The charts are recorded by the chart worker (planner.reports.charts.pool) when one was started
ahead, asked first thing by export_plan (`start()`), while this process writes, lays out and
paints the pages before this section; their sizes are known beforehand (charts.sizes), and
each drawing is waited for only when its page is painted. Without a started worker they are
recorded here.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from planner.reports import charts
from planner.reports.charts import pool
from planner.reports.charts.data import Selection, collect
from planner.reports.charts.drawing import Drawing
from planner.reports.charts.pool import Job
from planner.reports.charts.sizes import actual_panels, printed_size
from planner.reports.pdf import sections
from planner.reports.pdf.document import DPI, body_size
from planner.reports.pdf.flow import FIGURE, FIGURE_PART
from planner.reports.pdf.html import bidi, heading
from planner.reports.pdf.sections import PlanContext, Section

ORDER = 50
WIDTH = 1.0  # of the body's width: charts are printed at the text width
CACHE_SIZE = 16  # drawings kept for the next export: two plans' charts (tens of kB each)
PRINT_CHART = "planner.reports.charts.vector:print_chart"  # imported where the job runs
_cache: OrderedDict[tuple[str, ...], Job[Drawing]] = OrderedDict()
# each chart's data and the jobs recording its pictures (each with its panel, or None)
Jobs = dict[str, tuple[Any, list[tuple[str | None, Job[Drawing]]]]]
_started: tuple[PlanContext, Jobs] | None = None


def has_data(name: str, data: Any) -> bool:
    """Whether chart `name` has anything to draw for `data` (its computed input)."""
    facts = getattr(data, "facts", None)
    if name in ("platform-week", "heatmap", "times", "reach"):
        return bool(facts and facts.total)
    if name == "segments":
        return bool(facts and facts.targets and any(any(row) for row in data.counts))
    if name == "budget":
        return bool(facts and facts.total_baisa)
    if name == "actual":
        return not data.empty
    return True


def chart_job(
    name: str, data: Any, ctx: PlanContext, width: float, panel: str | None = None
) -> Job[Drawing]:
    """Chart `name` of `data` (its `panel` only, when given) as a drawing shown `width`
    pixels (at 96 dpi) wide: a job of the chart worker (recorded in this process when the
    worker cannot).

    The same chart of the same data is recorded once: exporting again after editing a
    post's text (which no chart shows) reuses the drawings, as making them is most of the
    export.
    """
    lang = "ar" if ctx.rtl else "en"
    key = (
        name,
        str(panel),
        lang,
        ctx.formatter.lang,
        str(ctx.formatter.digits),
        str(width),
        repr(data),
    )
    job = _cache.get(key)
    if job is not None and not (job.done() and job.exception() is not None):
        _cache.move_to_end(key)
        return job
    # only a worker started ahead (File > Export as PDF, `export pdf`) records: one started
    # now would spend longer starting (~1.5 s) than recording here saves
    job = _cache[key] = pool.submit(
        pool.by_name,
        PRINT_CHART,
        name,
        data,
        lang,
        str(ctx.formatter.digits),
        width * 72 / DPI,
        panel,
        lang=lang,
        start=False,
    )
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return job


def drawing(
    name: str, data: Any, ctx: PlanContext, width: float, panel: str | None = None
) -> Drawing:
    """Chart `name` of `data` (its `panel` only, when given) as a drawing shown `width`
    pixels (at 96 dpi) wide, made."""
    return chart_job(name, data, ctx, width, panel).result()


def pictures(name: str, data: Any) -> list[str | None]:
    """The pictures chart `name` prints as: its panels for the planned-against-actual
    chart, else the whole chart (None)."""
    if name == "actual":
        return [panel for panel, _ in actual_panels(data)] or [None]
    return [None]


def forget_pictures() -> None:
    """Record every chart afresh at the next export (for measures and tests)."""
    _cache.clear()


def start(ctx: PlanContext) -> None:
    """Ask the chart worker for the charts of `ctx`'s plan now, before the other sections
    are written (export_plan's first step): the section picks these jobs up."""
    global _started
    _started = (ctx, _jobs(ctx))


def ask(ctx: PlanContext) -> int:
    """Ask the started chart worker for the charts of `ctx`'s plan ahead of its export (File
    > Export as PDF does as it opens): the export finds them made or under way. Returns the
    number of charts asked for."""
    return len(_jobs(ctx))


def _width() -> int:
    return int(body_size().width() * WIDTH)


def _jobs(ctx: PlanContext) -> Jobs:
    """Each chart that has something to show: its data and the jobs recording its
    pictures (each with its panel)."""
    if not any(p.scheduled_at for p in ctx.posts):
        return {}
    inp = collect(ctx.workspace, Selection(campaign_id=ctx.campaign.id))
    jobs: Jobs = {}
    for name in charts.NAMES:
        data = charts.CHARTS[name].compute(inp)
        if has_data(name, data):
            jobs[name] = (
                data,
                [(p, chart_job(name, data, ctx, _width(), p)) for p in pictures(name, data)],
            )
    return jobs


class CoverageSection(QObject):
    """The translated texts of the section."""

    def __init__(self, ctx: PlanContext) -> None:
        super().__init__()
        self.ctx = ctx

    def build(self) -> Section | None:
        global _started
        ctx = self.ctx
        started, _started = _started, None
        jobs = started[1] if started is not None and started[0] is ctx else _jobs(ctx)
        if not jobs:
            return None
        width = _width()
        title = self.tr("Coverage")
        html = heading("coverage", title)
        drawings: dict[str, Callable[[], Drawing]] = {}
        for name, (data, made) in jobs.items():
            key = f"chart-{name}"
            sentence = charts.CHARTS[name].summary(data, ctx.formatter)
            html += (
                f'{FIGURE}<h3><a name="{key}"></a>{bidi(charts.title_of(name), ctx.rtl)}</h3>'
                f'<p class="muted" style="line-height: 115%; margin-bottom: 4px;">'
                f"{bidi(sentence, ctx.rtl)}</p>"
            )
            for index, (panel, job) in enumerate(made):
                picture = f"{key}-{panel}" if index else key  # it closes the title's group
                drawings[picture] = job.result  # waited for when its page is painted
                inches = printed_size(name, data, width / DPI, panel)
                height = round(inches[1] * DPI)
                html += (
                    (FIGURE_PART if index else "")
                    + '<p align="center" style="line-height: 100%; margin-bottom: 6px;">'
                    + f'<img src="{picture}" width="{width}" height="{height}"/></p>'
                )
        return Section("coverage", title, html, drawings=drawings)


sections.register(ORDER, lambda ctx: CoverageSection(ctx).build())
