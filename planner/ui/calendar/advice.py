"""What the composer advises about a post's time: a good free slot, and warnings (no Qt here)."""

from __future__ import annotations

import datetime as dt

from planner.domain.calendar import PostFilter
from planner.domain.model import Account, Campaign, Post
from planner.domain.occasions import occasions_between
from planner.domain.scheduling import MIN_GAP, ScheduleWarning, conflicts, suggest_slot
from planner.storage.workspace import Workspace

WINDOW_DAYS = 14


def quiet_days(ws: Workspace, start: dt.date, end: dt.date) -> set[dt.date]:
    """Days in [start, end] on which an occasion (reference or local) is flagged quiet."""
    days = {o.date for o in occasions_between(start, end) if o.quiet}
    for local in ws.calendar.occasions.between(start, end):
        if local.quiet:
            day = max(local.start, start)
            while day <= min(local.end, end):
                days.add(day)
                day += dt.timedelta(days=1)
    return days


def account_for(ws: Workspace, post: Post) -> Account | None:
    """The account a post's time is chosen for: on its first platform, reaching its segment
    if one does."""
    if not post.platforms:
        return None
    accounts = [a for a in ws.accounts.list() if a.platform is post.platforms[0]]
    for account in accounts:
        if post.segment_id is not None and post.segment_id in account.segment_ids:
            return account
    return accounts[0] if accounts else None


def suggestion(ws: Workspace, post: Post, now: dt.datetime) -> dt.datetime | None:
    """The next free best-time slot of the post's account after now (or after its own time)."""
    account = account_for(ws, post)
    if account is None or not account.best_times:
        return None
    after = max(now, post.scheduled_at or now)
    end = after + dt.timedelta(days=WINDOW_DAYS + 1)
    taken = [
        c.scheduled_at
        for c in ws.calendar.chips(after - MIN_GAP, end, PostFilter(platform=account.platform))
        if c.scheduled_at is not None and c.id != post.id
    ]
    return suggest_slot(
        after, account.best_times, taken, quiet_days(ws, after.date(), end.date()), WINDOW_DAYS
    )


def warnings(ws: Workspace, post: Post) -> list[ScheduleWarning]:
    """Clashes within an hour on the same account, dates outside the campaign or phase,
    quiet days: scheduling.conflicts on the posts around this one."""
    when = post.scheduled_at
    if when is None:
        return []
    others = ws.posts.between(when - MIN_GAP, when + MIN_GAP + dt.timedelta(minutes=1))
    campaign: Campaign | None = None
    if post.campaign_id is not None:
        try:
            campaign = ws.campaigns.get(post.campaign_id)
        except KeyError:
            campaign = None
    accounts = {a.platform: a for a in ws.accounts.list()}
    return conflicts(post, others, campaign, quiet_days(ws, when.date(), when.date()), accounts)
