"""What a sound workspace holds: every table, known values, real dates, whole references.

One check for every way a file is opened (the window, every command, `check`): it reads only,
and reports what it finds with counts, so that the officer is told what is wrong instead of
meeting a traceback in an export later.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

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
)
DATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("campaigns", "start"),
    ("campaigns", "end"),
    ("phases", "start"),
    ("phases", "end"),
    ("kpis", "deadline"),
    ("reports", "due"),
)
DATETIME_COLUMNS: tuple[tuple[str, str], ...] = (("posts", "scheduled_at"),)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def check_contents(conn: sqlite3.Connection, applied: set[str]) -> list[Finding]:
    """Every finding in an open database whose applied migrations are `applied`."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    expected: set[str] = set()
    for name in applied:
        expected |= tables_of_migrations().get(name, frozenset())
    findings = [Finding(FindingKind.MISSING_TABLE, t) for t in sorted(expected - tables)]
    for table, column, values in ENUM_COLUMNS:
        if not _has_column(conn, tables, table, column):
            continue
        marks = ", ".join("?" * len(values))
        count = conn.execute(
            f"SELECT COUNT(*) FROM [{table}] WHERE [{column}] IS NOT NULL "
            f"AND [{column}] NOT IN ({marks})",
            values,
        ).fetchone()[0]
        if count:
            findings.append(Finding(FindingKind.UNKNOWN_VALUE, table, column, count))
    for columns, pattern, parse in (
        (DATE_COLUMNS, _DATE, dt.date.fromisoformat),
        (DATETIME_COLUMNS, _DATETIME, dt.datetime.fromisoformat),
    ):
        for table, column in columns:
            if not _has_column(conn, tables, table, column):
                continue
            rows = conn.execute(f"SELECT [{column}] FROM [{table}] WHERE [{column}] IS NOT NULL")
            count = sum(1 for (value,) in rows if not _good_date(value, pattern, parse))
            if count:
                findings.append(Finding(FindingKind.BAD_DATE, table, column, count))
    broken = Counter(r[0] for r in conn.execute("PRAGMA foreign_key_check"))
    findings += [Finding(FindingKind.BROKEN_REFERENCE, t, "", n) for t, n in sorted(broken.items())]
    return findings


def _good_date(value: object, pattern: re.Pattern[str], parse: object) -> bool:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return False
    try:
        parsed = parse(value)  # type: ignore[operator]
    except ValueError:
        return False
    return bool(YEAR_MIN <= parsed.year <= YEAR_MAX)


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
