"""Charts 4-6 of the plan: estimated reach against the target, budget, and posting times."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from planner.domain.coverage.values import CoverageInput, ReachRate
from planner.domain.model import Metric, Platform


def rates_from(data: dict[str, dict[str, object]]) -> dict[Platform, ReachRate]:
    """Default reach rates from the bundled table {"x": {"rate": 0.05, "source": "..."}}.

    Raises ValueError when a rate is missing or not a fraction between 0 and 1.
    """
    rates = {}
    for key, entry in data.items():
        platform = Platform(key)
        rate = entry.get("rate")
        if not isinstance(rate, int | float) or not 0 <= rate <= 1:
            raise ValueError(f"{key}: rate must be a fraction between 0 and 1")
        rates[platform] = ReachRate(platform, float(rate), str(entry.get("source", "")))
    return rates


@dataclass(frozen=True)
class ReachRow:
    """One platform's estimate: posts x followers x reach rate."""

    platform: Platform
    posts: int
    followers: int
    rate: float
    estimate: int


@dataclass(frozen=True)
class ReachFacts:
    """What the reach chart says in one sentence."""

    total: int
    target: float | None
    share_of_target: float | None  # total / target
    top_platform: Platform | None
    top_share: float


@dataclass
class ReachData:
    """Estimated reach per platform, their total, and the campaigns' reach target."""

    rows: list[ReachRow]
    target: float | None
    facts: ReachFacts

    @property
    def total(self) -> int:
        return sum(r.estimate for r in self.rows)


def estimate_reach(inp: CoverageInput) -> ReachData:
    """Planned posts x the accounts' followers x the platform's reach rate, per platform."""
    posts = Counter(s.platform for s in inp.slots())
    rows = []
    for platform in inp.platforms():
        rate = inp.rates.get(platform)
        value = rate.rate if rate else 0.0
        followers = inp.followers(platform)
        rows.append(
            ReachRow(
                platform,
                posts[platform],
                followers,
                value,
                round(posts[platform] * followers * value),
            )
        )
    targets = [
        k.target
        for c in inp.campaigns
        for o in c.objectives
        for k in o.kpis
        if k.metric is Metric.REACH
    ]
    target = sum(targets) if targets else None
    total = sum(r.estimate for r in rows)
    top = max(rows, key=lambda r: r.estimate, default=None)
    facts = ReachFacts(
        total,
        target,
        total / target if target else None,
        top.platform if top and top.estimate else None,
        top.estimate / total if top and total else 0.0,
    )
    return ReachData(rows, target, facts)


@dataclass(frozen=True)
class BudgetFacts:
    """What the budget chart says: the total, where most of it goes, money without posts."""

    total_baisa: int
    top_platform: Platform | None
    top_share: float
    without_posts: list[Platform]


@dataclass
class BudgetData:
    """Paid promotion per platform, in baisa."""

    rows: list[tuple[Platform, int]]
    facts: BudgetFacts


def budget(inp: CoverageInput) -> BudgetData:
    """Sum the campaigns' budget lines per platform, in the canonical platform order."""
    amounts: Counter[Platform] = Counter()
    for campaign in inp.campaigns:
        for line in campaign.budget:
            amounts[line.platform] += line.amount_baisa
    rows = [(p, amounts[p]) for p in Platform if amounts[p]]
    total = sum(amounts.values())
    posted = {s.platform for s in inp.slots()}
    top = max(rows, key=lambda r: r[1], default=None)
    facts = BudgetFacts(
        total,
        top[0] if top else None,
        top[1] / total if top and total else 0.0,
        [p for p, _ in rows if p not in posted],
    )
    return BudgetData(rows, facts)


@dataclass(frozen=True)
class TimesFacts:
    """How many planned posts go out in one of their account's best hours."""

    total: int
    on_best: int
    with_best_times: int  # posts whose platform has best times at all


@dataclass
class TimesData:
    """Planned posts by weekday (0 = Monday) and hour, and the accounts' best hours."""

    counts: list[list[int]]  # [weekday][hour]
    best: dict[tuple[int, int], list[Platform]]
    facts: TimesFacts


def posting_times(inp: CoverageInput) -> TimesData:
    """Where the planned posting times fall against the accounts' best posting times."""
    counts = [[0] * 24 for _ in range(7)]
    best: dict[tuple[int, int], list[Platform]] = {}
    by_platform: dict[Platform, set[tuple[int, int]]] = {}
    for account in inp.channel_accounts():
        for t in account.best_times:
            by_platform.setdefault(account.platform, set()).add((t.weekday, t.hour))
            platforms = best.setdefault((t.weekday, t.hour), [])
            if account.platform not in platforms:
                platforms.append(account.platform)
    total = on_best = with_best = 0
    for slot in inp.slots():
        when: dt.datetime = slot.when
        counts[when.weekday()][when.hour] += 1
        total += 1
        hours = by_platform.get(slot.platform)
        if hours:
            with_best += 1
            on_best += (when.weekday(), when.hour) in hours
    for platforms in best.values():
        platforms.sort(key=list(Platform).index)
    return TimesData(counts, best, TimesFacts(total, on_best, with_best))
