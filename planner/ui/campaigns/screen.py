"""The Campaigns screen: the list of campaigns, and the editor of the one opened from it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from planner.formatting import Formatter
from planner.ui.campaigns.editor.view import CampaignEditor
from planner.ui.campaigns.list_view import CampaignListView
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document


class CampaignsScreen(QStackedWidget):
    """The list; a campaign opened from it (double-click, Enter, Open) replaces it by its editor.

    The editor's back button (Alt+Left) returns to the list with the campaign selected.
    """

    message = Signal(str)

    def __init__(
        self, doc: Document, formatter: Formatter, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.list = CampaignListView(doc, formatter, dialogs)
        self.editor = CampaignEditor(doc, formatter, dialogs)
        self.addWidget(self.list)
        self.addWidget(self.editor)
        self.list.openRequested.connect(self.open_campaign)
        self.list.message.connect(self.message)
        self.editor.message.connect(self.message)
        self.editor.backRequested.connect(self.show_list)

    def open_campaign(self, campaign_id: int, tab: str = "identity") -> None:
        """Show the editor on a campaign (nothing happens when it no longer exists)."""
        try:
            self.editor.open(campaign_id, tab)
        except KeyError:
            return
        self.list.select(campaign_id)
        self.setCurrentWidget(self.editor)
        self.editor.tabs.currentWidget().setFocus()

    def show_list(self) -> None:
        campaign_id = self.list.selected_id()
        self.setCurrentWidget(self.list)
        self.list.table.setFocus()
        if campaign_id is not None:
            self.list.select(campaign_id)

    def current_campaign_id(self) -> int | None:
        """The campaign being edited, or else the one selected in the list."""
        if self.currentWidget() is self.editor and self.editor.campaign_id is not None:
            return self.editor.campaign_id
        return self.list.selected_id()
