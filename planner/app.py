"""The application: Qt set-up (fonts, translators, direction) and the workspace's lifecycle."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget

from planner.digits import Digits
from planner.i18n import language
from planner.qtapp import APPLICATION, make_qapplication
from planner.settings import Settings
from planner.ui import theme
from planner.ui.dialogs import Dialogs
from planner.ui.first_paint import when_painted
from planner.ui.main_window import MainWindow

# The workspace's modules (sqlite-utils, the domain, the screens) are imported once the window's
# frame is painted: see run_gui().
if TYPE_CHECKING:
    from planner.storage.errors import WorkspaceError
    from planner.ui.document import Document


def data_folder() -> Path:
    """The user's data folder for this program: ~/.local/share/CampaignPlanner on Linux.

    Qt's AppDataLocation appends the organisation and then the application name, both
    "CampaignPlanner", which nested the folder twice; the generic location plus one name does not.
    """
    generic = QStandardPaths.StandardLocation.GenericDataLocation
    return Path(QStandardPaths.writableLocation(generic)) / APPLICATION


def default_workspace_path() -> Path:
    """The workspace opened when none is named: in the user's data folder.

    A workspace left in the doubly nested folder of earlier versions is moved here first."""
    path = data_folder() / "workspace.planner"
    _move_from_nested_folder(data_folder() / APPLICATION, path)
    return path


def _move_from_nested_folder(old_folder: Path, path: Path) -> None:
    """Move the workspace (with its WAL files and backups) from `old_folder` beside `path`."""
    old = old_folder / path.name
    if path.exists() or not old.is_file():
        return
    from planner.storage.backups import backup_dir

    for suffix in ("-wal", "-shm", ""):  # the file last: its presence marks a finished move
        source = Path(f"{old}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{path}{suffix}"))
    if backup_dir(old).is_dir() and not backup_dir(path).exists():
        os.replace(backup_dir(old), backup_dir(path))
    with contextlib.suppress(OSError):
        old_folder.rmdir()  # only when nothing else is left in it


class Application(QObject):
    """Opens workspaces, builds the main window, and rebuilds it when the language changes."""

    def __init__(self, settings: Settings, dialogs: Dialogs | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.dialogs = dialogs or Dialogs()
        self.doc: Document | None = None
        self.window: MainWindow | None = None
        self._frame_path = Path()
        self._crash_shown = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        language.install_language(settings.language)
        theme.apply(app)

    def show_frame(self, path: Path) -> None:
        """Show the main window before its workspace is open, so that the officer sees it
        at once; `start()` then fills it."""
        self._frame_path = path
        self.window = self._new_window(path)
        self.window.show()

    def start(self, path: Path | None) -> bool:
        """Open `path`, or the default workspace (created from the sample the first time)."""
        from planner.ui.document import Document

        if path is None:
            path = default_workspace_path()
            if not path.exists():
                from planner.storage.full_sample import create_sample

                self.show_document(Document(create_sample(path)))
                return True
        return self.open_workspace(path)

    def show_crash(self, report: str, log_path: Path | None = None) -> None:
        """An error nobody caught (already in the log): tell the officer, with details to copy."""
        if self._crash_shown:
            return  # one box at a time: a second error while it is open goes to the log only
        self._crash_shown = True
        try:
            text = self.tr(
                "The program met an error it did not expect. What was saved before is safe "
                "in the workspace file; check your last change."
            )
            if log_path is not None:
                text += "\n\n" + self.tr("The details are kept in %1.").replace("%1", str(log_path))
            self.dialogs.crash(self.window, self.tr("Something went wrong"), text, report)
        finally:
            self._crash_shown = False

    # Shell protocol -----------------------------------------------------------------------
    def open_workspace(self, path: Path) -> bool:
        from planner.storage.errors import WorkspaceError
        from planner.storage.workspace import Workspace
        from planner.ui.document import Document

        try:
            workspace = Workspace.open(path)
        except WorkspaceError as exc:
            return self._open_failed(exc)
        self.show_document(Document(workspace))
        return True

    def new_workspace(self, path: Path) -> None:
        from planner.storage.errors import WorkspaceError
        from planner.storage.workspace import Workspace, move_aside
        from planner.ui.document import Document

        if self.doc and path.resolve() == self.doc.workspace.path.resolve():
            self.dialogs.error(
                self.window,
                self.tr("New workspace"),
                self.tr("That workspace is open. Choose another name."),
            )
            return
        move_aside(path)
        try:
            workspace = Workspace.create(path, self.doc.institution if self.doc else "")
        except (OSError, WorkspaceError) as exc:
            self.dialogs.error(
                self.window,
                self.tr("New workspace"),
                self.tr("The workspace could not be created: %1").replace("%1", str(exc)),
            )
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
        from planner import labels
        from planner.storage import backups
        from planner.storage.errors import WorkspaceError
        from planner.storage.workspace import inspect, move_aside

        assert self.doc is not None
        path = self.doc.workspace.path
        try:
            inspect(backup)
        except WorkspaceError as exc:
            self.dialogs.error(self.window, self.tr("Backups"), labels.describe(exc))
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.doc.workspace.save_copy(
            backups.backup_dir(path) / f"{path.stem}-before-restore-{stamp}.planner"
        )
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
        from planner import labels
        from planner.storage import backups
        from planner.storage.errors import Problem
        from planner.storage.workspace import latest_good_backup

        fmt = self.settings.formatter()
        message = labels.describe(
            exc, fmt.integer, isolate=True, year=lambda y: fmt.digits_of(str(y))
        )
        message += "\n\n" + str(exc.path)
        latest = (
            latest_good_backup(exc.path)
            if exc.problem in (Problem.CORRUPT, Problem.EMPTY, Problem.NOT_SQLITE, Problem.INVALID)
            else None
        )
        parent: QWidget | None = self.window
        if latest is None:
            self.dialogs.error(parent, self.tr("The workspace could not be opened"), message)
            return False
        choice = self.dialogs.choose(
            parent,
            self.tr("The workspace could not be opened"),
            message
            + "\n\n"
            + self.tr(
                "A backup from %1 is available. Open a copy of it? "
                "The damaged file is left as it is."
            ).replace("%1", self.settings.formatter().datetime(latest.taken_at)),
            [self.tr("Open the backup"), self.tr("Cancel")],
        )
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
        """Give the window the open document: the frame shown at start-up takes it as it
        is; otherwise (a language, digits or workspace change) a new window replaces the old."""
        from planner.ui.screens import ScreenContext

        old = self.window
        if self.doc is None:  # the language changed while the workspace was opening
            self.window = self._new_window(self._frame_path, old)
            if old is not None:
                old.close()
                old.deleteLater()
            self.window.show()
            return
        ctx = ScreenContext(self.doc, self.settings.formatter(), self.dialogs, self.settings)
        if old is not None and old.ctx is None:
            old.show_path(self.doc.workspace.path)  # a backup's copy may have opened instead
            old.attach(ctx)
            return
        window = self._new_window(self.doc.workspace.path, old)
        key = "overview"
        if old is not None:
            key = old.current_key() if old.ctx is not None else key
            old.close()
            old.deleteLater()
        self.window = window
        window.attach(ctx, key)
        window.show()

    def _new_window(self, path: Path, old: MainWindow | None = None) -> MainWindow:
        window = MainWindow(self, self.settings, self.dialogs, path)
        if old is not None:
            window.restoreGeometry(old.saveGeometry())
        elif self.settings.geometry is not None:
            window.restoreGeometry(self.settings.geometry)
        else:
            window.resize(1280, 800)
        return window


def run_gui(workspace: Path | None, lang: str | None) -> int:
    """The window's frame first, painted before the workspace is opened (which imports
    sqlite-utils, checks and backs up the file, and builds the Overview)."""
    app = make_qapplication()
    settings = Settings()
    if lang:
        settings.language = lang
    application = Application(settings)
    application.show_frame(workspace or default_workspace_path())
    window = application.window
    assert window is not None

    def start() -> None:
        # the log and the crash hooks (logging.handlers costs ~20 ms) once the frame is shown
        from planner import crashlog

        log_path = crashlog.configure(default_workspace_path().parent / "logs")
        crashlog.on_crash.append(lambda report: application.show_crash(report, log_path))
        if not application.start(workspace):
            app.exit(2)  # the officer was told why; nothing to show

    when_painted(window, start)
    if os.environ.get("PLANNER_BENCH_EXIT_AFTER_PAINT"):  # bench.py
        from planner.startup_probe import exit_when_ready

        # installed last, so its event filter sees the first paint first (Qt calls the
        # newest filter first): it reports the frame before start() runs
        exit_when_ready(app, window)
    return int(app.exec())
