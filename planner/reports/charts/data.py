"""What the coverage charts show, read from a workspace: one campaign, or a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from planner.domain.coverage.values import CoverageInput, OccasionMark
from planner.domain.occasions import occasions_between
from planner.storage.workspace import Workspace


@dataclass(frozen=True)
class Selection:
    """One campaign (its own dates), or every campaign overlapping a period."""

    campaign_id: int | None = None
    start: dt.date | None = None
    end: dt.date | None = None


def collect(ws: Workspace, selection: Selection) -> CoverageInput:
    """Read everything the seven charts need for `selection` (KeyError: no such campaign)."""
    if selection.campaign_id is not None:
        campaign = ws.campaigns.get(selection.campaign_id)
        campaigns = [campaign]
        start, end = campaign.start, campaign.end
        posts = ws.posts.for_campaign(selection.campaign_id)
    else:
        assert selection.start is not None and selection.end is not None
        start, end = selection.start, selection.end
        campaigns = [
            ws.campaigns.get(s.id)
            for s in reversed(ws.campaigns.summaries())
            if s.start <= end and s.end >= start
        ]
        posts = ws.posts.between(
            dt.datetime.combine(start, dt.time()),
            dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
        )
        ids = {c.id for c in campaigns}
        posts = [p for p in posts if p.campaign_id in ids]
    occasions = [OccasionMark(o.date, o.name_ar, o.name_en) for o in occasions_between(start, end)]
    return CoverageInput(
        campaigns=campaigns,
        posts=posts,
        accounts=ws.accounts.list(),
        segments=ws.segments.list(),
        start=start,
        end=end,
        rates=ws.coverage.rates(),
        follower_counts=ws.coverage.follower_counts(),
        stats=ws.coverage.stats_between(start - dt.timedelta(days=1), end + dt.timedelta(days=1)),
        occasions=occasions,
    )
