"""Every dialog of the program can be pictured: `screenshot --view dialog:NAME` opens each one,
and every QDialog subclass in planner/ui is what some view shows (or is named here with why).
Each fits a laptop's screen at 125%."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from planner import screenshot_views
from planner.storage.workspace import Workspace
from planner.ui.document import Document

UI = Path(__file__).resolve().parents[2] / "planner" / "ui"
DIALOG_BASES = {"QDialog", "QMessageBox", "QInputDialog", "QFileDialog", "QProgressDialog"}
# 1366x768 at 125% is 1093x614 logical pixels: less a task bar (about 38) and a title bar (30)
ROOM = (1093, 614 - 38 - 30)
# a dialog class no view shows, with the reason (FormDialog, the base of the small forms, is
# shown through NewCampaignDialog)
NOT_PICTURED: dict[str, str] = {}


def dialog_classes() -> set[str]:
    """Names of the classes in planner/ui that derive from a Qt dialog, directly or through
    another such class (read from the source, so a new dialog is found without importing)."""
    bases: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = {
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                }
                bases[node.name] = names
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in found and parents & (DIALOG_BASES | found):
                found.add(name)
                changed = True
    return found


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's message boxes
def test_every_dialog_opens_fits_a_laptop_and_has_a_view(app_shell, tmp_path, qtbot):
    from planner.storage.full_sample import create_sample

    path = tmp_path / "full.planner"
    create_sample(path).close()
    app_shell.show_document(Document(Workspace.open(path, backup=False)))
    window = app_shell.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    shown: set[str] = set()
    for name in screenshot_views.names():
        if not name.startswith("dialog:"):
            continue
        widget = screenshot_views.find(name).show(window, None)
        assert isinstance(widget, QWidget), name
        assert widget.isVisible(), name
        least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        assert least.width() <= ROOM[0] and least.height() <= ROOM[1], (name, least)
        if isinstance(widget, QDialog):
            shown.update(cls.__name__ for cls in type(widget).__mro__)
        widget.close()
    missing = dialog_classes() - shown - set(NOT_PICTURED)
    assert not missing, f"dialogs no screenshot view shows: {sorted(missing)}"
    assert dialog_classes() >= set(NOT_PICTURED)  # no stale reason
