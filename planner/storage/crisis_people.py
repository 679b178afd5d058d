"""Reading and writing follower requests, response-time targets, partner bodies and the
account-security register."""

from __future__ import annotations

import builtins
import json
from collections.abc import Sequence
from typing import Any

from planner.domain.crisis import (
    AccessHolder,
    Contact,
    FollowerRequest,
    PartnerAccount,
    PartnerBody,
    PartnerKind,
    RequestKind,
    ResponseTarget,
    SecurityRecord,
    Severity,
    TwoFactor,
)
from planner.domain.model import Platform
from planner.storage.rows import (
    Store,
    date_in,
    date_out,
    datetime_in,
    datetime_out,
    delete_row,
    one_where,
    save_row,
)

_REQUEST_COLUMNS = (
    "id, kind, platform, summary, severity, received_at, answered_at, "
    "referred_to, routed_to, outcome"
)


class RequestStore(Store):
    """The follower-request log."""

    def list(self) -> list[FollowerRequest]:
        """Every request, the most recent first."""
        return self._query("ORDER BY received_at DESC, id DESC", [])

    def unanswered(self) -> builtins.list[FollowerRequest]:
        return self._query("WHERE answered_at IS NULL ORDER BY received_at, id", [])

    def get(self, request_id: int) -> FollowerRequest:
        found = self._query("WHERE id = ?", [request_id])
        if not found:
            raise KeyError(request_id)
        return found[0]

    def referred_to(self, partner_id: int) -> builtins.list[FollowerRequest]:
        return self._query("WHERE referred_to = ? ORDER BY id", [partner_id])

    def save(self, request: FollowerRequest) -> int:
        row: dict[str, Any] = {
            "kind": request.kind.value,
            "platform": request.platform.value,
            "summary": request.summary,
            "severity": request.severity.value,
            "received_at": datetime_in(request.received_at),
            "answered_at": datetime_in(request.answered_at),
            "referred_to": request.referred_to,
            "routed_to": request.routed_to,
            "outcome": request.outcome,
        }
        return save_row(self.db, "crisis_requests", row, request)

    def delete(self, request_id: int) -> None:
        delete_row(self.db, "crisis_requests", request_id)

    def _query(self, tail: str, args: builtins.list[Any]) -> builtins.list[FollowerRequest]:
        rows = self.db.execute(f"SELECT {_REQUEST_COLUMNS} FROM crisis_requests {tail}", args)
        found = []
        for r in rows:
            received = datetime_out(r[5])
            assert received is not None
            found.append(
                FollowerRequest(
                    summary=r[3],
                    platform=Platform(r[2]),
                    received_at=received,
                    kind=RequestKind(r[1]),
                    severity=Severity(r[4]),
                    answered_at=datetime_out(r[6]),
                    referred_to=r[7],
                    routed_to=r[8],
                    outcome=r[9],
                    id=r[0],
                )
            )
        return found


