"""Matching imported statistics rows to planned posts by platform and date/time."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from planner.domain.coverage.values import PostStat
from planner.domain.model import Platform, Post, PostStatus

TOLERANCE = dt.timedelta(hours=3)  # a post goes out a little before or after its planned time


@dataclass
class MatchResult:
    """The rows given a planned post (`post_id` set) and those left unmatched."""

    matched: list[PostStat]
    unmatched: list[PostStat]


_LINKS_AND_TAGS = re.compile(r"https?://\S+|[#@]\S+")
_NOT_WORDS = re.compile(r"[^\w]+")


def _words(text: str) -> str:
    """The words of a text without links, hashtags, mentions, punctuation or emoji."""
    return _NOT_WORDS.sub(" ", _LINKS_AND_TAGS.sub(" ", text)).casefold().strip()


def _same_text(planned: str, published: str) -> bool:
    a, b = _words(planned)[:30], _words(published)[:30]
    return bool(a and b) and (a.startswith(b[:20]) or b.startswith(a[:20]))


def match(
    stats: list[PostStat], posts: list[Post], taken: set[tuple[int, Platform]] | None = None
) -> MatchResult:
    """Give each row the planned post on its platform closest in time (within TOLERANCE);
    a row with a date but no time takes the post of that day whose text agrees (a row with no
    text: the day's first free post). Each post is matched once per platform; `taken` lists
    (post id, platform) pairs already matched by earlier imports."""
    used = set(taken or ())
    free: dict[Platform, list[Post]] = {}
    for post in posts:
        if (
            post.scheduled_at is None
            or post.id is None
            or post.status in (PostStatus.IDEA, PostStatus.CANCELLED)
        ):
            continue
        for platform in post.platforms:
            free.setdefault(platform, []).append(post)
    for row in stats:
        row.post_id = None
    timed = [
        (abs(row.published_at - post.scheduled_at), i, post)
        for i, row in enumerate(stats)
        if row.published_at is not None
        for post in free.get(row.platform, [])
        if post.scheduled_at is not None and abs(row.published_at - post.scheduled_at) <= TOLERANCE
    ]
    for _, i, post in sorted(timed, key=lambda t: (t[0], t[1])):
        row = stats[i]
        assert post.id is not None
        if row.post_id is None and (post.id, row.platform) not in used:
            row.post_id = post.id
            used.add((post.id, row.platform))
    for row in stats:
        if row.post_id is not None or row.published_at is not None:
            continue
        day = [
            p
            for p in free.get(row.platform, [])
            if p.scheduled_at is not None
            and p.scheduled_at.date() == row.published_on
            and p.id is not None
            and (p.id, row.platform) not in used
        ]
        day.sort(key=lambda p: (p.scheduled_at or dt.datetime.min, p.id or 0))
        chosen = next((p for p in day if _same_text(p.text_for(row.platform), row.text)), None)
        if chosen is None and day and not _words(row.text):
            chosen = day[0]
        if chosen is not None and chosen.id is not None:
            row.post_id = chosen.id
            used.add((chosen.id, row.platform))
    return MatchResult(
        [r for r in stats if r.post_id is not None], [r for r in stats if r.post_id is None]
    )
