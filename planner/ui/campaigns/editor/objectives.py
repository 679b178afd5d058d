"""The Objectives tab: the policy aim, the SMART objectives, and the KPIs of each objective."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout

from planner import labels
from planner.domain.model import Campaign, Kpi, Metric, Objective
from planner.domain.validation import Severity, ValidationIssue
from planner.i18n import campaigns as campaign_labels
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.campaigns.editor.blocks import TableBlock
from planner.ui.campaigns.editor.delegates import (
    ChoiceDelegate,
    DateDelegate,
    NumberDelegate,
    shown_number,
)
from planner.ui.campaigns.editor.section import (
    Section,
    document_undo,
    indices,
    row_issues,
    set_text,
)
from planner.ui.campaigns.editor.table import Column, RowsModel
from planner.ui.widgets import caption, heading

CONTEXT = "ObjectivesSection"
KPI_ATTRS = ("metric", "baseline", "target", "unit", "deadline")


class ObjectivesSection(Section):
    """The aim in a sentence; objectives on top, the selected objective's KPIs below."""

    PREFIXES = ("aim", "objectives")

    def build(self) -> None:
        fmt = self.fmt
        self.aim = QPlainTextEdit()
        self.aim.setAccessibleName(self.tr("Aim"))
        self.aim.setPlaceholderText(
            self.tr(
                "The policy aim in one sentence: what should change in society, and why it matters."
            )
        )
        self.aim.setFixedHeight(64)
        self.aim.setTabChangesFocus(True)
        document_undo(self.aim)
        self.aim.textChanged.connect(
            lambda: self.set_field("aim", self.tr("Edit the aim"), self.aim.toPlainText())
        )

        self.objectives_model: RowsModel[Objective] = RowsModel(
            CONTEXT,
            [
                Column(
                    QT_TRANSLATE_NOOP("ObjectivesSection", "Objective"),
                    lambda o: o.text,
                    lambda o: o.text,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ObjectivesSection", "KPIs"),
                    lambda o: fmt.integer(len(o.kpis)),
                    number=True,
                ),
            ],
            self._objective_edited,
            self,
        )
        self.objectives = TableBlock(
            self.tr("Objectives"),
            self.tr("Specific, measurable, achievable, relevant and time-bound (SMART)."),
            self.objectives_model,
            (self.tr("Add objective"), self._add_objective),
            (self.tr("Remove objective"), self._remove_objective),
            wrap=True,
        )
        self.objectives.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self._show_kpis(current.row())
        )

        self.kpi_model: RowsModel[Kpi] = RowsModel(
            CONTEXT,
            [
                Column(
                    QT_TRANSLATE_NOOP("ObjectivesSection", "Metric"),
                    lambda k: labels.metric(k.metric),
                    lambda k: k.metric.value,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ObjectivesSection", "Baseline"),
                    lambda k: shown_number(fmt, k.baseline),
                    lambda k: k.baseline,
                    number=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ObjectivesSection", "Target"),
                    lambda k: shown_number(fmt, k.target),
                    lambda k: k.target,
                    number=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ObjectivesSection", "Unit"),
                    lambda k: k.unit,
                    lambda k: k.unit,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ObjectivesSection", "Deadline"),
                    lambda k: fmt.date(k.deadline) if k.deadline else "—",
                    lambda k: k.deadline or self.editor.draft.end,
                ),
            ],
            self._kpi_edited,
            self,
        )
        self.kpis = TableBlock(
            self.tr("KPIs of the selected objective"),
            self.tr("Each KPI goes from its baseline to its target by its deadline."),
            self.kpi_model,
            (self.tr("Add KPI"), self._add_kpi),
            (self.tr("Remove KPI"), self._remove_kpi),
            stretch=(),
        )
        self.kpis.table.horizontalHeader().setStretchLastSection(True)
        table = self.kpis.table
        table.setItemDelegateForColumn(
            0, ChoiceDelegate([(labels.metric(m), m.value) for m in Metric], table)
        )
        table.setItemDelegateForColumn(1, NumberDelegate(fmt, parent=table))
        table.setItemDelegateForColumn(2, NumberDelegate(fmt, parent=table))
        table.setItemDelegateForColumn(4, DateDelegate(fmt, table))
        self._objective = -1

        pair = QHBoxLayout()
        pair.setSpacing(24)
        pair.addWidget(self.objectives, 10)
        pair.addWidget(self.kpis, 13)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Aim"), 2))
        layout.addWidget(caption(self.tr("The change in society the campaign serves.")))
        layout.addWidget(self.aim)
        layout.addLayout(pair, 1)

    def title(self) -> str:
        return self.tr("Objectives")

    # objectives -----------------------------------------------------------------------------
    def _add_objective(self) -> None:
        self._objective = len(self.editor.draft.objectives)
        self.add_item("objectives", self.tr("Add an objective"), Objective(""), self.objectives)

    def _remove_objective(self, row: int) -> None:
        self.editor.edit(
            "objectives", self.tr("Remove an objective"), lambda c: c.objectives.pop(row)
        )
        self._objective = min(row, len(self.editor.draft.objectives) - 1)
        self.load(self.editor.draft)

    def _objective_edited(self, row: int, column: int, value: Any) -> bool:
        text = str(value)
        return self.set_item_field("objectives", row, "text", self.tr("Edit an objective"), text)

    # KPIs -----------------------------------------------------------------------------------
    def _show_kpis(self, row: int) -> None:
        self._objective = row
        objectives = self.editor.draft.objectives
        self.kpi_model.set_rows(objectives[row].kpis if 0 <= row < len(objectives) else [])
        self.kpis.setEnabled(0 <= row < len(objectives))
        self.kpis.title.setText(
            self.tr("KPIs of objective %1").replace("%1", self.fmt.integer(row + 1))
            if row >= 0
            else self.tr("KPIs")
        )
        self.show_issues(self.mine(self.editor.issues))

    def _add_kpi(self) -> None:
        o = self._objective
        if o < 0:
            return
        row = len(self.editor.draft.objectives[o].kpis)
        self.editor.edit(
            f"objectives[{o}].kpis",
            self.tr("Add a KPI"),
            lambda c: c.objectives[o].kpis.append(Kpi(Metric.REACH, 0.0, 0.0, deadline=c.end)),
        )
        self.load(self.editor.draft)
        self.kpis.go_to(row, 2, edit=True)

    def _remove_kpi(self, row: int) -> None:
        o = self._objective
        self.editor.edit(
            f"objectives[{o}].kpis",
            self.tr("Remove a KPI"),
            lambda c: c.objectives[o].kpis.pop(row),
        )
        self.load(self.editor.draft)

    def _kpi_edited(self, row: int, column: int, value: Any) -> bool:
        o, attr = self._objective, KPI_ATTRS[column]
        if attr == "metric":
            value = Metric(value)
        elif attr in ("baseline", "target"):
            value = float(value)
        elif attr == "unit":
            value = str(value)
        return self.editor.edit(
            f"objectives[{o}].kpis[{row}].{attr}",
            self.tr("Edit a KPI"),
            lambda c: setattr(c.objectives[o].kpis[row], attr, value),
        )

    # showing --------------------------------------------------------------------------------
    def load(self, campaign: Campaign) -> None:
        set_text(self.aim, campaign.aim)
        self.objectives_model.set_rows(campaign.objectives)
        row = min(max(self._objective, 0), len(campaign.objectives) - 1)
        if row >= 0 and self.objectives.current_row() != row:
            self.objectives.go_to(
                row,
                self.objectives.table.currentIndex().column()
                if self.objectives.table.currentIndex().isValid()
                else 0,
            )
        self._show_kpis(row)

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        o = self._objective
        objective_level = [i for i in issues if not i.field.count(".kpis[")]
        self.objectives.message.set_lines(
            row_issues(objective_level, self.tr("Objective %1: %2"), self.fmt)
        )
        marks: dict[tuple[int, int], tuple[Severity, str]] = {}
        for issue in issues:
            at = indices(issue.field)
            if at and at[0].isdigit():
                column = 0 if issue.field.endswith(".text") else 1
                marks.setdefault((int(at[0]), column), (issue.severity, self._text(issue)))
        self.objectives_model.set_marks(marks)
        prefix = f"objectives[{o}].kpis["
        kpi_level = [i for i in issues if i.field.startswith(prefix)]
        self.show_row_issues(self.kpis, kpi_level, self.tr("KPI %1: %2"), KPI_ATTRS, position=1)

    def _text(self, issue: ValidationIssue) -> str:
        return campaign_labels.issue(issue.code, self.fmt)
