"""Workspace-wide reference data: the institution's details, segments and accounts."""

from __future__ import annotations

import json
from typing import Any

from planner.domain.model import Account, BestTime, Platform, Segment
from planner.domain.text import normalise_fields
from planner.storage.records import from_row, to_row
from planner.storage.rows import Store, delete_row, put, save_row


class MetaStore(Store):
    """Small named values of the workspace (institution name, ...)."""

    def get(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.table("meta").upsert({"key": key, "value": value}, pk="key")


class SegmentStore(Store):
    """Target segments of society."""

    def list(self) -> list[Segment]:
        return [from_row(Segment, r) for r in self.db.table("segments").rows_where(order_by="id")]

    def get(self, segment_id: int) -> Segment:
        return from_row(Segment, self.db.table("segments").get(segment_id))

    def save(self, segment: Segment) -> int:
        normalise_fields(segment, "segment")
        row = to_row(segment, ("name", "description", "platforms"))
        return save_row(self.db, "segments", row, segment)

    def delete(self, segment_id: int) -> None:
        delete_row(self.db, "segments", segment_id)


class AccountStore(Store):
    """The institution's accounts on each platform."""

    def list(self) -> list[Account]:
        links: dict[int, list[int]] = {}
        for account_id, segment_id in self.db.execute(
            "SELECT account_id, segment_id FROM account_segments ORDER BY segment_id"
        ):
            links.setdefault(account_id, []).append(segment_id)
        order = {p.value: i for i, p in enumerate(Platform)}
        accounts = [
            _account(r, links.get(r["id"], []))
            for r in self.db.table("accounts").rows_where(order_by="id")
        ]
        return sorted(accounts, key=lambda a: (order[a.platform.value], a.id or 0))

    def get(self, account_id: int) -> Account:
        links = [
            r[0]
            for r in self.db.execute(
                "SELECT segment_id FROM account_segments WHERE account_id = ? ORDER BY segment_id",
                [account_id],
            )
        ]
        return _account(self.db.table("accounts").get(account_id), links)

    def save(self, account: Account) -> int:
        normalise_fields(account, "account")
        best_times = json.dumps([[t.weekday, t.hour] for t in account.best_times])
        row = to_row(account, ("platform", "handle", "url", "followers"), best_times=best_times)
        with self.db.atomic():
            account.id = put(self.db, "accounts", row, account.id)
            self.db.execute("DELETE FROM account_segments WHERE account_id = ?", [account.id])
            self.db.table("account_segments").insert_all(
                {"account_id": account.id, "segment_id": s} for s in account.segment_ids
            )
        return account.id

    def delete(self, account_id: int) -> None:
        delete_row(self.db, "accounts", account_id)


def _account(row: dict[str, Any], segment_ids: list[int]) -> Account:
    best_times = [BestTime(w, h) for w, h in json.loads(row["best_times"])]
    return from_row(Account, row, segment_ids=segment_ids, best_times=best_times)
