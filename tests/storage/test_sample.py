"""The bundled sample workspace loads into a real file and reads as a coherent, realistic plan."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.domain.model import (
    Campaign,
    CampaignStatus,
    Platform,
    Post,
    PostStatus,
)
from planner.paths import resource
from planner.storage.sample import load_sample
from planner.storage.workspace import Workspace

SOURCE = resource("sample", "workspace.json")
TODAY = dt.date(2025, 3, 10)
X_LIMIT = 280
# twitter-text v3: these code points weigh 1, everything else (emoji, CJK, ...) weighs 2.
_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
_URL = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?", re.ASCII | re.IGNORECASE)


def x_length(text: str) -> int:
    """The length X counts: every URL is 23, the Latin and Arabic blocks 1, the rest 2."""
    urls = _URL.findall(text)
    rest = _URL.sub("", text)
    return 23 * len(urls) + sum(
        1 if any(lo <= ord(ch) <= hi for lo, hi in _LIGHT) else 2 for ch in rest
    )


def _load(path: Path, today: dt.date) -> Workspace:
    workspace = Workspace.create(path)
    load_sample(workspace, SOURCE, today)
    return workspace


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = _load(tmp_path / "sample.planner", TODAY)
    yield ws
    ws.close()


def _campaigns(ws: Workspace) -> list[Campaign]:
    return [ws.campaigns.get(s.id) for s in ws.campaigns.summaries()]


def _by_status(ws: Workspace, status: CampaignStatus) -> Campaign:
    (campaign,) = [c for c in _campaigns(ws) if c.status is status]
    return campaign


def _posts(ws: Workspace, campaign: Campaign) -> list[Post]:
    assert campaign.id is not None
    return ws.posts.for_campaign(campaign.id)


def _raw() -> dict[str, object]:
    data = json.loads(SOURCE.read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_x_length_counts_urls_as_23_and_emoji_as_2() -> None:
    """The X counter weighs a long URL as 23, an Arabic letter as 1 and an emoji as 2."""
    assert x_length("مسقط") == 4
    assert x_length("https://www.mm.gov.om/a-very-long-path/that-goes-on-and-on") == 23
    assert x_length("🌿") == 2
    assert x_length("ا" * 281) > X_LIMIT


def test_institution_is_muscat_municipality(workspace: Workspace) -> None:
    """The sample names its institution in Arabic and English."""
    assert workspace.meta.get("institution") == "بلدية مسقط"
    assert workspace.meta.get("institution_en") == "Muscat Municipality"


def test_eight_accounts_one_per_platform(workspace: Workspace) -> None:
    """There is exactly one account on each of the eight platforms, with followers and times."""
    accounts = workspace.accounts.list()
    assert [a.platform for a in accounts] == list(Platform)
    for account in accounts:
        assert account.handle and account.url.startswith("https://")
        assert account.followers > 0
        assert account.segment_ids
        assert 3 <= len(account.best_times) <= 6
        assert all(0 <= b.weekday <= 6 and 0 <= b.hour <= 23 for b in account.best_times)


def test_six_to_eight_described_segments(workspace: Workspace) -> None:
    """There are 6-8 segments, each described and reached by at least one platform."""
    segments = workspace.segments.list()
    assert 6 <= len(segments) <= 8
    assert len({s.name for s in segments}) == len(segments)
    for segment in segments:
        assert segment.description and segment.platforms


def test_accounts_and_segments_agree(workspace: Workspace) -> None:
    """A segment lists a platform exactly when that platform's account reaches the segment."""
    accounts = workspace.accounts.list()
    for segment in workspace.segments.list():
        reaching = {a.platform for a in accounts if segment.id in a.segment_ids}
        assert set(segment.platforms) == reaching, segment.name


def test_one_running_one_finished_one_draft(workspace: Workspace) -> None:
    """The sample has exactly one running, one finished and one draft campaign."""
    statuses = sorted(c.status.value for c in _campaigns(workspace))
    assert statuses == ["draft", "finished", "running"]


def test_campaigns_sit_around_today(workspace: Workspace) -> None:
    """The running campaign spans today, the finished one ended before it, the draft is ahead."""
    running = _by_status(workspace, CampaignStatus.RUNNING)
    finished = _by_status(workspace, CampaignStatus.FINISHED)
    draft = _by_status(workspace, CampaignStatus.DRAFT)
    assert running.start < TODAY < running.end
    assert finished.end < TODAY
    assert draft.start > TODAY


