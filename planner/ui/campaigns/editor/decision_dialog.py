"""The dialog in which the officer records the decision she received on a submitted version."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from planner import approval_labels
from planner.domain.approval import ApprovalError, Decision, DecisionRecord, History
from planner.domain.content import AssetRefusedError
from planner.domain.intake import inspect_bytes
from planner.domain.validation import Severity
from planner.formatting import Formatter
from planner.reports.identity.labels import refusal
from planner.storage.assets import read_file
from planner.ui.campaigns.editor.section import date_edit
from planner.ui.dates import pydate, qdate
from planner.ui.dialogs import Dialogs
from planner.ui.form_dialog import FormDialog
from planner.ui.widgets import caption


@dataclass(frozen=True)
class SignedDocument:
    """The signed approval, read and checked, to be kept in the media library."""

    data: bytes
    name: str
    suffix: str


class DecisionDialog(FormDialog):
    """Approved or returned, when, by whom (name and title), why; optionally the signed
    document. OK is refused, with the reason beside the fields, while the history cannot
    hold the decision (see planner.domain.approval.History.check_decision)."""

    def __init__(
        self,
        history: History,
        fmt: Formatter,
        dialogs: Dialogs,
        today: dt.date,
        approver: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent, width=480)
        self.history = history
        self.fmt = fmt
        self.dialogs = dialogs
        self.document: SignedDocument | None = None
        latest = history.latest
        assert latest is not None
        self.number = latest.number
        self.setWindowTitle(
            self.tr("Record the decision on version %1").replace("%1", fmt.integer(self.number))
        )
        self.decision = QComboBox()
        for d in Decision:
            self.decision.addItem(approval_labels.decision(d), d.value)
        self.decision.setAccessibleName(self.tr("Decision"))
        self.day = date_edit(fmt, self.tr("Decision date"))
        self.day.setDate(qdate(max(today, latest.frozen_at.date())))
        self.approver = QLineEdit(approver)
        self.approver.setAccessibleName(self.tr("Approver's name"))
        self.job_title = QLineEdit()
        self.job_title.setAccessibleName(self.tr("Approver's title"))
        self.comments = QPlainTextEdit()
        self.comments.setAccessibleName(self.tr("Comments"))
        self.comments.setTabChangesFocus(True)
        self.comments.setMinimumHeight(90)
        self.attach = QPushButton(self.tr("Attach the signed document…"))
        self.attach.clicked.connect(self.choose_document)
        self.document_label = caption(self.tr("No document attached"))
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach)
        attach_row.addWidget(self.document_label, 1)
        self.form.addRow(self.tr("&Decision"), self.decision)
        self.form.addRow(self.tr("D&ate"), self.day)
        self.form.addRow(self.tr("&Approver"), self.approver)
        self.form.addRow(self.tr("&Title"), self.job_title)
        self.form.addRow(self.tr("&Comments"), self.comments)
        self.form.addRow(self.tr("Signed document"), attach_row)

    def record(self) -> DecisionRecord:
        return DecisionRecord(
            Decision(self.decision.currentData()),
            pydate(self.day.date()),
            self.approver.text().strip(),
            self.job_title.text().strip(),
            self.comments.toPlainText().strip(),
        )

    def problem(self) -> str:
        """Why the decision as filled in cannot be recorded; "" when it can."""
        try:
            self.history.check_decision(self.number, self.record())
        except ApprovalError as exc:
            return approval_labels.refusal(exc.code)
        return ""

    def choose_document(self) -> None:
        path = self.dialogs.open_file(
            self,
            self.tr("The signed document"),
            self.tr("Signed documents (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path is not None:
            self.use_document(path)

    def use_document(self, path: Path) -> bool:
        """Read and check the file now, so that a refused one is said here, not after OK."""
        try:
            data = read_file(path)
            inspect_bytes(data, path.suffix)
        except AssetRefusedError as exc:
            self.document = None
            self.document_label.setText(self.tr("No document attached"))
            self.message.set_lines(
                [(Severity.ERROR, f"{path.name}: {refusal(exc.reason, self.fmt)}")]
            )
            return False
        self.document = SignedDocument(data, path.stem, path.suffix)
        self.document_label.setText(path.name)
        self.message.set_lines([])
        return True

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.message.set_lines([(Severity.ERROR, problem)])
            return
        super().accept()
