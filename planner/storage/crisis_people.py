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
    ResponseTarget,
    SecurityRecord,
    Severity,
)
from planner.domain.model import Platform
from planner.storage.records import by_name, from_row, to_row
from planner.storage.rows import (
    Store,
    date_in,
    date_out,
    delete_row,
    one_where,
    save_row,
)

_REQUEST_FIELDS = (
    "kind",
    "platform",
    "summary",
    "severity",
    "received_at",
    "answered_at",
    "referred_to",
    "routed_to",
    "outcome",
)
_REQUEST_COLUMNS = ", ".join(("id", *_REQUEST_FIELDS))


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
        row = to_row(request, _REQUEST_FIELDS)
        return save_row(self.db, "crisis_requests", row, request)

    def delete(self, request_id: int) -> None:
        delete_row(self.db, "crisis_requests", request_id)

    def _query(self, tail: str, args: builtins.list[Any]) -> builtins.list[FollowerRequest]:
        rows = self.db.execute(f"SELECT {_REQUEST_COLUMNS} FROM crisis_requests {tail}", args)
        return [from_row(FollowerRequest, r) for r in by_name(rows)]


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
        return [from_row(ResponseTarget, r) for r in rows]

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
    """Every platform is '' here, not NULL: the pair (platform, severity) is the key."""
    row = to_row(target, ("severity", "minutes", "route_to"))
    return {"platform": target.platform.value if target.platform else "", **row}


class PartnerStore(Store):
    """The directory of partner bodies, with their accounts and contact people."""

    def list(self) -> list[PartnerBody]:
        return [_partner(r) for r in self.db.table("crisis_partners").rows_where(order_by="id")]

    def get(self, partner_id: int) -> PartnerBody:
        return _partner(one_where(self.db, "crisis_partners", "id", partner_id))

    def save(self, partner: PartnerBody) -> int:
        row = to_row(
            partner,
            ("name", "kind", "topics", "notes"),
            accounts=json.dumps(
                [[a.platform.value, a.handle] for a in partner.accounts], ensure_ascii=False
            ),
            contacts=json.dumps(
                [[c.name, c.role, c.phone, c.email] for c in partner.contacts], ensure_ascii=False
            ),
        )
        return save_row(self.db, "crisis_partners", row, partner)

    def delete(self, partner_id: int) -> None:
        delete_row(self.db, "crisis_partners", partner_id)


def _partner(r: dict[str, Any]) -> PartnerBody:
    return from_row(
        PartnerBody,
        r,
        accounts=[PartnerAccount(Platform(p), h) for p, h in json.loads(r["accounts"])],
        contacts=[Contact(*c) for c in json.loads(r["contacts"])],
    )


_SECURITY_COLUMNS = (
    "account_id",
    "two_factor",
    "recovery_email_verified",
    "recovery_phone_verified",
    "last_password_change",
    "last_access_review",
    "review_every_days",
    "notes",
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
        row = to_row(
            record,
            _SECURITY_COLUMNS,
            holders=json.dumps(
                [[h.name, h.role, date_in(h.since)] for h in record.holders], ensure_ascii=False
            ),
        )
        with self.db.atomic():
            self.db.table("crisis_security").upsert(row, pk="account_id")
        return record.account_id

    def delete(self, account_id: int) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM crisis_security WHERE account_id = ?", [account_id])


def _record(r: dict[str, Any]) -> SecurityRecord:
    holders = [AccessHolder(n, role, date_out(s)) for n, role, s in json.loads(r["holders"])]
    return from_row(SecurityRecord, r, holders=holders)
