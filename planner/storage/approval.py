"""Submit a plan for approval, record the decision, read versions back, compare with the plan.

A submission freezes the campaign file data of that moment (planner/storage/exchange.py) and
each post's key; a version is read back through the campaign-file reader, so a snapshot is
turned into domain objects exactly as an imported file would be. See docs/approval.md.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, replace

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
from planner.domain.model import CampaignStatus
from planner.domain.plan_diff import PlanDiff, PlanState, diff_plans
from planner.storage.exchange import export_bundle
from planner.storage.exchange_format import CampaignBundle, ExchangeError, bundle_to_dict
from planner.storage.exchange_reader import bundle_from_dict
from planner.storage.versions import Frozen, VersionStore
from planner.storage.workspace import Workspace

__all__ = [
    "ApprovalCode",
    "ApprovalError",
    "Changes",
    "Submitted",
    "changes_since_approval",
    "history",
    "live_state",
    "load_version",
    "record_decision",
    "stage",
    "submit",
]


@dataclass(frozen=True)
class Submitted:
    """What a submission did, so that it can be undone: the version, the status before."""

    version: Version
    campaign_id: int
    status_before: CampaignStatus
    label_before: str


@dataclass(frozen=True)
class Changes:
    """The changes of the live plan since a version."""

    version: Version
    diff: PlanDiff


def _store(workspace: Workspace) -> VersionStore:
    return VersionStore(workspace.db)


def history(workspace: Workspace, campaign_id: int) -> History:
    return _store(workspace).history(campaign_id)


def _frozen(workspace: Workspace, campaign_id: int) -> tuple[Frozen, CampaignBundle]:
    bundle = export_bundle(workspace, campaign_id, with_versions=False, with_assets=False)
    keys = [entry.post.key for entry in bundle.posts]
    data = bundle_to_dict(bundle)
    return Frozen(data, keys), bundle


def _state(frozen: Frozen) -> tuple[PlanState, CampaignBundle]:
    bundle = bundle_from_dict(frozen.data)
    keys = frozen.post_keys
    if len(keys) != len(bundle.posts):  # keys lost: posts are still told apart, by position
        keys = [f"#{i}" for i in range(len(bundle.posts))]
    for entry, key in zip(bundle.posts, keys, strict=True):
        entry.post = replace(entry.post, key=key)
    return PlanState(bundle.campaign, [e.post for e in bundle.posts]), bundle


def live_state(workspace: Workspace, campaign_id: int) -> PlanState:
    """The plan as it is now, read the way a version is read back."""
    frozen, bundle = _frozen(workspace, campaign_id)
    try:
        return _state(frozen)[0]
    except ExchangeError:  # a plan that breaks a rule is still compared, as it stands
        return PlanState(bundle.campaign, [e.post for e in bundle.posts])


def load_version(
    workspace: Workspace, campaign_id: int, number: int
) -> tuple[Version, CampaignBundle]:
    """A version's snapshot as a campaign bundle (posts with their keys); KeyError if none."""
    for version in history(workspace, campaign_id).versions:
        if version.number == number and version.id is not None:
            return version, _state(_store(workspace).frozen(version.id))[1]
    raise KeyError(number)


def _changed_since(workspace: Workspace, campaign_id: int, version: Version) -> PlanDiff:
    assert version.id is not None
    old = _state(_store(workspace).frozen(version.id))[0]
    return diff_plans(old, live_state(workspace, campaign_id))


def stage(workspace: Workspace, campaign_id: int) -> PlanStage:
    h = history(workspace, campaign_id)
    latest = h.latest
    changed = latest is None or not _changed_since(workspace, campaign_id, latest).is_empty()
    return h.stage(changed)


def changes_since_approval(workspace: Workspace, campaign_id: int) -> Changes | None:
    """The changes since the last approved version; None when no version was ever approved."""
    approved = history(workspace, campaign_id).last_approved
    if approved is None:
        return None
    return Changes(approved, _changed_since(workspace, campaign_id, approved))


# per workspace: campaign -> ((approved version id, plan serial), changes counted then)
_COUNTS: weakref.WeakKeyDictionary[Workspace, dict[int, tuple[tuple[int, int], int]]] = (
    weakref.WeakKeyDictionary()
)
_SETTLED = (CampaignStatus.FINISHED, CampaignStatus.ARCHIVED)


def change_counts(workspace: Workspace) -> dict[int, int]:
    """How many changes each campaign not finished or archived has had since its last
    approval (only those with some): what the Overview and the campaign list show.

    A plan is compared again only when it was written to since (a serial raised by triggers,
    see planner/storage/versions.py) or approved again: the screens ask on every notice.
    """
    cache = _COUNTS.setdefault(workspace, {})
    settled = {s.id for s in workspace.campaigns.summaries() if s.status in _SETTLED}
    counts = {}
    for campaign_id, stamp in _store(workspace).approved_campaigns().items():
        if campaign_id in settled:
            continue
        known = cache.get(campaign_id)
        if known is None or known[0] != stamp:
            found = changes_since_approval(workspace, campaign_id)
            known = (stamp, found.diff.count() if found is not None else 0)
            cache[campaign_id] = known
        if known[1]:
            counts[campaign_id] = known[1]
    return counts


