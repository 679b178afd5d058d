"""The diff between two states of a plan, and the approval life's rules."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.approval import (
    ApprovalCode,
    ApprovalError,
    Decision,
    DecisionRecord,
    History,
    PlanStage,
    Version,
    status_after_decision,
    status_after_submission,
)
from planner.domain.model import BudgetLine, Campaign, CampaignStatus, Platform, Post, PostStatus
from planner.domain.plan_diff import (
    PlanArea,
    PlanState,
    WordOp,
    apply_moves,
    diff_plans,
    schedule_of,
    word_changes,
)
from tests.campaign_strategies import campaigns, posts

MAY = dt.datetime(2026, 5, 4, 9, 0)


@st.composite
def states(draw: st.DrawFn) -> PlanState:
    campaign = draw(campaigns())
    items = draw(st.lists(posts(campaign), max_size=6))
    for i, post in enumerate(items):
        post.key = f"k{i}"
    return PlanState(campaign, items)


@st.composite
def edited(draw: st.DrawFn) -> tuple[PlanState, PlanState]:
    """A plan and a later state of it: some posts moved, some removed, some added."""
    old = draw(states())
    new = copy.deepcopy(old)
    kept = []
    for post in new.posts:
        if draw(st.booleans()) and post.scheduled_at is not None:
            post.scheduled_at += dt.timedelta(hours=draw(st.integers(-200, 200)))
        elif draw(st.booleans()):
            post.scheduled_at = None
        if draw(st.integers(0, 4)) > 0:
            kept.append(post)
    extra = draw(st.lists(posts(new.campaign), max_size=3))
    for i, post in enumerate(extra):
        post.key = f"new{i}"
    new.posts = kept + extra
    return old, new


@settings(max_examples=60, deadline=None)
@given(states())
def test_a_plan_compared_with_itself_has_no_changes(state: PlanState) -> None:
    assert diff_plans(state, copy.deepcopy(state)).is_empty()


@settings(max_examples=60, deadline=None)
@given(edited())
def test_applying_the_recorded_moves_gives_the_later_schedule(
    pair: tuple[PlanState, PlanState],
) -> None:
    old, new = pair
    diff = diff_plans(old, new)
    assert apply_moves(schedule_of(old), diff) == schedule_of(new)


def _post(key: str, text: str, when: dt.datetime | None = MAY, **kw: object) -> Post:
    post = Post(text, [Platform.X, Platform.INSTAGRAM], scheduled_at=when, key=key)
    for name, value in kw.items():
        setattr(post, name, value)
    return post


def _plan() -> Campaign:
    return Campaign(
        "حملة السلامة المرورية",
        dt.date(2026, 5, 1),
        dt.date(2026, 5, 31),
        budget=[BudgetLine(Platform.X, 100_000), BudgetLine(Platform.INSTAGRAM, 50_000)],
    )


def test_each_kind_of_change_is_found_and_named() -> None:
    old = PlanState(
        _plan(),
        [
            _post("a", "اربط حزام الأمان"),
            _post("b", "لا تستخدم الهاتف أثناء القيادة", variants={Platform.X: "الهاتف يقتل"}),
            _post("c", "منشور سيحذف"),
        ],
    )
    new = copy.deepcopy(old)
    new.posts[0].scheduled_at = MAY + dt.timedelta(days=2)
    new.posts[0].status = PostStatus.APPROVED
    new.posts[1].variants[Platform.X] = "الهاتف أثناء القيادة يقتل"
    new.posts.pop(2)
    new.posts.append(_post("d", "منشور جديد"))
    new.campaign.budget[0] = BudgetLine(Platform.X, 150_000)
    new.campaign.status = CampaignStatus.APPROVED  # written by the cycle itself: not a change
    new.campaign.approver = "المدير العام"
    diff = diff_plans(old, new)
    assert [r.key for r in diff.added] == ["d"]
    assert [r.key for r in diff.removed] == ["c"]
    assert [(m.key, m.old, m.new) for m in diff.moved] == [("a", MAY, MAY + dt.timedelta(days=2))]
    assert [(s.key, s.old, s.new) for s in diff.statuses] == [
        ("a", PostStatus.DRAFT, PostStatus.APPROVED)
    ]
    (text,) = diff.texts
    assert (text.key, text.platform) == ("b", Platform.X)
    assert [(w.op, w.old, w.new) for w in text.words] == [(WordOp.ADDED, (), ("أثناء", "القيادة"))]
    (budget,) = diff.plan
    assert (budget.area, budget.platform, budget.old, budget.new) == (
        PlanArea.BUDGET,
        Platform.X,
        100_000,
        150_000,
    )
    assert diff.count() == 6


def test_a_shared_text_change_is_reported_once_not_per_platform() -> None:
    old = PlanState(_plan(), [_post("a", "اربط حزام الأمان")])
    new = copy.deepcopy(old)
    new.posts[0].base_text = "اربط حزام الأمان دائما"
    diff = diff_plans(old, new)
    assert [(t.platform, t.new) for t in diff.texts] == [(None, "اربط حزام الأمان دائما")]


def test_word_changes_name_the_words_replaced() -> None:
    (change,) = word_changes("زر موقعنا يوم الأحد", "زر موقعنا يوم الاثنين")
    assert (change.op, change.old, change.new) == (WordOp.REPLACED, ("الأحد",), ("الاثنين",))


def test_plan_parts_added_by_position() -> None:
    old = PlanState(_plan(), [])
    new = copy.deepcopy(old)
    from planner.domain.model import KeyMessage

    new.campaign.messages.append(KeyMessage("السلامة أولا"))
    (change,) = diff_plans(old, new).plan
    assert (change.area, change.index, change.old, change.new) == (
        PlanArea.MESSAGE,
        1,
        None,
        "السلامة أولا",
    )


# the life ------------------------------------------------------------------------------------

FROZEN = dt.datetime(2026, 4, 20, 10, 0)


def _record(decision: Decision = Decision.APPROVED, on: dt.date = dt.date(2026, 4, 21)):
    return DecisionRecord(decision, on, "سالم الهنائي", "المدير العام", "")


def test_the_life_of_a_plan() -> None:
    history = History()
    assert history.stage(changed_since_latest=True) is PlanStage.DRAFT
    history.check_submission(changed_since_latest=True)
    history.versions.append(Version(1, FROZEN))
    assert history.stage(False) is PlanStage.SUBMITTED
    with pytest.raises(ApprovalError) as caught:
        history.check_submission(changed_since_latest=False)
    assert caught.value.code is ApprovalCode.AWAITING_DECISION
    history.check_decision(1, _record(Decision.RETURNED))
    history.versions[0] = Version(1, FROZEN, _record(Decision.RETURNED))
    assert history.stage(False) is PlanStage.RETURNED
    assert history.stage(True) is PlanStage.DRAFT
    history.versions.append(Version(2, FROZEN + dt.timedelta(days=2)))
    history.versions[1] = Version(2, FROZEN, _record())
    assert history.stage(False) is PlanStage.APPROVED
    assert history.last_approved is not None and history.last_approved.number == 2
    assert history.stage(True) is PlanStage.CHANGED
    with pytest.raises(ApprovalError) as caught:
        history.check_submission(changed_since_latest=False)
    assert caught.value.code is ApprovalCode.NOTHING_CHANGED
    assert history.next_number() == 3


@pytest.mark.parametrize(
    ("number", "record", "code"),
    [
        (1, _record(), ApprovalCode.NOT_LATEST),
        (2, _record(on=dt.date(2026, 4, 19)), ApprovalCode.BEFORE_SUBMISSION),
        (
            2,
            DecisionRecord(Decision.APPROVED, dt.date(2026, 4, 21), "  "),
            ApprovalCode.NO_APPROVER,
        ),
    ],
)
def test_a_decision_the_history_cannot_hold_is_refused(
    number: int, record: DecisionRecord, code: ApprovalCode
) -> None:
    history = History([Version(1, FROZEN, _record()), Version(2, FROZEN)])
    with pytest.raises(ApprovalError) as caught:
        history.check_decision(number, record)
    assert caught.value.code is code


def test_a_version_is_decided_once() -> None:
    history = History([Version(1, FROZEN, _record())])
    with pytest.raises(ApprovalError) as caught:
        history.check_decision(1, _record())
    assert caught.value.code is ApprovalCode.ALREADY_DECIDED


def test_the_campaign_status_follows_the_cycle() -> None:
    assert status_after_submission(CampaignStatus.DRAFT) is CampaignStatus.AWAITING_APPROVAL
    assert status_after_submission(CampaignStatus.RUNNING) is CampaignStatus.RUNNING
    waiting = CampaignStatus.AWAITING_APPROVAL
    assert status_after_decision(waiting, Decision.APPROVED) is CampaignStatus.APPROVED
    assert status_after_decision(waiting, Decision.RETURNED) is CampaignStatus.DRAFT
