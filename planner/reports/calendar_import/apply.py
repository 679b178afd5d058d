"""Storing checked posts: campaigns named but missing created, rows already there skipped,
updated or added as the officer chose; all in one transaction, with what undo needs."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field, replace

from planner.domain import progress as progress_
from planner.domain.model import Campaign, Post
from planner.domain.progress import Progress
from planner.reports.calendar_import.model import CampaignName, Names, OnDuplicate, Parsed
from planner.storage.workspace import Workspace


@dataclass
class Outcome:
    """What an import did: posts added, posts replaced (with their versions before), skipped
    rows, campaigns created."""

    added: list[int] = field(default_factory=list)
    replaced: list[Post] = field(default_factory=list)  # the stored versions before the import
    skipped: int = 0
    campaigns: list[int] = field(default_factory=list)


def find_existing(ws: Workspace, posts: list[Post]) -> list[Post | None]:
    """For each post to import, the stored post it repeats: the same key, or (for a file
    without keys) the same date, time and text. Two queries, whatever the number of rows."""
    by_key = ws.posts.by_key(p.key for p in posts)
    times = [p.scheduled_at for p in posts if p.scheduled_at is not None and p.key not in by_key]
    by_time: dict[tuple[dt.datetime | None, str], Post] = {}
    if times:
        stored = ws.posts.between(min(times), max(times) + dt.timedelta(minutes=1))
        by_time = {(p.scheduled_at, p.base_text): p for p in reversed(stored)}
    if any(p.scheduled_at is None for p in posts):
        by_time.update({(None, p.base_text): p for p in reversed(ws.posts.unscheduled())})
    found: list[Post | None] = []
    for post in posts:
        match = by_key.get(post.key) if post.key else None
        if match is None:
            match = by_time.get((post.scheduled_at, post.base_text))
        found.append(match)
    return found


def duplicates(ws: Workspace, parsed: Parsed) -> list[int]:
    """The sheet rows whose post is already in the workspace."""
    existing = find_existing(ws, parsed.posts)
    return [row for row, match in zip(parsed.rows, existing, strict=True) if match is not None]


def store(
    ws: Workspace, parsed: Parsed, on_duplicate: OnDuplicate, progress: Progress | None = None
) -> Outcome:
    """Store the parsed posts; nothing is stored when any step fails, or when `progress`
    (rows done, rows) asks to stop, or on Ctrl+C: it is one transaction."""
    outcome = Outcome()
    posts = copy.deepcopy(parsed.posts)
    with ws.transaction():
        created: dict[str, int] = {}
        for name in parsed.new_campaigns:
            days = [
                p.scheduled_at.date()
                for i, p in enumerate(posts)
                if parsed.campaign_of.get(i) == name and p.scheduled_at is not None
            ]
            start = min(days, default=dt.date.today())
            created[name] = ws.campaigns.save(Campaign(name, start, max(days, default=start)))
            outcome.campaigns.append(created[name])
        for i, name in parsed.campaign_of.items():
            posts[i].campaign_id = created[name]
        existing = find_existing(ws, posts)
        for done, (post, match) in enumerate(zip(posts, existing, strict=True)):
            progress_.step(progress, done, len(posts))
            if match is not None and on_duplicate is OnDuplicate.SKIP:
                outcome.skipped += 1
                continue
            if match is not None and on_duplicate is OnDuplicate.UPDATE:
                outcome.replaced.append(match)
                ws.posts.save(replace(post, id=match.id, key=match.key))
                continue
            if match is not None:
                post.key = ""  # a second copy: a key of its own
            outcome.added.append(ws.posts.save(post))
    return outcome


def undo(ws: Workspace, outcome: Outcome) -> None:
    """Take an import back: added posts and created campaigns removed, replaced posts as before."""
    with ws.transaction():
        for post_id in outcome.added:
            ws.posts.delete(post_id)
        for post in outcome.replaced:
            ws.posts.save(copy.deepcopy(post))
        for campaign_id in outcome.campaigns:
            ws.campaigns.delete(campaign_id)


def workspace_names(ws: Workspace) -> Names:
    """What a sheet may name: campaigns with their key messages and phases, segments, and the
    accounts' handles."""
    campaigns = []
    for campaign_id, name, name_en, _colour in ws.calendar.campaign_names():
        plan = ws.campaigns.get(campaign_id)
        messages = [(m.id, t) for m in plan.messages if m.id for t in (m.text, m.text_en) if t]
        phases = tuple((p.id, p.name) for p in plan.phases if p.id)
        campaigns.append(CampaignName(campaign_id, name, name_en, tuple(messages), phases))
    segments = [(s.id, s.name) for s in ws.segments.list() if s.id is not None]
    accounts = [(a.platform, a.handle) for a in ws.accounts.list()]
    return Names(campaigns, segments, accounts)
