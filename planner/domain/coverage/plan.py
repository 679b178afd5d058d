"""Charts 1-3 of the plan: posts per platform per week, platform x day, segment x platform."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from planner.domain.coverage.values import NOT_PLANNED, CoverageInput, OccasionMark, week_start
from planner.domain.model import Platform


@dataclass(frozen=True)
class PhaseSpan:
    """A campaign phase, clipped to the charted period."""

    name: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class PlatformWeekFacts:
    """What the weekly chart says in one sentence."""

    total: int
    top_platform: Platform | None
    top_share: float
    busiest_week: dt.date | None
    busiest_count: int
    empty_weeks: int
    posts: int = 0  # the planned posts behind `total` (which counts each on every platform)
    outside: int = 0  # planned posts of the campaigns dated outside the period: not counted


@dataclass
class PlatformWeekData:
    """Planned posts per platform per week (weeks open on Sunday), with the phases."""

    weeks: list[dt.date]
    platforms: list[Platform]
    counts: dict[Platform, list[int]]
    phases: list[PhaseSpan]
    facts: PlatformWeekFacts

    def week_totals(self) -> list[int]:
        return [sum(self.counts[p][i] for p in self.platforms) for i in range(len(self.weeks))]


def platform_week(inp: CoverageInput) -> PlatformWeekData:
    """Count the planned posts of each platform in each week of the period."""
    first, last = week_start(inp.start), week_start(inp.end)
    weeks = [first + dt.timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    index = {w: i for i, w in enumerate(weeks)}
    counts: dict[Platform, list[int]] = {}
    posts: set[int] = set()
    for slot in inp.slots():
        posts.add(id(slot.post))
        row = counts.setdefault(slot.platform, [0] * len(weeks))
        row[index[week_start(slot.when.date())]] += 1
    platforms = [p for p in Platform if p in counts]
    phases = [
        PhaseSpan(ph.name, max(ph.start, inp.start), min(ph.end, inp.end))
        for c in inp.campaigns
        if inp.single
        for ph in c.phases
        if ph.end >= inp.start and ph.start <= inp.end
    ]
    data = PlatformWeekData(
        weeks, platforms, counts, phases, PlatformWeekFacts(0, None, 0.0, None, 0, 0)
    )
    totals = data.week_totals()
    total = sum(totals)
    if total:
        per_platform = {p: sum(counts[p]) for p in platforms}
        top = max(platforms, key=lambda p: per_platform[p])
        busiest = max(range(len(weeks)), key=lambda i: totals[i])
        data.facts = PlatformWeekFacts(
            total,
            top,
            per_platform[top] / total,
            weeks[busiest],
            totals[busiest],
            sum(1 for t in totals if t == 0),
            len(posts),
        )
    outside = sum(
        1
        for p in inp.posts
        if p.scheduled_at is not None
        and p.status not in NOT_PLANNED
        and not inp.start <= p.scheduled_at.date() <= inp.end
    )
    if outside:
        data.facts = replace(data.facts, outside=outside)
    return data


@dataclass(frozen=True)
class HeatmapFacts:
    """What the day-by-day chart says in one sentence."""

    total: int
    busiest_day: dt.date | None
    busiest_count: int
    empty_days: int
    days: int
    occasion_posts: int  # planned posts on days with an occasion


@dataclass
class HeatmapData:
    """Planned posts of each platform (rows) on each day (columns) of the period."""

    days: list[dt.date]
    platforms: list[Platform]
    counts: list[list[int]]  # [platform][day]
    occasions: list[OccasionMark]
    facts: HeatmapFacts


def heatmap(inp: CoverageInput) -> HeatmapData:
    """Count the planned posts per platform per day; occasions of the period ride along."""
    days = inp.days()
    index = {d: i for i, d in enumerate(days)}
    platforms = inp.platforms()
    rows = {p: [0] * len(days) for p in platforms}
    for slot in inp.slots():
        rows.setdefault(slot.platform, [0] * len(days))[index[slot.when.date()]] += 1
    platforms = [p for p in Platform if p in rows]
    counts = [rows[p] for p in platforms]
    per_day = [sum(col) for col in zip(*counts, strict=True)] if counts else [0] * len(days)
    occasions = sorted(
        (o for o in inp.occasions if inp.start <= o.day <= inp.end), key=lambda o: o.day
    )
    occasion_days = {o.day for o in occasions}
    busiest = max(range(len(days)), key=lambda i: per_day[i]) if days else None
    facts = HeatmapFacts(
        total=sum(per_day),
        busiest_day=days[busiest] if busiest is not None and per_day[busiest] else None,
        busiest_count=per_day[busiest] if busiest is not None else 0,
        empty_days=sum(1 for n in per_day if n == 0),
        days=len(days),
        occasion_posts=sum(n for d, n in zip(days, per_day, strict=True) if d in occasion_days),
    )
    return HeatmapData(days, platforms, counts, occasions, facts)


@dataclass(frozen=True)
class SegmentRow:
    """A target segment: its id and name."""

    id: int
    name: str


@dataclass(frozen=True)
class SegmentFacts:
    """What the segment chart says: how many target segments the plan reaches, and whether
    the busiest platform reaches them."""

    targets: int
    covered: int
    uncovered: list[str]
    top_platform: Platform | None
    top_share: float
    top_reaches: int  # target segments the busiest platform reaches


@dataclass
class SegmentCoverageData:
    """Planned posts reaching each target segment (rows) through each platform (columns)."""

    segments: list[SegmentRow]
    platforms: list[Platform]
    counts: list[list[int]]  # [segment][platform]
    facts: SegmentFacts

    def uncovered(self) -> list[int]:
        """Row indexes of the segments no planned post reaches."""
        return [i for i, row in enumerate(self.counts) if not any(row)]


def reaches(inp: CoverageInput) -> dict[int, set[Platform]]:
    """Which platforms reach each segment: the segment's own list and the accounts' segments."""
    found: dict[int, set[Platform]] = {
        s.id: set(s.platforms) for s in inp.segments if s.id is not None
    }
    for account in inp.accounts:
        for segment_id in account.segment_ids:
            found.setdefault(segment_id, set()).add(account.platform)
    return found


def segment_coverage(inp: CoverageInput) -> SegmentCoverageData:
    """A post on a platform reaches a segment when the platform reaches it or the post is
    aimed at it. Target segments are the campaigns' audience (every segment when none)."""
    by_id = {s.id: s for s in inp.segments if s.id is not None}
    wanted = list(
        dict.fromkeys(
            a.segment_id for c in inp.campaigns for a in c.audience if a.segment_id in by_id
        )
    ) or list(by_id)
    platforms = inp.platforms()
    reach = reaches(inp)
    counts = {(s, p): 0 for s in wanted for p in platforms}
    per_platform: Counter[Platform] = Counter()
    for slot in inp.slots():
        per_platform[slot.platform] += 1
        for s in wanted:
            if slot.platform in reach.get(s, set()) or slot.post.segment_id == s:
                counts[(s, slot.platform)] = counts.get((s, slot.platform), 0) + 1
    platforms = [p for p in Platform if p in platforms or p in per_platform]
    matrix = [[counts.get((s, p), 0) for p in platforms] for s in wanted]
    rows = [SegmentRow(s, by_id[s].name) for s in wanted]
    uncovered = [rows[i].name for i, row in enumerate(matrix) if not any(row)]
    total = sum(per_platform.values())
    top = max(per_platform, key=lambda p: (per_platform[p], -list(Platform).index(p)), default=None)
    top_reaches = sum(1 for s in wanted if top in reach.get(s, set())) if top else 0
    facts = SegmentFacts(
        len(wanted),
        len(wanted) - len(uncovered),
        uncovered,
        top,
        per_platform[top] / total if top and total else 0.0,
        top_reaches,
    )
    return SegmentCoverageData(rows, platforms, matrix, facts)
