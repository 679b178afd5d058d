"""The editor's Approval tab: submit the plan, record the decision, the versions, and what
changed since the last approval, filtered by kind of change and by platform."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import approval_labels, labels
from planner.approval_labels import ChangeGroup, ChangeRow
from planner.domain.approval import ApprovalError, DecisionRecord, History, PlanStage
from planner.domain.model import Platform
from planner.i18n import campaigns as campaign_labels
from planner.storage import approval
from planner.storage.exchange_format import ExchangeError
from planner.ui.campaigns.approval_commands import RecordDecision, SubmitVersion
from planner.ui.campaigns.editor.decision_dialog import DecisionDialog, SignedDocument
from planner.ui.widgets import caption, heading

if TYPE_CHECKING:
    from planner.ui.campaigns.editor.view import CampaignEditor


class _FitTable(QTableWidget):
    """A table as tall as its rows, measured again whenever its width changes (wrapped
    text takes fewer lines in wider columns)."""

    def fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()


def _table(headers: list[str]) -> _FitTable:
    table = _FitTable(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


SHORT = 90  # characters of a post's text shown in a row; the whole text is in the tooltip


def _short(text: str) -> str:
    """A post named by its first line, cut to a row's width."""
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= SHORT else first[: SHORT - 1].rstrip() + "…"


def _fill(table: _FitTable, rows: list[list[str]]) -> None:
    """Fill the table, texts at the top of their cells, the table as tall as its rows: the
    tab scrolls as a whole, no table hides rows behind a scroll bar of its own."""
    table.setRowCount(len(rows))
    top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setTextAlignment(top)
            table.setItem(r, c, item)
    table.fit()


