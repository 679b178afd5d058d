"""The Identity tab: name, type, owner, status, dates with their Hijri equivalents, colour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain import lifecycle
from planner.domain.model import Campaign, CampaignStatus, CampaignType
from planner.domain.validation import ValidationIssue
from planner.ui.campaigns.editor.section import (
    FieldMessage,
    Section,
    date_edit,
    document_undo,
    set_date,
    set_text,
)
from planner.ui.dates import pydate
from planner.ui.widgets import caption

# Calm colours that read well behind white text, for the campaign's mark in lists and charts.
SWATCHES = ("#1f6f8b", "#0f6e6e", "#2e7d32", "#8d6e00", "#b4532a", "#a62639", "#6a3d9a", "#37474f")


def with_message(field: QWidget, *extra: QWidget) -> tuple[QWidget, FieldMessage]:
    """The field (and what goes beside it) with its inline message underneath."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(field)
    for widget in extra:
        row.addWidget(widget)
    row.addStretch(1)
    column.addLayout(row)
    message = FieldMessage()
    column.addWidget(message)
    return box, message


class IdentitySection(Section):
    """What the campaign is called, what kind it is, who owns it, and when it runs."""

    PREFIXES = ("name", "name_en", "type", "owner", "status", "start", "end", "colour")

    def build(self) -> None:
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("The campaign's name in Arabic"))
        self.name.setMinimumWidth(420)
        self.name_en = QLineEdit()
        self.name_en.setAccessibleName(self.tr("English name"))
        self.name_en.setPlaceholderText(self.tr("Optional"))
        self.name_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name_en.setMinimumWidth(420)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Type"))
        for t in CampaignType:
            self.type.addItem(labels.campaign_type(t), t.value)
        self.owner = QLineEdit()
        self.owner.setAccessibleName(self.tr("Owner"))
        self.owner.setPlaceholderText(self.tr("Who is responsible for the campaign"))
        self.owner.setMinimumWidth(420)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for s in CampaignStatus:
            self.status.addItem(labels.campaign_status(s), s.value)
        self.kit = QComboBox()
        self.kit.setAccessibleName(self.tr("Brand kit"))
        self.kit.setMinimumWidth(260)
        self.start = date_edit(self.fmt, self.tr("Start"))
        self.end = date_edit(self.fmt, self.tr("End"))
        self.start_hijri = caption()
        self.end_hijri = caption()
        self.duration = caption()
        self.colour = QLineEdit()
        self.colour.setAccessibleName(self.tr("Colour"))
        self.colour.setMaxLength(7)
        self.colour.setFixedWidth(110)
        self.colour.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.colour.setValidator(
            QRegularExpressionValidator(QRegularExpression("#?[0-9a-fA-F]{0,6}"), self.colour)
        )
        self.preview = QLabel()
        self.preview.setFixedSize(26, 26)
        self.swatches = [self._swatch(c) for c in SWATCHES]
        document_undo(self.name, self.name_en, self.owner, self.colour)

        form = QFormLayout(self)
        form.setContentsMargins(8, 8, 8, 8)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        box, self.name_message = with_message(self.name)
        form.addRow(self.tr("&Name"), box)
        form.addRow(self.tr("&English name"), with_message(self.name_en)[0])
        form.addRow(self.tr("&Type"), with_message(self.type)[0])
        form.addRow(self.tr("&Owner"), with_message(self.owner)[0])
        form.addRow(self.tr("Stat&us"), with_message(self.status)[0])
        box, self.start_message = with_message(self.start, self.start_hijri)
        form.addRow(self.tr("&Start"), box)
        box, self.end_message = with_message(self.end, self.end_hijri)
        form.addRow(self.tr("En&d"), box)
        form.addRow("", self.duration)
        box, self.colour_message = with_message(self.colour, self.preview, *self.swatches)
        form.addRow(self.tr("&Colour"), box)
        form.addRow(self.tr("&Brand kit"), with_message(self.kit)[0])

        self.name.textEdited.connect(
            lambda text: self.set_field("name", self.tr("Edit the campaign's name"), text)
        )
        self.name_en.textEdited.connect(
            lambda text: self.set_field("name_en", self.tr("Edit the English name"), text)
        )
        self.owner.textEdited.connect(
            lambda text: self.set_field("owner", self.tr("Edit the owner"), text)
        )
        self.type.activated.connect(
            lambda _: self.set_field(
                "type",
                self.tr("Change the campaign's type"),
                CampaignType(self.type.currentData()),
                merge=False,
            )
        )
        self.status.activated.connect(
            lambda _: self.editor.edit(
                "status", self.tr("Change the campaign's status"), self._set_status
            )
        )
        self.start.dateChanged.connect(lambda d: self._date_edited("start", pydate(d)))
        self.end.dateChanged.connect(lambda d: self._date_edited("end", pydate(d)))
        self.colour.textEdited.connect(self._colour_typed)
        self.kit.activated.connect(
            lambda _: self.set_field(
                "brand_kit_id", self.tr("Choose the brand kit"), self.kit.currentData(), merge=False
            )
        )

    def title(self) -> str:
        return self.tr("Identity")

    def _swatch(self, colour: str) -> QToolButton:
        button = QToolButton()
        button.setFixedSize(26, 26)
        button.setStyleSheet(
            f"QToolButton {{ background: {colour}; border-radius: 13px; "
            f"border: 2px solid transparent; }} "
            f"QToolButton:focus {{ border-color: palette(highlight); }}"
        )
        button.setToolTip(colour)
        button.setAccessibleName(self.tr("Colour %1").replace("%1", colour))
        button.clicked.connect(lambda: self._colour_chosen(colour))
        return button

    def _colour_chosen(self, colour: str) -> None:
        self.colour.setText(colour)
        self._colour_typed(colour)

    def _colour_typed(self, text: str) -> None:
        text = text.strip()
        value = text if text.startswith("#") else "#" + text
        self.set_field("colour", self.tr("Change the campaign's colour"), value.lower())
        self._show_colour(value)

    def _show_colour(self, value: str) -> None:
        valid = QColor.isValidColorName(value) and len(value) == 7
        self.preview.setStyleSheet(
            f"background: {value}; border-radius: 4px;"
            if valid
            else "border: 1px dashed palette(mid); border-radius: 4px;"
        )

    def _set_status(self, c: Campaign) -> None:
        chosen = CampaignStatus(self.status.currentData())
        if chosen is CampaignStatus.ARCHIVED:
            lifecycle.archive(c)
        else:
            c.status, c.status_before_archive = chosen, None

    def _date_edited(self, which: str, value: dt.date) -> None:
        self._show_dates(
            *(
                (value, self.editor.draft.end)
                if which == "start"
                else (self.editor.draft.start, value)
            )
        )
        self.editor.edit(
            which,
            self.tr("Change the campaign's dates"),
            lambda c: setattr(c, which, value),
            merge=True,
        )

    def _show_dates(self, start: dt.date, end: dt.date) -> None:
        self.start_hijri.setText(
            f"{self.fmt.weekday(start)}{self.fmt.parts}{self.fmt.hijri(start)}"
        )
        self.end_hijri.setText(f"{self.fmt.weekday(end)}{self.fmt.parts}{self.fmt.hijri(end)}")
        days = (end - start).days + 1
        self.duration.setText(
            self.fmt.counted(self.tr("Lasts %n days", "", days), days) if days > 0 else ""
        )

    def references_changed(self) -> None:
        self.kit.blockSignals(True)
        self.kit.clear()
        self.kit.addItem(self.tr("No brand kit"), None)
        for kit in self.editor.kits:
            english = self.fmt.lang == "en" and kit.name_en
            self.kit.addItem(kit.name_en if english else kit.name, kit.id)
        self.kit.setCurrentIndex(max(0, self.kit.findData(self.editor.draft.brand_kit_id)))
        self.kit.blockSignals(False)

    def load(self, campaign: Campaign) -> None:
        set_text(self.name, campaign.name)
        set_text(self.name_en, campaign.name_en)
        set_text(self.owner, campaign.owner)
        for combo, value in (
            (self.type, campaign.type.value),
            (self.status, campaign.status.value),
            (self.kit, campaign.brand_kit_id),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        set_date(self.start, campaign.start)
        set_date(self.end, campaign.end)
        self._show_dates(campaign.start, campaign.end)
        if self.colour.text().lower() != campaign.colour.lower():
            self.colour.setText(campaign.colour)
        self._show_colour(campaign.colour)

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        self.name_message.show_issues((i for i in issues if i.field == "name"), self.fmt)
        self.start_message.show_issues((i for i in issues if i.field == "start"), self.fmt)
        self.end_message.show_issues((i for i in issues if i.field == "end"), self.fmt)
        self.colour_message.show_issues((i for i in issues if i.field == "colour"), self.fmt)
