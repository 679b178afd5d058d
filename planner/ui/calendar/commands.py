"""Undo commands of the calendar and composer; redo/undo go through storage, never widgets."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from planner.domain.calendar import Move, PauseRecord, StateChange
from planner.domain.model import Post
from planner.storage.posts import RemovedPosts
from planner.ui.document import Document
from planner.ui.undo import Command


class MovePosts(Command):
    """Give posts another date (drag and drop, Ctrl+Shift+arrow, back to the ideas)."""

    def __init__(self, doc: Document, moves: list[Move], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.moves = list(moves)

    def redo(self) -> None:
        self.doc.workspace.calendar.move(self.moves)
        self.doc.notify("posts")

    def undo(self) -> None:
        self.doc.workspace.calendar.move(self.moves, undo=True)
        self.doc.notify("posts")


class SavePost(Command):
    """Replace a post by a new version, or add it when `before` is None.

    Consecutive edits of the same field of the same post merge (typing is one step).
    """

    ID = 4001

    def __init__(
        self, doc: Document, before: Post | None, after: Post, text: str, merge_key: str = ""
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return self.ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SavePost) or other.merge_key != self.merge_key:
            return False
        if self.after.id is None or self.after.id != other.after.id:
            return False
        self.after = copy.deepcopy(other.after)
        return True

    def redo(self) -> None:
        saved = copy.deepcopy(self.after)
        self.doc.workspace.posts.save(saved)
        self.after.id = saved.id  # a second redo re-creates the post with the same id
        self.doc.notify("posts")

    def undo(self) -> None:
        if self.before is None:
            assert self.after.id is not None
            self.doc.workspace.posts.delete(self.after.id)
        else:
            self.doc.workspace.posts.save(copy.deepcopy(self.before))
        self.doc.notify("posts")


class DeletePosts(Command):
    """Delete posts; undo brings them back with their ids, platforms and variants."""

    def __init__(self, doc: Document, post_ids: list[int], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.posts = [doc.workspace.posts.get(i) for i in post_ids]
        self.removed = RemovedPosts([])

    def redo(self) -> None:
        with self.doc.workspace.transaction():
            self.removed = self.doc.workspace.posts.removal(self.posts)
            for post in self.posts:
                assert post.id is not None
                self.doc.workspace.posts.delete(post.id)
        self.doc.notify("posts")

    def undo(self) -> None:
        self.doc.workspace.posts.restore(copy.deepcopy(self.removed))
        self.doc.notify("posts")


class AddPosts(Command):
    """Add many posts in one transaction (an imported calendar); undo removes them all."""

    def __init__(self, doc: Document, posts: list[Post], text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self.posts = copy.deepcopy(posts)

    def redo(self) -> None:
        saved = copy.deepcopy(self.posts)
        self.doc.workspace.posts.save_many(saved)
        for post, stored in zip(self.posts, saved, strict=True):
            post.id = stored.id
        self.doc.notify("posts")

    def undo(self) -> None:
        with self.doc.workspace.transaction():
            for post in self.posts:
                assert post.id is not None
                self.doc.workspace.posts.delete(post.id)
        self.doc.notify("posts")


class ChangeStates(Command):
    """Pause or resume posts together with the pause record (reason, time, posts)."""

    def __init__(
        self,
        doc: Document,
        changes: list[StateChange],
        before: PauseRecord | None,
        after: PauseRecord | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self.doc = doc
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
        self.doc.notify("posts")


class _Store(Protocol):
    def save(self, item: Any) -> int: ...
    def delete(self, item_id: int) -> None: ...


T = TypeVar("T")


class SaveItem(Command, Generic[T]):
    """Add, change or delete one item of a simple store (occasions, hashtag sets, snippets).

    `before` None adds, `after` None deletes; ids are kept so undo restores the same row.
    """

    ID = 4002

    def __init__(
        self,
        doc: Document,
        store: Callable[[], _Store],
        topic: str,
        before: T | None,
        after: T | None,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self.doc = doc
        self.store = store
        self.topic = topic
        self.before = copy.deepcopy(before)
        self.after = copy.deepcopy(after)
        self.merge_key = merge_key

    def id(self) -> int:
        return self.ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing in one field of one item is one step."""
        if (
            not isinstance(other, SaveItem)
            or other.merge_key != self.merge_key
            or self.after is None
            or other.after is None
            or getattr(self.after, "id", None) != getattr(other.after, "id", None)
        ):
            return False
        self.after = copy.deepcopy(other.after)
        return True

    def redo(self) -> None:
        self._put(self.before, self.after)

    def undo(self) -> None:
        self._put(self.after, self.before)

    def _put(self, old: T | None, new: T | None) -> None:
        store = self.store()
        if new is None:
            store.delete(old.id)  # type: ignore[attr-defined]
        else:
            saved = copy.deepcopy(new)
            store.save(saved)
            new.id = saved.id  # type: ignore[attr-defined]
            if old is not None:
                old.id = saved.id  # type: ignore[attr-defined]
        self.doc.notify(self.topic)
