"""The application: Qt set-up (fonts, translators, direction) and the workspace's lifecycle."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from planner import __version__, labels
from planner.formatting import Digits
from planner.paths import resource
from planner.storage import backups
from planner.storage.errors import Problem, WorkspaceError
from planner.storage.workspace import Workspace, inspect, latest_good_backup, move_aside
from planner.ui import language, theme
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.main_window import MainWindow
from planner.ui.screens import ScreenContext
from planner.ui.settings import Settings

ORGANISATION = "CampaignPlanner"
APPLICATION = "CampaignPlanner"


def default_workspace_path() -> Path:
    """The workspace opened when none is named: in the user's data folder."""
    folder = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation))
    return folder / "workspace.planner"


def create_sample(path: Path, today: dt.date | None = None) -> Workspace:
    """Create a workspace at `path` filled with the sample campaigns."""
    path.parent.mkdir(parents=True, exist_ok=True)
    workspace = Workspace.create(path)
    # the sample loaders are needed once, on first launch: keep them off the start-up path
    from planner.storage.calendar_sample import load_calendar_sample
    from planner.storage.coverage_sample import load_coverage_sample
    from planner.storage.crisis_sample import load_crisis_sample
    from planner.storage.identity_sample import load_identity_sample
    from planner.storage.sample import load_sample

    try:
        load_sample(workspace, resource("sample", "workspace.json"), today)
        load_crisis_sample(workspace, today=today)
        load_identity_sample(workspace, resource("sample", "identity.json"), today)
        load_calendar_sample(workspace, resource("sample", "calendar.json"), today)
        load_coverage_sample(workspace, resource("sample", "coverage.json"),
                             today or dt.date.today())
    except Exception:
        workspace.close()
        move_aside(path)
        raise
    return workspace


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("campaign-planner")  # packaging/linux: the icon on Wayland
    app.setWindowIcon(QIcon(str(resource("icons", "app.png"))))
    language.load_fonts()
    app.setFont(language.ui_font())
    return app


class Application(QObject):
    """Opens workspaces, builds the main window, and rebuilds it when the language changes."""

    def __init__(self, settings: Settings, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.doc: Document | None = None
        self.window: MainWindow | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        language.install_language(settings.language)
        theme.apply(app)

    def start(self, path: Path | None) -> bool:
        """Open `path`, or the default workspace (created from the sample the first time)."""
        if path is None:
            path = default_workspace_path()
            if not path.exists():
                self.show_document(Document(create_sample(path)))
                return True
        return self.open_workspace(path)

    # Shell protocol -----------------------------------------------------------------------
    def open_workspace(self, path: Path) -> bool:
        try:
            workspace = Workspace.open(path)
        except WorkspaceError as exc:
            return self._open_failed(exc)
        self.show_document(Document(workspace))
        return True

    def new_workspace(self, path: Path) -> None:
        if self.doc and path.resolve() == self.doc.workspace.path.resolve():
            self.dialogs.error(self.window, self.tr("New workspace"),
                               self.tr("That workspace is open. Choose another name."))
            return
        move_aside(path)
        try:
            workspace = Workspace.create(path, self.doc.institution if self.doc else "")
        except (OSError, WorkspaceError) as exc:
            self.dialogs.error(self.window, self.tr("New workspace"),
                               self.tr("The workspace could not be created: %1")
                               .replace("%1", str(exc)))
            return
        self.show_document(Document(workspace))

    def show_backups(self) -> None:
        from planner.ui.backups_dialog import BackupsDialog

        if self.doc is None:
            return
        dialog = BackupsDialog(self.doc.workspace.path, self.settings.formatter(), self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_backup(dialog.chosen)

    def restore_backup(self, backup: Path) -> None:
        """Put a backup in place of the open workspace, keeping the current state as a backup."""
        assert self.doc is not None
        path = self.doc.workspace.path
        try:
            inspect(backup)
        except WorkspaceError as exc:
            self.dialogs.error(self.window, self.tr("Backups"), labels.problem(exc.problem))
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.doc.workspace.save_copy(
            backups.backup_dir(path) / f"{path.stem}-before-restore-{stamp}.planner")
        self.doc.close()
        self.doc = None
        move_aside(path)
        shutil.copyfile(backup, path)
        self.open_workspace(path)
        if self.window:
            self.window.show_message(self.tr("The backup was restored."))

    def switch_language(self, lang: str) -> None:
        if lang == self.settings.language:
            return
        self.settings.language = lang
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        language.install_language(lang)
        theme.apply(app)
        self._rebuild()

    def set_digits(self, digits: Digits) -> None:
        self.settings.digits = digits
        self._rebuild()

    # internals -----------------------------------------------------------------------------
    def _open_failed(self, exc: WorkspaceError) -> bool:
        message = labels.problem(exc.problem) + "\n\n" + str(exc.path)
        latest = latest_good_backup(exc.path) if exc.problem in (
            Problem.CORRUPT, Problem.EMPTY, Problem.NOT_SQLITE) else None
        parent: QWidget | None = self.window
        if latest is None:
            self.dialogs.error(parent, self.tr("The workspace could not be opened"), message)
            return False
        choice = self.dialogs.choose(
            parent, self.tr("The workspace could not be opened"),
            message + "\n\n" + self.tr("A backup from %1 is available. Open a copy of it? "
                                       "The damaged file is left as it is.")
            .replace("%1", self.settings.formatter().datetime(latest.taken_at)),
            [self.tr("Open the backup"), self.tr("Cancel")])
        if choice != 0:
            return False
        target = backups.restored_copy_path(exc.path)
        shutil.copyfile(latest.path, target)
        return self.open_workspace(target)

    def show_document(self, doc: Document) -> None:
        if self.doc is not None:
            self.doc.close()
        self.doc = doc
        self.settings.add_recent(doc.workspace.path)
        self._rebuild()

    def _rebuild(self) -> None:
        assert self.doc is not None
        old = self.window
        ctx = ScreenContext(self.doc, self.settings.formatter(), self.dialogs, self.settings)
        window = MainWindow(ctx, self)
        if old is not None:
            window.restoreGeometry(old.saveGeometry())
            key = old.current_key()
            old.close()
            old.deleteLater()
            window.show_screen(key)
        elif self.settings.geometry is not None:
            window.restoreGeometry(self.settings.geometry)
        else:
            window.resize(1280, 800)
        self.window = window
        window.show()


def run_gui(workspace: Path | None, lang: str | None) -> int:
    app = make_qapplication()
    settings = Settings()
    if lang:
        settings.language = lang
    application = Application(settings)
    if not application.start(workspace) and application.window is None:
        return 2
    if os.environ.get("PLANNER_BENCH_EXIT_AFTER_PAINT") and application.window:  # bench.py
        from planner.startup_probe import exit_after_first_paint

        exit_after_first_paint(app, application.window)
    return int(app.exec())


def main(argv: list[str]) -> int:
    from planner import cli

    return cli.main(argv)