def test_every_plan_is_filled_in(workspace: Workspace) -> None:
    """Every campaign has each part of its plan filled, as a newcomer should see it."""
    for c in _campaigns(workspace):
        assert c.name_en and c.owner and c.approver and c.aim and c.proposition, c.name
        assert c.hashtags and all(h.startswith("#") for h in c.hashtags)
        assert 2 <= len(c.objectives) <= 3
        for objective in c.objectives:
            assert objective.text and 1 <= len(objective.kpis) <= 3
            for kpi in objective.kpis:
                assert kpi.unit and kpi.measurement and kpi.deadline is not None
                assert kpi.target != kpi.baseline
        assert c.audience and all(a.insight and a.barriers for a in c.audience)
        assert 3 <= len(c.messages) <= 5 and all(m.text and m.text_en for m in c.messages)
        assert c.channel_account_ids and c.budget and c.reports
        assert {p.kind for p in c.partners} == {"partner", "influencer"}
        assert len(c.phases) == 3 and all(p.goal for p in c.phases)


def test_budget_is_in_rials_with_three_decimals() -> None:
    """Every budget amount in the source is a string of Omani rials with 3 decimals (baisa)."""
    campaigns = _raw()["campaigns"]
    assert isinstance(campaigns, list)
    for c in campaigns:
        for amount in c["budget"].values():
            assert isinstance(amount, str) and re.fullmatch(r"\d+\.\d{3}", amount), amount


def test_budget_is_loaded_in_baisa(workspace: Workspace) -> None:
    """A budget of "350.000" rials is stored as 350000 baisa."""
    running = _by_status(workspace, CampaignStatus.RUNNING)
    lines = {b.platform: b.amount_baisa for b in running.budget}
    assert lines[Platform.INSTAGRAM] == 350_000
    assert all(amount > 0 and amount % 1000 == 0 for amount in lines.values())


def test_posts_fall_within_campaign_dates(workspace: Workspace) -> None:
    """Every scheduled post of a campaign falls between its campaign's start and end."""
    for campaign in _campaigns(workspace):
        for post in _posts(workspace, campaign):
            if post.scheduled_at is not None:
                assert campaign.start <= post.scheduled_at.date() <= campaign.end, post.base_text


def test_phases_fall_within_campaign(workspace: Workspace) -> None:
    """Every phase lies inside its campaign's dates, in order and without overlap."""
    for campaign in _campaigns(workspace):
        previous_end = campaign.start - dt.timedelta(days=1)
        for phase in campaign.phases:
            assert campaign.start <= phase.start <= phase.end <= campaign.end
            assert phase.start > previous_end
            previous_end = phase.end


def test_posts_fall_within_their_phase(workspace: Workspace) -> None:
    """A scheduled post tied to a phase falls on that phase's dates."""
    for campaign in _campaigns(workspace):
        phases = {p.id: p for p in campaign.phases}
        for post in _posts(workspace, campaign):
            if post.scheduled_at is not None and post.phase_id is not None:
                phase = phases[post.phase_id]
                assert phase.start <= post.scheduled_at.date() <= phase.end, post.base_text


def test_posts_are_tied_to_the_plan(workspace: Workspace) -> None:
    """Every post names a segment the campaign targets and one of the campaign's messages."""
    for campaign in _campaigns(workspace):
        targeted = {a.segment_id for a in campaign.audience}
        messages = {m.id for m in campaign.messages}
        for post in _posts(workspace, campaign):
            assert post.segment_id in targeted, post.base_text
            assert post.message_id in messages, post.base_text


def test_posts_reach_their_segment_on_the_campaign_channels(workspace: Workspace) -> None:
    """A post goes out on the campaign's channels, one of which reaches the post's segment."""
    accounts = {a.id: a for a in workspace.accounts.list()}
    reach = {s.id: set(s.platforms) for s in workspace.segments.list()}
    for campaign in _campaigns(workspace):
        channels = {accounts[i].platform for i in campaign.channel_account_ids}
        assert set(campaign.platforms) <= channels, campaign.name
        for post in _posts(workspace, campaign):
            assert set(post.platforms) <= channels, post.base_text
            assert post.segment_id is not None
            assert reach[post.segment_id] & set(post.platforms), post.base_text


