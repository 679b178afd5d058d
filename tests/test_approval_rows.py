"""The changes view's rows: each kind of post change in words, filtered by its platforms."""

from __future__ import annotations

import datetime as dt

from planner.approval_labels import ChangeGroup, rows
from planner.domain.model import Platform, PostStatus
from planner.domain.plan_diff import PlanDiff, PlatformsChange, PostMove, PostRef, StatusChange
from planner.formatting import Digits, Formatter

AT = dt.datetime(2026, 3, 5, 9, 30)
LATER = dt.datetime(2026, 3, 6, 10, 0)


def test_each_post_change_is_one_row_with_before_and_after(english: None) -> None:
    fmt = Formatter("en", Digits.LATIN)
    diff = PlanDiff(
        added=[PostRef("a", AT, "new post")],
        removed=[PostRef("r", None, "old post")],
        moved=[PostMove("m", "moved post", AT, LATER)],
        statuses=[StatusChange("s", "status post", PostStatus.DRAFT, PostStatus.READY)],
        platforms=[PlatformsChange("p", "platform post", (Platform.X,), (Platform.TIKTOK,))],
        post_platforms={"a": (Platform.INSTAGRAM,), "p": (Platform.X,)},
    )
    got = rows(diff, fmt)
    assert [r.group for r in got] == [ChangeGroup.POSTS] * 5
    assert [r.what for r in got] == [
        "Post added",
        "Post removed",
        "Post moved",
        "Status changed",
        "Platforms changed",
    ]
    assert [r.subject for r in got] == [
        "new post",
        "old post",
        "moved post",
        "status post",
        "platform post",
    ]
    added, removed, moved, status, platforms = got
    assert added.platforms == (Platform.INSTAGRAM,)
    assert (added.before, removed.after) == ("—", "—")
    assert "09:30" in added.after and moved.before == added.after
    assert removed.before == "Not scheduled"
    assert "10:00" in moved.after
    assert (status.before, status.after) == ("Draft", "Ready for review")
    assert status.platforms == ()
    # a platform the post left still finds the change under that platform's filter
    assert platforms.platforms == (Platform.X, Platform.TIKTOK)
    assert (platforms.before, platforms.after) == ("TikTok", "X")
