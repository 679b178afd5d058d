"""The Implementation tab: phases in the campaign's dates, promotion budget, approver, version."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from planner import labels
from planner.domain.model import BudgetLine, Campaign, Phase, Platform
from planner.domain.money import MoneyError, budget_total, parse_omr
from planner.domain.validation import Severity, ValidationIssue
from planner.i18n import campaigns as campaign_labels
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.campaigns.editor.blocks import TableBlock
from planner.ui.campaigns.editor.delegates import DateDelegate
from planner.ui.campaigns.editor.section import (
    FieldMessage,
    Section,
    document_undo,
    set_text,
)
from planner.ui.campaigns.editor.table import Column, RowsModel
from planner.ui.icons import platform_icon
from planner.ui.widgets import heading

CONTEXT = "ImplementationSection"
PHASE_ATTRS = ("name", "start", "end", "goal")


class ImplementationSection(Section):
    """When things happen (phases), what paid promotion costs (per platform), who approves."""

    PREFIXES = ("phases", "budget", "approver", "version")

    def build(self) -> None:
        fmt = self.fmt
        self.approver = QLineEdit()
        self.approver.setAccessibleName(self.tr("Approved by"))
        self.approver.setPlaceholderText(self.tr("Who approves the plan"))
        self.approver.setMinimumWidth(360)
        self.approver.textEdited.connect(
            lambda text: self.set_field("approver", self.tr("Edit the approver"), text)
        )
        self.version = QLineEdit()
        self.version.setAccessibleName(self.tr("Version of the plan"))
        self.version.setToolTip(
            self.tr(
                "Printed on the plan's cover: raise it each time the "
                "plan goes up for approval again"
            )
        )
        self.version.setMaximumWidth(120)
        self.version.textEdited.connect(
            lambda text: self.set_field("version", self.tr("Edit the version"), text.strip() or "1")
        )

        self.phases_model: RowsModel[Phase] = RowsModel(
            CONTEXT,
            [
                Column(
                    QT_TRANSLATE_NOOP("ImplementationSection", "Phase"),
                    lambda p: p.name,
                    lambda p: p.name,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ImplementationSection", "Start"),
                    lambda p: fmt.date(p.start),
                    lambda p: p.start,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ImplementationSection", "End"),
                    lambda p: fmt.date(p.end),
                    lambda p: p.end,
                ),
                Column(
                    QT_TRANSLATE_NOOP("ImplementationSection", "Goal"),
                    lambda p: p.goal,
                    lambda p: p.goal,
                ),
            ],
            self._phase_edited,
            self,
        )
        self.phases = TableBlock(
            self.tr("Phases"),
            "",
            self.phases_model,
            (self.tr("Add phase"), self._add_phase),
            (self.tr("Remove phase"), self._remove_phase),
            stretch=(0, 3),
        )
        for column in (1, 2):
            self.phases.table.setItemDelegateForColumn(column, DateDelegate(fmt, self.phases.table))

        self.amounts: dict[Platform, QLineEdit] = {}
        self.amount_messages: dict[Platform, FieldMessage] = {}
        budget = QGridLayout()
        budget.setHorizontalSpacing(12)
        budget.setVerticalSpacing(6)
        for n, platform in enumerate(Platform):
            row, base = n % 4, (n // 4) * 5  # two columns of four platforms
            name = QLabel(labels.platform(platform))
            mark = QLabel()
            mark.setPixmap(platform_icon(platform).pixmap(18, 18))
            amount = QLineEdit()
            amount.setAccessibleName(
                self.tr("Budget on %1").replace("%1", labels.platform(platform))
            )
            amount.setPlaceholderText(fmt.money(0))
            amount.setToolTip(self.tr("Leave empty when there is no paid promotion here."))
            amount.setFixedWidth(170)
            amount.textEdited.connect(lambda text, p=platform: self._amount_typed(p, text))
            amount.editingFinished.connect(lambda p=platform: self._amount_done(p))
            name.setBuddy(amount)
            message = FieldMessage()
            budget.addWidget(mark, row, base)
            budget.addWidget(name, row, base + 1)
            budget.addWidget(amount, row, base + 2)
            budget.addWidget(message, row, base + 3)
            self.amounts[platform] = amount
            self.amount_messages[platform] = message
        budget.setColumnStretch(3, 1)
        budget.setColumnMinimumWidth(4, 24)
        budget.setColumnStretch(8, 1)
        self.total = QLabel()
        self.total.setObjectName("section")
        self.total.setAccessibleName(self.tr("Total budget"))
        document_undo(self.approver, self.version, *self.amounts.values())

        approver_form = QFormLayout()
        approver_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        approver_form.addRow(self.tr("&Approved by"), self.approver)
        approver_form.addRow(self.tr("&Version of the plan"), self.version)
        total_row = QHBoxLayout()
        total_row.addWidget(QLabel(self.tr("Total")))
        total_row.addWidget(self.total)
        total_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(10)
        layout.addLayout(approver_form)
        layout.addWidget(self.phases, 1)
        layout.addWidget(heading(self.tr("Paid promotion budget, in Omani rials"), 2))
        layout.addLayout(budget)
        layout.addLayout(total_row)

    def title(self) -> str:
        return self.tr("Implementation")

    # phases ---------------------------------------------------------------------------------
    def _add_phase(self) -> None:
        c = self.editor.draft
        start = c.phases[-1].end + dt.timedelta(days=1) if c.phases else c.start
        start = min(max(start, c.start), c.end)
        self.add_item("phases", self.tr("Add a phase"), Phase("", start, c.end), self.phases)

    def _remove_phase(self, row: int) -> None:
        self.remove_item("phases", self.tr("Remove a phase"), row)

    def _phase_edited(self, row: int, column: int, value: Any) -> bool:
        attr = PHASE_ATTRS[column]
        if attr in ("name", "goal"):
            value = str(value)
        return self.set_item_field("phases", row, attr, self.tr("Edit a phase"), value)

    # budget ---------------------------------------------------------------------------------
    def _amount_typed(self, platform: Platform, text: str) -> None:
        message = self.amount_messages[platform]
        try:
            baisa = parse_omr(text) if text.strip() else 0
        except MoneyError as exc:
            message.set_lines(
                [(Severity.ERROR, campaign_labels.money_problem(exc.problem, self.fmt))]
            )
            self.editor.local_problem(f"budget[{platform.value}]", True)
            return
        message.set_lines([])
        self.editor.local_problem(f"budget[{platform.value}]", False)

        def change(c: Campaign) -> None:
            lines = {b.platform: b.amount_baisa for b in c.budget}
            lines[platform] = baisa
            c.budget = [BudgetLine(p, lines[p]) for p in Platform if lines.get(p)]

        self.editor.edit(
            f"budget[{platform.value}]", self.tr("Change the budget"), change, merge=True
        )
        self._show_total()

    def _amount_done(self, platform: Platform) -> None:
        field = self.amounts[platform]
        if self.amount_messages[platform].lines:
            return
        amount = next(
            (b.amount_baisa for b in self.editor.draft.budget if b.platform is platform), 0
        )
        set_text(field, self.fmt.money(amount) if amount else "")

    def _show_total(self) -> None:
        self.total.setText(self.fmt.money(budget_total(self.editor.draft)))

    # showing --------------------------------------------------------------------------------
    def load(self, campaign: Campaign) -> None:
        set_text(self.approver, campaign.approver)
        set_text(self.version, campaign.version)
        self.phases_model.set_rows(campaign.phases)
        amounts = {b.platform: b.amount_baisa for b in campaign.budget}
        for platform, field in self.amounts.items():
            amount = amounts.get(platform, 0)
            try:
                shown = parse_omr(field.text()) if field.text().strip() else 0
            except MoneyError:
                shown = None
            if shown != amount or not field.hasFocus():
                set_text(field, self.fmt.money(amount) if amount else "")
                self.amount_messages[platform].set_lines([])
                self.editor.local_problem(f"budget[{platform.value}]", False)
        self._show_total()

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        phases = [i for i in issues if i.field.startswith("phases")]
        self.show_row_issues(self.phases, phases, self.tr("Phase %1: %2"), PHASE_ATTRS)
        for platform, message in self.amount_messages.items():
            key = f"budget[{platform.value}]"
            if key not in self.editor.local_problems:  # a typed amount that is not money
                message.show_issues((i for i in issues if i.field == key), self.fmt)
