"""The directory of partner bodies (ministries, police, civil defence, municipalities...):
their accounts for tagging, contact people and topics, used for referrals."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from planner import labels as core_labels
from planner.domain import bidi
from planner.domain.crisis import Contact, PartnerAccount, PartnerBody, PartnerKind
from planner.domain.model import Platform
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.campaigns.editor.blocks import grow_to_rows
from planner.ui.crisis import labels
from planner.ui.crisis.commands import DeleteItem
from planner.ui.crisis.record_form import RecordForm
from planner.ui.crisis.record_tab import RecordTab
from planner.ui.crisis.rows_editor import Field, RowsEditor
from planner.ui.crisis.table import Column
from planner.ui.widgets import heading

C = "PartnerTable"
_SEPARATORS = str.maketrans({"،": ",", "؛": ",", ";": ","})


def split_topics(text: str) -> list[str]:
    """Topics typed with Arabic or Latin commas, one list."""
    return [t.strip() for t in text.translate(_SEPARATORS).split(",") if t.strip()]


def referral_card_text(partner: PartnerBody, platform: Platform | None) -> str:
    """What the officer needs to refer a follower or tag a body: handles and contacts."""
    lines = [f"<b>{html.escape(partner.name)}</b> — {html.escape(labels.name(partner.kind))}"]
    handle = partner.handle_on(platform)
    if handle:
        lines.append(
            QCoreApplication.translate("Referral", "To tag: %1").replace(
                "%1", f"<b dir='ltr'>{html.escape(handle)}</b>"
            )
        )
    for a in partner.accounts:
        lines.append(
            f"{html.escape(core_labels.platform(a.platform))}: "
            f"<span dir='ltr'>{html.escape(a.handle)}</span>"
        )
    for c in partner.contacts:
        parts = [c.name, c.role, c.phone, c.email]
        lines.append(" · ".join(html.escape(p) for p in parts if p))
    if partner.topics:
        lines.append(
            QCoreApplication.translate("Referral", "Topics: %1").replace(
                "%1", html.escape("، ".join(partner.topics))
            )
        )
    return "<br>".join(lines)


class PartnerForm(RecordForm):
    """Edits one partner body's name, kind, topics and notes."""

    record: PartnerBody

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(PartnerBody(""), parent)
        self.name = self.name_field(self.tr("Name"), "name")
        self.kind = self.code_field(self.tr("Kind"), "kind", PartnerKind)
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("Separated by commas"))
        self.topics.editingFinished.connect(
            lambda: self._emit("topics", split_topics(self.topics.text()))
        )
        self.rows.addRow(self.tr("Topics"), self.topics)
        self.notes = self.notes_field(self.tr("Notes"), "notes")
        self._frame(heading(self.tr("Partner body"), 2))

    def show_partner(self, partner: PartnerBody | None) -> None:
        with self.showing(partner or PartnerBody("")) as p:
            self.topics.setText("، ".join(p.topics))


class PartnersTab(RecordTab):
    """Partner bodies with their accounts and contact people."""

    STORE = "partners"

    def build(self) -> None:
        self.set_add(self.tr("Add a partner body"), self.add_partner)
        columns = [
            Column(QT_TRANSLATE_NOOP("PartnerTable", "Partner body"), lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("PartnerTable", "Kind"), lambda p: labels.name(p.kind)),
            Column(
                QT_TRANSLATE_NOOP("PartnerTable", "Accounts"),
                lambda p: "، ".join(labels.ltr(a.handle) for a in p.accounts),
                platforms=lambda p: list(dict.fromkeys(a.platform.value for a in p.accounts)),
            ),
            Column(
                QT_TRANSLATE_NOOP("PartnerTable", "Topics"),
                lambda p: "، ".join(p.topics),
                tooltip=lambda p: "، ".join(p.topics),
            ),
            Column(
                QT_TRANSLATE_NOOP("PartnerTable", "Contacts"),
                lambda p: self.fmt.integer(len(p.contacts)),
            ),
        ]
        self.set_table(
            C,
            columns,
            3,
            self.tr("Partner bodies"),
            self.tr(
                "No partner body yet. Add the bodies you coordinate with (police, civil defence, "
                "ministries...) with their accounts and contact people, to refer followers and "
                "tag them."
            ),
        )
        self.form = self.set_form(PartnerForm())
        platforms = [(core_labels.platform(p), p) for p in Platform]
        self.accounts = RowsEditor(
            self.tr("Accounts"),
            [
                Field(self.tr("Platform"), "platform", "choice", platforms),
                Field(self.tr("Handle"), "handle", stretch=True, ltr=True),
            ],
            lambda: PartnerAccount(Platform.X, "@"),
            self.fmt,
        )
        self.accounts.edited.connect(lambda rows: self._edit("accounts", rows))
        self.contacts = RowsEditor(
            self.tr("Contact people"),
            [
                Field(self.tr("Name"), "name", stretch=True),
                Field(self.tr("Role"), "role"),
                Field(self.tr("Phone"), "phone", ltr=True),
                Field(self.tr("Email"), "email", ltr=True),
            ],
            lambda: Contact(self.tr("New contact")),
            self.fmt,
        )
        self.contacts.edited.connect(lambda rows: self._edit("contacts", rows))
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.accounts)
        box.addWidget(self.contacts)
        box.addStretch(1)
        for editor in (self.accounts, self.contacts):  # they grow: the record is one page
            grow_to_rows(editor.table, 1)
        self.beside_form(side)

    def show_record(self, record: PartnerBody | None) -> None:
        self.form.show_partner(record)
        self.accounts.set_rows(record.accounts if record else [])
        self.contacts.set_rows(record.contacts if record else [])
        self.accounts.setEnabled(record is not None)
        self.contacts.setEnabled(record is not None)

    def add_partner(self) -> None:
        self.add_record(
            PartnerBody(self.tr("New partner body")),
            self.tr("Add partner body"),
            self.tr("Partner body added"),
            self.form.name,
        )

    def delete_command(self, record: PartnerBody) -> QUndoCommand | None:
        crisis = self.doc.workspace.crisis
        assert record.id is not None
        dependents: list[tuple[Any, Any]] = [
            (crisis.incidents, i) for i in crisis.incidents.involving(record.id)
        ]
        dependents += [(crisis.requests, r) for r in crisis.requests.referred_to(record.id)]
        if dependents and not self.dialogs.confirm(
            self,
            self.tr("Delete partner body"),
            self.fmt.counted(
                self.tr(
                    "“%1” is named in %n incidents or requests. Delete it anyway? You can undo "
                    "this with Ctrl+Z.",
                    "",
                    len(dependents),
                ),
                len(dependents),
            ).replace("%1", bidi.isolate(record.name)),
        ):
            return None
        return DeleteItem(
            self.doc, crisis.partners, record, self.tr("Delete partner body"), dependents
        )

    def _edit(self, name: str, value: Any) -> None:
        self.save_field(name, value, self.tr("Edit partner body"), self.tr("Partner body saved"))
