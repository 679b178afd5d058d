"""The sample's actual figures: follower counts by hand and one statistics row per published
post and platform (resources/sample/coverage.json), matched to the plan as an import is."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from planner.domain.coverage.matching import match
from planner.domain.coverage.values import PostStat
from planner.domain.model import Platform, PostStatus
from planner.storage.workspace import Workspace


def _spread(*parts: object) -> float:
    """A repeatable factor between 0.7 and 1.35, so posts differ as real ones do."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return 0.7 + 0.65 * digest[0] / 255


def load_coverage_sample(workspace: Workspace, source: Path, today: dt.date) -> None:
    """Add the sample's follower counts and post statistics, in one transaction."""
    data = json.loads(source.read_text("utf-8"))
    accounts = {a.platform: a for a in workspace.accounts.list()}
    rows: list[PostStat] = []
    for summary in workspace.campaigns.summaries():
        for post in workspace.posts.for_campaign(summary.id):
            if post.status is not PostStatus.PUBLISHED or post.scheduled_at is None:
                continue
            for platform in post.platforms:
                account = accounts.get(platform)
                figures = data["published"].get(platform.value)
                if account is None or figures is None:
                    continue
                factor = _spread(post.id, platform.value)
                seen = round(account.followers * figures["reach"] * factor)
                when = post.scheduled_at + dt.timedelta(minutes=figures["minutes_late"])
                rows.append(
                    PostStat(
                        platform=platform,
                        published_at=when,
                        published_on=when.date(),
                        external_id=f"sample-{post.id}-{platform.value}",
                        text=post.text_for(platform)[:80],
                        reach=None if platform is Platform.X else seen,  # X exports no reach
                        impressions=round(seen * 1.7),
                        engagements=round(seen * figures["engagement"] * _spread(post.id)),
                    )
                )
    for extra in data["unmatched"]:
        hour, minute = (int(x) for x in extra["time"].split(":"))
        when = dt.datetime.combine(today + dt.timedelta(days=extra["day"]), dt.time(hour, minute))
        rows.append(
            PostStat(
                platform=Platform(extra["platform"]),
                published_at=when,
                published_on=when.date(),
                external_id=f"sample-extra-{len(rows)}",
                text=extra["text"],
                reach=extra.get("reach"),
                impressions=extra.get("impressions"),
                engagements=extra.get("engagements"),
            )
        )
    posts = [p for s in workspace.campaigns.summaries() for p in workspace.posts.for_campaign(s.id)]
    match(rows, posts)
    with workspace.transaction():
        for key, counts in data["followers"].items():
            account = accounts.get(Platform(key))
            if account is None or account.id is None:
                continue
            for offset, followers in counts.items():
                workspace.coverage.set_followers(
                    account.id, today + dt.timedelta(days=int(offset)), followers
                )
        workspace.coverage.save_stats(rows)
