"""Slot suggestion, schedule warnings, and pausing / resuming posts in a crisis."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.model import (
    Account,
    BestTime,
    Campaign,
    Phase,
    Platform,
    Post,
    PostStatus,
)
from planner.domain.scheduling import (
    MIN_GAP,
    ScheduleWarning,
    WarningCode,
    conflicts,
    pause_all,
    resume,
    suggest_slot,
)

T = dt.datetime
D = dt.date
# 2026-11-23 is a Monday (weekday 0).
EVENINGS = [BestTime(0, 20), BestTime(2, 20), BestTime(3, 9), BestTime(3, 21)]


def test_next_best_time_after_a_moment() -> None:
    """From Monday 18:00 the next slot is Monday 20:00; from 20:00 it is Wednesday 20:00."""
    assert suggest_slot(T(2026, 11, 23, 18, 0), EVENINGS, [], set()) == T(2026, 11, 23, 20)
    assert suggest_slot(T(2026, 11, 23, 20, 0), EVENINGS, [], set()) == T(2026, 11, 25, 20)


def test_taken_times_within_an_hour_are_skipped() -> None:
    """A post at 20:30 blocks the 20:00 slot; one exactly an hour away does not."""
    after = T(2026, 11, 23, 8)
    assert suggest_slot(after, EVENINGS, [T(2026, 11, 23, 20, 30)], set()) == T(2026, 11, 25, 20)
    assert suggest_slot(after, EVENINGS, [T(2026, 11, 23, 19, 0)], set()) == T(2026, 11, 23, 20)
    assert suggest_slot(after, EVENINGS, [T(2026, 11, 23, 19, 1)], set()) == T(2026, 11, 25, 20)


def test_quiet_days_are_skipped() -> None:
    """No slot is proposed on a quiet day; the next day's slots are earliest first."""
    after = T(2026, 11, 24, 12)
    quiet = {D(2026, 11, 25)}
    assert suggest_slot(after, EVENINGS, [], quiet) == T(2026, 11, 26, 9)


def test_no_slot_within_the_window() -> None:
    """Without best times, or when every slot is quiet or taken, there is no suggestion."""
    after = T(2026, 11, 23, 8)
    assert suggest_slot(after, [], [], set()) is None
    quiet = {D(2026, 11, 23) + dt.timedelta(days=i) for i in range(15)}
    assert suggest_slot(after, EVENINGS, [], quiet) is None
    assert suggest_slot(after, [BestTime(0, 20)], [], set(), window_days=6) == T(2026, 11, 23, 20)
    taken = [T(2026, 11, 23, 20)]
    monday = [BestTime(0, 20)]
    assert suggest_slot(after, monday, taken, set(), window_days=7) is None  # 30th 08:00 max
    assert suggest_slot(after, monday, taken, set(), window_days=8) == T(2026, 11, 30, 20)


def test_aware_times_keep_their_zone() -> None:
    """An aware 'after' gives a slot in the same zone."""
    muscat = dt.timezone(dt.timedelta(hours=4))
    slot = suggest_slot(T(2026, 11, 23, 8, tzinfo=muscat), EVENINGS, [], set())
    assert slot == T(2026, 11, 23, 20, tzinfo=muscat)


def test_bad_best_time_is_refused() -> None:
    """A best time with weekday 7 or hour 24 is a bug, not a slot."""
    with pytest.raises(ValueError):
        suggest_slot(T(2026, 11, 23), [BestTime(7, 20)], [], set())
    with pytest.raises(ValueError):
        suggest_slot(T(2026, 11, 23), [BestTime(0, 24)], [], set())


_AFTER = st.datetimes(min_value=T(2026, 1, 1), max_value=T(2027, 12, 31))
_BEST = st.lists(st.builds(BestTime, st.integers(0, 6), st.integers(0, 23)), max_size=10)


def _valid(
    slot: dt.datetime,
    after: dt.datetime,
    best: list[BestTime],
    taken: list[dt.datetime],
    quiet: set[dt.date],
    window: int,
) -> bool:
    return (
        after < slot <= after + dt.timedelta(days=window)
        and slot.minute == slot.second == slot.microsecond == 0
        and any(b.weekday == slot.weekday() and b.hour == slot.hour for b in best)
        and slot.date() not in quiet
        and all(abs(slot - t) >= MIN_GAP for t in taken)
    )


