"""The window judges a workspace as `check` does: names the damage, offers the last good backup."""

import shutil
import sqlite3
from pathlib import Path

from planner.storage import backups


def _hack_a_status(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE posts SET status = 'hacked' WHERE id = (SELECT MIN(id) FROM posts)")
    conn.commit()
    conn.close()


def test_damaged_contents_are_named_and_the_latest_good_backup_offered(
    app_shell, tmp_path, _sample_file, dialogs, qtbot
):
    """A post status "hacked": the window says what `check` says and offers yesterday's
    backup; accepting opens a copy of it, the damaged file left as it was."""
    path = tmp_path / "ws.planner"
    shutil.copyfile(_sample_file, path)
    good = backups.backup_dir(path) / "ws-20261101-090000.planner"
    good.parent.mkdir()
    shutil.copyfile(_sample_file, good)
    _hack_a_status(path)
    before = path.read_bytes()
    dialogs.choices.append(0)
    app_shell.show_frame(path)
    assert app_shell.start(path)
    # the table's name isolated from the Arabic around it, the count in the officer's digits
    assert "“\u2068posts.status\u2069”" in dialogs.asked[0]
    assert "قيم لا يعرفها البرنامج (عدد الصفوف: ١)" in dialogs.asked[0]
    assert app_shell.doc is not None and "restored" in app_shell.doc.workspace.path.name
    assert path.read_bytes() == before


def test_a_folder_is_explained_by_the_window(app_shell, tmp_path, dialogs):
    """A folder named as the workspace: a message, no traceback, start() says it failed."""
    folder = tmp_path / "folder.planner"
    folder.mkdir()
    app_shell.show_frame(folder)
    assert not app_shell.start(folder)
    assert dialogs.errors and "مجلد" in dialogs.errors[0][1]
