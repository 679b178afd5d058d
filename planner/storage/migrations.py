"""The schema, as an ordered list of forward migrations (sqlite_utils.Migrations).

Each migration runs in one transaction. `SCHEMA_VERSION` is the number of migrations; the
file records it in `PRAGMA user_version`, so a file from a newer version is recognised
and refused before anything touches it.
"""

from __future__ import annotations

import importlib

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("planner")

CORE_TABLES = [
    """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
    """CREATE TABLE segments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        platforms TEXT NOT NULL DEFAULT '[]')""",
    """CREATE TABLE accounts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        handle TEXT NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        followers INTEGER NOT NULL DEFAULT 0,
        best_times TEXT NOT NULL DEFAULT '[]')""",
    """CREATE TABLE account_segments (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, segment_id))""",
    """CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL,
        status TEXT NOT NULL,
        status_before_archive TEXT,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL DEFAULT '#1f6f8b',
        brand_kit_id INTEGER,
        aim TEXT NOT NULL DEFAULT '',
        proposition TEXT NOT NULL DEFAULT '',
        hashtags TEXT NOT NULL DEFAULT '[]',
        approver TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE objectives (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL)""",
    """CREATE TABLE kpis (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        objective_id INTEGER NOT NULL REFERENCES objectives(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        metric TEXT NOT NULL,
        baseline REAL NOT NULL,
        target REAL NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        measurement TEXT NOT NULL DEFAULT '',
        actual REAL)""",
    """CREATE TABLE audience (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        insight TEXT NOT NULL DEFAULT '',
        barriers TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (campaign_id, segment_id))""",
    """CREATE TABLE messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        text_en TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE channels (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        PRIMARY KEY (campaign_id, account_id))""",
    """CREATE TABLE partners (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        handle TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT 'partner')""",
    """CREATE TABLE phases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        goal TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE budget (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        amount_baisa INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, platform))""",
    """CREATE TABLE reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        due TEXT NOT NULL)""",
    """CREATE TABLE posts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE,
        segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
        message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
        phase_id INTEGER REFERENCES phases(id) ON DELETE SET NULL,
        content_type TEXT NOT NULL,
        status TEXT NOT NULL,
        status_before_pause TEXT,
        scheduled_at TEXT,
        base_text TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT '')""",
    """CREATE INDEX posts_by_time ON posts (scheduled_at)""",
    """CREATE INDEX posts_by_campaign ON posts (campaign_id, scheduled_at)""",
    """CREATE TABLE post_platforms (
        post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        text TEXT,
        PRIMARY KEY (post_id, platform))""",
]


@migrations(name="0001_core")
def m0001_core(db: Database) -> None:
    """Accounts, segments, campaigns with their whole plan, and posts."""
    for statement in CORE_TABLES:
        db.execute(statement)


def _names() -> list[str]:
    """Every migration's name, in order, through sqlite-utils' public `pending()`: all of
    them are pending on an empty database (read only; `Migrations` keeps its list private)."""
    return [m.name for m in migrations.pending(Database(memory=True))]


def schema_version() -> int:
    """How many migrations this version of the program knows."""
    return len(_names())


def known_names() -> set[str]:
    return set(_names())


def _tables(name: str, module: str) -> None:
    """Add the migration `name` that creates the tables `planner.storage.<module>` lists in
    TABLES_<number> (imported only when the migration runs)."""

    def migrate(db: Database) -> None:
        tables = getattr(importlib.import_module(f"planner.storage.{module}"), f"TABLES_{name[:4]}")
        for statement in tables:
            db.execute(statement)

    migrate.__doc__ = f"The tables of planner.storage.{module}."
    migrations(name=name)(migrate)


# In the order they run (sqlite-utils keeps the order they are added in).
# Actual figures: follower counts by hand, imported post statistics, own reach rates.
_tables("0005_coverage", "coverage")


@migrations(name="0004_crisis")
def m0004_crisis(db: Database) -> None:
    """The crisis screen's tables, with the default playbooks, responses and targets."""
    from planner.storage.crisis_defaults import migrate_0004

    migrate_0004(db)


# Brand kits and their colours, the asset library (blobs, thumbnails), post-asset links.
_tables("0002_identity", "identity_schema")
# The content calendar's own data: local occasions, hashtag sets, snippets, pauses.
_tables("0003_calendar", "calendar")


@migrations(name="0006_campaign_version")
def m0006_campaign_version(db: Database) -> None:
    """The plan's version, printed on the PDF's cover; existing plans are version 1."""
    db.execute("ALTER TABLE campaigns ADD COLUMN version TEXT NOT NULL DEFAULT '1'")


@migrations(name="0007_post_key")
def m0007_post_key(db: Database) -> None:
    """A stable key for every post (uuid4 hex), written by the Excel/CSV export so that
    importing the file again finds the posts it already holds instead of duplicating them."""
    import uuid

    db.execute("ALTER TABLE posts ADD COLUMN key TEXT NOT NULL DEFAULT ''")
    for (post_id,) in db.execute("SELECT id FROM posts").fetchall():
        db.execute("UPDATE posts SET key = ? WHERE id = ?", [uuid.uuid4().hex, post_id])
    db.execute("CREATE UNIQUE INDEX posts_by_key ON posts (key)")


# The officer's corrections of Hijri month starts and moves of public holidays.
_tables("0008_hijri_corrections", "hijri_store")
# Plan versions frozen at each submission for approval, and the decisions on them.
_tables("0009_plan_versions", "versions")
