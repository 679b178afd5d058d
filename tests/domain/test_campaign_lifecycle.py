"""Duplicating a campaign to a new start date; archiving and restoring; KPI achievement."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.lifecycle import PostCopy, archive, duplicate, restore
from planner.domain.metrics import achievement
from planner.domain.model import Campaign, CampaignStatus, Kpi, Metric, Post, PostStatus
from tests.campaign_strategies import campaigns, heavy, posts


@st.composite
def saved_campaign_with_posts(draw: st.DrawFn) -> tuple[Campaign, list[Post]]:
    """A campaign as storage returns it (ids everywhere) with posts linked to it."""
    c = draw(campaigns())
    c.id = 7
    for i, m in enumerate(c.messages):
        m.id = 100 + i
    for i, p in enumerate(c.phases):
        p.id = 200 + i
    for i, o in enumerate(c.objectives):
        o.id = 300 + i
        for j, k in enumerate(o.kpis):
            k.id = 1000 * i + j
    found = draw(st.lists(posts(c, segment_ids=[1, 2]), max_size=6))
    for i, p in enumerate(found):
        p.id = 500 + i
    return c, found


def _dates(c: Campaign, ps: list[Post]) -> list[dt.datetime]:
    """Every date the duplicate shifts, in a fixed order (days as midnight, to compare)."""
    days = [c.start, c.end]
    days += [d for p in c.phases for d in (p.start, p.end)]
    days += [k.deadline for o in c.objectives for k in o.kpis if k.deadline]
    days += [r.due for r in c.reports]
    out = [dt.datetime.combine(d, dt.time()) for d in days]
    return out + [p.scheduled_at for p in ps if p.scheduled_at]


@heavy
@given(saved_campaign_with_posts(), st.dates(dt.date(2019, 1, 1), dt.date(2040, 1, 1)))
def test_duplicate_shifts_every_date_by_the_same_days(
    data: tuple[Campaign, list[Post]], new_start: dt.date
) -> None:
    """All dates move together: durations, gaps and order are kept, the copy starts on time."""
    original, old_posts = data
    copy, copies = duplicate(original, old_posts, new_start, "نسخة")
    assert copy.start == new_start
    before = _dates(original, old_posts)
    after = _dates(copy, [c.post for c in copies])
    assert len(before) == len(after)
    shift = new_start - original.start
    assert all(b + shift == a for b, a in zip(before, after, strict=True))
    assert [a - after[0] for a in after] == [b - before[0] for b in before]
    assert (copy.end - copy.start) == (original.end - original.start)


@heavy
@given(saved_campaign_with_posts(), st.dates(dt.date(2019, 1, 1), dt.date(2040, 1, 1)))
def test_duplicate_is_a_fresh_draft_without_ids(
    data: tuple[Campaign, list[Post]], new_start: dt.date
) -> None:
    """The copy has no ids, is a draft with no actuals, and leaves the original untouched."""
    original, old_posts = data
    snapshot = (repr(original), repr(old_posts))
    copy, copies = duplicate(original, old_posts, new_start, "نسخة", "Copy")
    assert snapshot == (repr(original), repr(old_posts))
    assert (copy.name, copy.name_en) == ("نسخة", "Copy")
    assert copy.id is None and copy.status is CampaignStatus.DRAFT
    assert copy.status_before_archive is None
    assert all(x.id is None for x in [*copy.messages, *copy.phases, *copy.objectives])
    assert all(k.id is None and k.actual is None for o in copy.objectives for k in o.kpis)
    assert [m.text for m in copy.messages] == [m.text for m in original.messages]
    assert [p.name for p in copy.phases] == [p.name for p in original.phases]
    assert copy.audience == original.audience
    assert copy.channel_account_ids == original.channel_account_ids
    for old, new in zip(old_posts, copies, strict=True):
        assert new.post.id is None and new.post.campaign_id is None
        assert new.post.base_text == old.base_text and new.post.variants == old.variants
        assert new.post.segment_id == old.segment_id
        kept = old.status in (PostStatus.IDEA, PostStatus.CANCELLED)
        assert new.post.status == (old.status if kept else PostStatus.DRAFT)
        assert new.post.status_before_pause is None


@heavy
@given(saved_campaign_with_posts())
def test_duplicated_posts_point_at_the_same_message_and_phase_by_position(
    data: tuple[Campaign, list[Post]],
) -> None:
    """After saving the copy (ids given), bind() links each post to the copied message/phase."""
    original, old_posts = data
    copy, copies = duplicate(original, old_posts, original.start, "نسخة")
    copy.id = 99
    for i, m in enumerate(copy.messages):
        m.id = 9000 + i
    for i, p in enumerate(copy.phases):
        p.id = 8000 + i
    for old, new in zip(old_posts, copies, strict=True):
        bound = new.bind(copy)
        assert bound.campaign_id == 99
        old_message = next((m for m in original.messages if m.id == old.message_id), None)
        old_phase = next((p for p in original.phases if p.id == old.phase_id), None)
        if old_message is None:
            assert bound.message_id is None
        else:
            index = original.messages.index(old_message)
            assert bound.message_id == copy.messages[index].id
        if old_phase is None:
            assert bound.phase_id is None
        else:
            assert bound.phase_id == copy.phases[original.phases.index(old_phase)].id


def test_binding_needs_a_saved_campaign() -> None:
    """A copy cannot be bound to a campaign that has no id yet."""
    c = Campaign("حملة", dt.date(2026, 1, 1), dt.date(2026, 1, 2))
    with pytest.raises(ValueError):
        PostCopy(Post("نص", [])).bind(c)


@pytest.mark.parametrize("status", [s for s in CampaignStatus if s is not CampaignStatus.ARCHIVED])
def test_archive_then_restore_gives_back_the_status(status: CampaignStatus) -> None:
    """Archiving remembers the status; restoring brings it back and forgets it."""
    c = Campaign("حملة", dt.date(2026, 1, 1), dt.date(2026, 1, 2), status=status)
    archive(c)
    assert (c.status, c.status_before_archive) == (CampaignStatus.ARCHIVED, status)
    archive(c)  # archiving twice keeps the remembered status
    assert c.status_before_archive == status
    restore(c)
    assert (c.status, c.status_before_archive) == (status, None)
    restore(c)  # restoring a campaign that is not archived does nothing
    assert (c.status, c.status_before_archive) == (status, None)


def test_restore_without_a_remembered_status_gives_a_draft() -> None:
    """An archived campaign from elsewhere, with no earlier status, comes back as a draft."""
    c = Campaign("حملة", dt.date(2026, 1, 1), dt.date(2026, 1, 2), status=CampaignStatus.ARCHIVED)
    restore(c)
    assert c.status is CampaignStatus.DRAFT


@pytest.mark.parametrize(
    ("baseline", "target", "actual", "expected"),
    [
        (0, 1000, 500, 50.0),
        (0, 1000, 1500, 150.0),
        (200, 1000, 200, 0.0),
        (200, 1000, 100, -12.5),
        (120, 30, 30, 100.0),  # response time: lower is better
        (120, 30, 75, 50.0),
        (120, 30, 150, -100 / 3),
        (5, 5, 9, None),
        (0, 1000, None, None),
    ],
)
def test_achievement(
    baseline: float, target: float, actual: float | None, expected: float | None
) -> None:
    """Achievement is the share of the way from baseline to target, either direction."""
    result = achievement(Kpi(Metric.REACH, baseline, target, actual=actual))
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


def test_achievement_of_overflowing_values_is_none() -> None:
    """Numbers too large to divide meaningfully give no percentage rather than inf."""
    assert achievement(Kpi(Metric.REACH, 0, 1e-300, actual=1e300)) is None
