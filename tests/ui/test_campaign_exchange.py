"""File > Export campaign… / Import campaign…: a file for a colleague, checked, undoable."""

import json

import pytest

from planner.storage.workspace import Workspace
from planner.ui.campaigns.exchange_ui import export_campaign, import_campaign, safe_name
from planner.ui.document import Document
from tests.ui import user

NAME = "مسقط أجمل بنظافتها"
english = user.english  # the fixture: messages in English


@pytest.fixture
def window(app_shell, workspace, english):
    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    return app_shell.window


def select(window, name):
    screen = window.screen("campaigns")
    campaign_id = next(
        c.id for c in window.ctx.doc.workspace.campaigns.summaries() if c.name == name
    )
    screen.list.select(campaign_id)
    return campaign_id


def test_the_file_menu_offers_export_and_import(window):
    """The File menu has both commands, with their shortcuts."""
    texts = {
        a.text().replace("&", ""): a.shortcut().toString()
        for a in window.menuBar().actions()[0].menu().actions()
    }
    assert texts["Export campaign…"] == "Ctrl+Shift+E"
    assert texts["Import campaign…"] == "Ctrl+Shift+I"


def test_the_menu_commands_work_in_the_window_the_workspace_opened_in(window, dialogs, tmp_path):
    """The File menu's own actions (made with the window's frame, before the workspace was
    open) export the selected campaign and import a file."""
    select(window, NAME)
    actions = {a.text().replace("&", ""): a for a in window.menuBar().actions()[0].menu().actions()}
    dialogs.files.append(tmp_path / "from-menu.json")
    actions["Export campaign…"].trigger()
    assert json.loads((tmp_path / "from-menu.json").read_text("utf-8"))["campaign"]["name"] == NAME
    dialogs.files.append(tmp_path / "from-menu.json")
    dialogs.choices.append(0)  # the name is taken: keep both
    count = len(window.ctx.doc.workspace.campaigns.summaries())
    actions["Import campaign…"].trigger()
    assert len(window.ctx.doc.workspace.campaigns.summaries()) == count + 1


def test_export_writes_the_selected_campaign(window, dialogs, tmp_path):
    """Export asks where and writes the selected campaign's file; the status bar says where."""
    select(window, NAME)
    dialogs.files.append(tmp_path / "clean")
    path = export_campaign(window)
    assert path == tmp_path / "clean.json"
    assert json.loads(path.read_text("utf-8"))["campaign"]["name"] == NAME
    assert str(path) in window.statusBar().currentMessage()


def test_import_with_a_name_clash_asks_and_renames_then_undo(window, dialogs, tmp_path):
    """Importing a campaign that exists asks; "new name" adds a copy; undo removes it all."""
    select(window, NAME)
    dialogs.files.append(tmp_path / "c.json")
    export_campaign(window)
    ws = window.ctx.doc.workspace
    before = [c.name for c in ws.campaigns.summaries()]
    dialogs.files.append(tmp_path / "c.json")
    dialogs.choices.append(0)
    new_id = import_campaign(window)
    assert "already has a campaign" in dialogs.asked[-1]
    assert ws.campaigns.get(new_id).name == f"{NAME} (2)"
    assert len(ws.posts.for_campaign(new_id)) > 0
    assert window.current_key() == "campaigns"
    assert window.screen("campaigns").list.selected_id() == new_id
    window.ctx.doc.undo_stack.undo()
    assert [c.name for c in ws.campaigns.summaries()] == before
    window.ctx.doc.undo_stack.redo()
    assert ws.campaigns.get(new_id).name == f"{NAME} (2)"  # the same id again


def test_replace_puts_the_old_campaign_back_on_undo(window, dialogs, tmp_path):
    """ "Replace" swaps the campaign for the file's; undo brings the old one back, posts too."""
    old_id = select(window, NAME)
    ws = window.ctx.doc.workspace
    old, old_posts = ws.campaigns.get(old_id), ws.posts.for_campaign(old_id)
    dialogs.files.append(tmp_path / "c.json")
    export_campaign(window)
    dialogs.choices.append(1)
    new_id = import_campaign(window, tmp_path / "c.json")
    assert new_id != old_id
    with pytest.raises(KeyError):
        ws.campaigns.get(old_id)
    window.ctx.doc.undo_stack.undo()
    assert ws.campaigns.get(old_id) == old
    assert ws.posts.for_campaign(old_id) == old_posts


def test_an_invalid_file_is_explained_and_changes_nothing(window, dialogs, tmp_path):
    """A file with a bad field gets a message naming that field; nothing is imported."""
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps({"format": "campaign-planner/campaign", "version": 1, "campaign": {"name": 5}}),
        "utf-8",
    )
    count = len(window.ctx.doc.workspace.campaigns.summaries())
    assert import_campaign(window, broken) is None
    _, text = dialogs.errors[-1]
    assert "nothing was changed" in text and "“" in text
    assert len(window.ctx.doc.workspace.campaigns.summaries()) == count
    assert window.ctx.doc.undo_stack.count() == 0


def test_cancelling_the_clash_question_imports_nothing(window, dialogs, tmp_path):
    """Closing the rename/replace question leaves the workspace as it was."""
    select(window, NAME)
    dialogs.files.append(tmp_path / "c.json")
    export_campaign(window)
    dialogs.choices.append(-1)
    assert import_campaign(window, tmp_path / "c.json") is None
    assert window.ctx.doc.undo_stack.count() == 0


def test_safe_file_names():
    """A campaign name becomes a file name without characters file systems refuse."""
    assert safe_name("حملة: النظافة/٢٠٢٦") == "حملة- النظافة-٢٠٢٦"
    assert safe_name("...") == "campaign"


def test_any_failure_of_the_campaign_file_export_is_told(window, dialogs, tmp_path, monkeypatch):
    """Not only OSError: any failure of the writer is a message, never a traceback."""
    import planner.storage.exchange as exchange

    def broken(*args, **kwargs):
        raise ValueError("a writer's bug")

    monkeypatch.setattr(exchange, "write_campaign_file", broken)
    select(window, NAME)
    dialogs.files.append(tmp_path / "clean")
    assert export_campaign(window) is None
    assert "ValueError" in dialogs.errors[-1][1]
    assert not list(tmp_path.glob("clean*"))


def test_a_file_with_a_repeated_post_asks_before_importing(window, dialogs, tmp_path):
    """The same post twice: the window names the repeat and asks; "no" imports nothing,
    "yes" imports every copy (undoable as one step)."""
    select(window, NAME)
    path = tmp_path / "twice.json"
    dialogs.files.append(path)
    export_campaign(window)
    data = json.loads(path.read_text("utf-8"))
    count = len(data["posts"])
    data["posts"].append(data["posts"][0])
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    workspace = window.ctx.doc.workspace
    before = len(workspace.campaigns.summaries())
    dialogs.confirmations.append(False)
    assert import_campaign(window, path) is None
    assert f"posts[{count}] = posts[0]" in dialogs.asked[-1]
    assert len(workspace.campaigns.summaries()) == before
    dialogs.confirmations.append(True)
    dialogs.choices.append(0)  # the name is taken: keep both
    new_id = import_campaign(window, path)
    assert new_id is not None and len(workspace.posts.for_campaign(new_id)) == count + 1