def test_every_x_text_fits_280(workspace: Workspace) -> None:
    """Every text that would go out on X fits in 280 weighted characters."""
    checked = 0
    for campaign in _campaigns(workspace):
        for post in _posts(workspace, campaign):
            if Platform.X in post.platforms:
                checked += 1
                assert x_length(post.text_for(Platform.X)) <= X_LIMIT, post.base_text
    assert checked >= 10


def test_variants_belong_to_chosen_platforms(workspace: Workspace) -> None:
    """A post's per-platform variants are only for platforms it goes out on, and some exist."""
    variants = 0
    for campaign in _campaigns(workspace):
        for post in _posts(workspace, campaign):
            assert set(post.variants) <= set(post.platforms)
            variants += len(post.variants)
    assert variants >= 3


def test_posts_go_out_at_best_times(workspace: Workspace) -> None:
    """Every scheduled post goes out at a best hour of one of its platforms' accounts."""
    hours = {a.platform: {b.hour for b in a.best_times} for a in workspace.accounts.list()}
    for campaign in _campaigns(workspace):
        for post in _posts(workspace, campaign):
            if post.scheduled_at is not None:
                good = set().union(*(hours[p] for p in post.platforms))
                assert post.scheduled_at.hour in good, post.base_text


def test_running_campaign_posts_follow_today(workspace: Workspace) -> None:
    """In the running campaign, past posts are published, the next days scheduled, later drafts."""
    posts = _posts(workspace, _by_status(workspace, CampaignStatus.RUNNING))
    assert 30 <= len(posts) <= 45
    done = {PostStatus.PUBLISHED, PostStatus.CANCELLED}
    upcoming = set()
    for post in posts:
        if post.scheduled_at is None:
            assert post.status is PostStatus.IDEA
            continue
        if post.scheduled_at.date() < TODAY:
            assert post.status in done, post.base_text
        else:
            assert post.status not in done, post.base_text
            upcoming.add(post.status)
    assert {
        PostStatus.SCHEDULED,
        PostStatus.APPROVED,
        PostStatus.READY,
        PostStatus.DRAFT,
    } <= upcoming
    ideas = [p for p in posts if p.scheduled_at is None]
    assert 3 <= len(ideas) <= 4


def test_finished_campaign_is_all_published(workspace: Workspace) -> None:
    """The finished campaign's posts were all published."""
    posts = _posts(workspace, _by_status(workspace, CampaignStatus.FINISHED))
    assert len(posts) >= 12
    assert all(p.status is PostStatus.PUBLISHED for p in posts)


def test_finished_campaign_kpis_have_actuals(workspace: Workspace) -> None:
    """Every KPI of the finished campaign has its actual value filled in."""
    finished = _by_status(workspace, CampaignStatus.FINISHED)
    kpis = [k for o in finished.objectives for k in o.kpis]
    assert kpis and all(k.actual is not None for k in kpis)


def test_draft_campaign_has_only_drafts_and_ideas(workspace: Workspace) -> None:
    """The draft campaign's posts are drafts or ideas, nothing approved yet."""
    posts = _posts(workspace, _by_status(workspace, CampaignStatus.DRAFT))
    assert 6 <= len(posts) <= 10
    assert {p.status for p in posts} == {PostStatus.DRAFT, PostStatus.IDEA}


def test_dates_shift_with_the_load_day(tmp_path: Path) -> None:
    """Loading on a later day moves every campaign, phase, KPI deadline and post by that much."""
    shift = dt.timedelta(days=40)
    early = _load(tmp_path / "early.planner", TODAY)
    late = _load(tmp_path / "late.planner", TODAY + shift)
    try:
        pairs = list(zip(_campaigns(early), _campaigns(late), strict=True))
        assert pairs
        for a, b in pairs:
            assert a.name == b.name
            assert (b.start - a.start, b.end - a.end) == (shift, shift)
            assert [q.start - p.start for p, q in zip(a.phases, b.phases, strict=True)] == [
                shift
            ] * len(a.phases)
            deadlines = [
                (p.deadline, q.deadline)
                for o, r in zip(a.objectives, b.objectives, strict=True)
                for p, q in zip(o.kpis, r.kpis, strict=True)
            ]
            assert all(p and q and q - p == shift for p, q in deadlines)
            for p, q in zip(_posts(early, a), _posts(late, b), strict=True):
                assert p.base_text == q.base_text
                if p.scheduled_at is None:
                    assert q.scheduled_at is None
                else:
                    assert q.scheduled_at is not None
                    assert q.scheduled_at - p.scheduled_at == shift
    finally:
        early.close()
        late.close()
