"""Undo commands of the calendar and composer; redo/undo go through storage, never widgets."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TypeVar

from planner.domain.calendar import Move, PauseRecord, StateChange
from planner.domain.model import Post
from planner.domain.progress import Cancelled, Progress
from planner.reports.calendar_import import OnDuplicate, Parsed
from planner.reports.calendar_import.apply import Outcome, store
from planner.reports.calendar_import.apply import undo as undo_import
from planner.storage.posts import RemovedPosts
from planner.ui.document import Document
from planner.ui.save import CommandId, DocCommand, Save, Store, Topic


class MovePosts(DocCommand):
    """Give posts another date (drag and drop, Ctrl+Shift+arrow, back to the ideas)."""

    def __init__(self, doc: Document, moves: list[Move], text: str) -> None:
        super().__init__(doc, text)
        self.moves = list(moves)

    def redo(self) -> None:
        self.doc.workspace.calendar.move(self.moves)
        self.doc.notify(Topic.POSTS)

    def undo(self) -> None:
        self.doc.workspace.calendar.move(self.moves, undo=True)
        self.doc.notify(Topic.POSTS)


class SavePost(Save[Post]):
    """Replace a post by a new version, or add it when `before` is None.

    Consecutive edits of the same field of the same post merge (typing is one step).
    """

    ID = CommandId.POST

    def __init__(
        self, doc: Document, before: Post | None, after: Post, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(doc, "posts", Topic.POSTS, before, after, text, merge_key)


class DeletePosts(DocCommand):
    """Delete posts; undo brings them back with their ids, platforms and variants."""

    def __init__(self, doc: Document, post_ids: list[int], text: str) -> None:
        super().__init__(doc, text)
        self.posts = [doc.workspace.posts.get(i) for i in post_ids]
        self.removed = RemovedPosts([])

    def redo(self) -> None:
        with self.doc.workspace.transaction():
            self.removed = self.doc.workspace.posts.removal(self.posts)
            for post in self.posts:
                assert post.id is not None
                self.doc.workspace.posts.delete(post.id)
        self.doc.notify(Topic.POSTS)

    def undo(self) -> None:
        self.doc.workspace.posts.restore(copy.deepcopy(self.removed))
        self.doc.notify(Topic.POSTS)


class AddPosts(DocCommand):
    """Add many posts in one transaction (an imported calendar); undo removes them all."""

    def __init__(self, doc: Document, posts: list[Post], text: str) -> None:
        super().__init__(doc, text)
        self.posts = copy.deepcopy(posts)

    def redo(self) -> None:
        saved = copy.deepcopy(self.posts)
        self.doc.workspace.posts.save_many(saved)
        for post, stored in zip(self.posts, saved, strict=True):
            post.id, post.key = stored.id, stored.key
        self.doc.notify(Topic.POSTS)

    def undo(self) -> None:
        with self.doc.workspace.transaction():
            for post in self.posts:
                assert post.id is not None
                self.doc.workspace.posts.delete(post.id)
        self.doc.notify(Topic.POSTS)


class ImportCalendar(DocCommand):
    """Import a checked calendar: campaigns created, rows already there skipped, updated or
    added; undo takes all of it back."""

    def __init__(
        self,
        doc: Document,
        parsed: Parsed,
        on_duplicate: OnDuplicate,
        text: str,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(doc, text)
        self.parsed = copy.deepcopy(parsed)
        self.on_duplicate = on_duplicate
        self.outcome = Outcome()
        self.progress = progress  # the first run's only: a redo after undo is not watched

    def redo(self) -> None:
        progress, self.progress = self.progress, None
        try:
            self.outcome = store(self.doc.workspace, self.parsed, self.on_duplicate, progress)
        except Cancelled:  # rolled back whole; the stack deletes an obsolete command
            self.setObsolete(True)
            return
        self.doc.notify(Topic.CAMPAIGNS)
        self.doc.notify(Topic.POSTS)

    def undo(self) -> None:
        undo_import(self.doc.workspace, self.outcome)
        self.doc.notify(Topic.CAMPAIGNS)
        self.doc.notify(Topic.POSTS)


class ChangeStates(DocCommand):
    """Pause or resume posts together with the pause record (reason, time, posts)."""

    def __init__(
        self,
        doc: Document,
        changes: list[StateChange],
        before: PauseRecord | None,
        after: PauseRecord | None,
        text: str,
    ) -> None:
        super().__init__(doc, text)
        self.changes = list(changes)
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)

    def redo(self) -> None:
        self._apply(self.before, self.after, undo=False)

    def undo(self) -> None:
        self._apply(self.after, self.before, undo=True)

    def _apply(self, old: PauseRecord | None, new: PauseRecord | None, undo: bool) -> None:
        calendar = self.doc.workspace.calendar
        with self.doc.workspace.transaction():
            calendar.set_states(self.changes, undo=undo)
            if new is not None:
                saved = copy.deepcopy(new)
                calendar.pauses.save(saved)
                new.id = saved.id
                if old is not None:
                    old.id = saved.id
            elif old is not None and old.id is not None:
                calendar.pauses.delete(old.id)
        self.doc.notify(Topic.POSTS)


T = TypeVar("T")


class SaveItem(Save[T]):
    """Add, change or delete one item of a simple store (occasions, hashtag sets, snippets).

    `before` None adds, `after` None deletes; ids are kept so undo restores the same row.
    """

    ID = CommandId.CALENDAR_ITEM

    def __init__(
        self,
        doc: Document,
        store: Callable[[], Store],
        topic: str,
        before: T | None,
        after: T | None,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(doc, store, topic, before, after, text, merge_key)
