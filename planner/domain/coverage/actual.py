"""Chart 7: planned against actual per platform and per KPI, and follower growth."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.coverage.reach import estimate_reach
from planner.domain.coverage.values import CoverageInput, PostStat
from planner.domain.metrics import achievement
from planner.domain.model import Account, Campaign, Kpi, Metric, Platform


@dataclass(frozen=True)
class PlatformActual:
    """One platform: the estimate of the plan and what the statistics say."""

    platform: Platform
    planned_posts: int
    measured_posts: int  # planned posts with imported figures
    estimated_reach: int  # of all the planned posts
    estimated_measured: int  # of the measured posts only: what `actual_reach` compares with
    actual_reach: int  # reach, or impressions where the export has no reach (X)


@dataclass(frozen=True)
class KpiActual:
    """A KPI with its actual value: typed in, or measured from the imported figures."""

    campaign: str
    metric: Metric
    unit: str
    baseline: float
    target: float
    actual: float | None
    measured: bool  # True when computed from statistics or follower counts
    achievement: float | None  # percent of the way from baseline to target


@dataclass(frozen=True)
class FollowerSeries:
    """An account's follower counts over the period (and the last one before it)."""

    account_id: int
    platform: Platform
    handle: str
    points: list[tuple[dt.date, int]]

    @property
    def growth(self) -> int:
        return self.points[-1][1] - self.points[0][1] if len(self.points) > 1 else 0


@dataclass(frozen=True)
class ActualFacts:
    """What chart 7 says in one sentence."""

    planned: int
    measured: int
    estimated: int
    actual: int
    kpis_met: int
    kpis_known: int
    follower_growth: int


@dataclass
class ActualData:
    """Planned against actual: per platform, per KPI, and followers over time."""

    platforms: list[PlatformActual]
    kpis: list[KpiActual]
    followers: list[FollowerSeries]
    facts: ActualFacts

    @property
    def empty(self) -> bool:
        """True when nothing actual is known yet (no figures, no KPI actuals, no counts)."""
        return (
            not any(p.measured_posts for p in self.platforms)
            and not any(k.actual is not None for k in self.kpis)
            and not any(len(s.points) > 1 for s in self.followers)
        )


def _seen(row: PostStat) -> int:
    return row.reach if row.reach is not None else (row.impressions or 0)


def actual(inp: CoverageInput) -> ActualData:
    """Put the imported figures and follower counts beside the plan."""
    post_campaign = {p.id: p.campaign_id for p in inp.posts if p.id is not None}
    rows = [r for r in inp.stats if r.post_id is not None and r.post_id in post_campaign]
    estimate = {r.platform: r for r in estimate_reach(inp).rows}
    planned = {p: 0 for p in estimate}
    for slot in inp.slots():
        planned[slot.platform] = planned.get(slot.platform, 0) + 1
    platforms = []
    for platform in [p for p in Platform if p in planned]:
        mine = [r for r in rows if r.platform is platform]
        est = estimate.get(platform)
        per_post = est.followers * est.rate if est else 0.0
        platforms.append(
            PlatformActual(
                platform,
                planned[platform],
                len(mine),
                est.estimate if est else 0,
                round(len(mine) * per_post),
                sum(map(_seen, mine)),
            )
        )
    series = _followers(inp, inp.channel_accounts(), inp.start, inp.end)
    kpis = [
        _kpi(inp, c, k, [r for r in rows if post_campaign.get(r.post_id or 0) == c.id])
        for c in inp.campaigns
        for o in c.objectives
        for k in o.kpis
    ]
    known = [k for k in kpis if k.achievement is not None]
    facts = ActualFacts(
        planned=sum(p.planned_posts for p in platforms),
        measured=sum(p.measured_posts for p in platforms),
        estimated=sum(p.estimated_measured for p in platforms),
        actual=sum(p.actual_reach for p in platforms),
        kpis_met=sum(1 for k in known if (k.achievement or 0) >= 100),
        kpis_known=len(known),
        follower_growth=sum(s.growth for s in series),
    )
    return ActualData(platforms, kpis, series, facts)


def _followers(
    inp: CoverageInput, accounts: list[Account], start: dt.date, end: dt.date
) -> list[FollowerSeries]:
    """Each account's counts from `start` to `end`, led by the last count before `start`."""
    result = []
    for account in accounts:
        if account.id is None:
            continue
        counts = sorted(
            (c for c in inp.follower_counts if c.account_id == account.id), key=lambda c: c.day
        )
        before = [c for c in counts if c.day < start]
        inside = [c for c in counts if start <= c.day <= end]
        points = [(c.day, c.followers) for c in ([before[-1]] if before else []) + inside]
        if points:
            result.append(FollowerSeries(account.id, account.platform, account.handle, points))
    return result


def _kpi(inp: CoverageInput, campaign: Campaign, kpi: Kpi, rows: list[PostStat]) -> KpiActual:
    value, measured = kpi.actual, False
    if value is None:
        mine = [
            a
            for a in inp.accounts
            if not campaign.channel_account_ids or a.id in campaign.channel_account_ids
        ]
        value = _measure(kpi.metric, rows, _followers(inp, mine, campaign.start, campaign.end))
        measured = value is not None
    reached = achievement(Kpi(kpi.metric, kpi.baseline, kpi.target, actual=value))
    return KpiActual(
        campaign.name, kpi.metric, kpi.unit, kpi.baseline, kpi.target, value, measured, reached
    )


def _measure(metric: Metric, rows: list[PostStat], series: list[FollowerSeries]) -> float | None:
    """A KPI's actual value from the campaign's figures; None when they cannot say it."""
    if metric is Metric.FOLLOWERS_GAINED:
        grown = [s for s in series if len(s.points) > 1]  # a count inside the campaign
        return float(sum(s.growth for s in grown)) if grown else None
    if not rows:
        return None
    if metric is Metric.REACH:
        return float(sum(map(_seen, rows)))
    if metric is Metric.IMPRESSIONS:
        known = [r.impressions for r in rows if r.impressions is not None]
        return float(sum(known)) if known else None
    if metric is Metric.ENGAGEMENT_RATE:
        pairs = [(r.engagements, _seen(r)) for r in rows if r.engagements is not None]
        seen = sum(s for _, s in pairs)
        return 100 * sum(e or 0 for e, _ in pairs) / seen if seen else None
    return None
