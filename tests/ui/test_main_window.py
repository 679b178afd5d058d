"""The main window as a user meets it: direction, language, digits, undo, files."""

from PySide6.QtCore import Qt

from planner.storage.workspace import Workspace
from planner.ui.campaigns.model import IdRole
from planner.ui.document import Document


def open_sample(app_shell, workspace):
    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    window = app_shell.window
    window.resize(1280, 800)
    return window


def test_arabic_window_is_mirrored_with_navigation_on_the_right(app_shell, workspace, qtbot):
    """In Arabic the layout runs right to left and the navigation sits on the right."""
    window = open_sample(app_shell, workspace)
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert (
        window.nav.mapTo(window, window.nav.rect().topLeft()).x()
        > window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    )
    assert window.nav.item(0).text() == "نظرة عامة"
    assert window.menuBar().actions()[0].text() == "&ملف"


def test_switching_to_english_turns_the_whole_window_left_to_right(app_shell, workspace, qtbot):
    """Choosing English rebuilds the window in English, left to right, on the same screen."""
    window = open_sample(app_shell, workspace)
    window.show_screen("campaigns")
    app_shell.switch_language("en")
    window = app_shell.window
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.current_key() == "campaigns"
    assert window.nav.item(0).text() == "Overview"
    assert (
        window.nav.mapTo(window, window.nav.rect().topLeft()).x()
        < window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    )
    assert app_shell.settings.language == "en"


def test_digits_setting_reaches_the_screens(app_shell, workspace):
    """Latin digits, once chosen, replace the Arabic-Indic ones on the Overview."""
    from planner.formatting import Digits

    window = open_sample(app_shell, workspace)
    assert any("٠" <= ch <= "٩" for ch in window.screen("overview").stat_followers.value.text())
    app_shell.set_digits(Digits.LATIN)
    text = app_shell.window.screen("overview").stat_followers.value.text()
    assert text[0].isdigit() and text.isascii()


def test_rename_is_undone_and_redone_from_the_edit_menu(app_shell, workspace, qtbot):
    """Renaming a campaign in the list is one undoable edit, saved at once."""
    window = open_sample(app_shell, workspace)
    view = window.screen("campaigns").list
    index = view.proxy.index(0, 0)
    old = index.data(Qt.ItemDataRole.EditRole)
    campaign_id = index.data(IdRole)
    assert view.proxy.setData(index, "حملة بعد التعديل")
    ws = app_shell.doc.workspace
    assert ws.campaigns.get(campaign_id).name == "حملة بعد التعديل"
    window.undo_action.trigger()
    assert ws.campaigns.get(campaign_id).name == old
    assert view.model.summary(view.model.row_of(campaign_id)).name == old
    window.redo_action.trigger()
    assert ws.campaigns.get(campaign_id).name == "حملة بعد التعديل"


def test_undo_survives_switching_language(app_shell, workspace):
    """The undo history belongs to the workspace, not to the window."""
    window = open_sample(app_shell, workspace)
    view = window.screen("campaigns").list
    view.proxy.setData(view.proxy.index(0, 0), "اسم جديد")
    app_shell.switch_language("en")
    assert app_shell.window.undo_action.isEnabled()
    app_shell.window.undo_action.trigger()
    names = [c.name for c in app_shell.doc.workspace.campaigns.summaries()]
    assert "اسم جديد" not in names


def test_save_a_copy_writes_a_workspace(app_shell, workspace, dialogs, tmp_path):
    """File > Save a copy as writes a second, complete workspace file."""
    window = open_sample(app_shell, workspace)
    target = tmp_path / "copy.planner"
    dialogs.files.append(target)
    window._save_copy()
    assert target.exists()
    copy = Workspace.open(target, backup=False)
    assert len(copy.campaigns.summaries()) == len(app_shell.doc.workspace.campaigns.summaries())
    copy.close()


def test_new_workspace_opens_empty(app_shell, workspace, dialogs, tmp_path):
    """File > New workspace creates an empty file and shows it, with an empty-state message."""
    window = open_sample(app_shell, workspace)
    dialogs.files.append(tmp_path / "fresh")
    window._new()
    assert app_shell.doc.workspace.path == tmp_path / "fresh.planner"
    view = app_shell.window.screen("campaigns").list
    assert view.model.rowCount() == 0
    assert view.stack.currentWidget() is view.empty
    assert "لا توجد حملات" in view.empty.text()


def test_opening_a_bad_file_explains_and_keeps_the_current_workspace(
    app_shell, workspace, dialogs, tmp_path
):
    """A non-workspace file gets a translated message; the open workspace stays open."""
    open_sample(app_shell, workspace)
    bad = tmp_path / "notes.planner"
    bad.write_text("hello")
    current = app_shell.doc.workspace.path
    assert not app_shell.open_workspace(bad)
    assert dialogs.errors and "ليس ملف مساحة عمل" in dialogs.errors[0][1]
    assert app_shell.doc.workspace.path == current
    assert bad.read_text() == "hello"


def test_corrupt_file_offers_the_latest_backup(app_shell, workspace, dialogs):
    """A damaged workspace with a backup offers to open a copy of it; the file is untouched."""
    path = workspace.path
    workspace.close()
    Workspace.open(path).close()  # takes today's backup
    path.write_bytes(path.read_bytes()[:3000])
    damaged = path.read_bytes()
    dialogs.choices.append(0)
    assert app_shell.open_workspace(path)
    assert app_shell.doc.workspace.path != path
    assert "restored" in app_shell.doc.workspace.path.name
    assert app_shell.doc.workspace.campaigns.summaries()
    assert path.read_bytes() == damaged


def test_restoring_a_backup_keeps_the_current_state_as_a_backup(app_shell, workspace):
    """Restore puts the backup in place and keeps what was there as another backup."""
    from planner.storage import backups

    path = workspace.path
    workspace.close()
    Workspace.open(path).close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    first = app_shell.doc.workspace.campaigns.summaries()[0]
    app_shell.doc.workspace.campaigns.delete(first.id)
    backup = backups.list_backups(path)[0].path
    app_shell.restore_backup(backup)
    names = [c.name for c in app_shell.doc.workspace.campaigns.summaries()]
    assert first.name in names
    assert any("before-restore" in p.name for p in backups.backup_dir(path).iterdir())


def test_menu_shows_the_ampersand_of_crisis_and_security(app_shell, workspace, qtbot):
    """In the English View menu "Crisis & security" keeps its & (a lone & would be taken
    as a shortcut marker and show as "Crisis _security")."""
    window = open_sample(app_shell, workspace)
    app_shell.switch_language("en")
    window = app_shell.window
    view_menu = window.menuBar().actions()[2].menu()
    texts = [a.text() for a in view_menu.actions()]
    assert "Crisis && security" in texts


def test_a_laptop_window_shows_the_navigation_as_icons(app_shell, workspace, qtbot):
    """Below 1200 pixels the navigation keeps its entries (names in tooltips) on a narrow
    strip, leaving the width to the screens; at 1280 it shows the names again."""
    window = open_sample(app_shell, workspace)
    window.resize(1093, 614)  # 1366x768 at 125%
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    assert window.nav.item(0).toolTip() == window.nav.item(0).text() == "نظرة عامة"
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.nav.width() >= 200)
