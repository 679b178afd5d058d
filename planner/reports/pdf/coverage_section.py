"""Section 7 of the plan PDF: each coverage chart that has something to show, with its sentence.

The charts come from planner.reports.charts (matplotlib, imported only when a plan is
written), drawn for PRINT_DPI on paper at nearly the width of the page's body. Each chart keeps its
title and sentence on its page (document.keep_end); a chart with nothing to show is left out,
and a campaign without posts gets no section at all.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from planner.reports import charts
from planner.reports.charts.data import Selection, collect
from planner.reports.pdf import sections
from planner.reports.pdf.document import DPI, body_size, keep_end
from planner.reports.pdf.html import bidi, heading
from planner.reports.pdf.sections import PlanContext, Section

ORDER = 50
PRINT_DPI = 210  # pixels per inch of a chart on paper (the issue asks at least 200)
WIDTH = 0.9  # of the body's width: two charts with their titles and sentences share a page
CACHE_SIZE = 8  # pictures kept for the next export: one plan's charts (about 3 MB each)
_cache: OrderedDict[tuple[str, ...], QImage] = OrderedDict()


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


def picture(name: str, data: Any, ctx: PlanContext, width: float) -> QImage:
    """Chart `name` as an opaque image (no soft mask in the PDF) with PRINT_DPI pixels per
    inch when shown `width` pixels (at 96 dpi) wide.

    The same chart of the same data is drawn once: exporting again after editing a post's
    text (which no chart shows) reuses the pictures, as drawing them is most of the export.
    """
    lang = "ar" if ctx.rtl else "en"
    key = (name, lang, ctx.formatter.lang, str(ctx.formatter.digits), str(width), repr(data))
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    fig = charts.builder(name)(data, ctx.formatter, lang)
    # the screen's renderer: the same pixels, with the strings the charts share (platform
    # and segment names, ticks) shaped once for the whole export
    from planner.reports.charts.render import QuickCanvasAgg

    fig.suptitle("")  # the heading above the picture names it, as real (searchable) text
    canvas = QuickCanvasAgg(fig)
    fig.set_dpi(PRINT_DPI * (width / DPI) / fig.get_figwidth())
    canvas.draw()
    pixels_wide, pixels_high = canvas.get_width_height(physical=True)
    rgba = bytes(canvas.buffer_rgba())
    image = QImage(rgba, pixels_wide, pixels_high, 4 * pixels_wide,
                   QImage.Format.Format_RGBA8888).convertToFormat(QImage.Format.Format_RGB888)
    _cache[key] = image  # converted: a copy that owns its pixels
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return image


def forget_pictures() -> None:
    """Draw every chart afresh at the next export (for measures and tests)."""
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
        images: dict[str, QImage] = {}
        for name in charts.NAMES:
            data = charts.CHARTS[name].compute(inp)
            if not has_data(name, data):
                continue
            image = picture(name, data, ctx, width)
            key = f"chart-{name}"
            images[key] = image
            height = round(width * image.height() / max(1, image.width()))
            sentence = charts.CHARTS[name].summary(data, ctx.formatter)
            html += (f'<h3><a name="{key}"></a>{bidi(charts.title_of(name), ctx.rtl)}</h3>'
                     f'<p align="center" style="line-height: 100%; margin-bottom: 4px;">'
                     f'<img src="{key}" width="{width}" height="{height}"/></p>'
                     f'<p class="muted" style="line-height: 115%;">'
                     f'{keep_end(key)}{bidi(sentence, ctx.rtl)}</p>')
        if not images:
            return None
        return Section("coverage", title, html, images)


sections.register(ORDER, lambda ctx: CoverageSection(ctx).build())
