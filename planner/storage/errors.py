"""Why a workspace file could not be opened or written, told apart from bugs."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.storage.soundness import Finding


class Problem(StrEnum):
    """The kinds of trouble a user can meet with a file; each has a translated message."""

    NOT_FOUND = "not_found"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    CORRUPT = "corrupt"
    FOREIGN = "foreign"
    NEWER = "newer"
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    INVALID = "invalid"  # sound SQLite, but contents no version of this program writes
    IS_FOLDER = "is_folder"
    UNREADABLE = "unreadable"
    FOLDER_READ_ONLY = "folder_read_only"
    BACKUPS_UNUSABLE = "backups_unusable"  # NAME.backups is a file, or cannot be written
    NO_SPACE_FOR_BACKUP = "no_space_for_backup"


class WorkspaceError(Exception):
    """A file problem the user can act on (as opposed to a bug in the program)."""

    def __init__(
        self,
        problem: Problem,
        path: Path | str,
        detail: str = "",
        findings: tuple[Finding, ...] = (),
    ) -> None:
        super().__init__(f"{problem.value}: {path}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = Path(path)
        self.detail = detail
        self.findings = findings


def classify_sqlite_error(exc: Exception) -> Problem:
    """Tell environment errors (locked, full, read-only, corrupt) apart from the rest."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return Problem.LOCKED
    if "disk is full" in text or "database or disk is full" in text:
        return Problem.DISK_FULL
    if "readonly" in text or "read-only" in text:
        return Problem.READ_ONLY
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return Problem.CORRUPT
    return Problem.CORRUPT
