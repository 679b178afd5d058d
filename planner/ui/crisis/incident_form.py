"""The form of one incident: what, where, when, how serious, verified or not, the playbook,
the response and closing times, partner bodies and notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from planner import labels as core_labels
from planner.domain.crisis import (
    Incident,
    PartnerBody,
    Playbook,
    Scenario,
    Severity,
    Verification,
)
from planner.domain.crisis_stats import time_to_close, time_to_first_response
from planner.domain.model import Platform
from planner.formatting import Formatter
from planner.ui.crisis import labels
from planner.ui.crisis.fields import NotesEdit, OptionalDateTime, code_combo, current, select
from planner.ui.crisis.record_form import RecordForm
from planner.ui.icons import icon, platform_icon
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
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("What happened"))
        self.title.editingFinished.connect(
            lambda: self._emit("title", self.title.text().strip() or self.record.title)
        )
        self.scenario = code_combo(Scenario, self.tr("Not set"))
        self.scenario.activated.connect(
            lambda: self._emit("scenario", current(self.scenario, Scenario))
        )
        self.platform = QComboBox()
        self.platform.addItem(labels.elsewhere(), None)
        for p in Platform:
            self.platform.addItem(platform_icon(p), core_labels.platform(p), p)
        self.platform.activated.connect(
            lambda: self._emit("platform", current(self.platform, Platform))
        )
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://")
        self.link.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.link.editingFinished.connect(lambda: self._emit("link", self.link.text().strip()))
        self.first_seen = OptionalDateTime(now, fmt, optional=False)
        self.first_seen.committed.connect(lambda v: self._emit("first_seen_at", v))
        self.severity = code_combo(Severity)
        self.severity.activated.connect(
            lambda: self._emit("severity", current(self.severity, Severity))
        )
        self.verification = code_combo(Verification)
        self.verification.activated.connect(
            lambda: self._emit("verification", current(self.verification, Verification))
        )
        self.response_at = OptionalDateTime(now, fmt)
        self.response_at.committed.connect(lambda v: self._emit("response_at", v))
        self.closed_at = OptionalDateTime(now, fmt)
        self.closed_at.committed.connect(lambda v: self._emit("closed_at", v))
        self.times = caption()

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

        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Partner bodies involved"))
        self.partners.setMaximumHeight(120)
        self.partners.itemChanged.connect(self._partners_changed)
        self.notes = NotesEdit()
        self.notes.setMaximumHeight(110)
        self.notes.committed.connect(lambda text: self._emit("notes", text))

        self.paused = caption()
        self.pause_button = QPushButton(icon("bell"), self.tr("Pause all scheduled posts"))
        self.pause_button.clicked.connect(self.pauseRequested)
        self.resume_button = QPushButton(icon("restore"), self.tr("Resume the paused posts"))
        self.resume_button.clicked.connect(self.resumeRequested)
        pause_row = QHBoxLayout()
        pause_row.addWidget(self.pause_button)
        pause_row.addWidget(self.resume_button)
        pause_row.addStretch(1)

        form = self._frame(heading(self.tr("Incident"), 2))
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("What happened"), self.title)
        form.addRow(self.tr("Scenario"), self.scenario)
        form.addRow(self.tr("Where seen"), self.platform)
        form.addRow(self.tr("Link"), self.link)
        form.addRow(self.tr("First seen"), self.first_seen)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Verification"), self.verification)
        form.addRow(self.tr("Playbook"), run_row)
        form.addRow(self.tr("First response posted"), self.response_at)
        form.addRow(self.tr("Closed"), self.closed_at)
        form.addRow("", self.times)
        form.addRow(self.tr("Partner bodies"), self.partners)
        form.addRow(self.tr("Notes"), self.notes)
        self.outer.addWidget(self.paused)
        self.outer.addLayout(pause_row)
        self.outer.addStretch(1)
        self._scenarios: dict[int, Scenario] = {}

    def set_choices(self, playbooks: list[Playbook], partners: list[PartnerBody]) -> None:
        self._scenarios = {p.id: p.scenario for p in playbooks if p.id is not None}
        self.playbook.clear()
        for p in playbooks:
            self.playbook.addItem(p.name, p.id)
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
        self._loading = True
        self.record = incident or Incident("", self.now())
        i = self.record
        self.title.setText(i.title)
        select(self.scenario, i.scenario)
        select(self.platform, i.platform)
        self.link.setText(i.link)
        self.first_seen.set_value(i.first_seen_at)
        select(self.severity, i.severity)
        select(self.verification, i.verification)
        self.response_at.set_value(i.response_at)
        self.closed_at.set_value(i.closed_at)
        chosen = i.playbook_id if i.playbook_id is not None else self._playbook_for(i.scenario)
        select(self.playbook, chosen)
        self.times.setText(
            self.tr("Time to first response: %1 · time to close: %2")
            .replace("%1", labels.duration(time_to_first_response(i), self.fmt))
            .replace("%2", labels.duration(time_to_close(i), self.fmt))
        )
        for row in range(self.partners.count()):
            item = self.partners.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in i.partner_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.notes.set_value(i.notes)
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
        self._loading = False

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
