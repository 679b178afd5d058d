"""Playbooks: a checklist per scenario (steps with owners and time targets), edited by the
officer; the defaults can be added again."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QPushButton, QWidget

from planner.domain import bidi
from planner.domain.crisis import Playbook, PlaybookStep, Scenario, Stage
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.storage import crisis_defaults
from planner.ui.campaigns.editor.blocks import grow_to_rows
from planner.ui.crisis import labels
from planner.ui.crisis.commands import DeleteItem, SaveItem
from planner.ui.crisis.record_form import RecordForm
from planner.ui.crisis.record_tab import RecordTab
from planner.ui.crisis.rows_editor import Field, RowsEditor
from planner.ui.crisis.table import Column, long_text
from planner.ui.icons import icon
from planner.ui.widgets import caption, heading

C = "PlaybookTable"


class PlaybookForm(RecordForm):
    """Edits a playbook's name, scenario and description."""

    record: Playbook

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Playbook("", Scenario.RUMOUR), parent)
        self.name = self.name_field(self.tr("Name"), "name")
        self.scenario = self.code_field(self.tr("Scenario"), "scenario", Scenario)
        self.description = self.notes_field(self.tr("Purpose"), "description")
        self._frame(heading(self.tr("Playbook"), 2))
        self.outer.addWidget(
            caption(
                self.tr(
                    "Steps follow the stages of public crisis guidance: prepare, recognise and "
                    "warn early, understand the situation and its impact, respond and communicate, "
                    "recover, and track outcomes. Time targets count in minutes from when an "
                    "incident is first seen."
                )
            )
        )

    def show_playbook(self, playbook: Playbook | None) -> None:
        self.fill(playbook or Playbook("", Scenario.RUMOUR))


class PlaybooksTab(RecordTab):
    """The playbooks and the steps of the selected one."""

    STORE = "playbooks"

    def build(self) -> None:
        self.set_add(self.tr("New playbook"), self.add_playbook)
        self.defaults_button = QPushButton(icon("restore"), self.tr("Add the default playbooks"))
        self.defaults_button.setToolTip(
            self.tr("Add again the playbooks the program ships with, for those not in the list")
        )
        self.defaults_button.clicked.connect(self.add_defaults)
        self.toolbar.insertWidget(2, self.defaults_button)
        columns = [
            Column(QT_TRANSLATE_NOOP("PlaybookTable", "Playbook"), lambda p: p.name),
            Column(
                QT_TRANSLATE_NOOP("PlaybookTable", "Scenario"), lambda p: labels.name(p.scenario)
            ),
            Column(
                QT_TRANSLATE_NOOP("PlaybookTable", "Steps"),
                lambda p: self.fmt.integer(len(p.steps)),
            ),
            long_text(QT_TRANSLATE_NOOP("PlaybookTable", "Purpose"), lambda p: p.description),
        ]
        self.set_table(
            C,
            columns,
            3,
            self.tr("Playbooks"),
            self.tr(
                "No playbook. Add the default playbooks, or write your own: a checklist of steps "
                "with owners and time targets for each kind of crisis."
            ),
        )
        self.form = self.set_form(PlaybookForm())
        self.steps = RowsEditor(
            self.tr("Steps"),
            [
                Field(self.tr("Step"), "text", stretch=True),
                Field(self.tr("Owner"), "owner", width=120),
                Field(self.tr("Within (minutes)"), "target_minutes", "int", width=90),
                Field(
                    self.tr("Stage"),
                    "stage",
                    "choice",
                    [(labels.name(s), s) for s in Stage],
                    width=120,
                ),
            ],
            lambda: PlaybookStep(self.tr("New step")),
            self.fmt,
        )
        self.steps.edited.connect(lambda rows: self._edit("steps", rows))
        # the steps grow to all their rows beside the form, in its scroll area: one page
        # scrolls (on a laptop a list of its own showed one step and a half)
        grow_to_rows(self.steps.table)
        self.beside_form(self.steps, 2)

    def show_record(self, record: Playbook | None) -> None:
        self.form.show_playbook(record)
        self.steps.set_rows(record.steps if record else [])
        self.steps.setEnabled(record is not None)

    def add_playbook(self) -> None:
        self.add_record(
            Playbook(self.tr("New playbook"), Scenario.RUMOUR),
            self.tr("Add playbook"),
            self.tr("Playbook added"),
            self.form.name,
        )

    def add_defaults(self) -> None:
        """Add the shipped playbooks whose names are not in the list (one undo step)."""
        present = {p.name for p in self.model.rows()}
        missing = [p for p in crisis_defaults.playbooks() if p.name not in present]
        if not missing:
            self.message.emit(self.tr("Every default playbook is already in the list."))
            return
        stack = self.doc.undo_stack
        stack.beginMacro(self.tr("Add the default playbooks"))
        for playbook in missing:
            stack.push(SaveItem(self.doc, self.store, None, playbook, self.tr("Add playbook")))
        stack.endMacro()
        self.message.emit(
            self.fmt.counted(self.tr("%n default playbooks added", "", len(missing)), len(missing))
        )

    def delete_command(self, record: Playbook) -> QUndoCommand | None:
        crisis = self.doc.workspace.crisis
        assert record.id is not None
        if not self.dialogs.confirm(
            self,
            self.tr("Delete playbook"),
            self.tr(
                "Delete the playbook “%1”? Incidents that ran it keep their checklists. You "
                "can undo this with Ctrl+Z."
            ).replace("%1", bidi.isolate(record.name)),
        ):
            return None
        return DeleteItem(
            self.doc,
            crisis.playbooks,
            record,
            self.tr("Delete playbook"),
            [(crisis.incidents, i) for i in crisis.incidents.using(record.id)],
        )

    def _edit(self, name: str, value: Any) -> None:
        self.save_field(name, value, self.tr("Edit playbook"), self.tr("Playbook saved"))
