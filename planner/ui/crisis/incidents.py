"""The incident and rumour log: log an incident, run its playbook and tick the steps, record
the response and the closing; a severe incident offers to pause every scheduled post."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QShowEvent, QUndoCommand
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from planner import labels as core_labels
from planner.domain import bidi
from planner.domain.crisis import Incident, Scenario, Severity, is_severe, run_playbook
from planner.domain.crisis_stats import time_to_close, time_to_first_response
from planner.domain.model import Platform
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.campaigns.editor.blocks import grow_to_rows
from planner.ui.crisis import labels
from planner.ui.crisis.checklist import ChecklistModel
from planner.ui.crisis.commands import DeleteItem, PausePosts, ResumePosts, SaveItem
from planner.ui.crisis.incident_form import IncidentForm
from planner.ui.crisis.record_tab import RecordTab
from planner.ui.crisis.table import Column
from planner.ui.widgets import Card

C = "IncidentTable"


def _columns(fmt: Formatter) -> list[Column]:
    def closed(i: Incident) -> str:
        if i.is_open:
            return labels.tr(QT_TRANSLATE_NOOP("CrisisLabels", "Open"))
        return labels.duration(time_to_close(i), fmt)

    def checklist(i: Incident) -> str:
        if not i.steps:
            return "—"
        return (
            f"{fmt.integer(sum(s.done_at is not None for s in i.steps))}/"
            f"{fmt.integer(len(i.steps))}"
        )

    return [
        Column(
            QT_TRANSLATE_NOOP("IncidentTable", "What"), lambda i: i.title, tooltip=lambda i: i.title
        ),
        Column(
            QT_TRANSLATE_NOOP("IncidentTable", "Where"),
            lambda i: core_labels.platform(i.platform) if i.platform else labels.elsewhere(),
            platforms=lambda i: [i.platform.value] if i.platform else [],
        ),
        Column(
            QT_TRANSLATE_NOOP("IncidentTable", "Severity"),
            lambda i: labels.name(i.severity),
            decoration=lambda i: QColor(labels.SEVERITY_COLOUR[i.severity]),
        ),
        Column(
            QT_TRANSLATE_NOOP("IncidentTable", "Verification"),
            lambda i: labels.name(i.verification),
        ),
        Column(
            QT_TRANSLATE_NOOP("IncidentTable", "First seen"),
            lambda i: labels.when(i.first_seen_at, fmt),
        ),
        Column(
            QT_TRANSLATE_NOOP("IncidentTable", "First response"),
            lambda i: labels.duration(time_to_first_response(i), fmt),
        ),
        Column(QT_TRANSLATE_NOOP("IncidentTable", "Closed after"), closed),
        Column(QT_TRANSLATE_NOOP("IncidentTable", "Steps done"), checklist),
    ]


class IncidentsTab(RecordTab):
    """The log of incidents and rumours, and the checklist of the selected one."""

    STORE = "incidents"

    def build(self) -> None:
        self.set_add(self.tr("Log an incident"), self.log_incident)
        self.set_table(
            C,
            _columns(self.fmt),
            0,
            self.tr("Incidents and rumours"),
            self.tr(
                "No incident is logged. When a rumour, a sudden event or an attack on an account "
                "appears, log it here and run its playbook."
            ),
        )

        self.checklist = ChecklistModel(self.fmt, self)
        self.checklist.toggled.connect(self._tick)
        self.steps = QTableView()
        self.steps.setModel(self.checklist)
        self.steps.setAccessibleName(self.tr("Checklist"))
        self.steps.verticalHeader().hide()
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.steps.setWordWrap(True)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.STEP, QHeaderView.ResizeMode.Stretch)
        for column in (ChecklistModel.OWNER, ChecklistModel.TIME):  # wrap, leaving the step
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # the width
            header.resizeSection(column, 100)
        # a step's row is as tall as its wrapped text at the column's present width (measured
        # once while the column was narrow, each step stood alone on a tall row)
        header.sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.steps, self.steps.resizeRowsToContents)
        )
        self.checklist_hint = self.tr(
            "Tick a step when it is done: the time is recorded. Due times count from when "
            "the incident was first seen."
        )
        # said on hovering the steps: the card's height goes to the steps themselves
        self.steps.setToolTip(self.checklist_hint)
        self.steps.setAccessibleDescription(self.checklist_hint)
        card = Card(self.tr("Checklist"))
        card.body.addWidget(self.steps)
        card.body.addStretch(1)
        # the steps wrap in their column and grow to all their rows: the form and its
        # checklist scroll as one page (on a laptop a checklist of its own showed one step)
        grow_to_rows(self.steps)
        self.splitter.setSizes([320, 680])  # the selected incident gets the larger share

        self.form = self.set_form(IncidentForm(self.fmt, self.now))
        self.form.runRequested.connect(self.run_playbook)
        self.form.pauseRequested.connect(self.pause_posts)
        self.form.resumeRequested.connect(self.resume_posts)
        self.beside_form(card)

    def load(self) -> list[Incident]:
        crisis = self.doc.workspace.crisis
        self.form.set_choices(crisis.playbooks.list(), crisis.partners.list())
        incidents = crisis.incidents.list()
        return sorted(incidents, key=lambda i: not i.is_open)  # open first, newest first

    def show_record(self, record: Incident | None) -> None:
        self.form.show_incident(record)
        self.checklist.set_incident(record, self.now())
        if self.steps.isVisible():
            self.steps.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.steps.resizeRowsToContents()

    # actions ------------------------------------------------------------------------------
    def log_incident(
        self,
        scenario: Scenario | None = None,
        platform: Platform | None = None,
        severity: Severity = Severity.MEDIUM,
        title: str = "",
    ) -> int:
        """Log a new incident (running its scenario's playbook when given); return its id."""
        incident = Incident(
            title or self.tr("New incident"),
            self.now().replace(second=0, microsecond=0),
            severity,
            scenario=scenario,
            platform=platform,
        )
        if scenario is not None:
            playbook = next(
                (p for p in self.doc.workspace.crisis.playbooks.list() if p.scenario is scenario),
                None,
            )
            if playbook is not None:
                run_playbook(incident, playbook)
        item_id = self.add_record(
            incident, self.tr("Log incident"), self.tr("Incident logged"), self.form.title
        )
        if is_severe(severity):
            self._offer_pause()
        return item_id

    def delete_command(self, record: Incident) -> QUndoCommand | None:
        if not self.dialogs.confirm(
            self,
            self.tr("Delete incident"),
            self.tr(
                "Delete the incident “%1” with its checklist? You can undo this with Ctrl+Z."
            ).replace("%1", bidi.isolate(record.title)),
        ):
            return None
        return DeleteItem(self.doc, self.store, record, self.tr("Delete incident"))

    def run_playbook(self, playbook_id: int) -> None:
        incident = self.current
        if incident is None:
            return
        if any(s.done_at for s in incident.steps) and not self.dialogs.confirm(
            self,
            self.tr("Run playbook"),
            self.tr(
                "This incident's checklist has ticked steps. Replace it with the playbook's steps?"
            ),
        ):
            return
        after = copy.deepcopy(incident)
        run_playbook(after, self.doc.workspace.crisis.playbooks.get(playbook_id))
        self.push(
            SaveItem(self.doc, self.store, incident, after, self.tr("Run playbook")),
            self.tr("Playbook steps added"),
        )

    def pause_posts(self) -> None:
        if self.current is None or self.current.id is None:
            return
        command = PausePosts(
            self.doc, self.current.id, self.now(), self.tr("Pause scheduled posts")
        )
        if not command.post_ids:
            self.message.emit(self.tr("No scheduled post is waiting to go out."))
            return
        self.push(
            command,
            self.fmt.counted(
                self.tr("%n scheduled posts paused", "", len(command.post_ids)),
                len(command.post_ids),
            ),
        )

    def resume_posts(self) -> None:
        if self.current is None or not self.current.paused_post_ids:
            return
        self.push(
            ResumePosts(self.doc, self.current, self.tr("Resume paused posts")),
            self.tr("The paused posts are scheduled again"),
        )

    # edits --------------------------------------------------------------------------------
    def _edit(self, name: str, value: Any) -> None:
        before = self.current
        after = self.save_field(name, value, self.tr("Edit incident"), self.tr("Incident saved"))
        if before is None or after is None:
            return
        if (
            name == "severity"
            and is_severe(value)
            and not is_severe(before.severity)
            and after.is_open
            and not after.paused_post_ids
        ):
            self._offer_pause()
        if (
            name == "closed_at"
            and value is not None
            and after.paused_post_ids
            and self.dialogs.confirm(
                self,
                self.tr("Incident closed"),
                self.tr("The incident is closed. Schedule its paused posts again?"),
            )
        ):
            self.resume_posts()

    def _offer_pause(self) -> None:
        waiting = self.doc.workspace.crisis.pause.pausable(self.now())
        if waiting and self.dialogs.confirm(
            self,
            self.tr("Severe incident"),
            self.fmt.counted(
                self.tr(
                    "A severe incident is open. Pause all %n scheduled posts until it is "
                    "handled? They keep their status and can be resumed in one step.",
                    "",
                    len(waiting),
                ),
                len(waiting),
            ),
        ):
            self.pause_posts()

    def _tick(self, row: int, ticked: bool) -> None:
        before = self.current
        if before is None or row >= len(before.steps):
            return
        after = copy.deepcopy(before)
        after.steps[row].done_at = self.now().replace(second=0, microsecond=0) if ticked else None
        self.push(
            SaveItem(
                self.doc,
                self.store,
                before,
                after,
                self.tr("Tick step") if ticked else self.tr("Untick step"),
            ),
            self.tr("Step done") if ticked else self.tr("Step reopened"),
        )
