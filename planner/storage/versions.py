"""The plan versions table: frozen snapshots of a campaign and the decisions recorded on them.

A version's snapshot is the campaign file's JSON data at submission (lossless, deterministic,
read back by the campaign-file reader) with each post's key beside it, in the same order: see
planner/storage/approval.py and docs/approval.md. Rows are written once and never updated.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from planner.domain.approval import Decision, DecisionRecord, History, Version
from planner.storage.rows import one

TABLES_0009 = [
    """CREATE TABLE plan_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        frozen_at TEXT NOT NULL,
        snapshot TEXT NOT NULL,
        post_keys TEXT NOT NULL DEFAULT '[]',
        UNIQUE (campaign_id, number))""",
    """CREATE TABLE plan_decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        version_id INTEGER NOT NULL UNIQUE REFERENCES plan_versions(id) ON DELETE CASCADE,
        decision TEXT NOT NULL CHECK (decision IN ('approved', 'returned')),
        decided_on TEXT NOT NULL,
        approver TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        comments TEXT NOT NULL DEFAULT '',
        document_sha256 TEXT)""",
    # A serial per campaign, raised by triggers on every write to what a plan's diff reads,
    # so that "changes since approval" is computed again only for the plans that changed.
    """CREATE TABLE plan_touch (
        campaign_id INTEGER PRIMARY KEY,
        serial INTEGER NOT NULL DEFAULT 0)""",
]


def _touch(name: str, event: str, table: str, campaign: str) -> str:
    return (
        f"CREATE TRIGGER {name} AFTER {event} ON {table} "
        f"WHEN {campaign} IS NOT NULL BEGIN "
        # no OR IGNORE: an outer statement's conflict policy would override it
        f"INSERT INTO plan_touch (campaign_id, serial) SELECT {campaign}, 0 "
        f"WHERE NOT EXISTS (SELECT 1 FROM plan_touch WHERE campaign_id = {campaign}); "
        f"UPDATE plan_touch SET serial = serial + 1 WHERE campaign_id = {campaign}; END"
    )


# table -> how a row names its campaign ("{row}" is NEW or OLD)
_PLAN_TABLES = {
    "campaigns": "{row}.id",
    "objectives": "{row}.campaign_id",
    "kpis": "(SELECT campaign_id FROM objectives WHERE id = {row}.objective_id)",
    "messages": "{row}.campaign_id",
    "phases": "{row}.campaign_id",
    "reports": "{row}.campaign_id",
    "partners": "{row}.campaign_id",
    "budget": "{row}.campaign_id",
    "posts": "{row}.campaign_id",
    "post_platforms": "(SELECT campaign_id FROM posts WHERE id = {row}.post_id)",
}
for _table, _campaign in _PLAN_TABLES.items():
    TABLES_0009 += [
        _touch(f"touch_{_table}_insert", "INSERT", _table, _campaign.format(row="NEW")),
        _touch(f"touch_{_table}_update_new", "UPDATE", _table, _campaign.format(row="NEW")),
        _touch(f"touch_{_table}_update_old", "UPDATE", _table, _campaign.format(row="OLD")),
        _touch(f"touch_{_table}_delete", "DELETE", _table, _campaign.format(row="OLD")),
    ]


@dataclass(frozen=True)
class Frozen:
    """A version's stored snapshot: the campaign file data and the posts' keys, in order."""

    data: dict[str, Any]
    post_keys: list[str]


@dataclass(frozen=True)
class StoredVersions:
    """A campaign's version and decision rows as stored, to put back when a deletion of the
    campaign is undone (deleting a campaign deletes its versions with it)."""

    versions: tuple[tuple[Any, ...], ...] = ()
    decisions: tuple[tuple[Any, ...], ...] = ()


class VersionStore:
    """Reads and appends versions and decisions; nothing here changes a stored snapshot."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def history(self, campaign_id: int) -> History:
        rows = self.db.execute(
            "SELECT v.id, v.number, v.frozen_at, d.id, d.decision, d.decided_on, d.approver, "
            "d.title, d.comments, d.document_sha256 FROM plan_versions v "
            "LEFT JOIN plan_decisions d ON d.version_id = v.id "
            "WHERE v.campaign_id = ? ORDER BY v.number",
            [campaign_id],
        ).fetchall()
        versions = []
        for vid, number, frozen_at, did, decision, on, approver, title, comments, sha in rows:
            record = None
            if did is not None:
                record = DecisionRecord(
                    Decision(decision),
                    dt.date.fromisoformat(on),
                    approver,
                    title,
                    comments,
                    sha,
                    did,
                )
            versions.append(Version(number, dt.datetime.fromisoformat(frozen_at), record, vid))
        return History(versions)

    def approved_campaigns(self) -> dict[int, tuple[int, int]]:
        """The campaigns with an approved version: (their last approved version's id, their
        plan's write serial), by campaign."""
        return {
            int(cid): (int(version), int(serial))
            for cid, version, serial in self.db.execute(
                "SELECT v.campaign_id, MAX(v.id), COALESCE(t.serial, 0) FROM plan_versions v "
                "JOIN plan_decisions d ON d.version_id = v.id "
                "LEFT JOIN plan_touch t ON t.campaign_id = v.campaign_id "
                "WHERE d.decision = 'approved' GROUP BY v.campaign_id ORDER BY v.campaign_id"
            )
        }

    def frozen(self, version_id: int) -> Frozen:
        sql = "SELECT snapshot, post_keys FROM plan_versions WHERE id = ?"
        row = one(self.db, sql, [version_id], version_id)
        return Frozen(json.loads(row[0]), list(json.loads(row[1])))

    def append(self, campaign_id: int, number: int, frozen_at: dt.datetime, frozen: Frozen) -> int:
        cursor = self.db.execute(
            "INSERT INTO plan_versions (campaign_id, number, frozen_at, snapshot, post_keys) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                campaign_id,
                number,
                frozen_at.strftime("%Y-%m-%dT%H:%M"),  # to the minute, as every moment stored
                json.dumps(frozen.data, ensure_ascii=False, sort_keys=False),
                json.dumps(frozen.post_keys),
            ],
        )
        return int(cursor.lastrowid or 0)

    def add_decision(self, version_id: int, record: DecisionRecord) -> int:
        cursor = self.db.execute(
            "INSERT INTO plan_decisions (version_id, decision, decided_on, approver, title, "
            "comments, document_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                version_id,
                record.decision.value,
                record.decided_on.isoformat(),
                record.approver,
                record.title,
                record.comments,
                record.document_sha256,
            ],
        )
        return int(cursor.lastrowid or 0)

    def keep(self, campaign_id: int) -> StoredVersions:
        """The campaign's rows, as they are, before it is deleted."""
        versions = self.db.execute(
            "SELECT id, campaign_id, number, frozen_at, snapshot, post_keys FROM plan_versions "
            "WHERE campaign_id = ? ORDER BY number",
            [campaign_id],
        ).fetchall()
        decisions = self.db.execute(
            "SELECT d.id, d.version_id, d.decision, d.decided_on, d.approver, d.title, "
            "d.comments, d.document_sha256 FROM plan_decisions d "
            "JOIN plan_versions v ON v.id = d.version_id WHERE v.campaign_id = ?",
            [campaign_id],
        ).fetchall()
        return StoredVersions(tuple(map(tuple, versions)), tuple(map(tuple, decisions)))

    def put_back(self, stored: StoredVersions) -> None:
        """Write kept rows again, ids included (the campaign must exist again first)."""
        for row in stored.versions:
            self.db.execute(
                "INSERT INTO plan_versions (id, campaign_id, number, frozen_at, snapshot, "
                "post_keys) VALUES (?, ?, ?, ?, ?, ?)",
                list(row),
            )
        for row in stored.decisions:
            self.db.execute(
                "INSERT INTO plan_decisions (id, version_id, decision, decided_on, approver, "
                "title, comments, document_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                list(row),
            )

    def remove_decision(self, decision_id: int) -> None:
        """Take a decision back (the undo of recording it)."""
        self.db.execute("DELETE FROM plan_decisions WHERE id = ?", [decision_id])

    def remove_version(self, version_id: int) -> None:
        """Take a submission back (the undo of submitting), with any decision on it."""
        self.db.execute("DELETE FROM plan_versions WHERE id = ?", [version_id])
