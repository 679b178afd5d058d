"""The data folder is …/CampaignPlanner, once; a workspace left in the old nested one moves."""

import shutil

from planner.app import APPLICATION, _move_from_nested_folder, data_folder, default_workspace_path
from planner.storage.workspace import Workspace


def test_the_data_folder_names_the_program_once(qapp):
    """Not …/CampaignPlanner/CampaignPlanner/workspace.planner."""
    path = default_workspace_path()
    assert path.parent == data_folder() and path.parent.name == APPLICATION
    assert path.parent.parent.name != APPLICATION


def test_a_workspace_in_the_nested_folder_moves_with_its_backups(tmp_path, _sample_file):
    """The old file, its WAL and its backups folder move; the emptied old folder goes."""
    old_folder = tmp_path / APPLICATION / APPLICATION
    old_folder.mkdir(parents=True)
    shutil.copyfile(_sample_file, old_folder / "workspace.planner")
    (old_folder / "workspace.backups").mkdir()
    (old_folder / "workspace.backups" / "workspace-20261101-090000.planner").write_bytes(b"b")
    new = tmp_path / APPLICATION / "workspace.planner"
    _move_from_nested_folder(old_folder, new)
    assert not old_folder.exists()
    assert (new.parent / "workspace.backups" / "workspace-20261101-090000.planner").exists()
    Workspace.open(new, backup=False).close()


def test_an_existing_workspace_in_the_new_place_is_never_replaced(tmp_path, _sample_file):
    """Both present: the new one stays, the old one is left for the officer to find."""
    old_folder = tmp_path / "old"
    old_folder.mkdir()
    (old_folder / "workspace.planner").write_bytes(b"old")
    new = tmp_path / "workspace.planner"
    new.write_bytes(b"new")
    _move_from_nested_folder(old_folder, new)
    assert new.read_bytes() == b"new" and (old_folder / "workspace.planner").exists()
