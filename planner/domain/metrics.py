"""How far a campaign got: the achieved percentage of each KPI."""

from __future__ import annotations

import math

from planner.domain.model import Kpi


def achievement(kpi: Kpi) -> float | None:
    """The share of the way from baseline to target that the actual value covered, in percent.

    (actual - baseline) / (target - baseline) * 100: 100 means the target was met exactly,
    more means it was exceeded, a negative value means things went the wrong way. It works
    unchanged for "lower is better" metrics such as response time, whose target is below the
    baseline. None when there is no actual value yet, or when target equals baseline (nothing
    to measure against), or when a value is not a finite number.
    """
    if kpi.actual is None or kpi.target == kpi.baseline:
        return None
    result = (kpi.actual - kpi.baseline) / (kpi.target - kpi.baseline) * 100
    return result if math.isfinite(result) else None
