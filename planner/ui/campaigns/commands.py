"""Undo commands of the campaign list: a duplicate with its posts, an imported campaign file."""

from __future__ import annotations

import copy
import datetime as dt

from planner.domain import lifecycle
from planner.domain.model import Account, Campaign, Post, Segment
from planner.domain.progress import Cancelled, Progress
from planner.storage.exchange import CampaignBundle, OnClash, import_campaign
from planner.storage.versions import StoredVersions, VersionStore
from planner.ui.document import Document
from planner.ui.save import DocCommand, Topic


class DuplicateCampaign(DocCommand):
    """A draft copy of a campaign and its posts, every date shifted to a new start.

    One command for the whole copy: undo deletes the copy (its posts go with it), redo puts
    it back with the same ids, so that later commands that refer to it stay valid.
    """

    def __init__(
        self, doc: Document, campaign_id: int, new_start: dt.date, new_name: str, text: str
    ) -> None:
        super().__init__(doc, text)
        workspace = doc.workspace
        source = workspace.campaigns.get(campaign_id)
        self.campaign, self.copies = lifecycle.duplicate(
            source, workspace.posts.for_campaign(campaign_id), new_start, new_name
        )
        self.posts: list[Post] | None = None

    @property
    def new_id(self) -> int | None:
        return self.campaign.id

    def redo(self) -> None:
        workspace = self.doc.workspace
        campaign: Campaign = copy.deepcopy(self.campaign)
        with workspace.transaction():
            workspace.campaigns.save(campaign)
            posts = (
                copy.deepcopy(self.posts)
                if self.posts is not None
                else [c.bind(campaign) for c in self.copies]
            )
            workspace.posts.save_many(posts)
        self.campaign, self.posts = campaign, copy.deepcopy(posts)
        self.doc.notify(Topic.CAMPAIGNS)
        self.doc.notify(Topic.POSTS)

    def undo(self) -> None:
        assert self.campaign.id is not None
        self.doc.workspace.campaigns.delete(self.campaign.id)
        self.doc.notify(Topic.CAMPAIGNS)
        self.doc.notify(Topic.POSTS)


class ImportCampaign(DocCommand):
    """A campaign file imported into the workspace: its campaign and posts, and the segments and
    accounts it brought; with "replace", the campaigns of the same name give way.

    The first redo imports (storage.exchange.import_campaign, one transaction); undo removes
    what came in and puts back what was replaced; a later redo restores exactly what the first
    one made, ids included, so that the commands after it still find their rows.
    """

    def __init__(
        self,
        doc: Document,
        bundle: CampaignBundle,
        on_clash: OnClash,
        text: str,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(doc, text)
        self.bundle = bundle
        self.on_clash = on_clash
        self.progress = progress  # the first run's only
        workspace = doc.workspace
        name = bundle.campaign.name
        self.replaced: list[tuple[Campaign, list[Post]]] = (
            []
            if on_clash != "replace"
            else [
                (workspace.campaigns.get(s.id), workspace.posts.for_campaign(s.id))
                for s in workspace.campaigns.summaries()
                if s.name == name
            ]
        )
        store = VersionStore(workspace.db)
        self.replaced_versions = [store.keep(c.id or 0) for c, _ in self.replaced]
        self.versions = StoredVersions()  # the imported campaign's, once imported
        self._segment_ids = {s.id for s in workspace.segments.list()}
        self._account_ids = {a.id for a in workspace.accounts.list()}
        self.campaign: Campaign | None = None
        self.posts: list[Post] = []
        self.segments: list[Segment] = []
        self.accounts: list[Account] = []
        self.attachments: dict[int, list[int]] = {}  # post id -> asset ids, in order

    @property
    def new_id(self) -> int | None:
        return self.campaign.id if self.campaign else None

    def redo(self) -> None:
        workspace = self.doc.workspace
        if self.campaign is None:
            from planner.reports.identity.imaging import make_thumbnail

            progress, self.progress = self.progress, None
            try:
                new_id = import_campaign(
                    workspace,
                    self.bundle,
                    self.on_clash,
                    thumbnailer=make_thumbnail,
                    progress=progress,
                )
            except Cancelled:  # rolled back whole; the stack deletes an obsolete command
                self.setObsolete(True)
                return
            self.campaign = workspace.campaigns.get(new_id)
            self.posts = workspace.posts.for_campaign(new_id)
            self.versions = VersionStore(workspace.db).keep(new_id)
            self.attachments = {
                p.id: [a.id for a in workspace.assets.assets_of_post(p.id) if a.id is not None]
                for p in self.posts
                if p.id is not None
            }
            self.segments = [s for s in workspace.segments.list() if s.id not in self._segment_ids]
            self.accounts = [a for a in workspace.accounts.list() if a.id not in self._account_ids]
        else:
            with workspace.transaction():
                for campaign, _ in self.replaced:
                    assert campaign.id is not None
                    workspace.campaigns.delete(campaign.id)
                for segment in self.segments:
                    workspace.segments.save(copy.deepcopy(segment))
                for account in self.accounts:
                    workspace.accounts.save(copy.deepcopy(account))
                workspace.campaigns.save(copy.deepcopy(self.campaign))
                workspace.posts.save_many(copy.deepcopy(self.posts))
                VersionStore(workspace.db).put_back(self.versions)
                for post_id, asset_ids in self.attachments.items():
                    for asset_id in asset_ids:  # the files stayed in the library
                        workspace.assets.attach_asset(post_id, asset_id)
        self.doc.notify(Topic.ALL)

    def undo(self) -> None:
        workspace = self.doc.workspace
        assert self.campaign is not None and self.campaign.id is not None
        with workspace.transaction():
            workspace.campaigns.delete(self.campaign.id)
            for account in self.accounts:
                assert account.id is not None
                workspace.accounts.delete(account.id)
            for segment in self.segments:
                assert segment.id is not None
                workspace.segments.delete(segment.id)
            for campaign, posts in self.replaced:
                workspace.campaigns.save(copy.deepcopy(campaign))
                workspace.posts.save_many(copy.deepcopy(posts))
            for versions in self.replaced_versions:
                VersionStore(workspace.db).put_back(versions)
        self.doc.notify(Topic.ALL)
