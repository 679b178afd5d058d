"""Undo commands for edits of campaigns; each redo/undo goes through storage, never widgets."""

from __future__ import annotations

import copy

from planner.domain.model import Campaign
from planner.storage.posts import RemovedPosts
from planner.storage.versions import StoredVersions, VersionStore
from planner.ui.document import Document
from planner.ui.save import CommandId, DocCommand, SaveIn, Topic


class SaveCampaign(SaveIn[Campaign]):
    """Replace a campaign's plan by a new version (or add a new campaign when `before` is None).

    Consecutive edits of the same field of the same campaign merge into one command, so
    typing a name is undone in one step.
    """

    ID = CommandId.CAMPAIGN
    STORE = "campaigns"
    TOPIC = Topic.CAMPAIGNS


class DeleteCampaign(DocCommand):
    """Delete a campaign with its posts; undo brings both back with their ids, with the
    assets attached to the posts and the statistics matched to them."""

    def __init__(self, doc: Document, campaign_id: int, text: str) -> None:
        super().__init__(doc, text)
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
        self.doc.notify(Topic.CAMPAIGNS)

    def undo(self) -> None:
        with self.doc.workspace.transaction():
            self.doc.workspace.campaigns.save(copy.deepcopy(self.campaign))
            self.doc.workspace.posts.restore(copy.deepcopy(self.removed))
            VersionStore(self.doc.workspace.db).put_back(self.versions)  # approvals kept
        self.doc.notify(Topic.CAMPAIGNS)
