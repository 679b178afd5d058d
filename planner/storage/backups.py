"""Rolling backups of a workspace with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from planner.storage.errors import Problem, WorkspaceError

KEEP = 7
PARTIAL_PREFIX = ".partial-"
# A partial copy untouched for this long belongs to no running backup: a killed one left it.
STALE_PARTIAL_S = 60.0


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
    fd, tmp_name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, suffix=".planner", dir=target.parent)
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
        if path.name.startswith(PARTIAL_PREFIX):
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
    folder = backup_dir(workspace)
    _ensure_usable(folder, _database_bytes(conn))
    target = folder / f"{workspace.stem}-{now:%Y%m%d-%H%M%S}.planner"
    try:
        snapshot(conn, target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise WorkspaceError(Problem.NO_SPACE_FOR_BACKUP, folder, str(exc)) from exc
        raise WorkspaceError(Problem.BACKUPS_UNUSABLE, folder, str(exc)) from exc
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():
            raise WorkspaceError(Problem.NO_SPACE_FOR_BACKUP, folder, str(exc)) from exc
        raise
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


def free_bytes(folder: Path) -> int:
    """The space left on the disk that holds `folder`."""
    return shutil.disk_usage(folder).free


def _database_bytes(conn: sqlite3.Connection) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return int(pages * conn.execute("PRAGMA page_size").fetchone()[0])


def _ensure_usable(folder: Path, needed: int) -> None:
    """Raise WorkspaceError unless a backup of `needed` bytes can be written into `folder`."""
    if folder.exists() and not folder.is_dir():
        raise WorkspaceError(Problem.BACKUPS_UNUSABLE, folder, "not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(Problem.BACKUPS_UNUSABLE, folder, str(exc)) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WorkspaceError(Problem.BACKUPS_UNUSABLE, folder, "not writable")
    if free_bytes(folder) < needed:
        raise WorkspaceError(Problem.NO_SPACE_FOR_BACKUP, folder, f"{needed} bytes needed")


def remove_partials(workspace: Path, now: float | None = None) -> list[Path]:
    """Delete the partial copies a killed backup left in the workspace's backups folder."""
    folder = backup_dir(workspace)
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for path in folder.glob(f"{PARTIAL_PREFIX}*"):
        try:
            if now - path.stat().st_mtime >= STALE_PARTIAL_S:
                path.unlink()
                removed.append(path)
        except OSError:
            continue  # gone already, or not ours to delete: the backup itself will say
    return removed
