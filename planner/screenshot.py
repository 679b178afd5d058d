"""Pictures of the screens without a display, for the README, reviews and tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from planner.formatting import Digits


def take(
    view: str,
    out: Path,
    workspace: Path | None,
    lang: str,
    digits: str,
    size: tuple[int, int],
    scratch: Path,
    campaign: str | None = None,
    tab: str | None = None,
) -> None:
    """Render screen `view` at `size` to the PNG `out` (written whole or not at all).

    With `campaign` (a name or an id), the Campaigns screen shows that campaign's editor on
    `tab`. Raises KeyError for an unknown view, campaign or tab and WorkspaceError for a bad
    workspace.
    """
    from planner.app import Application
    from planner.qtapp import make_qapplication
    from planner.settings import Settings
    from planner.storage.full_sample import create_sample
    from planner.storage.workspace import Workspace
    from planner.ui.document import Document

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
        if campaign is not None:
            _open_campaign(window.screen(view), application.doc, campaign, tab)
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


def _open_campaign(screen: object, doc: object, campaign: str, tab: str | None) -> None:
    from planner.errors import UsageError
    from planner.ui.campaigns.editor.view import TABS
    from planner.ui.campaigns.screen import CampaignsScreen
    from planner.ui.document import Document

    assert isinstance(doc, Document)
    if not isinstance(screen, CampaignsScreen):
        raise UsageError("--campaign: only with --view campaigns")
    if tab is not None and tab not in TABS:
        raise UsageError(f"--tab {tab}: one of {', '.join(TABS)}")
    ids = doc.workspace.campaigns.ids_by_name(campaign)
    if not ids and campaign.isdigit():
        ids = [int(campaign)]
    screen.open_campaign(ids[0] if ids else -1, tab or "identity")
    if screen.currentWidget() is not screen.editor:
        raise UsageError(f"--campaign {campaign}: no such campaign")
