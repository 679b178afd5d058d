"""The crisis tables as migration 0004_crisis creates them (frozen: change them only through a
new migration).

No column can hold a password or a verification code: the security register keeps facts
and dates (a test checks the column names).
"""

from __future__ import annotations

CRISIS_TABLES = [
    """CREATE TABLE crisis_playbooks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        position INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        scenario TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE crisis_playbook_steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        playbook_id INTEGER NOT NULL REFERENCES crisis_playbooks(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        stage TEXT NOT NULL,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        target_minutes INTEGER)""",
    """CREATE TABLE crisis_responses (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        position INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        scenario TEXT,
        text TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE crisis_partners (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        topics TEXT NOT NULL DEFAULT '[]',
        accounts TEXT NOT NULL DEFAULT '[]',
        contacts TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '')""",
    """CREATE TABLE crisis_incidents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        scenario TEXT,
        platform TEXT,
        link TEXT NOT NULL DEFAULT '',
        first_seen_at TEXT NOT NULL,
        severity TEXT NOT NULL,
        verification TEXT NOT NULL,
        playbook_id INTEGER REFERENCES crisis_playbooks(id) ON DELETE SET NULL,
        response_at TEXT,
        closed_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        paused_post_ids TEXT NOT NULL DEFAULT '[]')""",
    """CREATE INDEX crisis_incidents_by_time ON crisis_incidents (first_seen_at)""",
    """CREATE TABLE crisis_incident_steps (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        incident_id INTEGER NOT NULL REFERENCES crisis_incidents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        stage TEXT NOT NULL,
        text TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        target_minutes INTEGER,
        done_at TEXT)""",
    """CREATE TABLE crisis_incident_partners (
        incident_id INTEGER NOT NULL REFERENCES crisis_incidents(id) ON DELETE CASCADE,
        partner_id INTEGER NOT NULL REFERENCES crisis_partners(id) ON DELETE CASCADE,
        PRIMARY KEY (incident_id, partner_id))""",
    """CREATE TABLE crisis_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        platform TEXT NOT NULL,
        summary TEXT NOT NULL,
        severity TEXT NOT NULL,
        received_at TEXT NOT NULL,
        answered_at TEXT,
        referred_to INTEGER REFERENCES crisis_partners(id) ON DELETE SET NULL,
        routed_to TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '')""",
    """CREATE INDEX crisis_requests_by_time ON crisis_requests (received_at)""",
    """CREATE TABLE crisis_targets (
        platform TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        route_to TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (platform, severity))""",
    """CREATE TABLE crisis_security (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        holders TEXT NOT NULL DEFAULT '[]',
        two_factor TEXT NOT NULL,
        recovery_email_verified INTEGER NOT NULL DEFAULT 0,
        recovery_phone_verified INTEGER NOT NULL DEFAULT 0,
        last_password_change TEXT,
        last_access_review TEXT,
        review_every_days INTEGER NOT NULL DEFAULT 90,
        notes TEXT NOT NULL DEFAULT '')""",
]
