"""Open, create and check a workspace file; the one owner of its `sqlite_utils.Database`."""

from __future__ import annotations

import contextlib
import importlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from sqlite_utils import Database

from planner.domain import progress
from planner.storage import backups
from planner.storage.campaigns import CampaignStore
from planner.storage.errors import Problem, WorkspaceError, classify_sqlite_error
from planner.storage.hijri_store import HijriStore
from planner.storage.migrations import known_names, migrations, schema_version
from planner.storage.posts import PostStore
from planner.storage.reference import AccountStore, MetaStore, SegmentStore
from planner.storage.soundness import Finding, FindingKind, check_contents

if TYPE_CHECKING:
    from planner.storage.assets import AssetStore
    from planner.storage.brand_kits import BrandKitStore
    from planner.storage.calendar import CalendarStore
    from planner.storage.coverage import CoverageStore
    from planner.storage.crisis import CrisisStore

APPLICATION_ID = 0x504C4E52  # "PLNR": marks a file as ours
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".planner"


def inspect(path: Path, full: bool = True) -> None:
    """Raise WorkspaceError unless `path` is a sound workspace this version can open.

    Reads only: a bad file is never modified. The window, every command and `check` call it
    the same way: the complete integrity check (41 ms on the bench's 20,000-post workspace,
    against 13 ms for the quick one) and the contents check of `soundness`. `full=False`
    (the quick check) is kept for callers that only need the header and schema judged.
    """
    if path.is_dir():
        raise WorkspaceError(Problem.IS_FOLDER, path)
    if not path.exists():
        raise WorkspaceError(Problem.NOT_FOUND, path)
    size = path.stat().st_size
    if size == 0:
        raise WorkspaceError(Problem.EMPTY, path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise WorkspaceError(Problem.UNREADABLE, path, str(exc)) from exc
    if not header.startswith(SQLITE_MAGIC):
        raise WorkspaceError(Problem.NOT_SQLITE, path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if len(header) < 100 or page_size < 512 or size % page_size:
        raise WorkspaceError(Problem.CORRUPT, path, "truncated")
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise WorkspaceError(classify_sqlite_error(exc), path, str(exc)) from exc
    try:
        _check_contents(conn, path, full)
    except sqlite3.Error as exc:
        raise WorkspaceError(classify_sqlite_error(exc), path, str(exc)) from exc
    finally:
        conn.close()


def _check_contents(conn: sqlite3.Connection, path: Path, full: bool) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if app_id != APPLICATION_ID:
        raise WorkspaceError(Problem.FOREIGN, path)
    applied = set()
    if "_sqlite_migrations" in tables:
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    if version > schema_version() or applied - known_names():
        raise WorkspaceError(Problem.NEWER, path, f"schema {version}")
    check = "integrity_check" if full else "quick_check"
    result = conn.execute(f"PRAGMA {check}").fetchone()[0]
    if result != "ok":
        raise WorkspaceError(Problem.CORRUPT, path, result)
    if not applied and version:  # the record of migrations itself is gone
        applied = known_names() | {"_sqlite_migrations"}
    findings = check_contents(conn, applied)
    if "_sqlite_migrations" in applied and "_sqlite_migrations" not in tables:
        findings.insert(0, Finding(FindingKind.MISSING_TABLE, "_sqlite_migrations"))
    if findings:
        detail = "; ".join(f"{f.kind.value} {f.where} ({f.count})" for f in findings)
        raise WorkspaceError(Problem.INVALID, path, detail, tuple(findings))


def summary(path: Path) -> str:
    """A one-line description of a sound workspace (read-only)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        counts = {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("campaigns", "posts", "accounts", "segments")
        }
    finally:
        conn.close()
    return f"schema {version}, " + ", ".join(f"{n} {t}" for t, n in counts.items())


StoreT = TypeVar("StoreT")


class _Later(Generic[StoreT]):
    """A store of the workspace made when it is first used, from `planner.storage.<module>`
    (imported then), and kept on the workspace from then on."""

    def __init__(self, module: str, name: str) -> None:
        self.module = f"planner.storage.{module}"
        self.name = name

    def __set_name__(self, owner: type[Workspace], attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, workspace: Workspace, owner: type[Workspace]) -> StoreT:
        store = getattr(importlib.import_module(self.module), self.name)(workspace.db)
        workspace.__dict__[self.attribute] = store  # the next reads find it there
        return cast(StoreT, store)


class Workspace:
    """An open workspace file and the stores that read and write it."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self.meta = MetaStore(db)
        self.segments = SegmentStore(db)
        self.accounts = AccountStore(db)
        self.campaigns = CampaignStore(db)
        self.posts = PostStore(db)
        self.hijri = HijriStore(db)

    # The stores of the later screens, with their domain rules, are imported when first
    # used: start-up only needs the ones the Overview reads.
    coverage: _Later[CoverageStore] = _Later("coverage", "CoverageStore")
    crisis: _Later[CrisisStore] = _Later("crisis", "CrisisStore")
    kits: _Later[BrandKitStore] = _Later("brand_kits", "BrandKitStore")
    assets: _Later[AssetStore] = _Later("assets", "AssetStore")
    calendar: _Later[CalendarStore] = _Later("calendar", "CalendarStore")

    @classmethod
    def create(cls, path: Path, institution: str = "") -> Workspace:
        """Write a new, empty workspace at `path` (which must not exist yet)."""
        path = Path(path)
        if path.exists():
            raise FileExistsError(path)
        try:
            db = _connect(path)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            workspace = cls(db, path)
            _migrate(workspace.db)
            if institution:
                workspace.meta.set("institution", institution)
            workspace.hijri.apply()
        except sqlite3.Error as exc:
            raise WorkspaceError(classify_sqlite_error(exc), path, str(exc)) from exc
        return workspace

    @classmethod
    def open(cls, path: Path, *, backup: bool = True) -> Workspace:
        """Open an existing workspace: check it, back it up, migrate it forward.

        Raises WorkspaceError (file untouched) when it is not a sound workspace.
        """
        path = Path(path)
        inspect(path)
        # SQLite's WAL needs two files beside the workspace: a read-only folder is named as
        # such, not mistaken for a read-only file.
        if not os.access(path.absolute().parent, os.W_OK | os.X_OK):
            raise WorkspaceError(Problem.FOLDER_READ_ONLY, path.absolute().parent)
        if not os.access(path, os.R_OK | os.W_OK):
            raise WorkspaceError(Problem.READ_ONLY, path)
        backups.remove_partials(path)
        db = None
        try:
            db = _connect(path)
            if backup:
                backups.rolling_backup(db.conn, path)
            if migrations.pending(db):
                backups.copy_before_migration(db.conn, path)
                _migrate(db)
            workspace = cls(db, path)
            workspace.hijri.apply()
        except sqlite3.Error as exc:
            if db is not None:
                db.close()
            raise WorkspaceError(classify_sqlite_error(exc), path, str(exc)) from exc
        except WorkspaceError:
            if db is not None:
                db.close()
            raise
        return workspace

    def close(self) -> None:
        self.hijri.release()
        self.db.close()

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the whole workspace to `target` (atomically)."""
        backups.snapshot(self.db.conn, Path(target))

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One user action: everything inside is committed together or not at all (an
        exception of any kind, Ctrl+C or a Cancelled progress included, rolls it back)."""
        outermost = not self.db.conn.in_transaction
        with self.db.atomic():
            yield
            if outermost:
                progress.finishing()  # the COMMIT: Ctrl+C no longer stops the command

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")


def _connect(path: Path) -> Database:
    db = Database(path, execute_plugins=False)  # no sqlite-utils plugins: saves a scan
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 3000")
    return db


def _migrate(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {schema_version()}")


def move_aside(path: Path) -> None:
    """Remove a workspace file together with its WAL and shared-memory files."""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            candidate.unlink()


def latest_good_backup(path: Path) -> backups.Backup | None:
    """The newest backup of `path` that passes the checks, if any."""
    for candidate in backups.list_backups(path):
        try:
            inspect(candidate.path)
        except WorkspaceError:
            continue
        return candidate
    return None
