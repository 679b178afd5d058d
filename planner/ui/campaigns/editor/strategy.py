"""The Strategy tab: the proposition, key messages, channels, partners and influencers, hashtags."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
)

from planner import labels
from planner.domain.model import Account, Campaign, KeyMessage, Partner
from planner.domain.validation import MAX_KEY_MESSAGES, ValidationIssue
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui import plain
from planner.ui.audience.checklist import ChecklistModel, Choice
from planner.ui.campaigns.editor.blocks import TableBlock, grow_to_rows
from planner.ui.campaigns.editor.delegates import ChoiceDelegate
from planner.ui.campaigns.editor.section import (
    FieldMessage,
    Section,
    document_undo,
    row_issues,
    set_text,
)
from planner.ui.campaigns.editor.table import Column, RowsModel
from planner.ui.icons import platform_icon
from planner.ui.widgets import caption, heading

CONTEXT = "StrategySection"
PARTNER_KINDS = {
    "partner": QT_TRANSLATE_NOOP("StrategySection", "Partner body"),
    "influencer": QT_TRANSLATE_NOOP("StrategySection", "Influencer"),
}
_SEPARATORS = re.compile(r"[\s,،]+")


def parse_hashtags(text: str) -> list[str]:
    """The hashtags typed in a line, separated by spaces or commas (Arabic or Latin)."""
    return [tag for tag in _SEPARATORS.split(text) if tag]


def channel_choices(accounts: list[Account]) -> list[Choice]:
    """The workspace's accounts as choices of channel, each by its platform and handle."""
    return [
        Choice(
            a.id,
            plain.shown(f"{labels.platform(a.platform)} — {a.handle}"),
            platform_icon(a.platform),
            a.url or None,
        )
        for a in accounts
    ]