class ApprovalPanel(QWidget):
    """The approval cycle of the campaign open in the editor."""

    def __init__(self, editor: CampaignEditor) -> None:
        super().__init__()
        self.editor = editor
        self.doc = editor.doc
        self.fmt = editor.fmt
        self.campaign_id: int | None = None
        self.history = History()
        self.changes: list[ChangeRow] = []
        self.now = dt.datetime.now  # the clock, replaceable in tests
        self._stale = False

        self.stage = heading("", 3)
        self.count = caption()
        self.submit_button = QPushButton(self.tr("Submit for approval"))
        self.submit_button.setToolTip(
            self.tr("Freeze the plan as it is now as a new version, to be approved")
        )
        self.submit_button.clicked.connect(self.submit)
        self.decide_button = QPushButton(self.tr("Record the decision…"))
        self.decide_button.clicked.connect(self.decide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.decide_button)
        buttons.addStretch(1)

        self.versions = _table(
            [
                self.tr("Version"),
                self.tr("Submitted"),
                self.tr("Decision"),
                self.tr("Date"),
                self.tr("Approver"),
                self.tr("Comments"),
            ]
        )
        self.versions.setAccessibleName(self.tr("Versions"))
        self.changes_title = heading("", 3)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of change"))
        self.kind.addItem(self.tr("All changes"), "")
        self.kind.addItem(self.tr("Posts"), ChangeGroup.POSTS.value)
        self.kind.addItem(self.tr("Texts"), ChangeGroup.TEXTS.value)
        self.kind.addItem(self.tr("Plan"), ChangeGroup.PLAN.value)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("Platform"))
        self.platform.addItem(self.tr("All platforms"), "")
        for p in Platform:
            self.platform.addItem(labels.platform(p), p.value)
        self.kind.currentIndexChanged.connect(self._show_changes)
        self.platform.currentIndexChanged.connect(self._show_changes)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.kind)
        filters.addWidget(self.platform)
        filters.addStretch(1)
        self.change_table = _table(
            [self.tr("Change"), self.tr("Post"), self.tr("Before"), self.tr("After")]
        )
        self.change_table.setAccessibleName(self.tr("Changes since approval"))
        self.empty = caption()
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.stage)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        layout.addWidget(heading(self.tr("Versions"), 3))
        layout.addWidget(self.versions)
        layout.addWidget(self.changes_title)
        layout.addLayout(filters)
        layout.addWidget(self.change_table)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.doc.changed.connect(self._on_changed)

    # showing ------------------------------------------------------------------------------
    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        self.refresh()

    def _on_changed(self, topic: str) -> None:
        if self.campaign_id is not None and topic in ("campaigns", "posts", "all"):
            if self.isVisible():
                self.refresh()
            else:  # an edit in another tab: compared when the tab is shown, not per keystroke
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.campaign_id is None:
            return
        ws = self.doc.workspace
        try:
            self.history = approval.history(ws, self.campaign_id)
            stage = approval.stage(ws, self.campaign_id)
            found = approval.changes_since_approval(ws, self.campaign_id)
        except KeyError:  # the campaign went (undone creation): the editor leaves
            return
        self.stage.setText(approval_labels.stage(stage))
        self.count.setText(
            approval_labels.changes_since(found.diff.count(), self.fmt) if found else ""
        )
        self.decide_button.setEnabled(stage is PlanStage.SUBMITTED)
        f = self.fmt
        rows = []
        for v in reversed(self.history.versions):
            d = v.decision
            rows.append(
                [
                    f.integer(v.number),
                    f.date(v.frozen_at.date(), "long"),
                    approval_labels.decision(d.decision) if d else self.tr("Awaiting a decision"),
                    f.date(d.decided_on, "long") if d else "",
                    (f"{d.approver} — {d.title}" if d.title else d.approver) if d else "",
                    d.comments if d else "",
                ]
            )
        _fill(self.versions, rows)
        if found is None:
            self.changes = []
            self.changes_title.setText(self.tr("Changes since approval"))
            self.empty.setText(
                self.tr(
                    "No version of this plan has been approved yet: there is nothing to compare."
                )
            )
        else:
            self.changes = approval_labels.rows(found.diff, f)
            self.changes_title.setText(
                self.tr("Changes since version %1").replace("%1", f.integer(found.version.number))
            )
        self._show_changes()

    def _show_changes(self) -> None:
        kind, platform = self.kind.currentData(), self.platform.currentData()
        shown = [
            r
            for r in self.changes
            if (not kind or r.group.value == kind)
            and (not platform or Platform(platform) in r.platforms)
        ]
        rows = []
        for r in shown:
            if r.group is ChangeGroup.TEXTS:
                rows.append([r.what, _short(r.after), r.removed or "—", r.added or "—"])
            else:
                rows.append([r.what, _short(r.subject) or "—", r.before, r.after])
        _fill(self.change_table, rows)
        if self.history.last_approved is not None:
            self.empty.setText(
                ""
                if shown
                else self.tr("No change of this kind since the approved version.")
                if self.changes
                else self.tr("Nothing has changed since the approved version.")
            )
        self.change_table.setVisible(bool(shown))

    # acting -------------------------------------------------------------------------------
    def submit(self) -> bool:
        """Freeze the plan as the next version (one undo step); say why when refused."""
        if self.campaign_id is None:
            return False
        try:
            approval.check_submission(self.doc.workspace, self.campaign_id)
        except ApprovalError as exc:
            self.editor.dialogs.error(
                self, self.tr("Submit for approval"), approval_labels.refusal(exc.code)
            )
            return False
        except ExchangeError as exc:
            self.editor.dialogs.error(
                self, self.tr("Submit for approval"), campaign_labels.exchange_error(exc, self.fmt)
            )
            return False
        number = self.history.next_number()
        text = self.tr("Submit version %1 for approval").replace("%1", self.fmt.integer(number))
        self.doc.undo_stack.push(SubmitVersion(self.doc, self.campaign_id, self.now(), text))
        self.editor.message.emit(
            self.tr("Version %1 submitted for approval").replace("%1", self.fmt.integer(number))
        )
        return True

    def decide(self) -> None:
        latest = self.history.latest
        if self.campaign_id is None or latest is None:
            return
        stored = self.editor.stored
        dialog = DecisionDialog(
            self.history,
            self.fmt,
            self.editor.dialogs,
            self.now().date(),
            stored.approver if stored else "",
            self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(dialog.record(), dialog.document)

    def record(self, record: DecisionRecord, document: SignedDocument | None = None) -> bool:
        """Record the decision on the latest version (one undo step); say why when refused."""
        latest = self.history.latest
        if self.campaign_id is None or latest is None:
            return False
        try:
            self.history.check_decision(latest.number, record)
        except ApprovalError as exc:
            self.editor.dialogs.error(
                self, self.tr("Record the decision"), approval_labels.refusal(exc.code)
            )
            return False
        text = self.tr("Record the decision on version %1").replace(
            "%1", self.fmt.integer(latest.number)
        )
        self.doc.undo_stack.push(
            RecordDecision(
                self.doc,
                self.campaign_id,
                latest.number,
                record,
                document.data if document else None,
                document.name if document else "",
                document.suffix if document else "",
                text,
            )
        )
        self.editor.message.emit(text)
        return True
