"""Undo commands for edits of campaigns; each redo/undo goes through storage, never widgets."""

from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from planner.domain.model import Campaign
from planner.storage.posts import RemovedPosts
from planner.storage.versions import StoredVersions, VersionStore
from planner.ui.document import Document


class SaveCampaign(QUndoCommand):
    """Replace a campaign's plan by a new version (or add a new campaign when `before` is None).

    Consecutive edits of the same field of the same campaign merge into one command, so
    typing a name is undone in one step.
    """

    ID = 1001

    def __init__(
        self,
        doc: Document,
        before: Campaign | None,
        after: Campaign,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return self.ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SaveCampaign) or other.merge_key != self.merge_key:
            return False
        if self.after.id != other.after.id:
            return False
        self.after = copy.deepcopy(other.after)
        return True

    def redo(self) -> None:
        saved = copy.deepcopy(self.after)
        self.doc.workspace.campaigns.save(saved)
        self.after = saved  # keep the ids storage gave, so a second redo reuses them
        self.doc.notify("campaigns")

    def undo(self) -> None:
        if self.before is None:
            assert self.after.id is not None
            self.doc.workspace.campaigns.delete(self.after.id)
        else:
            self.doc.workspace.campaigns.save(copy.deepcopy(self.before))
        self.doc.notify("campaigns")


class DeleteCampaign(QUndoCommand):
    """Delete a campaign with its posts; undo brings both back with their ids, with the
    assets attached to the posts and the statistics matched to them."""

    def __init__(self, doc: Document, campaign_id: int, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.campaign: Campaign = doc.workspace.campaigns.get(campaign_id)
        self.removed = RemovedPosts([])
        self.versions = StoredVersions()

    def redo(self) -> None:
        assert self.campaign.id is not None
        ws = self.doc.workspace
        with ws.transaction():
            self.removed = ws.posts.removal(ws.posts.for_campaign(self.campaign.id))
            self.versions = VersionStore(ws.db).keep(self.campaign.id)
            ws.campaigns.delete(self.campaign.id)
        self.doc.notify("campaigns")

    def undo(self) -> None:
        with self.doc.workspace.transaction():
            self.doc.workspace.campaigns.save(copy.deepcopy(self.campaign))
            self.doc.workspace.posts.restore(copy.deepcopy(self.removed))
            VersionStore(self.doc.workspace.db).put_back(self.versions)  # approvals kept
        self.doc.notify("campaigns")