class StrategySection(Section):
    """How the campaign persuades: what it offers, what it says, where, with whom."""

    PREFIXES = ("proposition", "messages", "channels", "partners", "hashtags")

    def build(self) -> None:
        self.proposition = QPlainTextEdit()
        self.proposition.setAccessibleName(self.tr("Proposition"))
        self.proposition.setPlaceholderText(
            self.tr("What the campaign offers the audience, in a sentence or two.")
        )
        self.proposition.setTabChangesFocus(True)
        self.proposition.textChanged.connect(
            lambda: self.set_field(
                "proposition", self.tr("Edit the proposition"), self.proposition.toPlainText()
            )
        )

        self.messages_model: RowsModel[KeyMessage] = RowsModel(
            CONTEXT,
            [
                Column(
                    QT_TRANSLATE_NOOP("StrategySection", "Key message"),
                    lambda m: m.text,
                    lambda m: m.text,
                ),
                Column(
                    QT_TRANSLATE_NOOP("StrategySection", "In English (optional)"),
                    lambda m: m.text_en,
                    lambda m: m.text_en,
                ),
            ],
            self._message_edited,
            self,
        )
        self.messages = TableBlock(
            self.tr("Key messages"),
            self.tr("One to five short sentences the audience should remember."),
            self.messages_model,
            (self.tr("Add key message"), self._add_message),
            (self.tr("Remove key message"), self._remove_message),
            stretch=(0, 1),
            wrap=True,
            grow=True,
        )

        self.channels_model = ChecklistModel(self._toggle_channel, self)
        self.channels = QListView()
        self.channels.setModel(self.channels_model)
        self.channels.setAccessibleName(self.tr("Channels"))

        kinds = [(self.tr(PARTNER_KINDS[k]), k) for k in PARTNER_KINDS]
        self.partners_model: RowsModel[Partner] = RowsModel(
            CONTEXT,
            [
                Column(
                    QT_TRANSLATE_NOOP("StrategySection", "Name"), lambda p: p.name, lambda p: p.name
                ),
                Column(
                    QT_TRANSLATE_NOOP("StrategySection", "Account"),
                    lambda p: p.handle,
                    lambda p: p.handle,
                ),
                Column(
                    QT_TRANSLATE_NOOP("StrategySection", "Kind"),
                    lambda p: self.tr(PARTNER_KINDS.get(p.kind, p.kind)),
                    lambda p: p.kind,
                ),
            ],
            self._partner_edited,
            self,
        )
        self.partners = TableBlock(
            self.tr("Partner bodies and influencers"),
            "",
            self.partners_model,
            (self.tr("Add partner"), self._add_partner),
            (self.tr("Remove partner"), self._remove_partner),
            stretch=(0, 1),
            grow=True,
        )
        self.partners.table.setItemDelegateForColumn(2, ChoiceDelegate(kinds, self.partners.table))

        self.hashtags = QLineEdit()
        self.hashtags.setAccessibleName(self.tr("Hashtags"))
        self.hashtags.setPlaceholderText(self.tr("#hashtag #another (separated by spaces)"))
        self.hashtags.textEdited.connect(
            lambda text: self.set_field(
                "hashtags", self.tr("Edit the hashtags"), parse_hashtags(text)
            )
        )
        self.hashtags_message = FieldMessage()
        document_undo(self.proposition, self.hashtags)

        self.proposition.setFixedHeight(84)
        grow_to_rows(self.channels)
        reading = QVBoxLayout()
        reading.setSpacing(8)
        reading.addWidget(heading(self.tr("Proposition"), 2))
        reading.addWidget(self.proposition)
        reading.addWidget(self.messages)
        reading.addWidget(heading(self.tr("Hashtags"), 2))
        reading.addWidget(self.hashtags)
        reading.addWidget(self.hashtags_message)
        reading.addStretch(1)  # the spare height below, not between a list and its heading
        other = QVBoxLayout()
        other.setSpacing(8)
        other.addWidget(heading(self.tr("Channels"), 2))
        other.addWidget(caption(self.tr("The institution's accounts the campaign uses.")))
        other.addWidget(self.channels)
        other.addWidget(self.partners)
        other.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.setSpacing(24)
        layout.addLayout(reading, 1)
        layout.addLayout(other, 1)

    def title(self) -> str:
        return self.tr("Strategy")

    # key messages ---------------------------------------------------------------------------
    def _add_message(self) -> None:
        self.add_item("messages", self.tr("Add a key message"), KeyMessage(""), self.messages)

    def _remove_message(self, row: int) -> None:
        self.remove_item("messages", self.tr("Remove a key message"), row)

    def _message_edited(self, row: int, column: int, value: Any) -> bool:
        attr = ("text", "text_en")[column]
        return self.set_item_field("messages", row, attr, self.tr("Edit a key message"), str(value))

    # channels and partners ------------------------------------------------------------------
    def _toggle_channel(self, account_id: int, checked: bool) -> bool:
        def change(c: Campaign) -> None:
            ids = [a for a in c.channel_account_ids if a != account_id]
            c.channel_account_ids = sorted([*ids, account_id] if checked else ids)

        saved = self.editor.edit("channels", self.tr("Choose the channels"), change)
        self.load(self.editor.draft)
        return saved

    def _add_partner(self) -> None:
        self.add_item("partners", self.tr("Add a partner"), Partner(""), self.partners)

    def _remove_partner(self, row: int) -> None:
        self.remove_item("partners", self.tr("Remove a partner"), row)

    def _partner_edited(self, row: int, column: int, value: Any) -> bool:
        attr = ("name", "handle", "kind")[column]
        return self.set_item_field("partners", row, attr, self.tr("Edit a partner"), str(value))

    # showing --------------------------------------------------------------------------------
    def references_changed(self) -> None:
        self.channels_model.set_choices(
            channel_choices(self.editor.accounts), set(self.editor.draft.channel_account_ids)
        )

    def load(self, campaign: Campaign) -> None:
        set_text(self.proposition, campaign.proposition)
        self.messages_model.set_rows(campaign.messages)
        self.messages.add_button.setEnabled(len(campaign.messages) < MAX_KEY_MESSAGES)
        self.channels_model.set_choices(
            channel_choices(self.editor.accounts), set(campaign.channel_account_ids)
        )
        self.partners_model.set_rows(campaign.partners)
        if parse_hashtags(self.hashtags.text()) != campaign.hashtags:
            set_text(self.hashtags, " ".join(campaign.hashtags))

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        def under(prefix: str) -> list[ValidationIssue]:
            return [i for i in issues if i.field.startswith(prefix)]

        self.show_row_issues(
            self.messages, under("messages"), self.tr("Message %1: %2"), ("text", "text_en")
        )
        self.show_row_issues(
            self.partners, under("partners"), self.tr("Partner %1: %2"), ("name", "handle", "kind")
        )
        self.hashtags_message.set_lines(
            row_issues(under("hashtags"), self.tr("Hashtag %1: %2"), self.fmt)
        )
