"""The campaign plan PDF: its sections in order, the cover and contents, written as pages.

The plan's own sections are built in plan_texts (summary to sign-off) and plan_schedule
(channels and schedule); their strings keep the translation context "PlanWriter" they
had when all of them lived here. Every user text is escaped.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage

from planner import labels
from planner.domain import progress as progress_
from planner.domain.names import display_name
from planner.domain.progress import Progress
from planner.formatting import Formatter
from planner.reports.pdf import (  # they register sections
    approval_section,
    coverage_section,
    more_sections,
)
from planner.reports.pdf import sections as registry
from planner.reports.pdf.document import Chrome, paginate, write_pdf
from planner.reports.pdf.flow import FLOW
from planner.reports.pdf.html import FONT_STACK, bidi, esc, heading, key_values, page_break, table
from planner.reports.pdf.plan_schedule import Schedule
from planner.reports.pdf.plan_texts import PlanTexts
from planner.reports.pdf.sections import PlanContext, Section
from planner.storage.workspace import Workspace

COVER_LOGO = "cover-logo"
COVER_LOGO_WIDTH = 120  # px at 96 dpi


def load_context(workspace: Workspace, campaign_id: int, formatter: Formatter) -> PlanContext:
    return PlanContext(
        workspace=workspace,
        campaign=workspace.campaigns.get(campaign_id),
        posts=workspace.posts.for_campaign(campaign_id),
        segments={s.id: s for s in workspace.segments.list() if s.id is not None},
        accounts=workspace.accounts.list(),
        formatter=formatter,
        rtl=formatter.lang == "ar",
        institution=workspace.meta.get(
            "institution" if formatter.lang == "ar" else "institution_en"
        )
        or workspace.meta.get("institution"),
    )


class PlanWriter(QObject):
    """Writes one campaign's plan; strings are translated into the current language."""

    def __init__(self, ctx: PlanContext, today: dt.date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.fmt = ctx.formatter
        self.today = today or dt.date.today()
        self.logo: QImage | None = None

    # the whole document ---------------------------------------------------------------
    def sections(self) -> list[Section]:
        texts = PlanTexts(self.ctx)
        built = [
            (10, texts.summary()),
            (20, texts.audience()),
            (30, texts.strategy()),
            (40, Schedule(self.ctx).section()),
            (70, texts.budget()),
            (90, texts.evaluation()),
            (100, texts.approval()),
        ]
        built += [(order, provider(self.ctx)) for order, provider in registry.PROVIDERS]
        ordered = sorted(((o, s) for o, s in built if s is not None), key=lambda p: p[0])
        return [s for _, s in ordered]

    def write(self, out: Path, progress: Progress | None = None) -> int:
        """Write the plan; `progress` hears of each page painted (and 0 of 1 between the
        stages before: sections, charts, layout) and may stop it there."""
        progress_.step(progress, 0, 1)
        parts = self.sections()
        progress_.step(progress, 0, 1)
        images = {k: v for s in parts for k, v in s.images.items()}
        drawings = {k: v for s in parts for k, v in s.drawings.items()}
        logo = more_sections.cover_logo(self.ctx)
        if logo is not None:
            images[COVER_LOGO] = logo
        self.logo = logo
        c = self.ctx.campaign
        rtl = self.ctx.rtl

        def front(pages: dict[str, int]) -> str:
            return self._page(self.cover() + page_break() + self.contents(parts, pages))

        # the sections flow one after the other: only the cover, the contents and the
        # body start a page (docs/look-and-feel.md, "Plan PDF pages")
        body = self._page(FLOW.join(s.html for s in parts))
        layout = paginate(front, [body], images, drawings=drawings, progress=progress)
        progress_.step(progress, 0, layout.page_count())
        chrome = Chrome(
            rtl=rtl,
            header_start=self.ctx.institution,
            header_end=display_name(c, self.fmt.lang),
            footer=lambda n, total: (
                self.tr("Page %1 of %2")
                .replace("%1", self.fmt.integer(n))
                .replace("%2", self.fmt.integer(total))
            ),
            accent=c.colour,
            title=self.tr("Campaign plan: %1").replace("%1", display_name(c, self.fmt.lang)),
            author=c.owner,
        )
        return write_pdf(layout, out, chrome, progress=progress)

    def _page(self, body: str) -> str:
        direction = "rtl" if self.ctx.rtl else "ltr"
        accent = self.ctx.campaign.colour
        return (
            f'<html dir="{direction}"><head><style>'
            f"body {{ font-family: {FONT_STACK}; font-size: 10pt; color: #1f2933; }}"
            f"h1 {{ font-size: 24pt; color: {accent}; margin: 0; }}"
            f"h2 {{ font-size: 15pt; color: {accent}; margin-top: 22px; margin-bottom: 10px; }}"
            "h3 { font-size: 11.5pt; color: #1f2933; margin-top: 14px; margin-bottom: 6px; }"
            "h4 { font-size: 10pt; font-weight: normal; margin-top: 0; margin-bottom: 8px;"
            " line-height: 140%; }"  # a lead-in paragraph (html.lead_in), kept with its table
            "p { margin-top: 0; margin-bottom: 8px; line-height: 140%; }"
            "th { font-weight: bold; font-size: 9pt; } td { font-size: 9pt; }"
            ".muted { color: #52606d; } .small { font-size: 8.5pt; }"
            f'</style></head><body dir="{direction}">{body}</body></html>'
        )

    # cover and contents -----------------------------------------------------------------
    def cover(self) -> str:
        c = self.ctx.campaign
        f = self.fmt
        direction = "rtl" if self.ctx.rtl else "ltr"
        hijri = f"{f.hijri(c.start)} – {f.hijri(c.end)}"
        dates = (
            f'{self.u(f.date_range(c.start, c.end))}<br/><span class="muted">{self.u(hijri)}</span>'
        )
        rows = [
            (self.tr("Institution"), self.u(self.ctx.institution)),
            (self.tr("Dates"), dates),
            (self.tr("Type"), self.u(labels.campaign_type(c.type))),
            (self.tr("Status"), self.u(labels.campaign_status(c.status))),
            (self.tr("Prepared by"), self.u(c.owner or "—")),
            (self.tr("Version"), self.u(f.digits_of(c.version))),
            (
                self.tr("Date of issue"),
                self.u(f"{f.date(self.today, 'long')} — {f.hijri(self.today)}"),
            ),
        ]
        title, other = c.name, c.name_en if self.ctx.rtl else ""
        if not self.ctx.rtl and c.name_en:  # in English the English name leads
            title, other = c.name_en, c.name
        english = f'<p class="muted">{self.u(other)}</p>' if other else ""
        kit = more_sections.campaign_kit(self.ctx)
        strip = "".join(  # the kit's colours under the band; white would read as a gap
            f'<td bgcolor="{esc(k.hex)}" style="font-size: 3pt;">&nbsp;</td>'
            for k in (kit.colours if kit else [])[:6]
            if QColor(k.hex).lightnessF() < 0.95 and k.hex.lower() != c.colour.lower()
        )
        logo = ""
        if self.logo is not None:
            height = round(COVER_LOGO_WIDTH * self.logo.height() / max(1, self.logo.width()))
            logo = (
                '<p style="font-size: 28pt; margin: 0;">&nbsp;</p>'
                f'<p align="{"right" if self.ctx.rtl else "left"}">'
                f'<img src="{COVER_LOGO}" width="{COVER_LOGO_WIDTH}" height="{height}"/></p>'
            )
        return (
            f'<table width="100%" cellspacing="0" cellpadding="18"><tr>'
            f'<td bgcolor="{esc(c.colour)}"><p style="color: #ffffff; font-size: 13pt;">'
            f"{self.u(self.ctx.institution)}</p></td></tr></table>"
            + (
                f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{strip}</tr></table>'
                if strip
                else ""
            )
            + logo
            + f'<p dir="{direction}" style="margin-top: {40 if logo else 120}px;"'
            ' class="muted">' + self.tr("Campaign plan") + "</p>"
            f"<h1>{self.u(title)}</h1>{english}"
            f'<p style="margin-top: 40px;"></p>{key_values(rows, self.ctx.rtl)}'
        )

    def contents(self, parts: list[Section], pages: dict[str, int]) -> str:
        rows = [[self.u(s.title), self.u(self.fmt.integer(pages.get(s.anchor, 0)))] for s in parts]
        return heading("contents", self.tr("Contents")) + table(
            [self.tr("Section"), self.tr("Page")], rows, self.ctx.rtl, [85, 15]
        )

    # helpers --------------------------------------------------------------------------------
    def u(self, text: object) -> str:
        """Escaped text, kept in its own direction inside the document's."""
        return bidi(text, self.ctx.rtl)


def prepare_plan(workspace: Workspace, campaign_id: int, formatter: Formatter) -> int:
    """Have the started chart worker record the plan's charts now, before it is exported
    (while the officer chooses where to save it); returns the number of charts asked for."""
    return coverage_section.ask(load_context(workspace, campaign_id, formatter))


def export_plan(
    workspace: Workspace,
    campaign_id: int,
    out: Path,
    formatter: Formatter,
    today: dt.date | None = None,
    version: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the plan of one campaign to `out` (as frozen in `version`, when given); return
    the number of pages. `progress` may stop it (see planner.domain.progress): then no file
    is left."""
    ctx = load_context(workspace, campaign_id, formatter)
    if version is not None:  # the plan as frozen then (KeyError when there is no such version)
        ctx = approval_section.snapshot_context(
            workspace, campaign_id, version, formatter, ctx.institution
        )
    coverage_section.start(ctx)  # the chart worker records the charts meanwhile
    return PlanWriter(ctx, today).write(out, progress)
