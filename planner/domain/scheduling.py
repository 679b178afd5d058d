"""Scheduling rules: the next good slot, warnings about a post's time, and crisis pausing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from planner.domain.model import Account, BestTime, Campaign, Platform, Post, PostStatus

MIN_GAP = dt.timedelta(hours=1)  # two posts on one account should be at least this far apart


class WarningCode(StrEnum):
    """What may be wrong with a post's time; the UI maps each to a translated message."""

    SAME_ACCOUNT_WITHIN_HOUR = "same_account_within_hour"
    OUTSIDE_CAMPAIGN = "outside_campaign"
    OUTSIDE_PHASE = "outside_phase"
    ON_QUIET_OCCASION = "on_quiet_occasion"


@dataclass(frozen=True)
class ScheduleWarning:
    """One warning about a post's time, with what it concerns."""

    code: WarningCode
    platform: Platform | None = None  # the account's platform, for same_account_within_hour
    other_post_id: int | None = None  # the post it clashes with
    account_id: int | None = None  # the institution's account on that platform, if known


def _check_best_times(best_times: Iterable[BestTime]) -> None:
    """Refuse best times that name no real weekday or hour."""
    for bt in best_times:
        if not (0 <= bt.weekday <= 6 and 0 <= bt.hour <= 23):
            raise ValueError(f"best time out of range: {bt}")


def suggest_slot(
    after: dt.datetime,
    best_times: list[BestTime],
    taken: list[dt.datetime],
    quiet_days: Collection[dt.date] = frozenset(),
    window_days: int = 14,
) -> dt.datetime | None:
    """The first best-time slot later than `after` and within `window_days` of it that is
    at least an hour from every taken time and not on a quiet day; None if there is none.

    A slot is a best time's weekday at its hour, minute 0, in `after`'s time zone (naive
    local Muscat time in the app). `taken` holds the times already used on the account.
    """
    _check_best_times(best_times)
    hours_by_weekday: dict[int, list[int]] = {}
    for bt in best_times:
        hours_by_weekday.setdefault(bt.weekday, []).append(bt.hour)
    limit = after + dt.timedelta(days=window_days)
    for offset in range(window_days + 1):
        day = after.date() + dt.timedelta(days=offset)
        if day in quiet_days:
            continue
        for hour in sorted(set(hours_by_weekday.get(day.weekday(), []))):
            slot = dt.datetime.combine(day, dt.time(hour), tzinfo=after.tzinfo)
            if slot <= after:
                continue
            if slot > limit:
                return None
            if all(abs(slot - t) >= MIN_GAP for t in taken):
                return slot
    return None


def _same_post(a: Post, b: Post) -> bool:
    """Whether two objects stand for the same post (the same object, or the same saved id)."""
    return a is b or (a.id is not None and a.id == b.id)


def conflicts(
    post: Post,
    others: Iterable[Post],
    campaign: Campaign | None = None,
    quiet_days: Collection[dt.date] = frozenset(),
    accounts_by_platform: Mapping[Platform, Account] | None = None,
) -> list[ScheduleWarning]:
    """Every warning about a scheduled post's time, in a stable order.

    - same_account_within_hour: another post on one of its platforms less than an hour
      away (one warning per clashing post and platform); cancelled posts do not count.
    - outside_campaign: the date falls outside its campaign's start-end.
    - outside_phase: the date falls outside its phase (looked up in the campaign).
    - on_quiet_occasion: the date is a quiet day.
    A post with no time, or cancelled, has no warnings.
    """
    when = post.scheduled_at
    if when is None or post.status is PostStatus.CANCELLED:
        return []
    accounts = accounts_by_platform or {}
    warnings: list[ScheduleWarning] = []
    clashing = sorted(
        (
            o
            for o in others
            if not _same_post(o, post)
            and o.scheduled_at is not None
            and o.status is not PostStatus.CANCELLED
            and abs(o.scheduled_at - when) < MIN_GAP
        ),
        key=lambda o: (o.scheduled_at or when, o.id or 0),
    )
    for other in clashing:
        for platform in Platform:
            if platform in post.platforms and platform in other.platforms:
                account = accounts.get(platform)
                warnings.append(
                    ScheduleWarning(
                        WarningCode.SAME_ACCOUNT_WITHIN_HOUR,
                        platform,
                        other.id,
                        account.id if account else None,
                    )
                )
    day = when.date()
    if campaign is not None:
        if not campaign.start <= day <= campaign.end:
            warnings.append(ScheduleWarning(WarningCode.OUTSIDE_CAMPAIGN))
        phase = next(
            (p for p in campaign.phases if post.phase_id is not None and p.id == post.phase_id),
            None,
        )
        if phase is not None and not phase.start <= day <= phase.end:
            warnings.append(ScheduleWarning(WarningCode.OUTSIDE_PHASE))
    if day in quiet_days:
        warnings.append(ScheduleWarning(WarningCode.ON_QUIET_OCCASION))
    return warnings


def pause_all(posts: Iterable[Post], reason: str) -> list[Post]:
    """Crisis pause: every scheduled post becomes paused, remembering it was scheduled.

    Returns the posts in the same order, paused ones as new objects and the rest as they
    were; the input is not modified. The reason is required (a pause must say why) but a
    Post has no field for it: the caller records it once, with the incident and the undo
    step, rather than on every post.
    """
    if not reason.strip():
        raise ValueError("a pause needs a reason")
    return [
        replace(p, status=PostStatus.PAUSED, status_before_pause=PostStatus.SCHEDULED)
        if p.status is PostStatus.SCHEDULED
        else p
        for p in posts
    ]


def resume(posts: Iterable[Post]) -> list[Post]:
    """Undo a crisis pause: each paused post that remembers its state gets it back exactly.

    A post paused by hand (no remembered state) stays paused; others are left alone.
    Returns the posts in the same order; the input is not modified.
    """
    return [
        replace(p, status=p.status_before_pause, status_before_pause=None)
        if p.status is PostStatus.PAUSED and p.status_before_pause is not None
        else p
        for p in posts
    ]
