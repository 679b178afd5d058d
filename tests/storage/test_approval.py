"""Plan versions in a real workspace: submit, decide, read back, compare; never changed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from planner.domain.approval import ApprovalCode, ApprovalError, Decision, DecisionRecord, PlanStage
from planner.domain.model import BudgetLine, CampaignStatus, Platform, PostStatus
from planner.storage import approval
from planner.storage.workspace import Workspace
from tests import identity_files
from tests.storage.exchange_cases import add_known_campaign

NOW = dt.datetime(2026, 10, 20, 9, 30)
APPROVED = DecisionRecord(
    Decision.APPROVED, dt.date(2026, 10, 22), "سالم الهنائي", "المدير العام", "موافق"
)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace.create(tmp_path / "w.planner")


def test_submit_freezes_the_plan_and_approving_records_who_and_when(ws: Workspace) -> None:
    cid = add_known_campaign(ws)
    assert approval.stage(ws, cid) is PlanStage.DRAFT
    submitted = approval.submit(ws, cid, NOW)
    assert submitted.version.number == 1
    campaign = ws.campaigns.get(cid)
    assert (campaign.status, campaign.version) == (CampaignStatus.AWAITING_APPROVAL, "1")
    assert approval.stage(ws, cid) is PlanStage.SUBMITTED
    approval.record_decision(ws, cid, 1, APPROVED)
    campaign = ws.campaigns.get(cid)
    assert (campaign.status, campaign.approver) == (CampaignStatus.APPROVED, "سالم الهنائي")
    assert approval.stage(ws, cid) is PlanStage.APPROVED
    (version,) = approval.history(ws, cid).versions
    assert version.decision is not None
    assert (version.decision.approver, version.decision.title) == ("سالم الهنائي", "المدير العام")
    assert version.frozen_at == NOW
    changes = approval.changes_since_approval(ws, cid)
    assert changes is not None and changes.diff.is_empty()


def test_a_version_never_changes_after_the_live_plan_does(ws: Workspace) -> None:
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    approval.record_decision(ws, cid, 1, APPROVED)
    before = approval.load_version(ws, cid, 1)[1]
    posts = ws.posts.for_campaign(cid)
    moved = posts[0]
    old_time = moved.scheduled_at
    assert old_time is not None
    moved.scheduled_at = old_time + dt.timedelta(days=1)
    ws.posts.save(moved)
    reworded = posts[1]
    reworded.variants[reworded.platforms[0]] = "نص جديد كليا للمنصة"
    ws.posts.save(reworded)
    campaign = ws.campaigns.get(cid)
    campaign.budget = [BudgetLine(Platform.X, 999_000)]
    campaign.objectives[0].text = "هدف معدل"
    ws.campaigns.save(campaign)
    ws.posts.delete(posts[2].id or 0)

    after = approval.load_version(ws, cid, 1)[1]
    assert after == before
    snap = {e.post.key: e.post for e in after.posts}
    assert snap[moved.key].scheduled_at == old_time
    assert after.campaign.objectives[0].text != "هدف معدل"

    changes = approval.changes_since_approval(ws, cid)
    assert changes is not None
    diff = changes.diff
    assert [(m.key, m.old) for m in diff.moved] == [(moved.key, old_time)]
    assert [t.key for t in diff.texts] == [reworded.key]
    assert [r.key for r in diff.removed] == [posts[2].key]
    assert {c.area.value for c in diff.plan} >= {"budget", "objective"}
    assert approval.stage(ws, cid) is PlanStage.CHANGED


def test_nothing_to_submit_twice_and_a_decision_once(ws: Workspace) -> None:
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    with pytest.raises(ApprovalError) as caught:
        approval.submit(ws, cid, NOW)
    assert caught.value.code is ApprovalCode.AWAITING_DECISION
    approval.record_decision(ws, cid, 1, APPROVED)
    with pytest.raises(ApprovalError) as caught:
        approval.record_decision(ws, cid, 1, APPROVED)
    assert caught.value.code is ApprovalCode.ALREADY_DECIDED
    with pytest.raises(ApprovalError) as caught:
        approval.submit(ws, cid, NOW)
    assert caught.value.code is ApprovalCode.NOTHING_CHANGED


def test_returned_then_changed_then_submitted_again(ws: Workspace) -> None:
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    returned = DecisionRecord(
        Decision.RETURNED, dt.date(2026, 10, 21), "سالم", comments="قلل ميزانية إكس"
    )
    approval.record_decision(ws, cid, 1, returned)
    assert ws.campaigns.get(cid).status is CampaignStatus.DRAFT
    assert approval.stage(ws, cid) is PlanStage.RETURNED
    campaign = ws.campaigns.get(cid)
    campaign.budget = [BudgetLine(Platform.X, 1_000)]
    ws.campaigns.save(campaign)
    second = approval.submit(ws, cid, NOW + dt.timedelta(days=2))
    assert second.version.number == 2
    diff = approval.changes_between(ws, cid, 1, 2)
    assert [c.area.value for c in diff.plan] == ["budget"] * len(diff.plan)
    assert approval.changes_since_approval(ws, cid) is None


def test_undo_takes_back_a_submission_and_a_decision(ws: Workspace) -> None:
    cid = add_known_campaign(ws)
    status, label = ws.campaigns.get(cid).status, ws.campaigns.get(cid).version
    submitted = approval.submit(ws, cid, NOW)
    recorded = approval.record_decision(ws, cid, 1, APPROVED)
    approval.unrecord(ws, recorded)
    assert approval.stage(ws, cid) is PlanStage.SUBMITTED
    assert ws.campaigns.get(cid).approver == ""
    approval.withdraw(ws, submitted)
    assert approval.history(ws, cid).versions == []
    assert (ws.campaigns.get(cid).status, ws.campaigns.get(cid).version) == (status, label)


def test_the_signed_document_is_kept_in_the_asset_library(ws: Workspace) -> None:
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    signed = identity_files.pdf()
    approval.record_decision(ws, cid, 1, APPROVED, signed, "الموافقة الموقعة")
    (version,) = approval.history(ws, cid).versions
    assert version.decision is not None and version.decision.document_sha256
    assert ws.assets.blob(version.decision.document_sha256) == signed


def test_versions_survive_closing_and_reopening(ws: Workspace, tmp_path: Path) -> None:
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    approval.record_decision(ws, cid, 1, APPROVED)
    raw = ws.db.execute("SELECT snapshot FROM plan_versions").fetchone()[0]
    assert json.loads(raw)["campaign"]["name"] == "مسقط أجمل بنظافتها"
    ws.close()
    again = Workspace.open(tmp_path / "w.planner", backup=False)
    assert [v.number for v in approval.history(again, cid).versions] == [1]
    again.close()


def test_the_sample_shows_an_approved_version_and_three_changes_since(tmp_path: Path) -> None:
    from planner.paths import resource
    from planner.storage.sample import load_sample

    ws = Workspace.create(tmp_path / "sample.planner")
    load_sample(ws, resource("sample", "workspace.json"), dt.date(2026, 11, 20))
    (first,) = [s for s in ws.campaigns.summaries() if s.name == "مسقط أجمل بنظافتها"]
    (version,) = approval.history(ws, first.id).versions
    assert version.decision is not None and version.decision.decision is Decision.APPROVED
    changes = approval.changes_since_approval(ws, first.id)
    assert changes is not None
    diff = changes.diff
    assert len(diff.moved) == 1 and diff.moved[0].old is not None
    assert [t.platform for t in diff.texts] == [Platform.X]
    assert [(c.area.value, c.platform) for c in diff.plan] == [("budget", Platform.TIKTOK)]
    assert diff.count() == 3
    assert approval.stage(ws, first.id) is PlanStage.CHANGED
    ws.close()


def test_change_counts_follow_every_write_and_skip_settled_campaigns(ws: Workspace) -> None:
    cid = add_known_campaign(ws)
    approval.submit(ws, cid, NOW)
    approval.record_decision(ws, cid, 1, APPROVED)
    assert approval.change_counts(ws) == {}
    post = ws.posts.for_campaign(cid)[0]
    assert post.scheduled_at is not None
    post.scheduled_at += dt.timedelta(days=1)
    ws.posts.save(post)
    assert approval.change_counts(ws) == {cid: 1}
    post.status = PostStatus.CANCELLED
    ws.posts.save(post)
    assert approval.change_counts(ws) == {cid: 2}  # asked again after a write: counted again
    campaign = ws.campaigns.get(cid)
    campaign.status = CampaignStatus.FINISHED
    ws.campaigns.save(campaign)
    assert approval.change_counts(ws) == {}  # a finished campaign is not flagged any more
    assert approval.changes_since_approval(ws, cid) is not None  # its record stays
