"""The crisis tables: defaults in every new workspace, round trips, pausing posts, the sample."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from planner.domain.crisis import (
    AccessHolder,
    Contact,
    FollowerRequest,
    Incident,
    PartnerAccount,
    PartnerBody,
    PartnerKind,
    ResponseTarget,
    Scenario,
    SecurityRecord,
    Severity,
    TwoFactor,
    Verification,
    run_playbook,
)
from planner.domain.model import Platform, Post, PostStatus
from planner.storage import crisis_defaults
from planner.storage.full_sample import create_sample
from planner.storage.migrations import migrations
from planner.storage.workspace import APPLICATION_ID, Workspace, _connect

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 12, 0)


def test_a_new_empty_workspace_has_the_default_playbooks(empty_workspace):
    """File > New (Workspace.create) gives the six scenarios, the response bank and targets."""
    playbooks = empty_workspace.crisis.playbooks.list()
    assert {p.scenario for p in playbooks} == set(Scenario)
    assert all(len(p.steps) >= 5 and all(s.text and s.owner for s in p.steps) for p in playbooks)
    kinds = {r.kind.value for r in empty_workspace.crisis.responses.list()}
    assert {"holding_statement", "rumour_denial", "apology", "service_notice"} <= kinds
    critical = [t for t in empty_workspace.crisis.targets.list() if t.severity is Severity.CRITICAL]
    assert critical and critical[0].route_to


def test_an_older_workspace_gets_the_defaults_when_upgraded(tmp_path):
    """A file made before migration 0004 is migrated on opening and gains the defaults once."""
    path = tmp_path / "old.planner"
    db = _connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before="0004_crisis")
    db.execute("PRAGMA user_version = 1")
    db.close()
    ws = Workspace.open(path, backup=False)
    try:
        count = len(ws.crisis.playbooks.list())
        assert count == len(crisis_defaults.playbooks())
    finally:
        ws.close()
    again = Workspace.open(path, backup=False)
    try:
        assert len(again.crisis.playbooks.list()) == count
    finally:
        again.close()


def test_no_column_can_hold_a_password_or_a_code(empty_workspace):
    """The security register keeps dates and facts only: no password, code or secret column."""
    columns = [c[1] for c in empty_workspace.db.execute("PRAGMA table_info(crisis_security)")]
    suspicious = [
        c for c in columns if any(w in c for w in ("password", "code", "secret", "pin", "token"))
    ]
    assert suspicious == ["last_password_change"]
    assert (
        empty_workspace.db.execute(
            "SELECT type FROM pragma_table_info('crisis_security') "
            "WHERE name = 'last_password_change'"
        ).fetchone()[0]
        == "TEXT"
    )


def test_incident_round_trip_with_checklist_and_partners(empty_workspace):
    """An incident comes back with its ticked steps, partners and paused posts."""
    crisis = empty_workspace.crisis
    partner = crisis.partners.save(
        PartnerBody(
            "شرطة عمان السلطانية",
            PartnerKind.POLICE,
            ["المرور"],
            [PartnerAccount(Platform.X, "@rop")],
            [Contact("غرفة العمليات", "طوارئ", "9999")],
        )
    )
    playbook = crisis.playbooks.list()[0]
    incident = Incident(
        "شائعة",
        NOW,
        Severity.HIGH,
        Verification.VERIFYING,
        platform=Platform.X,
        partner_ids=[partner],
        paused_post_ids=[4, 5],
    )
    run_playbook(incident, playbook)
    incident.steps[0].done_at = NOW + dt.timedelta(minutes=7)
    incident_id = crisis.incidents.save(incident)
    back = crisis.incidents.get(incident_id)
    assert back == incident
    back.steps.pop(1)
    crisis.incidents.save(back)
    assert len(crisis.incidents.get(incident_id).steps) == len(playbook.steps) - 1
    assert crisis.partners.get(partner).contacts[0].phone == "9999"
    crisis.partners.delete(partner)
    assert crisis.incidents.get(incident_id).partner_ids == []


def test_request_target_and_security_round_trips(empty_workspace):
    """Requests, targets and security records are read back as they were written."""
    crisis = empty_workspace.crisis
    request = FollowerRequest(
        "حفرة", Platform.SNAPCHAT, NOW, severity=Severity.CRITICAL, routed_to="الخط الساخن"
    )
    request_id = crisis.requests.save(request)
    assert crisis.requests.get(request_id) == request
    assert crisis.requests.unanswered() == [request]
    crisis.targets.save(ResponseTarget(Severity.HIGH, 45, Platform.X))
    assert ResponseTarget(Severity.HIGH, 45, Platform.X) in crisis.targets.list()
    account = empty_workspace.accounts.list()
    assert account == []
    from planner.domain.model import Account

    account_id = empty_workspace.accounts.save(Account(Platform.X, "@a"))
    record = SecurityRecord(
        account_id,
        [AccessHolder("أحمد", "مسؤول", TODAY)],
        TwoFactor.KEY,
        True,
        False,
        TODAY,
        TODAY,
        60,
        "",
    )
    crisis.security.save(record)
    assert crisis.security.get(account_id) == record
    assert crisis.security.find(999) == SecurityRecord(999)
    empty_workspace.accounts.delete(account_id)
    assert crisis.security.list() == []


def test_pause_and_resume_restore_each_post_exactly(empty_workspace):
    """Pausing stops the scheduled future posts (the calendar's rule); resuming gives each
    its status back, and leaves alone a post changed meanwhile or one that is gone."""
    posts = empty_workspace.posts
    ids = [
        posts.save(Post(f"p{i}", [Platform.X], status, scheduled_at=when))
        for i, (status, when) in enumerate(
            [
                (PostStatus.SCHEDULED, NOW + dt.timedelta(hours=2)),
                (PostStatus.APPROVED, NOW + dt.timedelta(days=1)),
                (PostStatus.DRAFT, NOW + dt.timedelta(days=1)),
                (PostStatus.SCHEDULED, NOW - dt.timedelta(hours=2)),
                (PostStatus.SCHEDULED, NOW + dt.timedelta(days=2)),
            ]
        )
    ]
    pause = empty_workspace.crisis.pause
    assert pause.pausable(NOW) == [ids[0], ids[4]]
    paused = pause.pause([*pause.pausable(NOW), ids[2], 9999], "شائعة")
    assert paused == [ids[0], ids[4]]
    assert [posts.get(i).status for i in ids] == [
        PostStatus.PAUSED,
        PostStatus.APPROVED,
        PostStatus.DRAFT,
        PostStatus.SCHEDULED,
        PostStatus.PAUSED,
    ]
    assert posts.get(ids[0]).status_before_pause is PostStatus.SCHEDULED
    cancelled = posts.get(ids[4])
    cancelled.status, cancelled.status_before_pause = PostStatus.CANCELLED, None
    posts.save(cancelled)
    assert pause.resume([*paused, 9999]) == [ids[0]]
    assert [posts.get(i).status for i in ids] == [
        PostStatus.SCHEDULED,
        PostStatus.APPROVED,
        PostStatus.DRAFT,
        PostStatus.SCHEDULED,
        PostStatus.CANCELLED,
    ]
    assert posts.get(ids[0]).status_before_pause is None


@pytest.fixture
def sample(tmp_path: Path):
    ws = create_sample(tmp_path / "sample.planner", TODAY)
    yield ws
    ws.close()


def test_sample_has_past_incidents_requests_partners_and_records(sample):
    """The sample shows closed incidents with their checklists, one open, overdue work."""
    crisis = sample.crisis
    incidents = crisis.incidents.list()
    assert sum(not i.is_open for i in incidents) >= 2
    assert all(i.steps and i.steps[0].done_at for i in incidents)
    assert all(i.first_seen_at.date() < TODAY for i in incidents)
    assert len(crisis.partners.list()) >= 4
    assert len(crisis.requests.list()) >= 8
    assert len(crisis.security.list()) == len(sample.accounts.list())
    alerts = crisis.alerts(NOW)
    assert len(alerts.open_incidents) == 1
    assert len(alerts.overdue_requests) >= 1
    assert len(alerts.overdue_reviews) >= 1
    critical = [r for r in crisis.requests.list() if r.severity is Severity.CRITICAL]
    assert critical and all(r.routed_to for r in critical)


def test_sample_file_is_consistent_with_sqlite(sample):
    """The sample workspace passes SQLite's integrity and foreign-key checks."""
    conn = sqlite3.connect(sample.path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
