"""Pausing every scheduled post when a severe incident opens, and resuming exactly those.

The rule is the calendar's (`planner.domain.scheduling.pause_all` / `resume`): a scheduled
post becomes paused and remembers it was scheduled; resuming gives that back and touches
only posts still paused, so a post the officer cancelled meanwhile stays cancelled. This
module applies the rule to stored posts, by id, in one transaction each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlite_utils import Database

from planner.domain.model import Post
from planner.domain.scheduling import pause_all, resume
from planner.storage.posts import PostStore

_HORIZON = dt.timedelta(days=3650)


class PostPause:
    """Pause and resume stored posts by id."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.posts = PostStore(db)

    def pausable(self, now: dt.datetime) -> list[int]:
        """The posts due from `now` on that a pause would stop (the scheduled ones)."""
        posts = self.posts.between(now, now + _HORIZON)
        return [
            p.id
            for p, q in zip(posts, pause_all(posts, "preview"), strict=True)
            if q is not p and p.id is not None
        ]

    def pause(self, post_ids: Sequence[int], reason: str) -> list[int]:
        """Pause those of `post_ids` that are scheduled; return the ids paused."""
        with self.db.atomic():
            posts = self._existing(post_ids)
            return self._save_changed(posts, pause_all(posts, reason))

    def resume(self, post_ids: Sequence[int]) -> list[int]:
        """Give the still-paused posts of `post_ids` back their status; return those resumed."""
        with self.db.atomic():
            posts = self._existing(post_ids)
            return self._save_changed(posts, resume(posts))

    def _existing(self, post_ids: Sequence[int]) -> list[Post]:
        found = []
        for post_id in post_ids:
            try:
                found.append(self.posts.get(post_id))
            except KeyError:
                continue  # deleted since: nothing to pause or resume
        return found

    def _save_changed(self, before: list[Post], after: list[Post]) -> list[int]:
        changed = []
        for old, new in zip(before, after, strict=True):
            if new is not old and new.id is not None:
                self.posts.save(new)
                changed.append(new.id)
        return changed
