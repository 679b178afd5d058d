"""The statistics exports known by their real column names, and how to tell them apart."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.model import Platform


class StatField(StrEnum):
    """What a column of an export holds."""

    PUBLISHED = "published"
    POST_ID = "post_id"
    TEXT = "text"
    PLATFORM = "platform"
    IMPRESSIONS = "impressions"
    REACH = "reach"
    ENGAGEMENTS = "engagements"
    LIKES = "likes"
    COMMENTS = "comments"
    SHARES = "shares"
    SAVES = "saves"
    CLICKS = "clicks"


FIGURES = (
    StatField.IMPRESSIONS,
    StatField.REACH,
    StatField.ENGAGEMENTS,
    StatField.LIKES,
    StatField.COMMENTS,
    StatField.SHARES,
    StatField.SAVES,
    StatField.CLICKS,
)


class LayoutKind(StrEnum):
    """The exports recognised by their columns, and the officer's own mapping."""

    X_CONTENT = "x_content"
    X_LEGACY = "x_legacy"
    META_FACEBOOK = "meta_facebook"
    META_INSTAGRAM = "meta_instagram"
    CUSTOM = "custom"


class DateOrder(StrEnum):
    """How a custom file writes its dates: 31/12/2026, 12/31/2026 or 2026-12-31."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


@dataclass
class Layout:
    """Which column holds what. Each field lists the names it goes by, first found wins."""

    kind: LayoutKind
    columns: dict[StatField, list[str]]
    platform: Platform | None = None  # None: a PLATFORM column says it row by row
    date_order: DateOrder = DateOrder.MDY
    required: list[StatField] = field(default_factory=lambda: [StatField.PUBLISHED])


# The real column names (see docs/stats-import.md for where each comes from).
X_CONTENT = Layout(
    LayoutKind.X_CONTENT,
    {
        StatField.POST_ID: ["Post id"],
        StatField.PUBLISHED: ["Date"],
        StatField.TEXT: ["Post text"],
        StatField.IMPRESSIONS: ["Impressions"],
        StatField.ENGAGEMENTS: ["Engagements"],
        StatField.LIKES: ["Likes"],
        StatField.COMMENTS: ["Replies"],
        StatField.SHARES: ["Reposts"],
        StatField.CLICKS: ["URL Clicks"],
    },
    Platform.X,
)
X_LEGACY = Layout(
    LayoutKind.X_LEGACY,
    {
        StatField.POST_ID: ["Tweet id"],
        StatField.PUBLISHED: ["time"],
        StatField.TEXT: ["Tweet text"],
        StatField.IMPRESSIONS: ["impressions"],
        StatField.ENGAGEMENTS: ["engagements"],
        StatField.LIKES: ["likes"],
        StatField.COMMENTS: ["replies"],
        StatField.SHARES: ["retweets"],
        StatField.CLICKS: ["url clicks"],
    },
    Platform.X,
)
META_FACEBOOK = Layout(
    LayoutKind.META_FACEBOOK,
    {
        StatField.POST_ID: ["Post ID"],
        StatField.PUBLISHED: ["Publish time"],
        StatField.TEXT: ["Title", "Description"],
        StatField.IMPRESSIONS: ["Views", "Impressions"],
        StatField.REACH: ["Reach"],
        StatField.ENGAGEMENTS: ["Reactions, Comments and Shares"],
        StatField.LIKES: ["Reactions"],
        StatField.COMMENTS: ["Comments"],
        StatField.SHARES: ["Shares"],
        StatField.CLICKS: ["Total clicks", "Link clicks"],
    },
    Platform.FACEBOOK,
)
META_INSTAGRAM = Layout(
    LayoutKind.META_INSTAGRAM,
    {
        StatField.POST_ID: ["Post ID"],
        StatField.PUBLISHED: ["Publish time"],
        StatField.TEXT: ["Description"],
        StatField.IMPRESSIONS: ["Views", "Impressions"],
        StatField.REACH: ["Reach"],
        StatField.LIKES: ["Likes"],
        StatField.COMMENTS: ["Comments"],
        StatField.SHARES: ["Shares"],
        StatField.SAVES: ["Saves"],
    },
    Platform.INSTAGRAM,
)


def detect(header: list[str]) -> Layout | None:
    """The known export whose columns these are, or None."""
    names = {h.casefold() for h in header}

    def has(*wanted: str) -> bool:
        return all(w.casefold() in names for w in wanted)

    if has("Post id", "Date", "Impressions"):
        return X_CONTENT
    if has("Tweet id", "time", "impressions"):
        return X_LEGACY
    if has("Post ID", "Publish time") and (has("Page ID") or has("Page name")):
        return META_FACEBOOK
    if has("Post ID", "Publish time") and (has("Account username") or has("Account ID")):
        return META_INSTAGRAM
    return None
