"""Undo commands of the campaign list: a campaign duplicated with its posts."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtGui import QUndoCommand

from planner.domain import lifecycle
from planner.domain.model import Campaign, Post
from planner.ui.document import Document


class DuplicateCampaign(QUndoCommand):
    """A draft copy of a campaign and its posts, every date shifted to a new start.

    One command for the whole copy: undo deletes the copy (its posts go with it), redo puts
    it back with the same ids, so that later commands that refer to it stay valid.
    """

    def __init__(self, doc: Document, campaign_id: int, new_start: dt.date, new_name: str,
                 text: str) -> None:
        super().__init__(text)
        self.doc = doc
        workspace = doc.workspace
        source = workspace.campaigns.get(campaign_id)
        self.campaign, self.copies = lifecycle.duplicate(
            source, workspace.posts.for_campaign(campaign_id), new_start, new_name)
        self.posts: list[Post] | None = None

    @property
    def new_id(self) -> int | None:
        return self.campaign.id

    def redo(self) -> None:
        workspace = self.doc.workspace
        campaign: Campaign = copy.deepcopy(self.campaign)
        with workspace.transaction():
            workspace.campaigns.save(campaign)
            posts = (copy.deepcopy(self.posts) if self.posts is not None
                     else [c.bind(campaign) for c in self.copies])
            workspace.posts.save_many(posts)
        self.campaign, self.posts = campaign, copy.deepcopy(posts)
        self.doc.notify("campaigns")
        self.doc.notify("posts")

    def undo(self) -> None:
        assert self.campaign.id is not None
        self.doc.workspace.campaigns.delete(self.campaign.id)
        self.doc.notify("campaigns")
        self.doc.notify("posts")
