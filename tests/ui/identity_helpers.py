"""Opening the Identity screen on the sample workspace with its identity, for the UI tests."""

from __future__ import annotations

from planner.paths import resource
from planner.storage.identity_sample import load_identity_sample
from planner.storage.workspace import Workspace
from planner.ui.document import Document
from tests.conftest import TODAY


def open_identity(app_shell, workspace, with_sample: bool = True):
    """The main window on the Identity screen; returns (window, view)."""
    if with_sample:
        load_identity_sample(workspace, resource("sample", "identity.json"), TODAY)
    path = workspace.path
    workspace.close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    window = app_shell.window
    window.resize(1280, 800)
    window.show_screen("identity")
    view = window.screen("identity")
    return window, view
