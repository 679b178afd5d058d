"""The plan PDF's own text sections: summary, audience, strategy, budget, evaluation, sign-off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain.metrics import achievement
from planner.domain.names import display_name
from planner.reports.pdf import plan_words as w
from planner.reports.pdf.document_headings import keep_end
from planner.reports.pdf.html import bidi, heading, key_values, lead_in, ltr, titled
from planner.reports.pdf.sections import PlanContext, Section


class PlanTexts:
    """The plan's own sections, built from its context; their strings keep the PlanWriter
    context they were translated under."""

    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        self.fmt = ctx.formatter

    def summary(self) -> Section:
        c, f = self.ctx.campaign, self.fmt
        html = heading("summary", QCoreApplication.translate("PlanWriter", "Summary"))
        if c.aim:
            html += titled(
                QCoreApplication.translate("PlanWriter", "Aim"), f"<p>{self.u(c.aim)}</p>"
            )
        if c.objectives:
            html += (
                "<h3>"
                + QCoreApplication.translate(
                    "PlanWriter", "Objectives and key performance indicators"
                )
                + "</h3>"
            )
            for i, o in enumerate(c.objectives, 1):
                line = f"<b>{self.u(f.integer(i))}. </b>{self.u(o.text)}"
                html += lead_in(line) if o.kpis else f"<p>{line}</p>"
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
                    html += w.KPIS.html(rows, self.ctx.rtl)
        total = sum(b.amount_baisa for b in c.budget)
        html += (
            "<h3>"
            + QCoreApplication.translate("PlanWriter", "Promotion budget")
            + f"</h3><p>{self.u(f.money(total))}</p>"
        )
        return Section("summary", QCoreApplication.translate("PlanWriter", "Summary"), html)

    def audience(self) -> Section | None:
        c = self.ctx.campaign
        if not c.audience:
            return None
        html = heading("audience", QCoreApplication.translate("PlanWriter", "Audience and insight"))
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
                (
                    QCoreApplication.translate("PlanWriter", "Who they are"),
                    self.u(segment.description or "—"),
                ),
                (
                    QCoreApplication.translate("PlanWriter", "Why we address them"),
                    self.u(target.insight or "—"),
                ),
                (
                    QCoreApplication.translate("PlanWriter", "Barriers"),
                    self.u(target.barriers or "—"),
                ),
                (
                    QCoreApplication.translate("PlanWriter", "Platforms that reach them"),
                    self.u(platforms or "—"),
                ),
            ]
            html += key_values(pairs, self.ctx.rtl)
        return Section(
            "audience", QCoreApplication.translate("PlanWriter", "Audience and insight"), html
        )

    def strategy(self) -> Section | None:
        c = self.ctx.campaign
        if not (c.proposition or c.messages or c.partners or c.hashtags):
            return None
        html = heading("strategy", QCoreApplication.translate("PlanWriter", "Strategy"))
        if c.proposition:
            html += titled(
                QCoreApplication.translate("PlanWriter", "Proposition"),
                f"<p>{self.u(c.proposition)}</p>",
            )
        if c.messages:
            html += "<h3>" + QCoreApplication.translate("PlanWriter", "Key messages") + "</h3>"
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
            kinds = {
                "partner": QCoreApplication.translate("PlanWriter", "Partner body"),
                "influencer": QCoreApplication.translate("PlanWriter", "Influencer"),
            }
            rows = [
                [self.u(p.name), self.u(kinds.get(p.kind, p.kind)), ltr(p.handle) or "—"]
                for p in c.partners
            ]
            html += w.PARTNERS.html(rows, self.ctx.rtl)
        if c.hashtags:
            tags = "  ".join(t if t.startswith("#") else f"#{t}" for t in c.hashtags)
            html += titled(
                QCoreApplication.translate("PlanWriter", "Hashtags"), f"<p>{self.u(tags)}</p>"
            )
        return Section("strategy", QCoreApplication.translate("PlanWriter", "Strategy"), html)

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
                "<b>" + QCoreApplication.translate("PlanWriter", "Total") + "</b>",
                f"<b>{self.u(f.money(total))}</b>",
                self.u(f.percent(1.0) if total else "—"),
            ]
        )
        html = heading(
            "budget", QCoreApplication.translate("PlanWriter", "Budget per platform")
        ) + w.BUDGET.html(rows, self.ctx.rtl)
        return Section(
            "budget", QCoreApplication.translate("PlanWriter", "Budget per platform"), html
        )

    def evaluation(self) -> Section | None:
        c, f = self.ctx.campaign, self.fmt
        kpis = [k for o in c.objectives for k in o.kpis]
        if not kpis and not c.reports:
            return None
        html = heading("evaluation", QCoreApplication.translate("PlanWriter", "Evaluation"))
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
            html += w.MEASURES.html(rows, self.ctx.rtl)
        if c.reports:
            rows = [[self.u(r.title), self.u(f.date(r.due, "long"))] for r in c.reports]
            html += w.REPORTS.html(rows, self.ctx.rtl)
        return Section("evaluation", QCoreApplication.translate("PlanWriter", "Evaluation"), html)

    def approval(self) -> Section:
        c = self.ctx.campaign
        # room to sign: two empty lines above the line to sign on (about 1.5 cm a row)
        line, short = "<br/><br/>" + "_" * 28, "<br/><br/>" + "_" * 18
        rows = [
            [
                self.u(c.owner or ""),
                QCoreApplication.translate("PlanWriter", "Prepared by"),
                line,
                short,
            ],
            [  # the section keeps together up to this row (keep_end: before some text)
                keep_end("approval") + (self.u(c.approver) if c.approver else "&nbsp;"),
                QCoreApplication.translate("PlanWriter", "Approved by"),
                line,
                short,
            ],
        ]
        html = (
            heading("approval", QCoreApplication.translate("PlanWriter", "Approval"))
            + "<p>"
            + QCoreApplication.translate(
                "PlanWriter", "The undersigned approve this campaign plan."
            )
            + "</p>"
            + w.SIGN_OFF.html(rows, self.ctx.rtl)
        )
        return Section("approval", QCoreApplication.translate("PlanWriter", "Approval"), html)

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