def changes_between(workspace: Workspace, campaign_id: int, old: int, new: int) -> PlanDiff:
    """The changes from version `old` to version `new` of the campaign."""
    a = load_version(workspace, campaign_id, old)[1]
    b = load_version(workspace, campaign_id, new)[1]
    return diff_plans(
        PlanState(a.campaign, [e.post for e in a.posts]),
        PlanState(b.campaign, [e.post for e in b.posts]),
    )


def check_submission(workspace: Workspace, campaign_id: int) -> None:
    """Raise what `submit` would raise, writing nothing: ApprovalError, or ExchangeError
    (naming the field) for a plan that a campaign file could not hold."""
    h = history(workspace, campaign_id)
    latest = h.latest
    changed = latest is None or not _changed_since(workspace, campaign_id, latest).is_empty()
    h.check_submission(changed)
    _state(_frozen(workspace, campaign_id)[0])


def submit(workspace: Workspace, campaign_id: int, now: dt.datetime) -> Submitted:
    """Freeze the plan as the next version; the campaign awaits approval and carries the
    version's number as its label. ApprovalError when nothing changed since the latest
    version; ExchangeError (naming the field) when the plan breaks a rule of a campaign file.
    """
    store = _store(workspace)
    h = store.history(campaign_id)
    latest = h.latest
    changed = latest is None or not _changed_since(workspace, campaign_id, latest).is_empty()
    h.check_submission(changed)
    number = h.next_number()
    with workspace.transaction():
        campaign = workspace.campaigns.get(campaign_id)
        status_before, label_before = campaign.status, campaign.version
        campaign.status = status_after_submission(campaign.status)
        campaign.version = str(number)
        workspace.campaigns.save(campaign)
        frozen, _ = _frozen(workspace, campaign_id)
        _state(frozen)  # a snapshot that could not be read back is refused (ExchangeError)
        version_id = store.append(campaign_id, number, now, frozen)
    version = Version(number, now.replace(second=0, microsecond=0), None, version_id)
    return Submitted(version, campaign_id, status_before, label_before)


def withdraw(workspace: Workspace, submitted: Submitted) -> None:
    """Undo a submission: the version goes, the campaign's status and label come back."""
    assert submitted.version.id is not None
    with workspace.transaction():
        _store(workspace).remove_version(submitted.version.id)
        campaign = workspace.campaigns.get(submitted.campaign_id)
        campaign.status = submitted.status_before
        campaign.version = submitted.label_before
        workspace.campaigns.save(campaign)


@dataclass(frozen=True)
class Recorded:
    """What recording a decision did, so that it can be undone."""

    decision_id: int
    campaign_id: int
    status_before: CampaignStatus
    approver_before: str


def record_decision(
    workspace: Workspace,
    campaign_id: int,
    number: int,
    record: DecisionRecord,
    document: bytes | None = None,
    document_name: str = "",
    document_suffix: str = ".pdf",
) -> Recorded:
    """Record the decision on version `number` (the latest, undecided one: ApprovalError
    otherwise). The signed document, when given, is kept in the asset library (its checks
    apply: AssetRefusedError). An approval names the approver on the plan's cover."""
    store = _store(workspace)
    h = store.history(campaign_id)
    h.check_decision(number, record)
    latest = h.latest
    assert latest is not None and latest.id is not None
    with workspace.transaction():
        if document is not None:
            outcome = workspace.assets.add(
                document, document_name or f"approval-v{number}", suffix=document_suffix
            )
            record = replace(record, document_sha256=outcome.asset.sha256)
        campaign = workspace.campaigns.get(campaign_id)
        before = (campaign.status, campaign.approver)
        campaign.status = status_after_decision(campaign.status, record.decision)
        if record.decision is Decision.APPROVED:
            campaign.approver = record.approver
        workspace.campaigns.save(campaign)
        decision_id = store.add_decision(latest.id, record)
    return Recorded(decision_id, campaign_id, before[0], before[1])


def unrecord(workspace: Workspace, recorded: Recorded) -> None:
    """Undo recording a decision (a signed document stays in the library)."""
    with workspace.transaction():
        _store(workspace).remove_decision(recorded.decision_id)
        campaign = workspace.campaigns.get(recorded.campaign_id)
        campaign.status = recorded.status_before
        campaign.approver = recorded.approver_before
        workspace.campaigns.save(campaign)
