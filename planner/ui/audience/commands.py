"""Undo commands of the Audience & accounts screen; deletes bring back every link on undo."""

from __future__ import annotations

import copy
import datetime as dt

from planner.domain.model import Account, Campaign, Post, Segment
from planner.ui.document import Document
from planner.ui.save import DocCommand, Save, Topic

ACCOUNTS, SEGMENTS = Topic.ACCOUNTS, Topic.SEGMENTS


class SaveAccount(Save[Account]):
    """Add an account (`before` None) or replace it by a new version."""

    def __init__(self, doc: Document, before: Account | None, after: Account, text: str) -> None:
        super().__init__(doc, "accounts", Topic.ACCOUNTS, before, after, text)


class SaveSegment(Save[Segment]):
    """Add a segment (`before` None) or replace it by a new version."""

    def __init__(self, doc: Document, before: Segment | None, after: Segment, text: str) -> None:
        super().__init__(doc, "segments", Topic.SEGMENTS, before, after, text)


def _campaigns(doc: Document) -> list[Campaign]:
    return [doc.workspace.campaigns.get(s.id) for s in doc.workspace.campaigns.summaries()]


class DeleteAccount(DocCommand):
    """Delete an account; undo brings it back with its id and as a channel of its campaigns."""

    def __init__(self, doc: Document, account_id: int, text: str) -> None:
        super().__init__(doc, text)
        self.account = doc.workspace.accounts.get(account_id)
        self.campaigns = [c for c in _campaigns(doc) if account_id in c.channel_account_ids]

    def redo(self) -> None:
        assert self.account.id is not None
        self.doc.workspace.accounts.delete(self.account.id)
        self.doc.notify(ACCOUNTS)
        if self.campaigns:
            self.doc.notify(Topic.CAMPAIGNS)

    def undo(self) -> None:
        with self.doc.workspace.transaction():
            self.doc.workspace.accounts.save(copy.deepcopy(self.account))
            for campaign in self.campaigns:
                self.doc.workspace.campaigns.save(copy.deepcopy(campaign))
        self.doc.notify(ACCOUNTS)
        if self.campaigns:
            self.doc.notify(Topic.CAMPAIGNS)


class DeleteSegment(DocCommand):
    """Delete a segment; undo brings it back with its id, and every account, campaign and post
    that referred to it refers to it again."""

    def __init__(self, doc: Document, segment_id: int, text: str) -> None:
        super().__init__(doc, text)
        workspace = doc.workspace
        self.segment = workspace.segments.get(segment_id)
        self.accounts = [a for a in workspace.accounts.list() if segment_id in a.segment_ids]
        self.campaigns = [
            c for c in _campaigns(doc) if any(t.segment_id == segment_id for t in c.audience)
        ]
        everything = workspace.posts.between(dt.datetime(1, 1, 1), dt.datetime(9999, 1, 1))
        self.posts: list[Post] = [
            p for p in everything + workspace.posts.unscheduled() if p.segment_id == segment_id
        ]

    def uses(self) -> tuple[int, int, int]:
        """How many accounts, campaigns and posts refer to the segment."""
        return len(self.accounts), len(self.campaigns), len(self.posts)

    def redo(self) -> None:
        assert self.segment.id is not None
        self.doc.workspace.segments.delete(self.segment.id)
        self._notify()

    def undo(self) -> None:
        workspace = self.doc.workspace
        with workspace.transaction():
            workspace.segments.save(copy.deepcopy(self.segment))
            for account in self.accounts:
                workspace.accounts.save(copy.deepcopy(account))
            for campaign in self.campaigns:
                workspace.campaigns.save(copy.deepcopy(campaign))
            workspace.posts.save_many(copy.deepcopy(self.posts))
        self._notify()

    def _notify(self) -> None:
        self.doc.notify(SEGMENTS)
        if self.accounts:
            self.doc.notify(ACCOUNTS)
        if self.campaigns:
            self.doc.notify(Topic.CAMPAIGNS)
        if self.posts:
            self.doc.notify(Topic.POSTS)