@given(
    _AFTER,
    _BEST,
    st.lists(st.datetimes(min_value=T(2026, 1, 1), max_value=T(2028, 1, 31)), max_size=20),
    st.sets(st.dates(min_value=D(2026, 1, 1), max_value=D(2028, 1, 31)), max_size=20),
    st.integers(0, 21),
)
def test_suggested_slot_is_valid_and_the_earliest(
    after: dt.datetime,
    best: list[BestTime],
    taken: list[dt.datetime],
    quiet: set[dt.date],
    window: int,
) -> None:
    """The slot is after `after`, on a best time, off quiet days, an hour from every taken
    time, and no earlier hour satisfies all that; None only when no hour does."""
    slot = suggest_slot(after, best, taken, quiet, window_days=window)
    start = after.replace(minute=0, second=0, microsecond=0)
    hours = [start + dt.timedelta(hours=h) for h in range(1, window * 24 + 2)]
    first = next((h for h in hours if _valid(h, after, best, taken, quiet, window)), None)
    assert slot == first
    if slot is not None:
        assert slot >= after
        assert all(abs(slot - t) >= MIN_GAP for t in taken)


CAMPAIGN = Campaign(
    name="مسقط أجمل",
    start=D(2026, 11, 1),
    end=D(2026, 11, 30),
    phases=[
        Phase("التمهيد", D(2026, 11, 1), D(2026, 11, 10), id=1),
        Phase("الإطلاق", D(2026, 11, 11), D(2026, 11, 30), id=2),
    ],
    id=7,
)


def post(
    pid: int | None,
    when: dt.datetime | None,
    *platforms: Platform,
    status: PostStatus = PostStatus.SCHEDULED,
    phase_id: int | None = None,
) -> Post:
    return Post(
        base_text="نص",
        platforms=list(platforms),
        status=status,
        scheduled_at=when,
        campaign_id=7,
        phase_id=phase_id,
        id=pid,
    )


def test_same_account_within_an_hour() -> None:
    """Two posts sharing X 45 minutes apart warn once per shared platform and other post."""
    mine = post(1, T(2026, 11, 15, 20), Platform.X, Platform.INSTAGRAM)
    others = [
        mine,  # itself never clashes
        post(2, T(2026, 11, 15, 20, 45), Platform.X),
        post(3, T(2026, 11, 15, 19, 30), Platform.INSTAGRAM, Platform.X),
        post(4, T(2026, 11, 15, 21), Platform.X),  # exactly an hour: fine
        post(5, T(2026, 11, 15, 20, 10), Platform.FACEBOOK),  # another account
        post(6, T(2026, 11, 15, 20, 5), Platform.X, status=PostStatus.CANCELLED),
        post(7, None, Platform.X, status=PostStatus.IDEA),
    ]
    accounts = {Platform.X: Account(Platform.X, "@MuscatMun", id=11)}
    warnings = conflicts(mine, others, CAMPAIGN, set(), accounts)
    assert warnings == [
        ScheduleWarning(WarningCode.SAME_ACCOUNT_WITHIN_HOUR, Platform.X, 3, 11),
        ScheduleWarning(WarningCode.SAME_ACCOUNT_WITHIN_HOUR, Platform.INSTAGRAM, 3, None),
        ScheduleWarning(WarningCode.SAME_ACCOUNT_WITHIN_HOUR, Platform.X, 2, 11),
    ]


