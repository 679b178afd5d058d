"""A plan's approval life: versions frozen at each submission and the decisions recorded on them.

The cycle (docs/approval.md): draft → submitted (a version is frozen) → approved, or returned
with comments → changes → submitted again (a new version) ... There is one user and no login:
a decision is the officer's record of what the approver decided, not a permission.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.model import CampaignStatus


class Decision(StrEnum):
    """What the approver decided on a submitted version."""

    APPROVED = "approved"
    RETURNED = "returned"  # returned with comments, to be changed and submitted again


class PlanStage(StrEnum):
    """Where a plan stands in its approval life, derived from its versions and the live plan."""

    DRAFT = "draft"  # never submitted
    SUBMITTED = "submitted"  # the latest version awaits a decision
    APPROVED = "approved"  # the latest version is approved and the plan has not changed since
    RETURNED = "returned"  # the latest version was returned
    CHANGED = "changed"  # approved once, changed since


class ApprovalCode(StrEnum):
    """Why a submission or a decision is refused; the UI says it in words."""

    NOTHING_CHANGED = "nothing_changed"  # the plan is exactly the latest version
    AWAITING_DECISION = "awaiting_decision"  # the latest version, unchanged, awaits a decision
    NOT_LATEST = "not_latest"  # a decision is recorded on the latest version only
    ALREADY_DECIDED = "already_decided"
    NO_APPROVER = "no_approver"
    BEFORE_SUBMISSION = "before_submission"  # decided before the version was submitted


class ApprovalError(Exception):
    """A submission or decision refused, with the rule it breaks."""

    def __init__(self, code: ApprovalCode) -> None:
        super().__init__(code.value)
        self.code = code


@dataclass(frozen=True)
class DecisionRecord:
    """The decision the officer received on a version, as she recorded it."""

    decision: Decision
    decided_on: dt.date
    approver: str
    title: str = ""
    comments: str = ""
    document_sha256: str | None = None  # the signed document, kept in the asset library
    id: int | None = None


@dataclass(frozen=True)
class Version:
    """A frozen submission of the plan: its number (1, 2, ...) and the decision on it, if any."""

    number: int
    frozen_at: dt.datetime
    decision: DecisionRecord | None = None
    id: int | None = None


@dataclass
class History:
    """A campaign's versions, oldest first."""

    versions: list[Version] = field(default_factory=list)

    @property
    def latest(self) -> Version | None:
        return self.versions[-1] if self.versions else None

    @property
    def last_approved(self) -> Version | None:
        """The newest approved version: what the plan is measured against."""
        for version in reversed(self.versions):
            if version.decision is not None and version.decision.decision is Decision.APPROVED:
                return version
        return None

    def next_number(self) -> int:
        return self.versions[-1].number + 1 if self.versions else 1

    def stage(self, changed_since_latest: bool) -> PlanStage:
        """The plan's stage; `changed_since_latest` tells whether the live plan differs from
        the latest version."""
        latest = self.latest
        if latest is None:
            return PlanStage.DRAFT
        if changed_since_latest:
            return PlanStage.CHANGED if self.last_approved is not None else PlanStage.DRAFT
        if latest.decision is None:
            return PlanStage.SUBMITTED
        if latest.decision.decision is Decision.APPROVED:
            return PlanStage.APPROVED
        return PlanStage.RETURNED

    def check_submission(self, changed_since_latest: bool) -> None:
        """Refuse a submission that would freeze the same plan twice.

        A plan changed since its latest version may always be submitted again: the earlier
        version, if it had no decision, stays in the history as superseded.
        """
        latest = self.latest
        if latest is None or changed_since_latest:
            return
        if latest.decision is None:
            raise ApprovalError(ApprovalCode.AWAITING_DECISION)
        raise ApprovalError(ApprovalCode.NOTHING_CHANGED)

    def check_decision(self, version_number: int, record: DecisionRecord) -> None:
        """Refuse a decision the history cannot hold: one per version, on the latest only."""
        latest = self.latest
        if latest is None or latest.number != version_number:
            raise ApprovalError(ApprovalCode.NOT_LATEST)
        if latest.decision is not None:
            raise ApprovalError(ApprovalCode.ALREADY_DECIDED)
        if not record.approver.strip():
            raise ApprovalError(ApprovalCode.NO_APPROVER)
        if record.decided_on < latest.frozen_at.date():
            raise ApprovalError(ApprovalCode.BEFORE_SUBMISSION)


def status_after_submission(status: CampaignStatus) -> CampaignStatus:
    """A draft or approved plan awaits approval once submitted; a running one keeps running."""
    if status in (CampaignStatus.DRAFT, CampaignStatus.APPROVED):
        return CampaignStatus.AWAITING_APPROVAL
    return status


def status_after_decision(status: CampaignStatus, decision: Decision) -> CampaignStatus:
    """An awaiting plan becomes approved, or a draft again when returned."""
    if status is not CampaignStatus.AWAITING_APPROVAL:
        return status
    return CampaignStatus.APPROVED if decision is Decision.APPROVED else CampaignStatus.DRAFT
