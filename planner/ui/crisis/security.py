"""The account-security register: who holds access to each account, two-step verification,
verified recovery details, the dates of the last password change and access review, the next
review due; and the checklist for a hijacked account. Never a password, never a code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QWidget,
)

from planner import labels as core_labels
from planner.domain.crisis import AccessHolder, Scenario, SecurityRecord, TwoFactor
from planner.domain.crisis_due import next_review
from planner.domain.model import Account
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.crisis import labels
from planner.ui.crisis.record_form import RecordForm
from planner.ui.crisis.record_tab import RecordTab
from planner.ui.crisis.rows_editor import Field, RowsEditor
from planner.ui.crisis.table import Column
from planner.ui.icons import icon
from planner.ui.number_box import CountBox
from planner.ui.widgets import Card, caption, heading

C = "SecurityTable"


class SecurityForm(RecordForm):
    """Edits one account's security facts; finished edits come out as (field, value)."""

    record: SecurityRecord

    def __init__(
        self, fmt: Formatter, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(SecurityRecord(0), parent)
        self.fmt = fmt
        self.today = today
        self.account = heading("", 2)
        self.notice = QLabel(
            self.tr(
                "This register never asks for a password or a verification code, and has no place "
                "to keep one: record only who holds access, the method, and dates."
            )
        )
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("font-weight: bold;")
        self.two_factor = self.code_field(self.tr("Two-step verification"), "two_factor", TwoFactor)
        self.two_factor.setAccessibleName(self.tr("Two-step verification"))
        self.email = self.check_field("recovery_email_verified", self.tr("Recovery email verified"))
        self.phone = self.check_field("recovery_phone_verified", self.tr("Recovery phone verified"))
        self.password = self.date_field(
            self.tr("Last password change"), "last_password_change", today, fmt
        )
        self.review = self.date_field(
            self.tr("Last access review"), "last_access_review", today, fmt
        )
        self.review.today_button.setText(self.tr("Reviewed today"))
        self.every = CountBox(fmt)
        self.every.setRange(7, 730)
        self.every.count_unit(lambda n: self.tr("%n days", "", n))
        self.every.editingFinished.connect(
            lambda: self._emit("review_every_days", self.every.value())
        )
        self.rows.addRow(self.tr("Review every"), self.every)
        self.next_due = caption()
        self.rows.addRow("", self.next_due)
        self.notes = self.notes_field(self.tr("Notes"), "notes")
        self.notes.setMaximumHeight(80)
        self._frame(self.account, self.notice)
        self.outer.addStretch(1)

    def show_record(self, record: SecurityRecord | None, account: Account | None) -> None:
        with self.showing(record or SecurityRecord(0)) as r:
            self.every.setValue(r.review_every_days)
        self.account.setText(
            f"{core_labels.platform(account.platform)} — {labels.ltr(account.handle)}"
            if account
            else ""
        )
        due = next_review(r)
        if due is None:
            self.next_due.setText(self.tr("Never reviewed: a review is due now."))
        elif due < self.today():
            self.next_due.setText(
                self.tr("The next review was due %1: it is overdue.").replace(
                    "%1", self.fmt.date(due)
                )
            )
        else:
            self.next_due.setText(self.tr("Next review due %1.").replace("%1", self.fmt.date(due)))


class SecurityTab(RecordTab):
    """One row per account of the institution, its security facts, and the hijack checklist."""

    compromiseReported = Signal(object)  # the account's platform
    STORE = "security"
    IDENT = "account_id"

    def build(self) -> None:
        self.accounts: dict[int, Account] = {}
        self.stored: set[int] = set()
        self.add_button.hide()
        self.delete_button.hide()

        def account(r: SecurityRecord) -> str:
            a = self.accounts.get(r.account_id)
            return labels.ltr(a.handle) if a else ""

        def due(r: SecurityRecord) -> str:
            d = next_review(r)
            return self.fmt.date(d) if d else self.tr("Now (never reviewed)")

        def due_colour(r: SecurityRecord) -> Any:
            d = next_review(r)
            return QColor(labels.LATE_COLOUR) if d is None or d < self.now().date() else None

        def recovery(r: SecurityRecord) -> str:
            parts = [
                self.tr("email") if r.recovery_email_verified else "",
                self.tr("phone") if r.recovery_phone_verified else "",
            ]
            return "، ".join(p for p in parts if p) or self.tr("Not verified")

        columns = [
            Column(
                QT_TRANSLATE_NOOP("SecurityTable", "Platform"),
                account,
                platforms=lambda r: (
                    [self.accounts[r.account_id].platform.value]
                    if r.account_id in self.accounts
                    else []
                ),
            ),
            Column(QT_TRANSLATE_NOOP("SecurityTable", "Account"), account),
            Column(
                QT_TRANSLATE_NOOP("SecurityTable", "Two-step verification"),
                lambda r: labels.name(r.two_factor),
                foreground=lambda r: (
                    QColor(labels.LATE_COLOUR) if r.two_factor is TwoFactor.OFF else None
                ),
            ),
            Column(QT_TRANSLATE_NOOP("SecurityTable", "Recovery verified"), recovery),
            Column(
                QT_TRANSLATE_NOOP("SecurityTable", "Password changed"),
                lambda r: self.fmt.date(r.last_password_change) if r.last_password_change else "—",
            ),
            Column(
                QT_TRANSLATE_NOOP("SecurityTable", "Last review"),
                lambda r: self.fmt.date(r.last_access_review) if r.last_access_review else "—",
            ),
            Column(QT_TRANSLATE_NOOP("SecurityTable", "Next review"), due, foreground=due_colour),
            Column(
                QT_TRANSLATE_NOOP("SecurityTable", "Access holders"),
                lambda r: self.fmt.integer(len(r.holders)),
                tooltip=lambda r: "\n".join(h.name for h in r.holders),
            ),
        ]
        self.set_table(
            C,
            columns,
            1,
            self.tr("Account security"),
            self.tr(
                "The institution has no account yet. Add its accounts on the Audience & accounts "
                "screen; each gets a row here."
            ),
        )
        self.table.setToolTip(
            self.tr(
                "One row per account of the institution; accounts are "
                "added on the Audience & accounts screen."
            )
        )
        self.form = self.set_form(SecurityForm(self.fmt, lambda: self.now().date()))

        self.holders = RowsEditor(
            self.tr("Who holds access"),
            [
                Field(self.tr("Name"), "name", stretch=True),
                Field(self.tr("Role"), "role"),
                Field(self.tr("Since"), "since", "date"),
            ],
            lambda: AccessHolder(self.tr("New person")),
            self.fmt,
        )
        self.holders.edited.connect(lambda rows: self._edit("holders", rows))
        self.hijack = Card(self.tr("If the account is hijacked"))
        self.hijack_steps = QListWidget()
        self.hijack_steps.setWordWrap(True)
        self.hijack_steps.setAccessibleName(self.tr("Checklist for a hijacked account"))
        self.report = QPushButton(icon("crisis"), self.tr("Log an account compromise"))
        self.report.setToolTip(
            self.tr("Log an incident for this account and run the account-compromise playbook")
        )
        self.report.clicked.connect(self._report)
        self.hijack.body.addWidget(
            caption(
                self.tr(
                    "Security threats: phishing, reused passwords, unsafe devices. If an account "
                    "is hijacked:"
                )
            )
        )
        self.hijack.body.addWidget(self.hijack_steps, 1)
        self.hijack.body.addWidget(self.report)
        self.hijack_steps.setMinimumHeight(140)
        # two tabs, not two panes one above the other: each gets the whole height (stacked,
        # the checklist was a two-line scroll box on a laptop)
        side = QTabWidget()
        side.setDocumentMode(True)
        side.addTab(self.holders, self.tr("Who holds access"))
        side.addTab(self.hijack, self.tr("If the account is hijacked"))
        self.side = side
        self.hijack.title.hide()  # the tab says it
        self.set_side(side)

    def load(self) -> list[SecurityRecord]:
        ws = self.doc.workspace
        accounts = ws.accounts.list()
        self.accounts = {a.id: a for a in accounts if a.id is not None}
        kept = {r.account_id: r for r in ws.crisis.security.list()}
        self.stored = set(kept)
        playbook = next(
            (p for p in ws.crisis.playbooks.list() if p.scenario is Scenario.COMPROMISE), None
        )
        self.hijack_steps.clear()
        for n, step in enumerate(playbook.steps if playbook else [], start=1):
            self.hijack_steps.addItem(f"{self.fmt.integer(n)}. {step.text}")
        self.report.setEnabled(playbook is not None)
        return [kept.get(a, SecurityRecord(a)) for a in self.accounts]

    def show_record(self, record: SecurityRecord | None) -> None:
        account = self.accounts.get(record.account_id) if record else None
        self.form.show_record(record, account)
        self.holders.set_rows(record.holders if record else [])
        self.holders.setEnabled(record is not None)

    def delete_command(self, record: SecurityRecord) -> QUndoCommand | None:
        return None  # a row per account: it goes when the account goes

    def _edit(self, name: str, value: Any) -> None:
        if self.current is None:
            return
        self.save_field(
            name,
            value,
            self.tr("Edit account security"),
            self.tr("Account security saved"),
            stored=self.current.account_id in self.stored,
        )

    def _report(self) -> None:
        account = self.accounts.get(self.current.account_id) if self.current else None
        self.compromiseReported.emit(account.platform if account else None)
