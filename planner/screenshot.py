"""Pictures of the screens without a display, for the README, reviews and tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from planner.formatting import Digits


def take(view: str, out: Path, workspace: Path | None, lang: str, digits: str,
         size: tuple[int, int], scratch: Path) -> None:
    """Render screen `view` at `size` to the PNG `out` (written whole or not at all).

    Raises KeyError for an unknown view and WorkspaceError for a bad workspace.
    """
    from planner.app import Application, create_sample, make_qapplication
    from planner.storage.workspace import Workspace
    from planner.ui.document import Document
    from planner.ui.settings import Settings

    app = make_qapplication()
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = lang
    settings.digits = Digits(digits)
    application = Application(settings)
    if workspace is None:
        workspace = scratch / "sample.planner"
        create_sample(workspace).close()
    application.show_document(Document(Workspace.open(workspace, backup=False)))
    window = application.window
    assert window is not None
    try:
        window.show_screen(view)
        window.resize(*size)
        for _ in range(5):
            app.processEvents()
        partial = out.with_name(f".{out.name}.partial.png")
        if not window.grab().save(str(partial), "PNG"):
            raise OSError(f"{out}: could not be written")
        partial.replace(out)
    finally:
        window.close()
        if application.doc is not None:
            application.doc.close()
