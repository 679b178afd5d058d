"""Section 7 of the plan PDF: each coverage chart that has something to show, with its sentence.

The charts come from planner.reports.charts (matplotlib, imported only when a plan is
written), recorded as drawings (planner.reports.charts.vector: vectors and real, searchable
text) nearly the width of the page's body, and painted as such into the PDF. Each chart keeps
its title and sentence on its page (document.keep_end); a chart with nothing to show is left
out, and a campaign without posts gets no section at all.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from planner.reports import charts
from planner.reports.charts import loading
from planner.reports.charts.data import Selection, collect
from planner.reports.charts.drawing import Drawing
from planner.reports.pdf import sections
from planner.reports.pdf.document import DPI, body_size, keep_end
from planner.reports.pdf.html import bidi, heading
from planner.reports.pdf.sections import PlanContext, Section

ORDER = 50
WIDTH = 0.9  # of the body's width: two charts with their titles and sentences share a page
CACHE_SIZE = 16  # drawings kept for the next export: two plans' charts (tens of kB each)
_cache: OrderedDict[tuple[str, ...], Drawing] = OrderedDict()


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


def drawing(name: str, data: Any, ctx: PlanContext, width: float) -> Drawing:
    """Chart `name` of `data` as a drawing shown `width` pixels (at 96 dpi) wide.

    The same chart of the same data is recorded once: exporting again after editing a
    post's text (which no chart shows) reuses the drawings, as making them is most of the
    export.
    """
    lang = "ar" if ctx.rtl else "en"
    key = (name, lang, ctx.formatter.lang, str(ctx.formatter.digits), str(width), repr(data))
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    loading.load("planner.reports.charts.vector")
    from planner.reports.charts.vector import print_chart

    made = _cache[key] = print_chart(name, data, lang, str(ctx.formatter.digits),
                                     width * 72 / DPI)
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return made


def ready(made: Drawing) -> Callable[[], Drawing]:
    """A drawing made already, as the document asks for it when painting."""
    return lambda: made


def forget_pictures() -> None:
    """Record every chart afresh at the next export (for measures and tests)."""
    _cache.clear()


class CoverageSection(QObject):
    """The translated texts of the section."""

    def __init__(self, ctx: PlanContext) -> None:
        super().__init__()
        self.ctx = ctx

    def build(self) -> Section | None:
        ctx = self.ctx
        if not any(p.scheduled_at for p in ctx.posts):
            return None
        inp = collect(ctx.workspace, Selection(campaign_id=ctx.campaign.id))
        width = int(body_size().width() * WIDTH)
        title = self.tr("Coverage")
        html = heading("coverage", title)
        drawings: dict[str, Callable[[], Drawing]] = {}
        for name in charts.NAMES:
            data = charts.CHARTS[name].compute(inp)
            if not has_data(name, data):
                continue
            made = drawing(name, data, ctx, width)
            key = f"chart-{name}"
            drawings[key] = ready(made)
            height = round(width * made.height / max(1.0, made.width))
            sentence = charts.CHARTS[name].summary(data, ctx.formatter)
            html += (f'<h3><a name="{key}"></a>{bidi(charts.title_of(name), ctx.rtl)}</h3>'
                     f'<p align="center" style="line-height: 100%; margin-bottom: 4px;">'
                     f'<img src="{key}" width="{width}" height="{height}"/></p>'
                     f'<p class="muted" style="line-height: 115%;">'
                     f'{keep_end(key)}{bidi(sentence, ctx.rtl)}</p>')
        if not drawings:
            return None
        return Section("coverage", title, html, drawings=drawings)


sections.register(ORDER, lambda ctx: CoverageSection(ctx).build())
