"""The Evaluation tab: how each KPI is measured, its actual value and achievement; report dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from planner import labels
from planner.domain.metrics import achievement
from planner.domain.model import Campaign, Kpi, ReportDue
from planner.domain.validation import Severity, ValidationIssue
from planner.i18n import campaigns as campaign_labels
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.campaigns.editor.blocks import TableBlock
from planner.ui.campaigns.editor.delegates import (
    DateDelegate,
    NumberDelegate,
    shown_number,
    shown_percent,
)
from planner.ui.campaigns.editor.section import (
    Section,
    indices,
    row_issues,
)
from planner.ui.campaigns.editor.table import Column, RowsModel
from planner.ui.widgets import caption

CONTEXT = "EvaluationSection"
REPORT_ATTRS = ("title", "due")


@dataclass
class KpiRow:
    """A KPI with where it sits in the plan (objective and KPI positions)."""

    objective: int
    position: int
    objective_text: str
    kpi: Kpi


class EvaluationSection(Section):
    """Scoring: the plan's KPIs with their measurement and result, and when reports are due."""

    def build(self) -> None:
        fmt = self.fmt

        def achieved(r: KpiRow) -> str:
            share = achievement(r.kpi)
            return "—" if share is None else shown_percent(fmt, share / 100)

        self.kpi_model: RowsModel[KpiRow] = RowsModel(
            CONTEXT,
            [
                Column(
                    QT_TRANSLATE_NOOP("EvaluationSection", "Objective"),
                    lambda r: f"{fmt.integer(r.objective + 1)}. {r.objective_text}",
                ),
                Column(
                    QT_TRANSLATE_NOOP("EvaluationSection", "KPI"),
                    lambda r: labels.metric(r.kpi.metric),
                ),
                Column(
                    QT_TRANSLATE_NOOP("EvaluationSection", "Target"),
                    lambda r: f"{shown_number(fmt, r.kpi.target)} {r.kpi.unit}".strip(),
                    number=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("EvaluationSection", "How it is measured"),
                    lambda r: r.kpi.measurement,
                    lambda r: r.kpi.measurement,
                ),
                Column(
                    QT_TRANSLATE_NOOP("EvaluationSection", "Actual"),
                    lambda r: "" if r.kpi.actual is None else shown_number(fmt, r.kpi.actual),
                    lambda r: r.kpi.actual,
                    number=True,
                ),
                Column(QT_TRANSLATE_NOOP("EvaluationSection", "Achieved"), achieved, number=True),
            ],
            self._kpi_edited,
            self,
        )
        self.kpis = TableBlock(
            self.tr("Results per KPI"),
            self.tr(
                "Say how each KPI will be measured; after the campaign, enter the actual "
                "value: the achievement is the share of the way from baseline to target."
            ),
            self.kpi_model,
            None,
            None,
            stretch=(0, 3),
        )
        self.kpis.table.setItemDelegateForColumn(
            4, NumberDelegate(fmt, optional=True, parent=self.kpis.table)
        )
        self.summary = caption()

        self.reports_model: RowsModel[ReportDue] = RowsModel(
            CONTEXT,
            [
                Column(
                    QT_TRANSLATE_NOOP("EvaluationSection", "Report"),
                    lambda r: r.title,
                    lambda r: r.title,
                ),
                Column(
                    QT_TRANSLATE_NOOP("EvaluationSection", "Due"),
                    lambda r: f"{fmt.date(r.due)}{fmt.parts}{fmt.hijri(r.due)}",
                    lambda r: r.due,
                ),
            ],
            self._report_edited,
            self,
        )
        self.reports = TableBlock(
            self.tr("Reports"),
            "",
            self.reports_model,
            (self.tr("Add report"), self._add_report),
            (self.tr("Remove report"), self._remove_report),
        )
        self.reports.table.setItemDelegateForColumn(1, DateDelegate(fmt, self.reports.table))
        self.reports.table.setMaximumHeight(3 * 34 + 44)  # the rest of the page goes to KPIs

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(12)
        layout.addWidget(self.kpis, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.reports, 2)

    def title(self) -> str:
        return self.tr("Evaluation")

    def mine(self, issues: Iterable[ValidationIssue]) -> list[ValidationIssue]:
        """Report issues, and the issues of KPIs' results (not of their definition)."""
        return [
            i
            for i in issues
            if i.field.startswith("reports")
            or (".kpis[" in i.field and i.field.endswith((".actual", ".measurement")))
        ]

    def _kpi_edited(self, row: int, column: int, value: Any) -> bool:
        r = self.kpi_model.rows[row]
        o, k = r.objective, r.position
        if column == 3:
            text = str(value)
            return self.editor.edit(
                f"objectives[{o}].kpis[{k}].measurement",
                self.tr("Edit how a KPI is measured"),
                lambda c: setattr(c.objectives[o].kpis[k], "measurement", text),
            )
        actual = None if value is None else float(value)
        return self.editor.edit(
            f"objectives[{o}].kpis[{k}].actual",
            self.tr("Enter a KPI's actual value"),
            lambda c: setattr(c.objectives[o].kpis[k], "actual", actual),
        )

    def _add_report(self) -> None:
        due = self.editor.draft.end + dt.timedelta(days=7)
        self.add_item("reports", self.tr("Add a report"), ReportDue("", due), self.reports)

    def _remove_report(self, row: int) -> None:
        self.remove_item("reports", self.tr("Remove a report"), row)

    def _report_edited(self, row: int, column: int, value: Any) -> bool:
        attr = REPORT_ATTRS[column]
        if attr == "title":
            value = str(value)
        return self.set_item_field("reports", row, attr, self.tr("Edit a report"), value)

    def load(self, campaign: Campaign) -> None:
        rows = [
            KpiRow(i, j, o.text, k)
            for i, o in enumerate(campaign.objectives)
            for j, k in enumerate(o.kpis)
        ]
        self.kpi_model.set_rows(rows)
        measured = [s for s in (achievement(r.kpi) for r in rows) if s is not None]
        met = sum(1 for s in measured if s >= 100)
        self.summary.setText(
            self.fmt.counted(
                self.tr("%1 of %n KPIs have an actual value; %2 met their target.", "", len(rows)),
                len(rows),
            )
            .replace("%1", self.fmt.integer(len(measured)))
            .replace("%2", self.fmt.integer(met))
            if rows
            else self.tr("The plan has no KPI yet: add them on the Objectives tab.")
        )
        self.reports_model.set_rows(campaign.reports)

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        reports = [i for i in issues if i.field.startswith("reports")]
        self.show_row_issues(self.reports, reports, self.tr("Report %1: %2"), REPORT_ATTRS)
        where = {(r.objective, r.position): n for n, r in enumerate(self.kpi_model.rows)}
        kpi_level = [
            i
            for i in issues
            if i.field.endswith((".actual", ".measurement")) and ".kpis[" in i.field
        ]
        marks: dict[tuple[int, int], tuple[Severity, str]] = {}
        for issue in kpi_level:
            o, k = (int(x) for x in indices(issue.field)[:2])
            if (o, k) in where:
                column = 4 if issue.field.endswith(".actual") else 3
                marks[(where[(o, k)], column)] = (
                    issue.severity,
                    campaign_labels.issue(issue.code, self.fmt),
                )
        self.kpi_model.set_marks(marks)
        self.kpis.message.set_lines(
            row_issues(kpi_level, self.tr("KPI %1: %2"), self.fmt, position=1)
        )
