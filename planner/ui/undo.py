"""The one place edits run: a save that fails is dropped from the history and told, never hidden.

Every undo command derives from `Command`, whose `redo()`/`undo()` catch the errors of the
environment (a locked or full disk, a read-only file, SQLite's own errors): the command makes
itself obsolete, so `QUndoStack` deletes it instead of keeping an edit that was never saved (and
never merges it into the previous one), the failure is logged, and `failures.failed` carries a
message in the officer's language to the main window, which shows it. Every stack is a
`SafeUndoStack`, whose `push()` is the net for anything else that escapes a command: the
command is taken off the stack before the error goes on. A test checks that no code makes a
bare `QUndoStack` or a command that is not a `Command`.
"""

from __future__ import annotations

import errno
import functools
import logging
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.storage.errors import Problem, WorkspaceError, classify_sqlite_error

log = logging.getLogger("planner.undo")

SAVE_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, OSError, WorkspaceError)

F = TypeVar("F", bound=Callable[..., Any])


class Failures(QObject):
    """Where failed saves are announced: (what the officer did, why it was not saved)."""

    failed = Signal(str, str)


failures = Failures()


def problem_of(exc: BaseException) -> Problem | None:
    """The file problem behind an environment error, when there is a known one."""
    if isinstance(exc, WorkspaceError):
        return exc.problem
    if isinstance(exc, sqlite3.Error):
        return classify_sqlite_error(exc)
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return Problem.DISK_FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return Problem.READ_ONLY
    return None


def describe(exc: BaseException) -> str:
    """Why the edit was not saved, in the officer's language."""
    from planner import labels

    found = problem_of(exc)
    if found is not None and found is not Problem.CORRUPT:
        return labels.problem(found)
    return QCoreApplication.translate(
        "Undo", "The workspace file could not be written (%1). The change was not saved."
    ).replace("%1", str(getattr(exc, "strerror", None) or exc))


def report(action: str, exc: BaseException) -> None:
    """Log a failed save and announce it to whoever shows it to the officer."""
    log.error("not saved: %s: %s", action, exc, exc_info=exc)
    failures.failed.emit(action, describe(exc))


def _guarded(method: F, phase: str) -> F:
    @functools.wraps(method)
    def run(self: QUndoCommand, *args: Any) -> Any:
        try:
            return method(self, *args)
        except SAVE_ERRORS as exc:
            self.setObsolete(True)  # QUndoStack deletes it: the history keeps no unsaved edit
            report(self.text(), exc)
            return None

    run.__guarded__ = phase  # type: ignore[attr-defined]
    return run  # type: ignore[return-value]


def _refuse_failed(method: F) -> F:
    @functools.wraps(method)
    def merge(self: QUndoCommand, other: QUndoCommand) -> bool:
        if other.isObsolete():  # a failed edit is never merged into a saved one
            return False
        return bool(method(self, other))

    return merge  # type: ignore[return-value]


class Command(QUndoCommand):
    """An undo command whose failed saves are dropped and told (see the module's note)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in ("redo", "undo"):
            method = cls.__dict__.get(name)
            if method is not None and not hasattr(method, "__guarded__"):
                setattr(cls, name, _guarded(method, name))
        merge = cls.__dict__.get("mergeWith")
        if merge is not None:
            cls.mergeWith = _refuse_failed(merge)  # type: ignore[method-assign]


class SafeUndoStack(QUndoStack):
    """A `QUndoStack` that never keeps a command whose `redo()` raised."""

    def push(self, cmd: QUndoCommand) -> None:
        index, action = self.index(), cmd.text()
        try:
            super().push(cmd)
        except BaseException as exc:
            self._drop(cmd, index)
            if not isinstance(exc, SAVE_ERRORS):
                raise  # a bug: the crash report tells it
            report(action, exc)

    def _drop(self, cmd: QUndoCommand, index: int) -> None:
        """Take `cmd` off the top of the stack, where QUndoStack put it, without undoing it."""
        if self.index() == index + 1:
            top = self.command(self.index() - 1)
            if top is cmd:
                top.setObsolete(True)
                super().undo()  # an obsolete command is deleted, not undone
