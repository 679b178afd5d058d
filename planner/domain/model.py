"""The workspace's values as typed dataclasses: accounts, segments, campaigns and posts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.post_counts import PostCounts


class Platform(StrEnum):
    """The eight networks an institution's accounts live on, in the order the UI lists them."""

    X = "x"
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    SNAPCHAT = "snapchat"
    YOUTUBE = "youtube"
    LINKEDIN = "linkedin"
    TIKTOK = "tiktok"
    WHATSAPP = "whatsapp"


class CampaignStatus(StrEnum):
    """Where a campaign stands in its life."""

    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    RUNNING = "running"
    FINISHED = "finished"
    ARCHIVED = "archived"


class CampaignType(StrEnum):
    """What kind of campaign it is; each type has a template."""

    AWARENESS = "awareness"
    SERVICE = "service_announcement"
    EVENT = "event"
    EDUCATIONAL = "educational"
    BEHAVIOUR = "behaviour_change"
    CRISIS = "crisis_response"
    COMMUNITY = "community"


class PostStatus(StrEnum):
    """The workflow of a post, from idea to published."""

    IDEA = "idea"
    DRAFT = "draft"
    READY = "ready_for_review"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    PAUSED = "paused"
    CANCELLED = "cancelled"


class ContentType(StrEnum):
    """The format of a post."""

    TEXT = "text"
    IMAGE = "image"
    CAROUSEL = "carousel"
    VIDEO = "video"
    REEL = "reel"
    STORY = "story"
    LIVE = "live"
    THREAD = "thread"


class Metric(StrEnum):
    """What a KPI measures."""

    REACH = "reach"
    IMPRESSIONS = "impressions"
    ENGAGEMENT_RATE = "engagement_rate"
    FOLLOWERS_GAINED = "followers_gained"
    RESPONSE_TIME = "response_time"
    SITE_VISITS = "site_visits"
    OTHER = "other"


@dataclass
class Segment:
    """A target group of society, and the platforms that reach it."""

    name: str
    description: str = ""
    platforms: list[Platform] = field(default_factory=list)
    id: int | None = None


@dataclass
class BestTime:
    """A good hour to post on an account: weekday 0 = Monday ... 6 = Sunday, hour 0-23."""

    weekday: int
    hour: int


@dataclass
class Account:
    """One of the institution's accounts on a platform."""

    platform: Platform
    handle: str
    url: str = ""
    followers: int = 0
    segment_ids: list[int] = field(default_factory=list)
    best_times: list[BestTime] = field(default_factory=list)
    id: int | None = None


@dataclass
class Kpi:
    """A measurable indicator of an objective: from a baseline to a target by a deadline."""

    metric: Metric
    baseline: float
    target: float
    unit: str = ""
    deadline: dt.date | None = None
    measurement: str = ""
    actual: float | None = None
    id: int | None = None


@dataclass
class Objective:
    """A SMART objective of a campaign, with its KPIs."""

    text: str
    kpis: list[Kpi] = field(default_factory=list)
    id: int | None = None


@dataclass
class AudienceTarget:
    """A segment a campaign targets, with what we know of it and what stands in the way."""

    segment_id: int
    insight: str = ""
    barriers: str = ""


@dataclass
class KeyMessage:
    """One of the campaign's key messages."""

    text: str
    text_en: str = ""
    id: int | None = None


@dataclass
class Partner:
    """A partner body or influencer the campaign works with."""

    name: str
    handle: str = ""
    kind: str = "partner"  # "partner" or "influencer"


@dataclass
class Phase:
    """A stretch of the campaign with its own goal."""

    name: str
    start: dt.date
    end: dt.date
    goal: str = ""
    id: int | None = None


@dataclass
class BudgetLine:
    """Paid promotion planned on one platform, in baisa (1 Omani rial = 1000 baisa)."""

    platform: Platform
    amount_baisa: int


@dataclass
class ReportDue:
    """An evaluation report and when it is due."""

    title: str
    due: dt.date


@dataclass
class Campaign:
    """A media campaign's whole plan (OASIS: objectives, audience, strategy, implementation,
    scoring)."""

    name: str
    start: dt.date
    end: dt.date
    type: CampaignType = CampaignType.AWARENESS
    status: CampaignStatus = CampaignStatus.DRAFT
    name_en: str = ""
    owner: str = ""
    colour: str = "#1f6f8b"
    brand_kit_id: int | None = None
    aim: str = ""
    proposition: str = ""
    hashtags: list[str] = field(default_factory=list)
    approver: str = ""
    version: str = "1"  # the plan's version, as its author numbers it ("1", "2.1")
    objectives: list[Objective] = field(default_factory=list)
    audience: list[AudienceTarget] = field(default_factory=list)
    messages: list[KeyMessage] = field(default_factory=list)
    channel_account_ids: list[int] = field(default_factory=list)
    partners: list[Partner] = field(default_factory=list)
    phases: list[Phase] = field(default_factory=list)
    budget: list[BudgetLine] = field(default_factory=list)
    reports: list[ReportDue] = field(default_factory=list)
    status_before_archive: CampaignStatus | None = None
    id: int | None = None

    @property
    def platforms(self) -> list[Platform]:
        """The platforms the campaign spends on, in the canonical order."""
        used = {line.platform for line in self.budget}
        return [p for p in Platform if p in used]


@dataclass
class CampaignSummary:
    """One row of the campaign list: what the list and the overview need, nothing more."""

    id: int
    name: str
    name_en: str
    type: CampaignType
    status: CampaignStatus
    start: dt.date
    end: dt.date
    platforms: list[Platform]
    post_count: int
    colour: str
    ideas: int = 0  # of its posts, those without a date
    cancelled: int = 0  # of its dated posts, those that will not go out

    @property
    def counts(self) -> PostCounts:
        from planner.domain.post_counts import PostCounts  # it counts this module's Posts

        return PostCounts(self.post_count, self.ideas, self.cancelled)


@dataclass
class Post:
    """A planned post: a shared base text with a variant per chosen platform."""

    base_text: str
    platforms: list[Platform]
    status: PostStatus = PostStatus.DRAFT
    content_type: ContentType = ContentType.TEXT
    scheduled_at: dt.datetime | None = None  # local time in Muscat; None for an idea
    campaign_id: int | None = None
    segment_id: int | None = None
    message_id: int | None = None
    phase_id: int | None = None
    variants: dict[Platform, str] = field(default_factory=dict)
    notes: str = ""
    status_before_pause: PostStatus | None = None
    id: int | None = None
    key: str = ""  # stable across export and import (uuid4 hex); given by storage when empty

    def text_for(self, platform: Platform) -> str:
        """The text this post carries on a platform: its variant, or the base text."""
        return self.variants.get(platform) or self.base_text
