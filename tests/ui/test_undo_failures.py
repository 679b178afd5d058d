"""A failed save is never invisible: the officer is told, the undo list keeps no unsaved edit."""

import errno
import logging
import sqlite3

import pytest
from PySide6.QtGui import QUndoCommand

from planner.storage.errors import Problem, WorkspaceError
from planner.storage.workspace import Workspace
from planner.ui.campaigns.model import IdRole
from planner.ui.commands import SaveCampaign
from planner.ui.document import Document
from planner.ui.undo import Command, SafeUndoStack

FAILURES = {
    "disk full": OSError(errno.ENOSPC, "No space left on device"),
    "locked": sqlite3.OperationalError("database is locked"),
    "disk full (sqlite)": sqlite3.OperationalError("database or disk is full"),
    "read-only": OSError(errno.EROFS, "Read-only file system"),
    "storage": WorkspaceError(Problem.READ_ONLY, "x.planner"),
}
# what the officer reads for each (Arabic, the default language)
REASONS = {
    "disk full": "القرص ممتلئ",
    "locked": "مستخدمة في برنامج آخر",
    "disk full (sqlite)": "القرص ممتلئ",
    "read-only": "للقراءة فقط",
    "storage": "للقراءة فقط",
}


def open_sample(app_shell, workspace):
    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    return app_shell.window


def rename_first(window, name):
    view = window.screen("campaigns").list
    index = view.proxy.index(0, 0)
    campaign_id = index.data(IdRole)
    view.proxy.setData(index, name)
    return campaign_id


@pytest.mark.parametrize("failure", list(FAILURES))
def test_a_failed_save_is_told_and_not_kept(
    failure, app_shell, workspace, dialogs, qtbot, monkeypatch, caplog
):
    """A rename whose write fails (disk full, file locked, read-only) shows a message in Arabic,
    leaves nothing on the undo list, writes a log line, and the stored name is unchanged."""
    window = open_sample(app_shell, workspace)
    ws = app_shell.doc.workspace
    stack = app_shell.doc.undo_stack
    first = ws.campaigns.summaries()[0]

    def fail(*args, **kwargs):
        raise FAILURES[failure]

    monkeypatch.setattr(ws.campaigns, "save", fail)
    with caplog.at_level(logging.ERROR, logger="planner.undo"):
        campaign_id = rename_first(window, "اسم لم يحفظ")
    assert stack.count() == 0 and not window.undo_action.isEnabled()
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    title, text = dialogs.errors[0]
    assert title == "لم يُحفظ التغيير"
    assert REASONS[failure] in text
    assert "not saved: " in caplog.text
    monkeypatch.undo()
    assert ws.campaigns.get(campaign_id).name == first.name


def test_a_really_locked_file_is_told(app_shell, workspace, dialogs, qtbot):
    """Another program holding the file's write lock: the edit is refused, told, not kept."""
    window = open_sample(app_shell, workspace)
    ws = app_shell.doc.workspace
    ws.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(ws.path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        campaign_id = rename_first(window, "اسم لم يحفظ")
        assert app_shell.doc.undo_stack.count() == 0
        qtbot.waitUntil(lambda: bool(dialogs.errors))
        assert "مستخدمة في برنامج آخر" in dialogs.errors[0][1]
    finally:
        other.rollback()
        other.close()
    assert ws.campaigns.get(campaign_id).name != "اسم لم يحفظ"


def test_a_failed_edit_is_not_merged_into_the_saved_one(workspace, monkeypatch, qapp):
    """Typing: the first edit is saved, the second fails; undo still holds one step, and its
    redo brings back what was saved, not what failed."""
    doc = Document(workspace)
    before = workspace.campaigns.get(workspace.campaigns.summaries()[0].id)
    first, second = before.__class__(**vars(before)), before.__class__(**vars(before))
    first.name, second.name = "الاسم الأول", "الاسم الثاني"
    doc.undo_stack.push(SaveCampaign(doc, before, first, "name", merge_key="name"))
    real = workspace.campaigns.save

    def fail(campaign):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(workspace.campaigns, "save", fail)
    doc.undo_stack.push(SaveCampaign(doc, before, second, "name", merge_key="name"))
    monkeypatch.setattr(workspace.campaigns, "save", real)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert workspace.campaigns.get(before.id).name == before.name
    doc.undo_stack.redo()
    assert workspace.campaigns.get(before.id).name == "الاسم الأول"


def test_a_failed_undo_is_told_and_dropped(workspace, monkeypatch, qapp):
    """Ctrl+Z whose write fails: the edit stays as saved and leaves the undo list."""
    from planner.ui.undo import failures

    doc = Document(workspace)
    heard = []
    failures.failed.connect(lambda action, reason: heard.append((action, reason)))
    before = workspace.campaigns.get(workspace.campaigns.summaries()[0].id)
    after = before.__class__(**vars(before))
    after.name = "بعد"
    doc.undo_stack.push(SaveCampaign(doc, before, after, "إعادة التسمية"))

    def fail(campaign):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(workspace.campaigns, "save", fail)
    doc.undo_stack.undo()
    assert doc.undo_stack.count() == 0
    assert heard and heard[-1][0] == "إعادة التسمية"
    monkeypatch.undo()
    assert workspace.campaigns.get(before.id).name == "بعد"


class Foreign(QUndoCommand):
    """A command that is not a `Command`: the stack's own net must catch it."""

    def __init__(self, error: BaseException) -> None:
        super().__init__("foreign")
        self.error = error

    def redo(self) -> None:
        raise self.error


def test_the_stack_drops_any_command_whose_redo_raised(qapp):
    """A storage error escaping a command is told and the command taken off; a bug is taken
    off too, and goes on to the crash report."""
    stack = SafeUndoStack()
    stack.push(Foreign(OSError(errno.ENOSPC, "full")))
    assert stack.count() == 0 and stack.index() == 0
    with pytest.raises(ValueError):
        stack.push(Foreign(ValueError("a bug")))
    assert stack.count() == 0


def test_a_command_whose_write_works_is_kept(qapp):
    """The guard changes nothing for an edit that is saved."""
    done = []

    class Works(Command):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    stack = SafeUndoStack()
    stack.push(Works("ok"))
    stack.undo()
    assert stack.count() == 1 and done == ["redo", "undo"]
