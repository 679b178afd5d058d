"""Hypothesis strategies for whole, valid campaigns with Arabic text (shared by several tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from planner.domain.model import (
    AudienceTarget,
    BudgetLine,
    Campaign,
    CampaignStatus,
    CampaignType,
    ContentType,
    KeyMessage,
    Kpi,
    Metric,
    Objective,
    Partner,
    Phase,
    Platform,
    Post,
    PostStatus,
    ReportDue,
)

# Whole campaigns are big inputs, and the two CPU cores are shared: no deadline, no too_slow.
heavy = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B)) + "ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،؛؟"
MIXED = ARABIC + "abcXYZ 019#@_-.,!()\n\u200f\u200e" + "😀🇴🇲"
text = st.one_of(
    st.text(alphabet=MIXED, max_size=30),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=10),
)
LETTERS = "".join(chr(c) for c in range(0x0621, 0x063B)) + "abcXYZ019"
# Never blank: a letter first (filtering blank texts out would make generation slow).
words = st.builds(str.__add__, st.sampled_from(LETTERS), st.text(alphabet=MIXED, max_size=20))
hashtags = st.text(alphabet=ARABIC + "abc019_", min_size=1, max_size=15).map(lambda s: "#" + s)
colours = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")
numbers = st.floats(
    allow_nan=False, allow_infinity=False, width=64, min_value=-1e12, max_value=1e12
)


@st.composite
def kpis(draw: st.DrawFn, start: dt.date, end: dt.date) -> Kpi:
    baseline = draw(numbers)
    target = draw(numbers.filter(lambda v: v != baseline))
    deadline = draw(st.none() | st.dates(start, end + dt.timedelta(days=60)))
    return Kpi(
        draw(st.sampled_from(list(Metric))),
        baseline,
        target,
        draw(text),
        deadline,
        draw(text),
        draw(st.none() | numbers),
    )


@st.composite
def phases(draw: st.DrawFn, start: dt.date, end: dt.date) -> Phase:
    first = draw(st.dates(start, end))
    return Phase(draw(words), first, draw(st.dates(first, end)), draw(text))


@st.composite
def campaigns(
    draw: st.DrawFn,
    segment_ids: Sequence[int] = (1, 2, 3, 4),
    account_ids: Sequence[int] = (1, 2, 3),
) -> Campaign:
    """A campaign `validate` finds nothing wrong with, not even a warning."""
    start = draw(st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)))
    end = start + dt.timedelta(days=draw(st.integers(0, 120)))
    status = draw(st.sampled_from(list(CampaignStatus)))
    before = None
    if status is CampaignStatus.ARCHIVED:
        before = draw(
            st.none()
            | st.sampled_from([s for s in CampaignStatus if s is not CampaignStatus.ARCHIVED])
        )
    spent = draw(st.sets(st.sampled_from(list(Platform))))
    segments = draw(
        st.lists(st.sampled_from(list(segment_ids)), unique=True, max_size=3)
        if segment_ids
        else st.just([])
    )
    return Campaign(
        name=draw(words),
        start=start,
        end=end,
        type=draw(st.sampled_from(list(CampaignType))),
        status=status,
        status_before_archive=before,
        name_en=draw(text),
        owner=draw(text),
        colour=draw(colours),
        aim=draw(text),
        proposition=draw(text),
        hashtags=draw(st.lists(hashtags, max_size=3)),
        approver=draw(text),
        version=draw(st.sampled_from(["1", "2", "2.1", "٣"])),
        objectives=draw(
            st.lists(
                st.builds(Objective, words, st.lists(kpis(start, end), min_size=1, max_size=3)),
                min_size=1,
                max_size=3,
            )
        ),
        audience=[AudienceTarget(s, draw(text), draw(text)) for s in segments],
        messages=draw(st.lists(st.builds(KeyMessage, words, text), min_size=1, max_size=5)),
        channel_account_ids=sorted(
            draw(st.sets(st.sampled_from(list(account_ids))) if account_ids else st.just(set()))
        ),
        partners=draw(
            st.lists(
                st.builds(Partner, words, text, st.sampled_from(["partner", "influencer"])),
                max_size=3,
            )
        ),
        phases=draw(st.lists(phases(start, end), max_size=4)),
        budget=[BudgetLine(p, draw(st.integers(0, 10**9))) for p in Platform if p in spent],
        reports=draw(
            st.lists(
                st.builds(ReportDue, words, st.dates(start, end + dt.timedelta(days=60))),
                max_size=3,
            )
        ),
    )


@st.composite
def posts(draw: st.DrawFn, campaign: Campaign, segment_ids: Sequence[int] = ()) -> Post:
    """A post of `campaign`, linked to its messages and phases by their ids (when they have)."""
    chosen = [
        p for p in Platform if p in draw(st.sets(st.sampled_from(list(Platform)), min_size=1))
    ]
    when = None
    if draw(st.booleans()):
        day = draw(st.dates(campaign.start, campaign.end))
        when = dt.datetime.combine(day, dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59))))
    status = draw(st.sampled_from(list(PostStatus)))
    return Post(
        base_text=draw(text),
        platforms=chosen,
        status=status,
        content_type=draw(st.sampled_from(list(ContentType))),
        scheduled_at=when,
        campaign_id=campaign.id,
        segment_id=draw(st.none() | st.sampled_from(list(segment_ids))) if segment_ids else None,
        message_id=draw(st.none() | st.sampled_from([m.id for m in campaign.messages])),
        phase_id=(
            draw(st.none() | st.sampled_from([p.id for p in campaign.phases]))
            if campaign.phases
            else None
        ),
        variants={p: draw(words) for p in chosen if draw(st.booleans())},
        notes=draw(text),
        status_before_pause=(
            draw(st.sampled_from([PostStatus.DRAFT, PostStatus.SCHEDULED]))
            if status is PostStatus.PAUSED
            else None
        ),
    )