def test_outside_campaign_and_phase() -> None:
    """A post before its campaign, or outside its phase, is warned about."""
    early = post(1, T(2026, 10, 31, 20), Platform.X, phase_id=1)
    assert [w.code for w in conflicts(early, [], CAMPAIGN)] == [
        WarningCode.OUTSIDE_CAMPAIGN,
        WarningCode.OUTSIDE_PHASE,
    ]
    wrong_phase = post(1, T(2026, 11, 20, 20), Platform.X, phase_id=1)
    assert [w.code for w in conflicts(wrong_phase, [], CAMPAIGN)] == [WarningCode.OUTSIDE_PHASE]
    fine = post(1, T(2026, 11, 30, 23, 59), Platform.X, phase_id=2)
    assert conflicts(fine, [], CAMPAIGN) == []
    unknown_phase = post(1, T(2026, 11, 20, 20), Platform.X, phase_id=99)
    assert conflicts(unknown_phase, [], CAMPAIGN) == []
    assert conflicts(early, [], None) == []  # a post with no campaign


def test_on_a_quiet_occasion() -> None:
    """A post on a quiet day is warned about; a post with no time or cancelled is not."""
    quiet = {D(2026, 11, 20)}
    on_quiet = post(1, T(2026, 11, 20, 9), Platform.X, phase_id=2)
    assert conflicts(on_quiet, [], CAMPAIGN, quiet) == [
        ScheduleWarning(WarningCode.ON_QUIET_OCCASION)
    ]
    assert conflicts(post(1, None, Platform.X, status=PostStatus.IDEA), [], CAMPAIGN, quiet) == []
    cancelled = post(1, T(2026, 11, 20, 9), Platform.X, status=PostStatus.CANCELLED)
    assert conflicts(cancelled, [], CAMPAIGN, quiet) == []


def test_pause_all_pauses_only_scheduled_posts() -> None:
    """Scheduled posts become paused remembering 'scheduled'; others are untouched."""
    posts = [
        post(1, T(2026, 11, 20, 9), Platform.X),
        post(2, T(2026, 11, 21, 9), Platform.X, status=PostStatus.PUBLISHED),
        post(3, None, Platform.X, status=PostStatus.DRAFT),
    ]
    paused = pause_all(posts, "حادثة: شائعة عن انقطاع المياه")
    assert [(p.status, p.status_before_pause) for p in paused] == [
        (PostStatus.PAUSED, PostStatus.SCHEDULED),
        (PostStatus.PUBLISHED, None),
        (PostStatus.DRAFT, None),
    ]
    assert posts[0].status is PostStatus.SCHEDULED  # input unchanged
    assert paused[0].scheduled_at == posts[0].scheduled_at


def test_pause_needs_a_reason() -> None:
    """A crisis pause without a reason is refused."""
    with pytest.raises(ValueError):
        pause_all([], "  ")


def test_resume_restores_and_leaves_hand_paused_posts() -> None:
    """Resume restores pause_all's posts; a post paused by hand stays paused."""
    by_hand = post(1, T(2026, 11, 20, 9), Platform.X, status=PostStatus.PAUSED)
    scheduled = post(2, T(2026, 11, 20, 11), Platform.X)
    resumed = resume(pause_all([by_hand, scheduled], "أزمة"))
    assert [(p.status, p.status_before_pause) for p in resumed] == [
        (PostStatus.PAUSED, None),
        (PostStatus.SCHEDULED, None),
    ]
    assert resume([scheduled]) == [scheduled]


_POSTS = st.lists(
    st.builds(
        Post,
        base_text=st.just("نص"),
        platforms=st.lists(st.sampled_from(list(Platform)), max_size=3, unique=True),
        status=st.sampled_from(list(PostStatus)),
        id=st.integers(1, 10_000),
    ),
    max_size=20,
)


@given(_POSTS)
def test_pause_then_resume_is_identity(posts: list[Post]) -> None:
    """Pausing all then resuming gives every post back exactly as it was."""
    assert resume(pause_all(posts, "أزمة")) == posts


@given(_POSTS)
def test_pause_leaves_nothing_scheduled_and_is_idempotent(posts: list[Post]) -> None:
    """After a pause no post is scheduled, and pausing again changes nothing."""
    paused = pause_all(posts, "أزمة")
    assert all(p.status is not PostStatus.SCHEDULED for p in paused)
    assert pause_all(paused, "أزمة") == paused
    assert sum(p.status is PostStatus.PAUSED for p in paused) == sum(
        p.status in (PostStatus.PAUSED, PostStatus.SCHEDULED) for p in posts
    )
