"""Coverage of the plan and how it went: plain data for the seven charts (no Qt, no SQL)."""

from planner.domain.coverage.actual import ActualData, FollowerSeries, KpiActual, actual
from planner.domain.coverage.plan import (
    HeatmapData,
    PlatformWeekData,
    SegmentCoverageData,
    heatmap,
    platform_week,
    segment_coverage,
)
from planner.domain.coverage.reach import (
    BudgetData,
    ReachData,
    TimesData,
    budget,
    estimate_reach,
    posting_times,
)
from planner.domain.coverage.values import (
    CoverageInput,
    FollowerCount,
    OccasionMark,
    PostStat,
    ReachRate,
)

__all__ = [
    "ActualData",
    "BudgetData",
    "CoverageInput",
    "FollowerCount",
    "FollowerSeries",
    "HeatmapData",
    "KpiActual",
    "OccasionMark",
    "PlatformWeekData",
    "PostStat",
    "ReachData",
    "ReachRate",
    "SegmentCoverageData",
    "TimesData",
    "actual",
    "budget",
    "estimate_reach",
    "heatmap",
    "platform_week",
    "posting_times",
    "segment_coverage",
]
