"""The values the coverage charts are computed from: the scope, rates, and actual figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from planner.domain.model import Account, Campaign, Platform, Post, Segment
from planner.domain.post_counts import NOT_GOING_OUT

# Posts that will not go out count in no chart of the plan (the counting rule's, post_counts).
NOT_PLANNED = NOT_GOING_OUT


@dataclass(frozen=True)
class ReachRate:
    """The share of an account's followers one post reaches on a platform, and where the
    figure comes from. `default` is False once the officer has entered a rate of their own."""

    platform: Platform
    rate: float
    source: str = ""
    default: bool = True


@dataclass(frozen=True)
class FollowerCount:
    """How many followers an account had on a day, entered by hand."""

    account_id: int
    day: dt.date
    followers: int


@dataclass
class PostStat:
    """One post's figures from a platform's statistics export, matched to a planned post
    (`post_id`) or not. A figure the export does not have is None, not zero."""

    platform: Platform
    published_at: dt.datetime | None  # local time in Muscat
    published_on: dt.date
    external_id: str = ""
    text: str = ""
    impressions: int | None = None
    reach: int | None = None
    engagements: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None
    clicks: int | None = None
    post_id: int | None = None
    id: int | None = None

    @property
    def key(self) -> str:
        """What makes a row the same row when a file is imported again."""
        if self.external_id:
            return self.external_id
        when = self.published_at.isoformat() if self.published_at else self.published_on
        return f"{when}|{self.text[:40]}"


@dataclass(frozen=True)
class OccasionMark:
    """An occasion on a day of the charted period (national day, Ramadan ...)."""

    day: dt.date
    name_ar: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" else self.name_en or self.name_ar


@dataclass(frozen=True)
class Slot:
    """One planned post on one platform: the unit every coverage chart counts."""

    post: Post
    platform: Platform

    @property
    def when(self) -> dt.datetime:
        assert self.post.scheduled_at is not None
        return self.post.scheduled_at


@dataclass
class CoverageInput:
    """Everything the charts of one campaign (or of all campaigns in a period) are made from.

    `posts` are the campaigns' posts; `start`..`end` (inclusive) is the charted period.
    """

    campaigns: list[Campaign]
    posts: list[Post]
    accounts: list[Account]
    segments: list[Segment]
    start: dt.date
    end: dt.date
    rates: dict[Platform, ReachRate] = field(default_factory=dict)
    follower_counts: list[FollowerCount] = field(default_factory=list)
    stats: list[PostStat] = field(default_factory=list)
    occasions: list[OccasionMark] = field(default_factory=list)

    @property
    def single(self) -> bool:
        """True when the charts show one campaign (its phases and targets apply)."""
        return len(self.campaigns) == 1

    def slots(self) -> Iterator[Slot]:
        """Every planned post on every one of its platforms, inside the period."""
        for post in self.posts:
            if post.status in NOT_PLANNED or post.scheduled_at is None:
                continue
            if not self.start <= post.scheduled_at.date() <= self.end:
                continue
            for platform in post.platforms:
                yield Slot(post, platform)

    def channel_accounts(self) -> list[Account]:
        """The accounts the campaigns use (all accounts when none is chosen)."""
        chosen = {a for c in self.campaigns for a in c.channel_account_ids}
        return [a for a in self.accounts if a.id in chosen] if chosen else list(self.accounts)

    def followers(self, platform: Platform) -> int:
        """The followers of the campaigns' accounts on `platform`."""
        return sum(a.followers for a in self.channel_accounts() if a.platform is platform)

    def platforms(self) -> list[Platform]:
        """The platforms in play: those with posts, channels or budget, in canonical order."""
        used = {s.platform for s in self.slots()}
        used |= (
            {a.platform for a in self.channel_accounts()}
            if any(c.channel_account_ids for c in self.campaigns)
            else set()
        )
        used |= {b.platform for c in self.campaigns for b in c.budget}
        return [p for p in Platform if p in used]

    def days(self) -> list[dt.date]:
        count = (self.end - self.start).days + 1
        return [self.start + dt.timedelta(days=i) for i in range(max(count, 0))]


def week_start(day: dt.date) -> dt.date:
    """The Sunday that opens the week of `day` (the Omani working week runs Sunday-Thursday)."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def is_weekend(day: dt.date) -> bool:
    """Friday and Saturday, the Omani weekend."""
    return day.weekday() in (4, 5)
