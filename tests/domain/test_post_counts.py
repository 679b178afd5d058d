"""The counting rule: the parts of a campaign's posts add up, and Coverage's planned posts
are exactly its dated posts that are not cancelled."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from planner.domain.coverage.values import CoverageInput
from planner.domain.model import Platform, Post, PostStatus
from planner.domain.post_counts import count_posts

START, END = dt.date(2026, 11, 1), dt.date(2026, 12, 31)

posts = st.lists(
    st.builds(
        Post,
        base_text=st.just("نص"),
        platforms=st.lists(st.sampled_from(list(Platform)), min_size=1, max_size=3, unique=True),
        status=st.sampled_from(list(PostStatus)),
        scheduled_at=st.one_of(
            st.none(),
            st.datetimes(dt.datetime.combine(START, dt.time()), dt.datetime(2026, 12, 31, 23)),
        ),
    ),
    max_size=30,
)


@given(posts)
def test_the_parts_add_up_and_coverage_counts_the_planned(items: list[Post]) -> None:
    """total = planned + cancelled + ideas; dated = total - ideas; Coverage's slots come
    from exactly `planned` posts (every post inside the period here)."""
    counts = count_posts(items)
    assert counts.total == len(items) == counts.planned + counts.cancelled + counts.ideas
    assert counts.dated == sum(1 for p in items if p.scheduled_at is not None)
    inp = CoverageInput([], items, [], [], START, END)
    slots = list(inp.slots())
    assert len({id(s.post) for s in slots}) == counts.planned
    assert len(slots) == sum(
        len(p.platforms)
        for p in items
        if p.scheduled_at is not None and p.status not in (PostStatus.CANCELLED, PostStatus.IDEA)
    )
