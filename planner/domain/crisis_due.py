"""What is late: follower requests against their response-time targets, playbook steps,
and account-security reviews; and what the Overview should raise from them.

A request counts for the share answered within target once its fate is known: answered
(in time or late), or unanswered past its target. An unanswered request still inside its
target is pending and counts for neither side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from planner.domain.crisis import (
    FollowerRequest,
    Incident,
    IncidentStep,
    ResponseTarget,
    SecurityRecord,
    Severity,
)
from planner.domain.model import Platform


def target_for(
    targets: Sequence[ResponseTarget], platform: Platform | None, severity: Severity
) -> ResponseTarget | None:
    """The target of that severity for that platform, else the one for every platform."""
    general = None
    for target in targets:
        if target.severity is not severity:
            continue
        if target.platform is platform and platform is not None:
            return target
        if target.platform is None:
            general = target
    return general


def due_at(request: FollowerRequest, targets: Sequence[ResponseTarget]) -> dt.datetime | None:
    """When the request must be answered by; None when no target applies."""
    target = target_for(targets, request.platform, request.severity)
    if target is None:
        return None
    return request.received_at + dt.timedelta(minutes=target.minutes)


def route(request: FollowerRequest, targets: Sequence[ResponseTarget]) -> str:
    """The channel this request must go to (e.g. the hotline for a critical matter), or ""."""
    target = target_for(targets, request.platform, request.severity)
    return target.route_to if target else ""


def is_overdue(
    request: FollowerRequest, targets: Sequence[ResponseTarget], now: dt.datetime
) -> bool:
    """Unanswered and past its target."""
    due = due_at(request, targets)
    return request.answered_at is None and due is not None and now > due


def within_target(
    request: FollowerRequest, targets: Sequence[ResponseTarget], now: dt.datetime
) -> bool | None:
    """True when answered in time, False when answered late or overdue, None while pending
    or without a target."""
    due = due_at(request, targets)
    if due is None:
        return None
    if request.answered_at is not None:
        return request.answered_at <= due
    return False if now > due else None


@dataclass(frozen=True)
class Share:
    """How many requests were answered within target, out of those whose fate is known."""

    within: int
    counted: int

    @property
    def fraction(self) -> float | None:
        return self.within / self.counted if self.counted else None


def share_within_target(
    requests: Sequence[FollowerRequest], targets: Sequence[ResponseTarget], now: dt.datetime
) -> Share:
    """The share of requests answered within their target (pending ones left out)."""
    verdicts = [within_target(r, targets, now) for r in requests]
    known = [v for v in verdicts if v is not None]
    return Share(sum(known), len(known))


def overdue_requests(
    requests: Sequence[FollowerRequest], targets: Sequence[ResponseTarget], now: dt.datetime
) -> list[FollowerRequest]:
    """Unanswered requests past their target, the longest waiting first."""
    late = [r for r in requests if is_overdue(r, targets, now)]
    return sorted(late, key=lambda r: (r.received_at, r.id or 0))


def overdue_steps(incident: Incident, now: dt.datetime) -> list[IncidentStep]:
    """The incident's unticked steps past their time target (none once it is closed)."""
    if not incident.is_open:
        return []
    return [
        s
        for s in incident.steps
        if s.done_at is None and (due := s.due_at(incident.first_seen_at)) is not None and now > due
    ]


def next_review(record: SecurityRecord) -> dt.date | None:
    """When the account's access is next due for review; None when it was never reviewed
    (which makes it due at once)."""
    if record.last_access_review is None:
        return None
    return record.last_access_review + dt.timedelta(days=max(1, record.review_every_days))


@dataclass(frozen=True)
class ReviewDue:
    """An account whose access review is overdue; `due` None when it was never reviewed."""

    account_id: int
    due: dt.date | None

    def days_late(self, today: dt.date) -> int | None:
        return (today - self.due).days if self.due is not None else None


def overdue_reviews(
    records: Sequence[SecurityRecord], account_ids: Sequence[int], today: dt.date
) -> list[ReviewDue]:
    """Accounts whose review date has passed, or that were never reviewed (an account with
    no record counts as never reviewed), in the order of `account_ids`."""
    by_account = {r.account_id: r for r in records}
    found = []
    for account_id in account_ids:
        record = by_account.get(account_id, SecurityRecord(account_id))
        due = next_review(record)
        if due is None or due < today:
            found.append(ReviewDue(account_id, due))
    return found


@dataclass(frozen=True)
class CrisisAlerts:
    """What the Overview raises from the crisis screen."""

    open_incidents: tuple[Incident, ...] = ()
    overdue_requests: tuple[FollowerRequest, ...] = ()
    overdue_reviews: tuple[ReviewDue, ...] = ()


def alerts(
    incidents: Sequence[Incident],
    requests: Sequence[FollowerRequest],
    targets: Sequence[ResponseTarget],
    records: Sequence[SecurityRecord],
    account_ids: Sequence[int],
    now: dt.datetime,
) -> CrisisAlerts:
    """Open incidents (most severe, then oldest, first), overdue requests, overdue reviews."""
    order = list(Severity)
    open_ = sorted(
        (i for i in incidents if i.is_open),
        key=lambda i: (-order.index(i.severity), i.first_seen_at, i.id or 0),
    )
    return CrisisAlerts(
        tuple(open_),
        tuple(overdue_requests(requests, targets, now)),
        tuple(overdue_reviews(records, account_ids, now.date())),
    )
