"""The campaign plan, section by section, as HTML for the PDF (every user text escaped)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage

from planner import labels
from planner.domain import progress as progress_
from planner.domain.coverage.values import week_start
from planner.domain.metrics import achievement
from planner.domain.model import Phase, Post
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
from planner.reports.pdf.html import (
    FONT_STACK,
    bidi,
    esc,
    heading,
    key_values,
    ltr,
    page_break,
    table,
)
from planner.reports.pdf.sections import PlanContext, Section
from planner.storage.workspace import Workspace

COVER_LOGO = "cover-logo"
COVER_LOGO_WIDTH = 120  # px at 96 dpi
MESSAGE_WORDS = 4  # words of a key message quoted in the schedule, after its number

_V = TypeVar("_V")


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
        self._cells: dict[tuple[object, ...], str] = {}
        self.logo: QImage | None = None

    # the whole document ---------------------------------------------------------------
    def sections(self) -> list[Section]:
        built = [
            (10, self.summary()),
            (20, self.audience()),
            (30, self.strategy()),
            (40, self.schedule()),
            (70, self.budget()),
            (90, self.evaluation()),
            (100, self.approval()),
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

        bodies = [self._page(s.html) for s in parts]
        layout = paginate(front, bodies, images, drawings=drawings, progress=progress)
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
            f"h2 {{ font-size: 15pt; color: {accent}; margin-top: 4px; margin-bottom: 10px; }}"
            "h3 { font-size: 11.5pt; color: #1f2933; margin-top: 14px; margin-bottom: 6px; }"
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

    # built-in sections --------------------------------------------------------------------
    def summary(self) -> Section:
        c, f = self.ctx.campaign, self.fmt
        html = heading("summary", self.tr("Summary"))
        if c.aim:
            html += "<h3>" + self.tr("Aim") + "</h3>" + f"<p>{self.u(c.aim)}</p>"
        if c.objectives:
            html += "<h3>" + self.tr("Objectives and key performance indicators") + "</h3>"
            for i, o in enumerate(c.objectives, 1):
                html += f"<p><b>{self.u(f.integer(i))}. </b>{self.u(o.text)}</p>"
                if o.kpis:
                    rows = [
                        [
                            self.u(labels.metric(k.metric)),
                            self.u(self._value(k.baseline, k.unit)),
                            self.u(self._value(k.target, k.unit)),
                            self.u(f.date(k.deadline) if k.deadline else "—"),
                        ]
                        for k in o.kpis
                    ]
                    html += table(
                        [
                            self.tr("Indicator"),
                            self.tr("Baseline"),
                            self.tr("Target"),
                            self.tr("Deadline"),
                        ],
                        rows,
                        self.ctx.rtl,
                        [34, 22, 22, 22],
                    )
        total = sum(b.amount_baisa for b in c.budget)
        html += "<h3>" + self.tr("Promotion budget") + f"</h3><p>{self.u(f.money(total))}</p>"
        return Section("summary", self.tr("Summary"), html)

    def audience(self) -> Section | None:
        c = self.ctx.campaign
        if not c.audience:
            return None
        html = heading("audience", self.tr("Audience and insight"))
        for target in c.audience:
            segment = self.ctx.segments.get(target.segment_id)
            if segment is None:
                continue
            platforms = (
                "، ".join(labels.platform(p) for p in segment.platforms)
                if self.ctx.rtl
                else ", ".join(labels.platform(p) for p in segment.platforms)
            )
            html += f"<h3>{self.u(segment.name)}</h3>"
            pairs = [
                (self.tr("Who they are"), self.u(segment.description or "—")),
                (self.tr("Why we address them"), self.u(target.insight or "—")),
                (self.tr("Barriers"), self.u(target.barriers or "—")),
                (self.tr("Platforms that reach them"), self.u(platforms or "—")),
            ]
            html += key_values(pairs, self.ctx.rtl)
        return Section("audience", self.tr("Audience and insight"), html)

    def strategy(self) -> Section | None:
        c = self.ctx.campaign
        if not (c.proposition or c.messages or c.partners or c.hashtags):
            return None
        html = heading("strategy", self.tr("Strategy"))
        if c.proposition:
            html += "<h3>" + self.tr("Proposition") + "</h3>" + f"<p>{self.u(c.proposition)}</p>"
        if c.messages:
            html += "<h3>" + self.tr("Key messages") + "</h3>"
            for i, m in enumerate(c.messages, 1):
                # the other language's text under the PDF's own, as a gloss
                other = (
                    ""
                    if not m.text_en.strip()
                    else ltr(m.text_en)
                    if self.ctx.rtl
                    else self.u(m.text)
                )
                extra = f'<br/><span class="muted">{other}</span>' if other else ""
                shown = display_name(m, self.fmt.lang)
                html += f"<p><b>{self.u(self.fmt.integer(i))}. </b>{self.u(shown)}{extra}</p>"
        if c.partners:
            kinds = {"partner": self.tr("Partner body"), "influencer": self.tr("Influencer")}
            rows = [
                [self.u(p.name), self.u(kinds.get(p.kind, p.kind)), ltr(p.handle) or "—"]
                for p in c.partners
            ]
            html += (
                "<h3>"
                + self.tr("Partners and influencers")
                + "</h3>"
                + table(
                    [self.tr("Name"), self.tr("Role"), self.tr("Account")],
                    rows,
                    self.ctx.rtl,
                    [45, 25, 30],
                )
            )
        if c.hashtags:
            tags = "  ".join(t if t.startswith("#") else f"#{t}" for t in c.hashtags)
            html += "<h3>" + self.tr("Hashtags") + "</h3>" + f"<p>{self.u(tags)}</p>"
        return Section("strategy", self.tr("Strategy"), html)

    def schedule(self) -> Section:
        c, f = self.ctx.campaign, self.fmt
        html = heading("schedule", self.tr("Channels and schedule"))
        channels = [a for a in self.ctx.accounts if a.id in c.channel_account_ids]
        if channels:
            rows = [
                [self.u(labels.platform(a.platform)), ltr(a.handle), self.u(f.integer(a.followers))]
                for a in channels
            ]
            html += (
                "<h3>"
                + self.tr("Channels")
                + "</h3>"
                + table(
                    [self.tr("Platform"), self.tr("Account"), self.tr("Followers")],
                    rows,
                    self.ctx.rtl,
                    [30, 40, 30],
                )
            )
        if c.phases:
            rows = [
                [self.u(p.name), self.u(f.date_range(p.start, p.end)), self.u(p.goal or "—")]
                for p in c.phases
            ]
            html += (
                "<h3>"
                + self.tr("Phases")
                + "</h3>"
                + table(
                    [self.tr("Phase"), self.tr("Dates"), self.tr("Goal")],
                    rows,
                    self.ctx.rtl,
                    [22, 30, 48],
                )
            )
        scheduled = [p for p in self.ctx.posts if p.scheduled_at is not None]
        ideas = [p for p in self.ctx.posts if p.scheduled_at is None]
        if not scheduled and not ideas:
            html += '<p class="muted">' + self.tr("No posts are planned yet.") + "</p>"
        if any(p.message_id for p in self.ctx.posts) and c.messages:
            html += (
                '<p class="muted">'
                + self.tr("Each post's key message is named by its number in the Strategy section.")
                + "</p>"
            )
        for phase, posts in self._by_phase(scheduled):
            title = self.u(phase.name) if phase else self.tr("Outside the phases")
            html += f"<h3>{title} ({self.u(f.integer(len(posts)))})</h3>"
            html += self._weeks(posts)
        if ideas:
            count = self.u(f.integer(len(ideas)))
            html += "<h3>" + self.tr("Ideas not yet scheduled") + f" ({count})</h3>"
            html += self._posts_table(ideas)
        return Section("schedule", self.tr("Channels and schedule"), html)

    def budget(self) -> Section | None:
        c, f = self.ctx.campaign, self.fmt
        if not c.budget:
            return None
        total = sum(b.amount_baisa for b in c.budget)
        rows = [
            [
                self.u(labels.platform(b.platform)),
                self.u(f.money(b.amount_baisa)),
                self.u(f.percent(b.amount_baisa / total) if total else "—"),
            ]
            for b in c.budget
        ]
        rows.append(
            [
                "<b>" + self.tr("Total") + "</b>",
                f"<b>{self.u(f.money(total))}</b>",
                self.u(f.percent(1.0) if total else "—"),
            ]
        )
        html = heading("budget", self.tr("Budget per platform")) + table(
            [self.tr("Platform"), self.tr("Paid promotion"), self.tr("Share")],
            rows,
            self.ctx.rtl,
            [40, 35, 25],
        )
        return Section("budget", self.tr("Budget per platform"), html)

    def evaluation(self) -> Section | None:
        c, f = self.ctx.campaign, self.fmt
        kpis = [k for o in c.objectives for k in o.kpis]
        if not kpis and not c.reports:
            return None
        html = heading("evaluation", self.tr("Evaluation"))
        if kpis:
            rows = []
            for k in kpis:
                share = achievement(k)
                rows.append(
                    [
                        self.u(labels.metric(k.metric)),
                        self.u(k.measurement or "—"),
                        self.u(self._value(k.target, k.unit)),
                        self.u(self._value(k.actual, k.unit) if k.actual is not None else "—"),
                        self.u(f.percent(share / 100) if share is not None else "—"),
                    ]
                )
            html += (
                "<h3>"
                + self.tr("How each indicator is measured")
                + "</h3>"
                + table(
                    [
                        self.tr("Indicator"),
                        self.tr("Measurement"),
                        self.tr("Target"),
                        self.tr("Actual"),
                        self.tr("Achieved"),
                    ],
                    rows,
                    self.ctx.rtl,
                    [18, 38, 15, 15, 14],
                )
            )
        if c.reports:
            rows = [[self.u(r.title), self.u(f.date(r.due, "long"))] for r in c.reports]
            html += (
                "<h3>"
                + self.tr("Reports due")
                + "</h3>"
                + table([self.tr("Report"), self.tr("Due")], rows, self.ctx.rtl, [65, 35])
            )
        return Section("evaluation", self.tr("Evaluation"), html)

    def approval(self) -> Section:
        c = self.ctx.campaign
        # room to sign: two empty lines above the line to sign on (about 1.5 cm a row)
        line, short = "<br/><br/>" + "_" * 28, "<br/><br/>" + "_" * 18
        rows = [
            [self.u(c.owner or ""), self.tr("Prepared by"), line, short],
            [self.u(c.approver or ""), self.tr("Approved by"), line, short],
        ]
        html = (
            heading("approval", self.tr("Approval"))
            + "<p>"
            + self.tr("The undersigned approve this campaign plan.")
            + "</p>"
            + table(
                [self.tr("Name"), self.tr("Role"), self.tr("Signature"), self.tr("Date")],
                rows,
                self.ctx.rtl,
                [28, 20, 30, 22],
            )
        )
        return Section("approval", self.tr("Approval"), html)

    # helpers --------------------------------------------------------------------------------
    def u(self, text: object) -> str:
        """Escaped text, kept in its own direction inside the document's."""
        return bidi(text, self.ctx.rtl)

    def _value(self, value: float | None, unit: str) -> str:
        if value is None:
            return "—"
        number = self.fmt.number(value, 2)
        if unit.strip() in ("%", "٪"):
            return self.fmt.digits_of(f"{number}%")
        return f"{number} {unit}".strip()

    def _by_phase(self, posts: list[Post]) -> list[tuple[Phase | None, list[Post]]]:
        phases = {p.id: p for p in self.ctx.campaign.phases}
        groups: dict[int | None, list[Post]] = {}
        for post in posts:
            key = post.phase_id if post.phase_id in phases else None
            groups.setdefault(key, []).append(post)
        order = [p.id for p in self.ctx.campaign.phases] + [None]
        return [(phases.get(k) if k is not None else None, groups[k]) for k in order if k in groups]

    def _weeks(self, posts: list[Post]) -> str:
        """The posts of a phase week by week (weeks open on Sunday), a table each: easier to
        read, and short tables lay out several times faster than one long one."""
        f = self.fmt
        weeks: dict[dt.date, list[Post]] = {}
        for post in posts:
            assert post.scheduled_at is not None
            weeks.setdefault(week_start(post.scheduled_at.date()), []).append(post)
        html = ""
        for start, group in sorted(weeks.items()):
            day = f"{f.weekday(start)} {f.date(start, 'long')}"
            title = (
                self.tr("Week of %1").replace("%1", self.u(day))
                + f" ({self.u(f.integer(len(group)))})"
            )
            html += self._posts_table(group, title)
        return html

    def _posts_table(self, posts: list[Post], caption: str = "") -> str:
        f, cell = self.fmt, self._cell
        messages = {
            m.id: self._message_reference(n, m.text)
            for n, m in enumerate(self.ctx.campaign.messages, 1)
        }
        rows = []
        for p in posts:  # posts share days, times, platforms...: each cell is formatted once
            when = "—"
            if p.scheduled_at:
                day = p.scheduled_at.date()
                when = cell(
                    ("day", day),
                    lambda d: (
                        f"{self.u(f.weekday(d))} {self.u(f.date(d, 'd MMM'))}<br/>"
                        f'<span class="small muted">{self.u(f.hijri(d))}</span>'
                    ),
                    day,
                )
            at = p.scheduled_at
            segment = self.ctx.segments.get(p.segment_id) if p.segment_id else None
            rows.append(
                [
                    when,
                    cell(("time", at.time()), lambda a: self.u(f.time(a)), at) if at else "—",
                    cell(
                        ("platforms", *p.platforms),
                        lambda q: "<br/>".join(self.u(labels.platform(x)) for x in q.platforms),
                        p,
                    ),
                    cell(
                        ("type", p.content_type),
                        lambda q: self.u(labels.content_type(q.content_type)),
                        p,
                    ),
                    messages.get(p.message_id, "—") if p.message_id else "—",
                    cell(
                        ("segment", p.segment_id),
                        lambda s: self.u(s.name if s else "—"),
                        segment,
                    ),
                    approval_section.platform_texts(p, self.ctx.rtl),
                    cell(("status", p.status), lambda q: self.u(labels.post_status(q.status)), p),
                ]
            )
        return table(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Platforms"),
                self.tr("Type"),
                self.tr("Key message"),
                self.tr("Segment"),
                self.tr("Text"),
                self.tr("Status"),
            ],
            rows,
            self.ctx.rtl,
            [15, 7, 11, 8, 11, 10, 27, 11],
            caption=caption,
        )

    def _message_reference(self, number: int, text: str) -> str:
        """A key message in the schedule: its number in the Strategy section and its first
        words (the whole message in every row made rows of seven lines)."""
        words = text.split()
        short = " ".join(words[:MESSAGE_WORDS]) + ("…" if len(words) > MESSAGE_WORDS else "")
        return f"<b>{self.u(self.fmt.integer(number))}.</b> {self.u(short)}"

    def _cell(self, key: tuple[object, ...], make: Callable[[_V], str], value: _V) -> str:
        """The cell `key` names, made once from `value` (given, not captured, so each
        row's own value reaches `make`)."""
        found = self._cells.get(key)
        if found is None:
            found = self._cells[key] = make(value)
        return found


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
