"""The form of one incident: what, where, when, how serious, verified or not, the playbook,
the response and closing times, partner bodies and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from planner.domain.crisis import (
    Incident,
    PartnerBody,
    Playbook,
    Scenario,
    Severity,
    Verification,
)
from planner.domain.crisis_stats import time_to_close, time_to_first_response
from planner.formatting import Formatter
from planner.ui import plain
from planner.ui.crisis import labels
from planner.ui.crisis.fields import select
from planner.ui.crisis.record_form import RecordForm
from planner.ui.icons import icon
from planner.ui.widgets import caption, heading


class IncidentForm(RecordForm):
    """Edits one incident; each finished edit is reported as (field name, new value)."""

    record: Incident

    runRequested = Signal(int)  # a playbook id
    pauseRequested = Signal()
    resumeRequested = Signal()

    def __init__(
        self, fmt: Formatter, now: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(Incident("", now()), parent)
        self.fmt = fmt
        self.now = now
        self.rows.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.title = self.name_field(self.tr("What happened"), "title")
        self.title.setAccessibleName(self.tr("What happened"))
        self.scenario = self.code_field(
            self.tr("Scenario"), "scenario", Scenario, self.tr("Not set")
        )
        self.platform = self.platform_field(self.tr("Where seen"), "platform", labels.elsewhere())
        self.link = self.line_field(self.tr("Link"), "link")
        self.link.setPlaceholderText("https://")
        self.link.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.first_seen = self.time_field(self.tr("First seen"), "first_seen_at", now, fmt, False)
        self.severity = self.code_field(self.tr("Severity"), "severity", Severity)
        self.verification = self.code_field(self.tr("Verification"), "verification", Verification)

        self.playbook = QComboBox()
        self.playbook.setAccessibleName(self.tr("Playbook"))
        self.run_button = QPushButton(icon("check"), self.tr("Run playbook"))
        self.run_button.setToolTip(
            self.tr("Copy the playbook's steps into this incident as a checklist to tick")
        )
        self.run_button.clicked.connect(self._run)
        run_row = QHBoxLayout()
        run_row.addWidget(self.playbook, 1)
        run_row.addWidget(self.run_button)
        self.rows.addRow(self.tr("Playbook"), run_row)

        self.response_at = self.time_field(
            self.tr("First response posted"), "response_at", now, fmt
        )
        self.closed_at = self.time_field(self.tr("Closed"), "closed_at", now, fmt)
        self.times = caption()
        self.rows.addRow("", self.times)
        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Partner bodies involved"))
        self.partners.setMaximumHeight(120)
        self.partners.itemChanged.connect(self._partners_changed)
        self.rows.addRow(self.tr("Partner bodies"), self.partners)
        self.notes = self.notes_field(self.tr("Notes"), "notes")
        self.notes.setMaximumHeight(110)

        self.paused = caption()
        self.pause_button = QPushButton(icon("bell"), self.tr("Pause all scheduled posts"))
        self.pause_button.clicked.connect(self.pauseRequested)
        self.resume_button = QPushButton(icon("restore"), self.tr("Resume the paused posts"))
        self.resume_button.clicked.connect(self.resumeRequested)
        pause_row = QHBoxLayout()
        pause_row.addWidget(self.pause_button)
        pause_row.addWidget(self.resume_button)
        pause_row.addStretch(1)

        self._frame(heading(self.tr("Incident"), 2))
        self.outer.addWidget(self.paused)
        self.outer.addLayout(pause_row)
        self.outer.addStretch(1)
        self._scenarios: dict[int, Scenario] = {}

    def set_choices(self, playbooks: list[Playbook], partners: list[PartnerBody]) -> None:
        self._scenarios = {p.id: p.scenario for p in playbooks if p.id is not None}
        self.playbook.clear()
        for p in playbooks:
            self.playbook.addItem(plain.shown(p.name), p.id)
        self._loading = True
        self.partners.clear()
        for partner in partners:
            item = QListWidgetItem(partner.name)
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self._loading = False

    def show_incident(self, incident: Incident | None) -> None:
        with self.showing(incident or Incident("", self.now())) as i:
            chosen = i.playbook_id if i.playbook_id is not None else self._playbook_for(i.scenario)
            select(self.playbook, chosen)
            for row in range(self.partners.count()):
                item = self.partners.item(row)
                ticked = item.data(Qt.ItemDataRole.UserRole) in i.partner_ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.times.setText(
            self.tr("Time to first response: %1 · time to close: %2")
            .replace("%1", labels.duration(time_to_first_response(i), self.fmt))
            .replace("%2", labels.duration(time_to_close(i), self.fmt))
        )
        count = len(i.paused_post_ids)
        self.paused.setText(
            self.fmt.counted(
                self.tr("%n scheduled posts are paused for this incident.", "", count), count
            )
            if count
            else ""
        )
        self.paused.setVisible(bool(count))
        self.pause_button.setVisible(i.is_open and not count)
        self.resume_button.setVisible(bool(count))

    def _playbook_for(self, scenario: Scenario | None) -> int | None:
        """The first playbook for the incident's scenario: the one to suggest."""
        return next((pid for pid, s in self._scenarios.items() if s is scenario), None)

    def _partners_changed(self) -> None:
        if self._loading:
            return
        chosen = [
            self.partners.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.partners.count())
            if self.partners.item(r).checkState() == Qt.CheckState.Checked
        ]
        self._emit("partner_ids", chosen)

    def _run(self) -> None:
        playbook_id = self.playbook.currentData()
        if playbook_id is not None:
            self.runRequested.emit(int(playbook_id))
