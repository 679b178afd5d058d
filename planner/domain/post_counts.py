"""How posts are counted: one rule for every number of posts the program shows.

Every post of a campaign counts in the campaign list and the Overview. Ideas have no date,
so no dated view (month, week, list, printed month) and no calendar export holds them. A
cancelled post keeps its date: the calendar shows it and the exports carry it, but it will
not go out, so Coverage leaves it out of the planned posts. Coverage's charts then count a
planned post once on each of its platforms. docs/look-and-feel.md, "Counting posts".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from planner.domain.model import Post, PostStatus

# Dated posts that will not go out (an idea given a date but still marked idea is one).
NOT_GOING_OUT = frozenset({PostStatus.CANCELLED, PostStatus.IDEA})


@dataclass(frozen=True)
class PostCounts:
    """A set of posts counted the program's one way."""

    total: int  # every post: the campaign list's and the Overview's number
    ideas: int = 0  # without a date: in the ideas column, in no dated view or export
    cancelled: int = 0  # dated, but will not go out: shown and exported, not planned

    @property
    def dated(self) -> int:
        """What the calendar shows and a calendar export writes (a row or event each)."""
        return self.total - self.ideas

    @property
    def planned(self) -> int:
        """What Coverage counts as planned (once per post; its charts once per platform)."""
        return self.dated - self.cancelled


def count_posts(posts: Iterable[Post]) -> PostCounts:
    """Count `posts` by the rule above."""
    total = ideas = cancelled = 0
    for post in posts:
        total += 1
        if post.scheduled_at is None:
            ideas += 1
        elif post.status in NOT_GOING_OUT:
            cancelled += 1
    return PostCounts(total, ideas, cancelled)
