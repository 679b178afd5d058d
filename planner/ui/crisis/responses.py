"""The bank of ready responses: holding statements, rumour denials, apologies, service
notices; filled in when used, copied to the clipboard or turned into a post draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from planner import labels as core_labels
from planner.domain.crisis import ReadyResponse, ResponseKind, Scenario, Severity
from planner.domain.crisis_text import Filled, Placeholder, fill, known
from planner.domain.model import Platform, Post, PostStatus
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui import plain
from planner.ui.crisis import labels
from planner.ui.crisis.commands import DeleteItem, SaveItem
from planner.ui.crisis.record_form import RecordForm
from planner.ui.crisis.record_tab import RecordTab
from planner.ui.crisis.table import Column, long_text
from planner.ui.icons import icon, platform_icon
from planner.ui.widgets import Card, caption, heading

C = "ResponseTable"


class ResponseForm(RecordForm):
    """Edits a ready response's title, kind, scenario and text."""

    record: ReadyResponse

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ReadyResponse("", ResponseKind.HOLDING, ""), parent)
        self.title = self.name_field(self.tr("Title"), "title")
        self.kind = self.code_field(self.tr("Kind"), "kind", ResponseKind)
        self.scenario = self.code_field(self.tr("Scenario"), "scenario", Scenario, self.tr("Any"))
        self.text = self.notes_field(self.tr("Text"), "text")
        self.text.setMinimumHeight(120)
        self._frame(heading(self.tr("Ready response"), 2))
        self.outer.addWidget(
            caption(
                self.tr(
                    "Placeholders in braces are filled in when the response is used: {الجهة} "
                    "{التاريخ} {الوقت} {الرابط} {المنصة} {الموضوع} {الجهة المختصة} "
                    "{حساب الجهة المختصة} {قناة التواصل}."
                )
            )
        )

    def show_response(self, response: ReadyResponse | None) -> None:
        self.fill(response or ReadyResponse("", ResponseKind.HOLDING, ""))


