"""The Crisis & security screen: a tab for each part of crisis readiness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner import labels as core_labels
from planner.domain.crisis import Scenario, Severity
from planner.domain.model import Platform
from planner.formatting import Formatter
from planner.ui.crisis.incidents import IncidentsTab
from planner.ui.crisis.partners import PartnersTab
from planner.ui.crisis.playbooks import PlaybooksTab
from planner.ui.crisis.requests import RequestsTab
from planner.ui.crisis.responses import ResponsesTab
from planner.ui.crisis.security import SecurityTab
from planner.ui.crisis.stats import StatsTab
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.widgets import heading
from planner.ui.workspace_widget import WorkspaceWidget


class CrisisView(WorkspaceWidget):
    """Incidents and rumours, follower requests, playbooks, ready responses, partner bodies,
    account security and response times."""

    def __init__(
        self,
        doc: Document,
        fmt: Formatter,
        dialogs: Dialogs,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, fmt, dialogs, parent)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.incidents = IncidentsTab(doc, fmt, dialogs, now)
        self._add(self.incidents, self.tr("Incidents and rumours"))
        self.requests = RequestsTab(doc, fmt, dialogs, now)
        self._add(self.requests, self.tr("Follower requests"))
        self.playbooks = PlaybooksTab(doc, fmt, dialogs, now)
        self._add(self.playbooks, self.tr("Playbooks"))
        self.responses = ResponsesTab(doc, fmt, dialogs, now)
        self._add(self.responses, self.tr("Ready responses"))
        self.partners = PartnersTab(doc, fmt, dialogs, now)
        self._add(self.partners, self.tr("Partner bodies"))
        self.security = SecurityTab(doc, fmt, dialogs, now)
        self.security.compromiseReported.connect(self.report_compromise)
        self._add(self.security, self.tr("Account security"))
        self.stats = StatsTab(doc, fmt, now)
        self._add(self.stats, self.tr("Response times"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 8)
        layout.setSpacing(4)
        layout.addWidget(heading(self.tr("Crisis & security")))
        layout.addWidget(self.tabs, 1)

    def _add(self, tab: QWidget, title: str) -> None:
        self.tabs.addTab(tab, title)
        message = getattr(tab, "message", None)
        if message is not None:
            message.connect(self.message)

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def report_compromise(self, platform: Platform | None) -> None:
        """Log an account compromise on `platform`, with its playbook, and show it."""
        title = (
            self.tr("Account compromise")
            if platform is None
            else self.tr("Account compromise on %1").replace("%1", core_labels.platform(platform))
        )
        self.show_tab(self.incidents)
        self.incidents.log_incident(Scenario.COMPROMISE, platform, Severity.HIGH, title)
