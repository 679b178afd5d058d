"""Rolling backups of a workspace with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

KEEP = 7


@dataclass(frozen=True)
class Backup:
    """One backup file of a workspace."""

    path: Path
    taken_at: dt.datetime
    size: int


def backup_dir(workspace: Path) -> Path:
    """Backups live beside the workspace, so a copied folder carries them along."""
    return workspace.parent / f"{workspace.stem}.backups"


def snapshot(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the live database to `target` consistently; write to a temporary file first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".partial-", suffix=".planner", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def list_backups(workspace: Path) -> list[Backup]:
    """The workspace's backups, newest first."""
    folder = backup_dir(workspace)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.planner"):
        if path.name.startswith(".partial-"):
            continue
        stat = path.stat()
        found.append(Backup(path, dt.datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rolling_backup(
    conn: sqlite3.Connection, workspace: Path, now: dt.datetime | None = None, keep: int = KEEP
) -> Path | None:
    """Back up at most once a day; keep the newest `keep`. Returns the new file, if any."""
    now = now or dt.datetime.now()
    existing = list_backups(workspace)
    if existing and existing[0].taken_at.date() == now.date():
        return None
    target = backup_dir(workspace) / f"{workspace.stem}-{now:%Y%m%d-%H%M%S}.planner"
    snapshot(conn, target)
    stamp = now.timestamp()
    os.utime(target, (stamp, stamp))
    for old in list_backups(workspace)[keep:]:
        old.path.unlink()
    return target


def copy_before_migration(conn: sqlite3.Connection, workspace: Path) -> Path:
    """Keep the file as it was before its schema is migrated forward."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    target = backup_dir(workspace) / f"{workspace.stem}-before-migration-v{version}.bak"
    snapshot(conn, target)
    return target


def restored_copy_path(workspace: Path, now: dt.datetime | None = None) -> Path:
    """Where a copy of a backup is put when the workspace itself cannot be opened."""
    now = now or dt.datetime.now()
    return workspace.with_name(f"{workspace.stem}-restored-{now:%Y%m%d-%H%M%S}.planner")
