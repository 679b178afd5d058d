"""What the Overview shows: this week's range, campaigns in flight and warnings, as rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.crisis_due import CrisisAlerts
from planner.domain.model import CampaignStatus, CampaignSummary, Post, PostStatus

WEEK_STARTS_ON = 6  # Sunday: the Omani working week runs Sunday to Thursday


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The week (Sunday to Saturday) holding `day`, as [start, end)."""
    start = day - dt.timedelta(days=(day.weekday() - WEEK_STARTS_ON) % 7)
    return start, start + dt.timedelta(days=7)


def in_flight(campaigns: list[CampaignSummary], today: dt.date) -> list[CampaignSummary]:
    """Running campaigns, and approved ones whose dates have begun, soonest end first."""
    live = [
        c
        for c in campaigns
        if c.status is CampaignStatus.RUNNING
        or (c.status is CampaignStatus.APPROVED and c.start <= today <= c.end)
    ]
    return sorted(live, key=lambda c: (c.end, c.id))


def progress(campaign: CampaignSummary, today: dt.date) -> float:
    """How far through its dates a campaign is, from 0.0 to 1.0."""
    total = (campaign.end - campaign.start).days + 1
    done = (min(max(today, campaign.start), campaign.end) - campaign.start).days + 1
    return 0.0 if today < campaign.start else min(1.0, done / total)


class WarningCode(StrEnum):
    """Something on the Overview the officer should act on."""

    OVERDUE_POST = "overdue_post"  # due in the past, not published, paused or cancelled
    UNAPPROVED_SOON = "unapproved_soon"  # due within two days and not yet approved
    RUNNING_WITHOUT_POSTS = "running_without_posts"
    OPEN_INCIDENT = "open_incident"  # an incident or rumour not closed yet
    REQUEST_OVERDUE = "request_overdue"  # a follower request unanswered past its target
    REVIEW_OVERDUE = "review_overdue"  # an account's access review is due (or never done)


@dataclass(frozen=True)
class OverviewWarning:
    """One warning, with the post or campaign it concerns."""

    code: WarningCode
    post_id: int | None = None
    campaign_id: int | None = None
    item_id: int | None = None  # the incident, follower request or account it concerns


_DONE = {PostStatus.PUBLISHED, PostStatus.CANCELLED, PostStatus.PAUSED}
_READY = _DONE | {PostStatus.APPROVED, PostStatus.SCHEDULED}


def warnings(
    posts: list[Post],
    campaigns: list[CampaignSummary],
    now: dt.datetime,
    crisis: CrisisAlerts | None = None,
) -> list[OverviewWarning]:
    """Warnings: first the crisis screen's, the most urgent (open incidents, overdue follower
    requests and account reviews), then the posts around now and idle campaigns."""
    found: list[OverviewWarning] = []
    if crisis is not None:
        found += [
            OverviewWarning(WarningCode.OPEN_INCIDENT, item_id=i.id) for i in crisis.open_incidents
        ]
        found += [
            OverviewWarning(WarningCode.REQUEST_OVERDUE, item_id=r.id)
            for r in crisis.overdue_requests
        ]
        found += [
            OverviewWarning(WarningCode.REVIEW_OVERDUE, item_id=r.account_id)
            for r in crisis.overdue_reviews
        ]
    soon = now + dt.timedelta(days=2)
    for post in posts:
        if post.scheduled_at is None:
            continue
        if post.scheduled_at < now and post.status not in _DONE:
            found.append(
                OverviewWarning(
                    WarningCode.OVERDUE_POST, post_id=post.id, campaign_id=post.campaign_id
                )
            )
        elif now <= post.scheduled_at <= soon and post.status not in _READY:
            found.append(
                OverviewWarning(
                    WarningCode.UNAPPROVED_SOON, post_id=post.id, campaign_id=post.campaign_id
                )
            )
    active = {p.campaign_id for p in posts if p.scheduled_at and p.scheduled_at >= now}
    for campaign in in_flight(campaigns, now.date()):
        if campaign.id not in active:
            found.append(
                OverviewWarning(WarningCode.RUNNING_WITHOUT_POSTS, campaign_id=campaign.id)
            )
    return found
