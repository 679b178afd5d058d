"""The follower-request log: questions, complaints, suggestions and reports, how fast each
was answered against its target, referrals to partner bodies, and critical matters routed
to the hotline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from planner import labels as core_labels
from planner.domain.crisis import (
    FollowerRequest,
    PartnerBody,
    RequestKind,
    ResponseTarget,
    Severity,
)
from planner.domain.crisis_due import due_at, route, share_within_target, within_target
from planner.domain.crisis_stats import response_time
from planner.domain.model import Platform
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui import plain
from planner.ui.crisis import labels
from planner.ui.crisis.commands import DeleteItem
from planner.ui.crisis.fields import select
from planner.ui.crisis.partners import referral_card_text
from planner.ui.crisis.record_form import RecordForm
from planner.ui.crisis.record_tab import RecordTab
from planner.ui.crisis.table import Column
from planner.ui.widgets import Card, caption, heading

C = "RequestTable"


class RequestForm(RecordForm):
    """Edits one follower request; finished edits are reported as (field name, new value)."""

    record: FollowerRequest

    def __init__(
        self, fmt: Formatter, now: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(FollowerRequest("", Platform.X, now()), parent)
        self.fmt = fmt
        self.summary = self.name_field(self.tr("Request"), "summary")
        self.kind = self.code_field(self.tr("Kind"), "kind", RequestKind)
        self.platform = self.platform_field(self.tr("Platform"), "platform")
        self.severity = self.code_field(self.tr("Severity"), "severity", Severity)
        self.received = self.time_field(self.tr("Received"), "received_at", now, fmt, False)
        self.answered = self.time_field(self.tr("Answered"), "answered_at", now, fmt)
        self.target = caption()
        self.rows.addRow("", self.target)
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.route.setObjectName("warning")
        self.route.setStyleSheet(
            f"color: {labels.SEVERITY_COLOUR[Severity.CRITICAL]};font-weight: bold;"
        )
        self.rows.addRow("", self.route)
        self.routed = self.line_field(self.tr("Routed to"), "routed_to")
        self.routed.setPlaceholderText(self.tr("e.g. the hotline"))
        self.referred = QComboBox()
        self.referred.setAccessibleName(self.tr("Referred to"))
        self.referred.activated.connect(
            lambda: self._emit("referred_to", self.referred.currentData())
        )
        self.rows.addRow(self.tr("Referred to"), self.referred)
        self.outcome = self.notes_field(self.tr("Outcome"), "outcome")
        self.outcome.setMaximumHeight(90)
        self._frame(heading(self.tr("Follower request"), 2))
        self.outer.addStretch(1)

    def set_partners(self, partners: list[PartnerBody]) -> None:
        self.referred.clear()
        self.referred.addItem(self.tr("Not referred"), None)
        for p in partners:
            self.referred.addItem(plain.shown(p.name), p.id)

    def show_request(
        self, request: FollowerRequest | None, targets: list[ResponseTarget], now: dt.datetime
    ) -> None:
        with self.showing(request or FollowerRequest("", Platform.X, now)) as r:
            select(self.referred, r.referred_to)
        due = due_at(r, targets)
        verdict = within_target(r, targets, now)
        if due is None:
            self.target.setText(self.tr("No response-time target for this severity."))
        else:
            text = self.tr("Target: answer by %1.").replace("%1", labels.when(due, self.fmt))
            if verdict is True:
                text += " " + self.tr("Answered within target.")
            elif verdict is False:
                text += " " + self.tr("Target missed.")
            self.target.setText(text)
        channel = route(r, targets)
        self.route.setText(
            self.tr("%1 matters go to %2: refer the follower there at once and note it below.")
            .replace("%1", labels.name(r.severity))
            .replace("%2", channel)
            if channel
            else ""
        )
        self.route.setVisible(bool(channel))


def _columns(fmt: Formatter, tab: RequestsTab) -> list[Column]:
    def answered(r: FollowerRequest) -> str:
        if r.answered_at is None:
            return labels.tr(QT_TRANSLATE_NOOP("CrisisLabels", "Waiting %1")).replace(
                "%1", labels.duration(tab.now() - r.received_at, fmt)
            )
        return labels.duration(response_time(r), fmt)

    def verdict_colour(r: FollowerRequest) -> Any:
        verdict = within_target(r, tab.targets, tab.now())
        if verdict is None:
            return None
        return QColor(labels.OK_COLOUR if verdict else labels.LATE_COLOUR)

    return [
        Column(
            QT_TRANSLATE_NOOP("RequestTable", "Received"), lambda r: labels.when(r.received_at, fmt)
        ),
        Column(
            QT_TRANSLATE_NOOP("RequestTable", "Platform"),
            lambda r: core_labels.platform(r.platform),
            platforms=lambda r: [r.platform.value],
        ),
        Column(QT_TRANSLATE_NOOP("RequestTable", "Kind"), lambda r: labels.name(r.kind)),
        Column(
            QT_TRANSLATE_NOOP("RequestTable", "Request"),
            lambda r: r.summary,
            tooltip=lambda r: r.summary,
        ),
        Column(
            QT_TRANSLATE_NOOP("RequestTable", "Severity"),
            lambda r: labels.name(r.severity),
            decoration=lambda r: QColor(labels.SEVERITY_COLOUR[r.severity]),
        ),
        Column(
            QT_TRANSLATE_NOOP("RequestTable", "Answered after"), answered, foreground=verdict_colour
        ),
        Column(
            QT_TRANSLATE_NOOP("RequestTable", "Referred to"),
            lambda r: tab.partner_names.get(r.referred_to, r.routed_to),
        ),
    ]


class RequestsTab(RecordTab):
    """Every follower request, the share answered within target, and the overdue ones."""

    STORE = "requests"

    def build(self) -> None:
        self.targets: list[ResponseTarget] = []
        self.partners: dict[int, PartnerBody] = {}
        self.partner_names: dict[int | None, str] = {}
        self.set_add(self.tr("Log a request"), self.log_request)
        self.share = QLabel()
        self.share.setObjectName("section")
        self.toolbar.addWidget(self.share)
        self.set_table(
            C,
            _columns(self.fmt, self),
            3,
            self.tr("Follower requests"),
            self.tr(
                "No follower request is logged. Log every question, complaint, suggestion and "
                "report, and the time it was answered: no follower is ignored."
            ),
        )
        self.form = self.set_form(RequestForm(self.fmt, self.now))
        self.referral = Card(self.tr("Referral"))
        self.referral_text = plain.rich(caption())  # referral_card_text escapes every value
        self.referral_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referral.body.addWidget(self.referral_text)
        self.referral.body.addStretch(1)
        self.set_side(self.referral, (3, 2))

    def load(self) -> list[FollowerRequest]:
        crisis = self.doc.workspace.crisis
        self.targets = crisis.targets.list()
        partners = crisis.partners.list()
        self.partners = {p.id: p for p in partners if p.id is not None}
        self.partner_names = {p.id: p.name for p in partners}
        self.form.set_partners(partners)
        requests = crisis.requests.list()
        share = share_within_target(requests, self.targets, self.now())
        self.share.setText(
            self.tr("Answered within target: %1").replace("%1", self.fmt.percent(share.fraction))
            if share.fraction is not None
            else ""
        )
        return requests

    def show_record(self, record: FollowerRequest | None) -> None:
        self.form.show_request(record, self.targets, self.now())
        partner = self.partners.get(record.referred_to) if record and record.referred_to else None
        self.referral_text.setText(
            referral_card_text(partner, record.platform)
            if partner and record
            else self.tr(
                "Choose the partner body a request was referred to: its accounts and contact "
                "people show here, to tag it or call it."
            )
        )

    def log_request(self) -> None:
        request = FollowerRequest(
            self.tr("New request"), Platform.X, self.now().replace(second=0, microsecond=0)
        )
        self.add_record(
            request,
            self.tr("Log follower request"),
            self.tr("Request logged"),
            self.form.summary,
        )

    def delete_command(self, record: FollowerRequest) -> QUndoCommand | None:
        return DeleteItem(self.doc, self.store, record, self.tr("Delete follower request"))

    def _edit(self, name: str, value: Any) -> None:
        def route_critical(after: Any) -> None:
            if name in ("severity", "platform") and not after.routed_to:
                after.routed_to = route(after, self.targets)  # critical -> the hotline

        self.save_field(
            name,
            value,
            self.tr("Edit follower request"),
            self.tr("Request saved"),
            adjust=route_critical,
        )
