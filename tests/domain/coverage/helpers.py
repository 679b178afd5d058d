"""A small hand-made plan whose charts can be counted by eye."""

import datetime as dt

from planner.domain.coverage.values import CoverageInput, ReachRate
from planner.domain.model import (
    Account,
    AudienceTarget,
    BestTime,
    BudgetLine,
    Campaign,
    Kpi,
    Metric,
    Objective,
    Phase,
    Platform,
    Post,
    PostStatus,
    Segment,
)

X, IG, FB, WA = Platform.X, Platform.INSTAGRAM, Platform.FACEBOOK, Platform.WHATSAPP
START = dt.date(2026, 11, 1)  # a Sunday
END = dt.date(2026, 11, 21)  # a Saturday: three whole weeks


def post(pid, day, hour, platforms, status=PostStatus.SCHEDULED, segment=None, text="نص"):
    return Post(
        base_text=text,
        platforms=platforms,
        status=status,
        id=pid,
        campaign_id=1,
        scheduled_at=dt.datetime.combine(day, dt.time(hour)),
        segment_id=segment,
    )


def plan(**changes) -> CoverageInput:
    """Youth (X, IG), families (FB), elders (WhatsApp only): elders get no post."""
    segments = [
        Segment("الشباب", platforms=[X, IG], id=1),
        Segment("الأسر", platforms=[FB], id=2),
        Segment("كبار السن", platforms=[WA], id=3),
    ]
    accounts = [
        Account(X, "@x", followers=10_000, id=1, best_times=[BestTime(6, 20)]),  # Sunday 20:00
        Account(IG, "@ig", followers=5_000, id=2),
        Account(FB, "@fb", followers=2_000, id=3),
    ]
    campaign = Campaign(
        "حملة",
        START,
        END,
        id=1,
        channel_account_ids=[1, 2, 3],
        audience=[AudienceTarget(1), AudienceTarget(2), AudienceTarget(3)],
        phases=[
            Phase("الإطلاق", START, dt.date(2026, 11, 7)),
            Phase("التوعية", dt.date(2026, 11, 8), END),
        ],
        budget=[BudgetLine(IG, 300_000), BudgetLine(X, 100_000)],
        objectives=[Objective("وصول", [Kpi(Metric.REACH, 0, 10_000)])],
    )
    posts = [
        post(1, START, 20, [X, IG]),  # week 1, Sunday 20:00
        post(2, dt.date(2026, 11, 3), 9, [X]),  # week 1, Tuesday
        post(3, dt.date(2026, 11, 10), 20, [X, FB]),  # week 2
        post(4, dt.date(2026, 11, 10), 21, [IG]),  # week 2, same day
        post(5, dt.date(2026, 11, 12), 9, [X], PostStatus.CANCELLED),  # not planned
        post(6, dt.date(2026, 11, 25), 9, [X]),  # after the period
    ]
    rates = {X: ReachRate(X, 0.05), IG: ReachRate(IG, 0.10), FB: ReachRate(FB, 0.05)}
    values = dict(
        campaigns=[campaign],
        posts=posts,
        accounts=accounts,
        segments=segments,
        start=START,
        end=END,
        rates=rates,
    )
    values.update(changes)
    return CoverageInput(**values)
