"""The Overview's rules: the Omani week, campaigns in flight, progress and warnings."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain import overview
from planner.domain.model import (
    CampaignStatus,
    CampaignSummary,
    CampaignType,
    Platform,
    Post,
    PostStatus,
)


def summary(cid, status, start, end):
    return CampaignSummary(
        cid, f"c{cid}", "", CampaignType.AWARENESS, status, start, end, [Platform.X], 0, "#000000"
    )


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_week_runs_sunday_to_saturday(day):
    """Every day lies in a week that starts on a Sunday and lasts seven days."""
    start, end = overview.week_of(day)
    assert start.weekday() == 6
    assert start <= day < end
    assert (end - start).days == 7


def test_in_flight_means_running_or_approved_and_begun():
    """Running campaigns, and approved ones already started, are in flight."""
    today = dt.date(2026, 11, 26)
    campaigns = [
        summary(1, CampaignStatus.RUNNING, dt.date(2026, 11, 1), dt.date(2026, 12, 30)),
        summary(2, CampaignStatus.APPROVED, dt.date(2026, 11, 20), dt.date(2026, 12, 1)),
        summary(3, CampaignStatus.APPROVED, dt.date(2026, 12, 20), dt.date(2026, 12, 31)),
        summary(4, CampaignStatus.DRAFT, dt.date(2026, 11, 1), dt.date(2026, 12, 30)),
    ]
    assert [c.id for c in overview.in_flight(campaigns, today)] == [2, 1]


def test_progress_is_bounded():
    """Progress is 0 before the start, 1 after the end, and grows in between."""
    c = summary(1, CampaignStatus.RUNNING, dt.date(2026, 1, 1), dt.date(2026, 1, 10))
    assert overview.progress(c, dt.date(2025, 12, 31)) == 0.0
    assert overview.progress(c, dt.date(2026, 1, 5)) == 0.5
    assert overview.progress(c, dt.date(2026, 2, 1)) == 1.0


def test_warnings_name_overdue_and_unapproved_posts():
    """A past unpublished post and a soon unapproved one are flagged; done ones are not."""
    now = dt.datetime(2026, 11, 26, 12, 0)
    posts = [
        Post(
            "a",
            [Platform.X],
            PostStatus.SCHEDULED,
            scheduled_at=now - dt.timedelta(hours=3),
            campaign_id=1,
            id=1,
        ),
        Post(
            "b",
            [Platform.X],
            PostStatus.PUBLISHED,
            scheduled_at=now - dt.timedelta(hours=3),
            campaign_id=1,
            id=2,
        ),
        Post(
            "c",
            [Platform.X],
            PostStatus.DRAFT,
            scheduled_at=now + dt.timedelta(hours=5),
            campaign_id=1,
            id=3,
        ),
        Post(
            "d",
            [Platform.X],
            PostStatus.APPROVED,
            scheduled_at=now + dt.timedelta(hours=5),
            campaign_id=1,
            id=4,
        ),
    ]
    campaigns = [
        summary(1, CampaignStatus.RUNNING, dt.date(2026, 11, 1), dt.date(2026, 12, 1)),
        summary(2, CampaignStatus.RUNNING, dt.date(2026, 11, 1), dt.date(2026, 12, 1)),
    ]
    found = overview.warnings(posts, campaigns, now)
    assert [(w.code, w.post_id or w.campaign_id) for w in found] == [
        (overview.WarningCode.OVERDUE_POST, 1),
        (overview.WarningCode.UNAPPROVED_SOON, 3),
        (overview.WarningCode.RUNNING_WITHOUT_POSTS, 2),
    ]
