"""File > Export campaign… and Import campaign…: a campaign file to share with a colleague."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from planner.domain.progress import Cancelled
from planner.ui.icons import icon
from planner.ui.progress import ProgressWindow, cancelled_message

if TYPE_CHECKING:  # the exchange itself is imported on first use: start-up stays light
    from planner.storage.exchange import OnClash
    from planner.ui.screens import ScreenContext

log = logging.getLogger(__name__)


class Window(Protocol):
    """What the exchange asks of the main window."""

    ctx: ScreenContext | None  # None while the workspace is still opening

    def screen(self, key: str) -> QWidget: ...
    def show_screen(self, key: str) -> None: ...
    def show_message(self, text: str) -> None: ...


class CampaignExchange(QObject):
    """Export and import of campaign files, for the File menu."""

    def __init__(self, window: Window) -> None:
        super().__init__(window if isinstance(window, QObject) else None)
        self.window = window
        self.parent_widget = window if isinstance(window, QWidget) else None

    def file_filter(self) -> str:
        return self.tr("Campaign files (*.json);;All files (*)")

    def add_actions(self, menu: QMenu) -> None:
        export = menu.addAction(icon("export"), self.tr("&Export campaign…"))
        export.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export.setStatusTip(
            self.tr(
                "Write the chosen campaign, its posts, segments and "
                "accounts to one file for a colleague"
            )
        )
        export.triggered.connect(self.export_campaign)
        imported = menu.addAction(icon("import"), self.tr("&Import campaign…"))
        imported.setShortcut(QKeySequence("Ctrl+Shift+I"))
        imported.setStatusTip(self.tr("Add a campaign from a colleague's campaign file"))
        imported.triggered.connect(lambda: self.import_campaign())

    def export_campaign(self) -> Path | None:
        """Ask where, and write the campaign being edited (or selected in the list)."""
        from planner.storage.exchange import write_campaign_file

        ctx, parent = self.window.ctx, self.parent_widget
        if ctx is None:
            return None  # the menu was used before the workspace was open
        screen = self.window.screen("campaigns")
        campaign_id = screen.current_campaign_id()  # type: ignore[attr-defined]
        if campaign_id is None:
            ctx.dialogs.info(
                parent,
                self.tr("Export campaign"),
                self.tr("Choose a campaign in the list of campaigns first."),
            )
            return None
        name = ctx.doc.workspace.campaigns.get(campaign_id).name
        path = ctx.dialogs.save_file(
            parent, self.tr("Export campaign"), self.file_filter(), f"{safe_name(name)}.json"
        )
        if path is None:
            return None
        path = path if path.suffix else path.with_suffix(".json")
        title = self.tr("Export campaign")
        try:
            with ProgressWindow(parent, title, self.tr("Writing the campaign file…")) as progress:
                write_campaign_file(ctx.doc.workspace, campaign_id, path, progress)
        except Cancelled:  # the temporary file is gone; an older file at `path` is untouched
            self.window.show_message(cancelled_message())
            return None
        except OSError as exc:
            ctx.dialogs.error(
                parent,
                self.tr("Export campaign"),
                self.tr("The file could not be written: %1").replace("%1", str(exc)),
            )
            return None
        except Exception as exc:  # any other failure is told too, never a traceback
            log.exception("campaign file export failed")
            ctx.dialogs.error(
                parent,
                self.tr("Export campaign"),
                self.tr(
                    "The export stopped on an unexpected problem and wrote nothing. "
                    "The details are in the program's log: %1"
                ).replace("%1", type(exc).__name__),
            )
            return None
        self.window.show_message(self.tr("Campaign exported to %1").replace("%1", str(path)))
        return path

    def import_campaign(self, path: Path | None = None) -> int | None:
        """Read a campaign file, check it whole, ask about a name clash, add it (undoable)."""
        from planner.i18n import campaigns as campaign_labels
        from planner.storage.exchange import ExchangeError, read_campaign_file
        from planner.storage.exchange_rules import check_bundle, repeated_posts
        from planner.ui.campaigns.commands import ImportCampaign

        ctx, parent, title = self.window.ctx, self.parent_widget, self.tr("Import campaign")
        if ctx is None:
            return None  # the menu was used before the workspace was open
        if path is None:
            path = ctx.dialogs.open_file(parent, title, self.file_filter())
        if path is None:
            return None
        try:
            bundle = read_campaign_file(path)
            check_bundle(bundle)  # everything is checked before anything is written
        except ExchangeError as exc:
            ctx.dialogs.error(
                parent,
                title,
                self.tr("The campaign file cannot be imported; nothing was changed.")
                + "\n\n"
                + campaign_labels.exchange_error(exc, ctx.formatter),
            )
            return None
        repeats = repeated_posts(bundle)
        if repeats and not ctx.dialogs.confirm(
            parent, title, campaign_labels.repeated_posts_text(repeats, ask=True)
        ):
            return None
        on_clash: OnClash = "fail"
        name = bundle.campaign.name
        if name in {s.name for s in ctx.doc.workspace.campaigns.summaries()}:
            choice = ctx.dialogs.choose(
                parent,
                title,
                self.tr("The workspace already has a campaign named “%1”.").replace("%1", name),
                [
                    self.tr("Import under a new name"),
                    self.tr("Replace the existing campaign"),
                    self.tr("Cancel"),
                ],
            )
            if choice not in (0, 1):
                return None
            on_clash = "rename" if choice == 0 else "replace"
        with ProgressWindow(parent, title, self.tr("Importing the campaign…")) as progress:
            command = ImportCampaign(ctx.doc, bundle, on_clash, title, progress)
            ctx.doc.undo_stack.push(command)
        if progress.cancelled:  # one transaction, rolled back: nothing was stored
            self.window.show_message(cancelled_message())
            return None
        self.window.show_screen("campaigns")
        screen = self.window.screen("campaigns")
        if command.new_id is not None:
            screen.show_list()  # type: ignore[attr-defined]
            screen.list.select(command.new_id)  # type: ignore[attr-defined]
        self.window.show_message(
            self.tr("Campaign imported: %1").replace(
                "%1", command.campaign.name if command.campaign else name
            )
        )
        return command.new_id


def add_exchange_actions(menu: QMenu, window: Window) -> CampaignExchange:
    """Add Export campaign… and Import campaign… to the File menu."""
    exchange = CampaignExchange(window)
    exchange.add_actions(menu)
    return exchange


def export_campaign(window: Window) -> Path | None:
    return CampaignExchange(window).export_campaign()


def import_campaign(window: Window, path: Path | None = None) -> int | None:
    return CampaignExchange(window).import_campaign(path)


def safe_name(name: str) -> str:
    """A file name from a campaign name: no characters that file systems refuse."""
    cleaned = "".join("-" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)
    return cleaned.strip(" .") or "campaign"