class TargetStore(Store):
    """Response-time targets per platform and severity (platform '' = every platform)."""

    def list(self) -> list[ResponseTarget]:
        """Targets: the general ones first, then per platform, each by severity."""
        platforms = {p.value: i for i, p in enumerate(Platform)}
        severities = {s.value: i for i, s in enumerate(Severity)}
        rows = sorted(
            self.db.table("crisis_targets").rows,
            key=lambda r: (platforms.get(r["platform"], -1), severities[r["severity"]]),
        )
        return [
            ResponseTarget(
                Severity(r["severity"]),
                r["minutes"],
                Platform(r["platform"]) if r["platform"] else None,
                r["route_to"],
            )
            for r in rows
        ]

    def save(self, target: ResponseTarget) -> None:
        """Add or replace the target of that platform and severity."""
        with self.db.atomic():
            self.db.table("crisis_targets").upsert(_target_row(target), pk=("platform", "severity"))

    def replace(self, targets: Sequence[ResponseTarget]) -> None:
        """Make `targets` the whole set (the last one wins for a repeated key)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM crisis_targets")
            for target in targets:
                self.db.table("crisis_targets").upsert(
                    _target_row(target), pk=("platform", "severity")
                )


def _target_row(target: ResponseTarget) -> dict[str, Any]:
    return {
        "platform": target.platform.value if target.platform else "",
        "severity": target.severity.value,
        "minutes": target.minutes,
        "route_to": target.route_to,
    }


class PartnerStore(Store):
    """The directory of partner bodies, with their accounts and contact people."""

    def list(self) -> list[PartnerBody]:
        return [_partner(r) for r in self.db.table("crisis_partners").rows_where(order_by="id")]

    def get(self, partner_id: int) -> PartnerBody:
        return _partner(one_where(self.db, "crisis_partners", "id", partner_id))

    def save(self, partner: PartnerBody) -> int:
        row: dict[str, Any] = {
            "name": partner.name,
            "kind": partner.kind.value,
            "topics": json.dumps(partner.topics, ensure_ascii=False),
            "accounts": json.dumps(
                [[a.platform.value, a.handle] for a in partner.accounts], ensure_ascii=False
            ),
            "contacts": json.dumps(
                [[c.name, c.role, c.phone, c.email] for c in partner.contacts], ensure_ascii=False
            ),
            "notes": partner.notes,
        }
        return save_row(self.db, "crisis_partners", row, partner)

    def delete(self, partner_id: int) -> None:
        delete_row(self.db, "crisis_partners", partner_id)


def _partner(r: dict[str, Any]) -> PartnerBody:
    return PartnerBody(
        name=r["name"],
        kind=PartnerKind(r["kind"]),
        topics=json.loads(r["topics"]),
        accounts=[PartnerAccount(Platform(p), h) for p, h in json.loads(r["accounts"])],
        contacts=[Contact(*c) for c in json.loads(r["contacts"])],
        notes=r["notes"],
        id=r["id"],
    )


class SecurityStore(Store):
    """The account-security register: one record per account, dates and facts only."""

    def list(self) -> list[SecurityRecord]:
        return [
            _record(r) for r in self.db.table("crisis_security").rows_where(order_by="account_id")
        ]

    def get(self, account_id: int) -> SecurityRecord:
        return _record(one_where(self.db, "crisis_security", "account_id", account_id))

    def find(self, account_id: int) -> SecurityRecord:
        """The account's record, or an empty one when none was kept yet."""
        try:
            return self.get(account_id)
        except KeyError:
            return SecurityRecord(account_id)

    def save(self, record: SecurityRecord) -> int:
        row: dict[str, Any] = {
            "account_id": record.account_id,
            "holders": json.dumps(
                [[h.name, h.role, date_in(h.since)] for h in record.holders], ensure_ascii=False
            ),
            "two_factor": record.two_factor.value,
            "recovery_email_verified": int(record.recovery_email_verified),
            "recovery_phone_verified": int(record.recovery_phone_verified),
            "last_password_change": date_in(record.last_password_change),
            "last_access_review": date_in(record.last_access_review),
            "review_every_days": record.review_every_days,
            "notes": record.notes,
        }
        with self.db.atomic():
            self.db.table("crisis_security").upsert(row, pk="account_id")
        return record.account_id

    def delete(self, account_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM crisis_security WHERE account_id = ?", [account_id])


def _record(r: dict[str, Any]) -> SecurityRecord:
    return SecurityRecord(
        account_id=r["account_id"],
        holders=[AccessHolder(n, role, date_out(s)) for n, role, s in json.loads(r["holders"])],
        two_factor=TwoFactor(r["two_factor"]),
        recovery_email_verified=bool(r["recovery_email_verified"]),
        recovery_phone_verified=bool(r["recovery_phone_verified"]),
        last_password_change=date_out(r["last_password_change"]),
        last_access_review=date_out(r["last_access_review"]),
        review_every_days=r["review_every_days"],
        notes=r["notes"],
    )