class UsePanel(Card):
    """Fill the placeholders of a response, see the result, copy it or make a draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.title.setText(self.tr("Use this response"))
        self.inputs: dict[Placeholder, QWidget] = {}
        self.form = QFormLayout()
        names = {
            Placeholder.INSTITUTION: self.tr("Institution"),
            Placeholder.DATE: self.tr("Date"),
            Placeholder.TIME: self.tr("Time"),
            Placeholder.LINK: self.tr("Link"),
            Placeholder.PLATFORM: self.tr("Platform"),
            Placeholder.TOPIC: self.tr("Topic"),
            Placeholder.PARTNER: self.tr("Partner body"),
            Placeholder.PARTNER_HANDLE: self.tr("Its account"),
            Placeholder.CHANNEL: self.tr("Contact channel"),
        }
        for placeholder in Placeholder:
            widget: QWidget
            if placeholder is Placeholder.PLATFORM:
                widget = QComboBox()
                for p in Platform:
                    widget.addItem(platform_icon(p), core_labels.platform(p), p)
                widget.currentIndexChanged.connect(self._partner_chosen)
            elif placeholder is Placeholder.PARTNER:
                widget = QComboBox()
                widget.currentIndexChanged.connect(self._partner_chosen)
            else:
                widget = QLineEdit()
                widget.textChanged.connect(self.update_preview)
            widget.setAccessibleName(names[placeholder])
            self.inputs[placeholder] = widget
            self.form.addRow(f"{names[placeholder]} {{{placeholder.value}}}", widget)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Filled text"))
        self.preview.setMinimumHeight(90)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {labels.SEVERITY_COLOUR[Severity.HIGH]};")
        self.copy_button = QPushButton(icon("duplicate"), self.tr("Copy to clipboard"))
        self.draft_button = QPushButton(icon("edit"), self.tr("Make a post draft"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        self.body.addLayout(self.form)
        self.body.addWidget(self.preview, 1)
        self.body.addWidget(self.problems)
        self.body.addLayout(buttons)
        self.template = ""
        self.partners: dict[int, tuple[str, Callable[[Platform | None], str]]] = {}

    def set_partners(self, partners: list[Any]) -> None:
        combo = self.inputs[Placeholder.PARTNER]
        assert isinstance(combo, QComboBox)
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("None"), None)
        self.partners = {p.id: (p.name, p.handle_on) for p in partners}
        for p in partners:
            combo.addItem(plain.shown(p.name), p.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def set_defaults(self, values: dict[Placeholder, str]) -> None:
        for placeholder, value in values.items():
            widget = self.inputs[placeholder]
            if isinstance(widget, QLineEdit) and not widget.text():
                widget.setText(value)

    def set_template(self, template: str) -> None:
        self.template = template
        used = set(known(template))
        for placeholder, widget in self.inputs.items():
            self.form.setRowVisible(widget, placeholder in used)
        self.update_preview()

    def platform(self) -> Platform:
        combo = self.inputs[Placeholder.PLATFORM]
        assert isinstance(combo, QComboBox)
        return Platform(combo.currentData())

    def values(self) -> dict[Placeholder, str]:
        found: dict[Placeholder, str] = {}
        for placeholder, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                found[placeholder] = widget.text()
            elif placeholder is Placeholder.PLATFORM:
                found[placeholder] = core_labels.platform(self.platform())
            else:
                assert isinstance(widget, QComboBox)
                entry = self.partners.get(widget.currentData())
                found[placeholder] = entry[0] if entry else ""
        return found

    def filled(self) -> Filled:
        return fill(self.template, self.values())

    def update_preview(self) -> None:
        filled = self.filled()
        self.preview.setPlainText(filled.text)
        problems = []
        if filled.missing:
            problems.append(
                self.tr("Not filled yet: %1").replace(
                    "%1", " ".join(f"{{{p.value}}}" for p in filled.missing)
                )
            )
        if filled.unknown:
            problems.append(
                self.tr("Unknown placeholders, left as written: %1").replace(
                    "%1", " ".join(f"{{{n}}}" for n in filled.unknown)
                )
            )
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))

    def _partner_chosen(self) -> None:
        combo = self.inputs[Placeholder.PARTNER]
        handle = self.inputs[Placeholder.PARTNER_HANDLE]
        assert isinstance(combo, QComboBox) and isinstance(handle, QLineEdit)
        entry = self.partners.get(combo.currentData())
        if entry is not None:
            handle.setText(entry[1](self.platform()))
        self.update_preview()


class ResponsesTab(RecordTab):
    """The bank of ready responses and the panel that fills one in."""

    STORE = "responses"

    def build(self) -> None:
        self.set_add(self.tr("New response"), self.add_response)
        columns = [
            Column(QT_TRANSLATE_NOOP("ResponseTable", "Title"), lambda r: r.title),
            Column(QT_TRANSLATE_NOOP("ResponseTable", "Kind"), lambda r: labels.name(r.kind)),
            Column(
                QT_TRANSLATE_NOOP("ResponseTable", "Scenario"),
                lambda r: labels.name(r.scenario) if r.scenario else "—",
            ),
            long_text(QT_TRANSLATE_NOOP("ResponseTable", "Text"), lambda r: r.text),
        ]
        self.set_table(
            C,
            columns,
            3,
            self.tr("Ready responses"),
            self.tr(
                "No ready response. Prepare holding statements, rumour denials, apologies and "
                "service notices now, while there is time to weigh every word."
            ),
        )
        self.form = self.set_form(ResponseForm())
        self.use = UsePanel()
        self.use.copy_button.clicked.connect(self.copy_filled)
        self.use.draft_button.clicked.connect(self.make_draft)
        self.beside_form(self.use)  # in the form's scroll area: never squeezed over itself

    def load(self) -> list[ReadyResponse]:
        crisis = self.doc.workspace.crisis
        self.use.set_partners(crisis.partners.list())
        now = self.now()
        hotline = next((t.route_to for t in crisis.targets.list() if t.route_to), "")
        self.use.set_defaults(
            {
                Placeholder.INSTITUTION: self.doc.institution,
                Placeholder.DATE: self.fmt.date(now.date(), "long"),
                Placeholder.TIME: self.fmt.time(now),
                Placeholder.CHANNEL: hotline,
            }
        )
        return crisis.responses.list()

    def show_record(self, record: ReadyResponse | None) -> None:
        self.form.show_response(record)
        self.use.set_template(record.text if record else "")
        self.use.setEnabled(record is not None)

    def add_response(self) -> None:
        self.add_record(
            ReadyResponse(self.tr("New response"), ResponseKind.HOLDING, ""),
            self.tr("Add ready response"),
            self.tr("Ready response added"),
            self.form.title,
        )

    def delete_command(self, record: ReadyResponse) -> QUndoCommand | None:
        return DeleteItem(self.doc, self.store, record, self.tr("Delete ready response"))

    def _checked(self) -> Filled | None:
        """The filled text, once the officer accepted any placeholder left unfilled."""
        filled = self.use.filled()
        if not filled.complete and not self.dialogs.confirm(
            self,
            self.tr("Placeholders left"),
            self.tr(
                "Some placeholders are not filled and stay in the text as written:\n%1\n"
                "Use the text anyway?"
            ).replace("%1", self.use.problems.text()),
        ):
            return None
        return filled

    def copy_filled(self) -> None:
        filled = self._checked()
        if filled is not None:
            QGuiApplication.clipboard().setText(filled.text)
            self.message.emit(self.tr("The response was copied to the clipboard"))

    def make_draft(self) -> None:
        filled = self._checked()
        if filled is None or self.current is None:
            return
        post = Post(
            filled.text,
            [self.use.platform()],
            PostStatus.DRAFT,
            notes=self.tr("From the ready response “%1”").replace("%1", self.current.title),
        )
        self.push(
            SaveItem(
                self.doc,
                self.doc.workspace.posts,
                None,
                post,
                self.tr("Post draft from a ready response"),
                topic="posts",
            ),
            self.tr("A post draft was added to the ideas without a date"),
        )

    def _edit(self, name: str, value: Any) -> None:
        self.save_field(
            name, value, self.tr("Edit ready response"), self.tr("Ready response saved")
        )
