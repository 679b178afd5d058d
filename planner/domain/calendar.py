"""The content calendar's values: post chips, filters, local occasions, hashtag sets, snippets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.domain.model import ContentType, Platform, PostStatus
from planner.domain.search import normalise

EXCERPT_CHARS = 80  # how much of a post's text a chip carries


@dataclass(slots=True)
class PostChip:
    """What the calendar shows of a post: enough to paint a chip and its tooltip, no more."""

    id: int
    scheduled_at: dt.datetime | None
    status: PostStatus
    content_type: ContentType
    campaign_id: int | None
    segment_id: int | None
    platforms: list[Platform]
    excerpt: str

    @property
    def day(self) -> dt.date | None:
        return self.scheduled_at.date() if self.scheduled_at else None

    def first_words(self, count: int = 6) -> str:
        """The first `count` words of the first line (what a chip has room for)."""
        line = self.excerpt.strip().split("\n", 1)[0]
        return " ".join(line.split()[:count])


@dataclass
class SlotChips:
    """The chips a calendar grid shows, at most a few per slot (a day or an hour), with the
    number of posts in each slot (keyed by the slot's start) for its "+N more"."""

    chips: list[PostChip]
    counts: dict[dt.datetime, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class PostFilter:
    """Which posts the calendar shows; None means "any"."""

    campaign_id: int | None = None
    no_campaign: bool = False  # only posts that belong to no campaign
    platform: Platform | None = None
    status: PostStatus | None = None
    segment_id: int | None = None

    @property
    def active(self) -> bool:
        return (
            self.campaign_id is not None
            or self.no_campaign
            or self.platform is not None
            or self.status is not None
            or self.segment_id is not None
        )


def search_key(*parts: str) -> str:
    """The normalised text a search compares against (Arabic-aware, see domain.search)."""
    return normalise(" ".join(parts))


@dataclass
class LocalOccasion:
    """An occasion the officer adds: a festival, an exhibition, a local day.

    `quiet` marks a day on which campaign posts should not go out (a day of mourning, say).
    """

    name: str
    start: dt.date
    end: dt.date
    name_en: str = ""
    quiet: bool = False
    notes: str = ""
    id: int | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass
class HashtagSet:
    """A named group of hashtags inserted into a post with one click."""

    name: str
    tags: list[str] = field(default_factory=list)
    id: int | None = None

    def text(self) -> str:
        """The tags as inserted: each with its '#', separated by spaces."""
        return " ".join(t if t.startswith("#") else f"#{t}" for t in self.tags)


@dataclass
class Snippet:
    """A reusable piece of text (the institution's signature, a call to action)."""

    name: str
    text: str
    id: int | None = None


@dataclass
class PauseRecord:
    """A "pause all scheduled posts" action: why, when, which posts, and when resumed."""

    reason: str
    paused_at: dt.datetime
    post_ids: list[int] = field(default_factory=list)
    resumed_at: dt.datetime | None = None
    id: int | None = None


def can_move(status: PostStatus) -> bool:
    """Whether a post may get another date: a published post has gone out already."""
    return status is not PostStatus.PUBLISHED


def status_after_move(status: PostStatus, dated: bool) -> PostStatus:
    """A post's status once it is given a date (`dated`) or sent back to the ideas.

    An idea that gets a date becomes a draft; a scheduled post sent back to the ideas has no
    time to go out at, so it falls back to approved. Every other status stays.
    """
    if dated and status is PostStatus.IDEA:
        return PostStatus.DRAFT
    if not dated and status is PostStatus.SCHEDULED:
        return PostStatus.APPROVED
    return status


@dataclass(frozen=True)
class Move:
    """A post's date and status before and after a move (what undo needs to put it back)."""

    post_id: int
    before_at: dt.datetime | None
    after_at: dt.datetime | None
    before_status: PostStatus
    after_status: PostStatus


@dataclass(frozen=True)
class StateChange:
    """A post's status and remembered pre-pause status, before and after a pause or resume."""

    post_id: int
    before: tuple[PostStatus, PostStatus | None]
    after: tuple[PostStatus, PostStatus | None]
