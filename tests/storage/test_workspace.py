"""The workspace file: creation, reopening, schema version, bad files, backups, copies."""

import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from planner.storage import backups
from planner.storage.errors import Problem, WorkspaceError
from planner.storage.migrations import migrations, schema_version
from planner.storage.workspace import APPLICATION_ID, Workspace, inspect, latest_good_backup


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_has_schema_version_and_our_marks(tmp_path):
    """A new file records the schema version and our application id, in WAL mode."""
    Workspace.create(tmp_path / "a.planner").close()
    conn = sqlite3.connect(tmp_path / "a.planner")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopen_keeps_everything(workspace):
    """Closing and reopening a workspace gives back the same campaigns and posts."""
    path = workspace.path
    before = [(c.id, c.name, c.post_count) for c in workspace.campaigns.summaries()]
    plan = workspace.campaigns.get(before[0][0])
    workspace.close()
    again = Workspace.open(path)
    try:
        assert [(c.id, c.name, c.post_count) for c in again.campaigns.summaries()] == before
        assert again.campaigns.get(before[0][0]) == plan
        assert again.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        again.close()


def test_create_refuses_an_existing_file(tmp_path):
    """Creating over an existing file is refused; the file stays as it was."""
    target = tmp_path / "x.planner"
    target.write_text("keep me")
    with pytest.raises(FileExistsError):
        Workspace.create(target)
    assert target.read_text() == "keep me"


def _newer(path: Path) -> None:
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('hello')")
    conn.commit()
    conn.close()


def _truncated(path: Path) -> None:
    Workspace.create(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _corrupt_pages(path: Path) -> None:
    ws = Workspace.create(path)
    ws.meta.set("institution", "x" * 5000)
    ws.close()
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 7):
        data[i] = (data[i] * 31 + 7) % 256
    path.write_bytes(bytes(data))


BAD_FILES = {
    "zero-length": (lambda p: p.write_bytes(b""), Problem.EMPTY),
    "random bytes": (lambda p: p.write_bytes(os.urandom(8192)), Problem.NOT_SQLITE),
    "text file": (lambda p: p.write_text("name,date\nحملة,2026-01-01\n"), Problem.NOT_SQLITE),
    "truncated": (_truncated, Problem.CORRUPT),
    "corrupt pages": (_corrupt_pages, Problem.CORRUPT),
    "foreign sqlite": (_foreign, Problem.FOREIGN),
    "newer schema": (_newer, Problem.NEWER),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_files_are_refused_and_untouched(tmp_path, kind):
    """Every kind of bad file gets its own problem code and is never modified."""
    make, problem = BAD_FILES[kind]
    path = tmp_path / "bad.planner"
    make(path)
    before = digest(path)
    with pytest.raises(WorkspaceError) as caught:
        Workspace.open(path)
    assert caught.value.problem is problem
    assert digest(path) == before
    assert not backups.backup_dir(path).exists()


def test_missing_file_is_reported(tmp_path):
    """Opening a file that is not there says so."""
    with pytest.raises(WorkspaceError) as caught:
        inspect(tmp_path / "nope.planner")
    assert caught.value.problem is Problem.NOT_FOUND


def test_backup_taken_on_open_at_most_once_a_day(workspace):
    """Opening makes one backup a day, restorable as a sound workspace."""
    path = workspace.path
    workspace.close()
    Workspace.open(path).close()
    Workspace.open(path).close()
    found = backups.list_backups(path)
    assert len(found) == 1
    inspect(found[0].path, full=True)


def test_rolling_backups_keep_the_last_seven(workspace):
    """A backup a day for ten days leaves the seven newest."""
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(10):
        backups.rolling_backup(
            workspace.db.conn, workspace.path, now=start + dt.timedelta(days=day)
        )
    found = backups.list_backups(workspace.path)
    assert len(found) == 7
    assert found[0].taken_at.date() == dt.date(2026, 1, 10)
    assert found[-1].taken_at.date() == dt.date(2026, 1, 4)


def test_latest_good_backup_skips_damaged_ones(workspace):
    """The newest backup that passes the checks is offered, not a damaged newer one."""
    conn, path = workspace.db.conn, workspace.path
    good = backups.rolling_backup(conn, path, now=dt.datetime(2026, 1, 1))
    bad = backups.rolling_backup(conn, path, now=dt.datetime(2026, 1, 2))
    assert good and bad
    bad.write_bytes(b"garbage")
    stamp = dt.datetime(2026, 1, 2).timestamp()
    os.utime(bad, (stamp, stamp))
    found = latest_good_backup(path)
    assert found is not None and found.path == good


def test_plans_from_before_the_version_field_open_as_version_1(tmp_path):
    """A workspace written before migration 0006 opens with each plan at version 1."""
    from planner.domain.model import Campaign

    path = tmp_path / "before-0006.planner"
    ws = Workspace.create(path)
    ws.campaigns.save(Campaign("حملة قديمة", dt.date(2026, 1, 1), dt.date(2026, 2, 1)))
    ws.db.execute("ALTER TABLE campaigns DROP COLUMN version")
    ws.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_campaign_version'")
    ws.db.execute(f"PRAGMA user_version = {schema_version() - 1}")
    ws.close()
    ws = Workspace.open(path)
    try:
        assert [ws.campaigns.get(c.id).version for c in ws.campaigns.summaries()] == ["1"]
    finally:
        ws.close()


def test_pending_migration_runs_after_a_copy(tmp_path, monkeypatch):
    """A file of an older schema is copied aside, then migrated forward."""
    path = tmp_path / "old.planner"
    Workspace.create(path).close()

    def m9999_extra(db):
        db.execute("CREATE TABLE extra (id INTEGER PRIMARY KEY)")

    monkeypatch.setattr(migrations, "_migrations", list(migrations._migrations))
    migrations(name="9999_extra")(m9999_extra)
    ws = Workspace.open(path)
    try:
        assert "extra" in ws.db.table_names()
        assert ws.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    finally:
        ws.close()
    copies = list(backups.backup_dir(path).glob("*before-migration*"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    assert "extra" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_save_copy_is_a_sound_workspace(workspace, tmp_path):
    """Save a copy writes a complete workspace that opens with the same content."""
    target = tmp_path / "copy.planner"
    workspace.save_copy(target)
    copy = Workspace.open(target, backup=False)
    try:
        assert [c.name for c in copy.campaigns.summaries()] == [
            c.name for c in workspace.campaigns.summaries()
        ]
    finally:
        copy.close()


def test_a_failed_action_writes_nothing(workspace):
    """An exception inside one user action rolls the whole action back."""
    count = workspace.posts.count()
    post = workspace.posts.for_campaign(workspace.campaigns.summaries()[0].id)[0]
    with pytest.raises(RuntimeError), workspace.transaction():
        workspace.posts.delete(post.id)
        raise RuntimeError("boom")
    assert workspace.posts.count() == count
