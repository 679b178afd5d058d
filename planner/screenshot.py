"""Pictures of the screens without a display, for the README, reviews and tests."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from planner.formatting import Digits

# Event-loop passes before a picture: a list that grows with its rows, then the page that
# scrolls because of it, each wait for a pass of their own (5 cut the Objectives tab short).
SETTLE_PASSES = 20


@dataclass(frozen=True)
class Shot:
    """What to picture and how: a view (see `screenshot_views`), the language, digits, the
    screen's size in device pixels, the scaling (1.25 for 125%) and the colour scheme."""

    view: str
    lang: str = "ar"
    digits: str = "arabic"
    size: tuple[int, int] = (1280, 800)
    scale: float = 1.0
    scheme: str = "light"
    campaign: str | None = None


def virtual_screen(size: tuple[int, int], folder: Path) -> None:
    """Give Qt's offscreen platform a screen of `size` device pixels (its own is 800x800), so
    that dialogs sized to the screen are pictured as the officer sees them. Call before the
    QApplication is made; other platforms are left alone."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    config = folder / "screen.json"
    screen = {"name": "screen", "x": 0, "y": 0, "width": size[0], "height": size[1]}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def take(shot: Shot, out: Path, workspace: Path | None, scratch: Path) -> None:
    """Render `shot` to the PNG `out` (written whole or not at all).

    The window fills a screen of `shot.size` device pixels at `shot.scale` (so its size in
    Qt's logical pixels is size / scale; the picture has the screen's size). The scaling must
    already be in QT_SCALE_FACTOR when the QApplication is made (the CLI does it). Raises
    KeyError for an unknown view and WorkspaceError for a bad workspace.
    """
    problems = list(take_many(shot, [(shot.view, out)], workspace, scratch))
    if problems:
        raise problems[0][1]


def take_many(
    shot: Shot, views: list[tuple[str, Path]], workspace: Path | None, scratch: Path
) -> Iterator[tuple[str, Exception]]:
    """Render each (view, out) of `views` as `shot` says (its own view aside) with one window,
    one after the other: a survey of many views starts the program once. Yields each view
    that could not be pictured with its error (and goes on); KeyError for an unknown view."""
    from planner import screenshot_views
    from planner.app import Application
    from planner.qtapp import make_qapplication
    from planner.settings import Settings
    from planner.storage.full_sample import create_sample
    from planner.storage.workspace import Workspace
    from planner.ui import theme
    from planner.ui.document import Document

    for name, _out in views:
        screenshot_views.find(name)  # an unknown view is refused before anything starts
    app = make_qapplication()
    theme.force_scheme(shot.scheme)
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = shot.lang
    settings.digits = Digits(shot.digits)
    application = Application(settings)
    if workspace is None:
        workspace = scratch / "sample.planner"
        create_sample(workspace).close()
    application.show_document(Document(Workspace.open(workspace, backup=False)))
    window = application.window
    assert window is not None
    ratio = window.devicePixelRatioF() or 1.0
    window.resize(round(shot.size[0] / ratio), round(shot.size[1] / ratio))
    try:
        for _ in range(3):
            app.processEvents()
        for name, out in views:
            try:
                target = screenshot_views.find(name).show(window, shot.campaign)
                for _ in range(SETTLE_PASSES):
                    app.processEvents()
                partial = out.with_name(f".{out.name}.partial.png")
                if not target.grab().save(str(partial), "PNG"):
                    raise OSError(f"{out}: could not be written")
                partial.replace(out)
                if target is not window:
                    target.close()
            except Exception as exc:  # told to the caller, who goes on or stops
                yield name, exc
    finally:
        window.close()
        if application.doc is not None:
            application.doc.close()


def open_campaign(screen: object, doc: object, campaign: str, tab: str | None) -> None:
    """Show the editor of `campaign` (a name or an id; the first campaign when empty)."""
    from planner.errors import UsageError
    from planner.ui.campaigns.editor.view import TABS
    from planner.ui.campaigns.screen import CampaignsScreen
    from planner.ui.document import Document

    assert isinstance(doc, Document)
    if not isinstance(screen, CampaignsScreen):
        raise UsageError("--campaign: only with --view editor:TAB")
    if tab is not None and tab not in TABS:
        raise UsageError(f"--tab {tab}: one of {', '.join(TABS)}")
    if campaign:
        ids = doc.workspace.campaigns.ids_by_name(campaign)
        if not ids and campaign.isdigit():
            ids = [int(campaign)]
    else:
        ids = [c.id for c in doc.workspace.campaigns.summaries()][:1]
    screen.open_campaign(ids[0] if ids else -1, tab or "identity")
    if screen.currentWidget() is not screen.editor:
        raise UsageError(f"--campaign {campaign}: no such campaign")
