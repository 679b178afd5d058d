"""Small dialogs of the campaign list: a new campaign from a template, and a duplicate's start."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QWidget,
)

from planner import labels
from planner.domain.model import CampaignType
from planner.domain.templates import TemplateError, load_template
from planner.domain.validation import IssueCode
from planner.formatting import Formatter
from planner.i18n import campaigns as campaign_labels
from planner.paths import resource
from planner.ui.campaigns.editor.section import date_edit
from planner.ui.dates import pydate, qdate
from planner.ui.form_dialog import FormDialog
from planner.ui.widgets import caption


@dataclass
class NewCampaign:
    """What the officer asked for: a campaign of a type, named, between two dates."""

    name: str
    type: CampaignType
    start: dt.date
    end: dt.date


@dataclass
class Duplicate:
    """The name and first day of a campaign's copy."""

    name: str
    start: dt.date


def template_days(campaign_type: CampaignType) -> int:
    """How long the template of a type runs (30 days when it cannot be read)."""
    try:
        return load_template(resource("templates", f"{campaign_type.value}.json")).duration_days
    except TemplateError:
        return 30


class NewCampaignDialog(FormDialog):
    """Name, type and dates of a new campaign; the type's template fills in the rest."""

    def __init__(self, fmt: Formatter, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New campaign"), parent)
        self.fmt = fmt
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("The campaign's name in Arabic"))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Type"))
        for t in CampaignType:
            self.type.addItem(labels.campaign_type(t), t.value)
        self.start = date_edit(fmt, self.tr("Start"))
        self.end = date_edit(fmt, self.tr("End"))
        self.start.setDate(qdate(today))
        self._end_touched = False
        self._name_touched = False  # no error said before the officer has typed a name
        self._fit_end()
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Type"), self.type)
        self.form.addRow(self.tr("&Start"), self.start)
        self.form.addRow(self.tr("&End"), self.end)
        self.form.addRow(
            "",
            caption(
                self.tr(
                    "Objectives, KPIs, phases and key-message prompts "
                    "come from the type's template; change them in "
                    "the editor."
                )
            ),
        )
        self.name.textEdited.connect(self._name_edited)
        self.name.editingFinished.connect(self._name_edited)
        self.name.textChanged.connect(self._check)
        self.type.currentIndexChanged.connect(self._fit_end)
        self.start.dateChanged.connect(self._fit_end)
        self.end.dateChanged.connect(self._end_edited)
        self._check()

    def _fit_end(self) -> None:
        """Until the officer picks an end, the campaign lasts as long as its template."""
        if not self._end_touched:
            days = template_days(CampaignType(self.type.currentData()))
            self.end.blockSignals(True)
            self.end.setDate(self.start.date().addDays(days - 1))
            self.end.blockSignals(False)
        self._check()

    def _end_edited(self) -> None:
        self._end_touched = True
        self._check()

    def _name_edited(self) -> None:
        self._name_touched = True
        self._check()

    def _check(self) -> None:
        if not self.name.text().strip():
            self.show_problem(
                campaign_labels.issue(IssueCode.EMPTY_NAME, self.fmt), self._name_touched
            )
        elif self.end.date() < self.start.date():
            self.show_problem(campaign_labels.issue(IssueCode.END_BEFORE_START, self.fmt))
        else:
            self.show_problem("")

    def request(self) -> NewCampaign:
        return NewCampaign(
            self.name.text().strip(),
            CampaignType(self.type.currentData()),
            pydate(self.start.date()),
            pydate(self.end.date()),
        )


class DuplicateDialog(FormDialog):
    """The copy's name and the day it starts; every date of the plan and posts follows."""

    def __init__(
        self, fmt: Formatter, name: str, start: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Duplicate campaign"), parent)
        self.fmt = fmt
        self.name = QLineEdit(self.tr("%1 (copy)").replace("%1", name))
        self.name.setAccessibleName(self.tr("Name of the copy"))
        self.start = date_edit(fmt, self.tr("Start of the copy"))
        self.start.setDate(qdate(start))
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Starts on"), self.start)
        self.form.addRow(
            "",
            caption(
                self.tr(
                    "The copy is a draft. Its phases, KPI deadlines, "
                    "reports and posts move by the same number of "
                    "days; posts start again as drafts."
                )
            ),
        )
        self.name.textChanged.connect(
            lambda text: self.show_problem(
                "" if text.strip() else campaign_labels.issue(IssueCode.EMPTY_NAME, self.fmt)
            )
        )

    def request(self) -> Duplicate:
        return Duplicate(self.name.text().strip(), pydate(self.start.date()))


def ask_new_campaign(parent: QWidget, fmt: Formatter, today: dt.date) -> NewCampaign | None:
    dialog = NewCampaignDialog(fmt, today, parent)
    return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_duplicate(parent: QWidget, fmt: Formatter, name: str, start: dt.date) -> Duplicate | None:
    dialog = DuplicateDialog(fmt, name, start, parent)
    return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
