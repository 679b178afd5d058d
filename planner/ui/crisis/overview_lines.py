"""The Overview's lines for the crisis screen's warnings: open incidents, overdue follower
requests, overdue account-security reviews."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QListWidgetItem

from planner import labels as core_labels
from planner.domain.crisis import is_severe
from planner.domain.crisis_due import CrisisAlerts, ReviewDue
from planner.domain.model import Account
from planner.domain.overview import OverviewWarning, WarningCode
from planner.formatting import Formatter
from planner.ui.crisis import labels
from planner.ui.icons import icon


class CrisisLines(QObject):
    """Turns the crisis warnings of the Overview into list items, with their details."""

    CODES = frozenset(
        {WarningCode.OPEN_INCIDENT, WarningCode.REQUEST_OVERDUE, WarningCode.REVIEW_OVERDUE}
    )

    def __init__(
        self,
        alerts: CrisisAlerts,
        accounts: list[Account],
        fmt: Formatter,
        now: dt.datetime,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.incidents = {i.id: i for i in alerts.open_incidents}
        self.requests = {r.id: r for r in alerts.overdue_requests}
        self.reviews: dict[int | None, ReviewDue] = {
            r.account_id: r for r in alerts.overdue_reviews
        }
        self.accounts = {a.id: a for a in accounts}
        self.fmt = fmt
        self.now = now

    def item(self, warning: OverviewWarning) -> QListWidgetItem:
        colour = "#d97706"
        if warning.code is WarningCode.OPEN_INCIDENT:
            incident = self.incidents[warning.item_id]
            if is_severe(incident.severity):
                colour = labels.SEVERITY_COLOUR[incident.severity]
            text = (
                self.tr("Open incident (%1): “%2”, first seen %3.")
                .replace("%1", labels.name(incident.severity))
                .replace("%3", labels.when(incident.first_seen_at, self.fmt))
                .replace("%2", incident.title)
            )
            glyph = "crisis"
        elif warning.code is WarningCode.REQUEST_OVERDUE:
            request = self.requests[warning.item_id]
            text = (
                self.tr("A follower's %1 on %2 has waited %3 for an answer: “%4”.")
                .replace(
                    "%1",
                    labels.name(request.kind).lower()
                    if self.fmt.lang == "en"
                    else labels.name(request.kind),
                )
                .replace("%2", core_labels.platform(request.platform))
                .replace("%3", labels.duration(self.now - request.received_at, self.fmt))
                .replace("%4", request.summary)
            )
            glyph = "clock"
        else:
            review = self.reviews[warning.item_id]
            account = self.accounts.get(review.account_id)
            handle = account.handle if account else ""
            platform = core_labels.platform(account.platform) if account else ""
            if review.due is None:
                text = self.tr("The access to %1 on %2 has never been reviewed.")
            else:
                text = self.tr("The access review of %1 on %2 was due %3.").replace(
                    "%3", self.fmt.date(review.due)
                )
            text = text.replace("%2", platform).replace("%1", handle)
            glyph = "warning"
        return QListWidgetItem(icon(glyph, colour), text)
