"""What a sound workspace holds: every table, known values, real dates, whole references.

One check for every way a file is opened (the window, every command, `check`): it reads only,
and reports what it finds with counts, so that the officer is told what is wrong instead of
meeting a traceback in an export later.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from planner.domain.approval import Decision
from planner.domain.identity import AssetFormat, AssetKind
from planner.domain.model import (
    CampaignStatus,
    CampaignType,
    ContentType,
    Metric,
    Platform,
    PostStatus,
)
from planner.domain.ranges import YEAR_MAX, YEAR_MIN


class FindingKind(StrEnum):
    """The kinds of damage the contents check reports; each has a translated message."""

    MISSING_TABLE = "missing_table"
    UNKNOWN_VALUE = "unknown_value"
    BAD_DATE = "bad_date"
    BROKEN_REFERENCE = "broken_reference"


@dataclass(frozen=True)
class Finding:
    """One kind of damage in one table (and column), with how many rows show it."""

    kind: FindingKind
    table: str
    column: str = ""
    count: int = 1

    @property
    def where(self) -> str:
        return f"{self.table}.{self.column}" if self.column else self.table


# Columns holding one of the domain's codes (NULL is allowed where the column allows it).
ENUM_COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("campaigns", "status", tuple(CampaignStatus)),
    ("campaigns", "status_before_archive", tuple(CampaignStatus)),
    ("campaigns", "type", tuple(CampaignType)),
    ("posts", "status", tuple(PostStatus)),
    ("posts", "status_before_pause", tuple(PostStatus)),
    ("posts", "content_type", tuple(ContentType)),
    ("post_platforms", "platform", tuple(Platform)),
    ("accounts", "platform", tuple(Platform)),
    ("budget", "platform", tuple(Platform)),
    ("kpis", "metric", tuple(Metric)),
    ("assets", "kind", tuple(AssetKind)),
    ("assets", "format", tuple(AssetFormat)),
    ("plan_decisions", "decision", tuple(Decision)),
)
DATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("campaigns", "start"),
    ("campaigns", "end"),
    ("phases", "start"),
    ("phases", "end"),
    ("kpis", "deadline"),
    ("reports", "due"),
    ("plan_decisions", "decided_on"),
)
DATETIME_COLUMNS: tuple[tuple[str, str], ...] = (
    ("posts", "scheduled_at"),
    ("plan_versions", "frozen_at"),
)
# In SQL, so that 20,000 posts are judged without a Python loop: SQLite's date(d, '+0 days')
# rolls an impossible day over (2026-02-30 becomes 2026-03-02), so it differs from d.
_DAY = (
    "typeof({c}) = 'text' AND {c} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
    f"AND substr({{c}}, 1, 4) BETWEEN '{YEAR_MIN}' AND '{YEAR_MAX}' "
    "AND date(substr({c}, 1, 10), '+0 days') IS substr({c}, 1, 10)"
)
_GOOD_DATE = _DAY + " AND length({c}) = 10"
_GOOD_MOMENT = (
    _DAY + " AND length({c}) = 16 AND {c} GLOB '??????????T[0-2][0-9]:[0-5][0-9]' "
    "AND substr({c}, 12, 2) < '24'"
)

# The tables each migration creates (checked against the migrations by a test); a migration
# not listed here (added later) is learnt by applying the migrations to a memory database.
TABLES: dict[str, frozenset[str]] = {
    "0001_core": frozenset(
        [
            "account_segments",
            "accounts",
            "audience",
            "budget",
            "campaigns",
            "channels",
            "kpis",
            "messages",
            "meta",
            "objectives",
            "partners",
            "phases",
            "post_platforms",
            "posts",
            "reports",
            "segments",
            "sqlite_sequence",
        ]
    ),
    "0005_coverage": frozenset({"follower_counts", "post_stats", "reach_rates"}),
    "0004_crisis": frozenset(
        [
            "crisis_incident_partners",
            "crisis_incident_steps",
            "crisis_incidents",
            "crisis_partners",
            "crisis_playbook_steps",
            "crisis_playbooks",
            "crisis_requests",
            "crisis_responses",
            "crisis_security",
            "crisis_targets",
        ]
    ),
    "0002_identity": frozenset(
        {"assets", "blobs", "brand_colours", "brand_kits", "post_assets", "thumbnails"}
    ),
    "0003_calendar": frozenset({"hashtag_sets", "local_occasions", "post_pauses", "snippets"}),
    "0006_campaign_version": frozenset(),
    "0007_post_key": frozenset(),
    "0008_hijri_corrections": frozenset({"hijri_corrections", "holiday_moves"}),
    "0009_plan_versions": frozenset({"plan_decisions", "plan_touch", "plan_versions"}),
}


def check_contents(conn: sqlite3.Connection, applied: set[str]) -> list[Finding]:
    """Every finding in an open database whose applied migrations are `applied`."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    known = TABLES if applied <= TABLES.keys() else tables_of_migrations()
    expected: set[str] = set()
    for name in applied:
        expected |= known.get(name, frozenset())
    findings = [Finding(FindingKind.MISSING_TABLE, t) for t in sorted(expected - tables)]
    # One pass over each table, counting every column's bad values at once.
    checks: dict[str, list[tuple[FindingKind, str, str]]] = {}
    for table, column, values in ENUM_COLUMNS:
        if _has_column(conn, tables, table, column):
            quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
            bad = f"[{column}] IS NOT NULL AND [{column}] NOT IN ({quoted})"
            checks.setdefault(table, []).append((FindingKind.UNKNOWN_VALUE, column, bad))
    for columns, good in ((DATE_COLUMNS, _GOOD_DATE), (DATETIME_COLUMNS, _GOOD_MOMENT)):
        for table, column in columns:
            if _has_column(conn, tables, table, column):
                bad = f"[{column}] IS NOT NULL AND NOT ({good.format(c=f'[{column}]')})"
                checks.setdefault(table, []).append((FindingKind.BAD_DATE, column, bad))
    for table, found in checks.items():
        sums = ", ".join(f"TOTAL({bad})" for _, _, bad in found)
        counts = conn.execute(f"SELECT {sums} FROM [{table}]").fetchone()
        findings += [
            Finding(kind, table, column, int(n))
            for (kind, column, _), n in zip(found, counts, strict=True)
            if n
        ]
    broken = Counter(r[0] for r in conn.execute("PRAGMA foreign_key_check"))
    findings += [Finding(FindingKind.BROKEN_REFERENCE, t, "", n) for t, n in sorted(broken.items())]
    return findings


def _has_column(conn: sqlite3.Connection, tables: set[str], table: str, column: str) -> bool:
    if table not in tables:
        return False
    return any(r[1] == column for r in conn.execute(f"PRAGMA table_info([{table}])"))


@cache
def tables_of_migrations() -> dict[str, frozenset[str]]:
    """Which tables each migration creates, learnt once by applying them to a memory database."""
    from sqlite_utils import Database

    from planner.storage.migrations import migrations

    db = Database(memory=True, execute_plugins=False)
    found: dict[str, frozenset[str]] = {}
    before = set(db.table_names())
    for migration in migrations.pending(db):  # all of them, in order, on an empty database
        with db.conn:
            migration.fn(db)
        after = set(db.table_names())
        found[migration.name] = frozenset(after - before)
        before = after
    db.close()
    return found
