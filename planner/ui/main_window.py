"""The main window: navigation on the reading side, the screens, menus and status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner import __version__
from planner.digits import Digits
from planner.settings import Settings
from planner.ui import screens
from planner.ui.dialogs import Dialogs, workspace_filter
from planner.ui.icons import icon
from planner.ui.screens import Screen, ScreenContext
from planner.ui.widgets import literal


class Shell(Protocol):
    """What the window asks of the application: workspace and language changes."""

    def new_workspace(self, path: Path) -> None: ...
    def open_workspace(self, path: Path) -> bool: ...
    def show_backups(self) -> None: ...
    def switch_language(self, lang: str) -> None: ...
    def set_digits(self, digits: Digits) -> None: ...


NAV_WIDTH, NAV_COMPACT = 220, 64
COMPACT_BELOW = 1200  # a narrower window (a laptop at 125%) shows the navigation as icons


class _NavDelegate(QStyledItemDelegate):
    """The navigation's entries; icons only (the name in the tooltip) when compact, which
    gives the screens 150 pixels more on a laptop."""

    compact = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.compact:
            option.text = ""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(NAV_COMPACT - 20, hint.height()) if self.compact else hint


class MainWindow(QMainWindow):
    """Navigation list on the right in Arabic (left in English) and a stack of screens.

    The window is made in two steps: the frame (navigation, menus, status bar), which needs
    no workspace and so can be painted at once, and `attach(ctx)`, which gives it the open
    workspace and builds the screen shown.
    """

    attached = Signal()  # the workspace is in place and the first screen built

    def __init__(
        self,
        shell: Shell,
        settings: Settings,
        dialogs: Dialogs,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shell = shell
        self.settings = settings
        self.dialogs = dialogs
        self.ctx: ScreenContext | None = None
        self.show_path(path)
        self.setMinimumSize(QSize(960, 600))

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_delegate = _NavDelegate(self.nav)
        self.nav.setItemDelegate(self.nav_delegate)
        self.stack = QStackedWidget()
        self.screens: list[Screen] = []
        for key, title, icon_name in screens.entries():
            item = QListWidgetItem(icon(icon_name), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(title)
            self.nav.addItem(item)
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)  # highlighted now, built by attach()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Opening the workspace…"))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.width() < COMPACT_BELOW
        if compact != self.nav_delegate.compact:
            self.nav_delegate.compact = compact
            self.nav.setFixedWidth(NAV_COMPACT if compact else NAV_WIDTH)
            self.nav.doItemsLayout()

    def show_path(self, path: Path) -> None:
        """Name the workspace in the title bar."""
        self.setWindowTitle(self.tr("%1 — Campaign Planner").replace("%1", path.stem))

    def attach(self, ctx: ScreenContext, key: str = "overview") -> None:
        """Give the frame its workspace: undo and redo, and the screen `key`, built now."""
        self.ctx = ctx
        self.screens = screens.build(ctx)
        for screen in self.screens:
            screen.built = self._place
        stack = ctx.doc.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        )
        self.redo_action.setIcon(icon("redo"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        from planner.ui.undo import failures  # with the workspace's modules, after the frame

        failures.failed.connect(self.save_failed, Qt.ConnectionType.QueuedConnection)
        self.show_screen(key)
        self._show_row(self.nav.currentRow())  # the row may not have changed
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.attached.emit()

    def _place(self, screen: Screen) -> None:
        """Put a screen's widget, just built, in its place in the stack."""
        holder = self.stack.widget(self.screens.index(screen))
        layout = holder.layout() if holder is not None else None
        assert layout is not None
        layout.addWidget(screen.widget)
        message = getattr(screen.widget, "message", None)
        if message is not None:
            message.connect(self.show_message)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.screens):
            _ = self.screens[row].widget  # build it the first time it is shown
            self.stack.setCurrentIndex(row)

    def screen(self, key: str) -> QWidget:  # type: ignore[override]  # the screen named `key`
        return next(s.widget for s in self.screens if s.key == key)

    def show_screen(self, key: str) -> None:
        keys = [s.key for s in self.screens]
        if key not in keys:
            raise KeyError(key)
        self.nav.setCurrentRow(keys.index(key))

    def current_key(self) -> str:
        return self.screens[self.stack.currentIndex()].key

    def save_failed(self, action: str, reason: str) -> None:
        """An edit that could not be saved: the officer is told at once, never left to guess."""
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", action), 10000)
        self.dialogs.error(
            self,
            self.tr("The change was not saved"),
            self.tr("“%1” was not saved and was taken off the undo list.").replace("%1", action)
            + "\n\n"
            + reason,
        )

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    # menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New workspace…"), self._new, QKeySequence("Ctrl+Shift+N")
        )  # Ctrl+N: a new item on the screen shown
        self._action(
            file_menu, self.tr("&Open…"), self._open, QKeySequence.StandardKey.Open, "open"
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self._action(
            file_menu,
            self.tr("Save a &copy as…"),
            self._save_copy,
            QKeySequence.StandardKey.SaveAs,
            "save",
        )
        self._action(file_menu, self.tr("&Backups…"), self.shell.show_backups)
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Export as &PDF…"),
            self.export_pdf,
            QKeySequence.StandardKey.Print,
            "pdf",
        )
        from planner.ui.campaigns.exchange_ui import add_exchange_actions

        add_exchange_actions(file_menu, self)  # Export campaign…, Import campaign…
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))  # Undo and Redo come with attach()

        view_menu = bar.addMenu(self.tr("&View"))
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("ar", "العربية"), ("en", "English")):
            action = lang_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.shell.switch_language(c))
        digits_menu = view_menu.addMenu(self.tr("&Digits"))
        group = QActionGroup(self)
        for value, name in (
            (Digits.ARABIC_INDIC, self.tr("Arabic-Indic (١٢٣)")),
            (Digits.LATIN, self.tr("Latin (123)")),
        ):
            action = digits_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.settings.digits == value)
            group.addAction(action)
            action.triggered.connect(lambda _=False, v=value: self.shell.set_digits(v))
        view_menu.addSeparator()
        for i, (_, title, icon_name) in enumerate(screens.entries()[:9]):
            action = view_menu.addAction(icon(icon_name), literal(title))
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu, self.tr("&About the Campaign Planner"), self._about, icon_name="info"
        )

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = [p for p in self.settings.recent_files if p.exists()]
        for path in files:
            action = self.recent_menu.addAction(literal(str(path)))
            action.triggered.connect(lambda _=False, p=path: self.shell.open_workspace(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("No recent workspaces"))
            empty.setEnabled(False)

    def _new(self) -> None:
        path = self.dialogs.save_file(
            self, self.tr("New workspace"), workspace_filter(), self.tr("workspace.planner")
        )
        if path:
            self.shell.new_workspace(_with_suffix(path))

    def _open(self) -> None:
        path = self.dialogs.open_file(self, self.tr("Open workspace"), workspace_filter())
        if path:
            self.shell.open_workspace(path)

    def _save_copy(self) -> None:
        from planner.storage.errors import WorkspaceError

        if self.ctx is None:
            return  # still opening
        current = self.ctx.doc.workspace.path
        path = self.dialogs.save_file(
            self,
            self.tr("Save a copy as"),
            workspace_filter(),
            str(current.with_name(current.stem + "-copy.planner")),
        )
        if not path:
            return
        path = _with_suffix(path)
        if path.resolve() == current.resolve():
            self.dialogs.error(
                self,
                self.tr("Save a copy as"),
                self.tr("Choose another name: this is the workspace that is open."),
            )
            return
        try:
            self.ctx.doc.workspace.save_copy(path)
        except (OSError, WorkspaceError) as exc:
            self.dialogs.error(
                self,
                self.tr("Save a copy as"),
                self.tr("The copy could not be written: %1").replace("%1", str(exc)),
            )
            return
        self.show_message(self.tr("A copy was saved to %1").replace("%1", str(path)))

    def export_pdf(self) -> None:
        from planner.ui.export_dialog import ExportPdfDialog

        if self.ctx is None:
            return  # still opening
        campaigns = self.screen("campaigns")
        selected = getattr(campaigns, "selected_id", lambda: None)()
        dialog = ExportPdfDialog(self.ctx.doc, self.ctx.settings, self.ctx.dialogs, selected, self)
        dialog.cancelled.connect(self.show_message)
        dialog.exec()

    def _about(self) -> None:
        self.dialogs.info(
            self,
            self.tr("About the Campaign Planner"),
            self.tr(
                "Campaign Planner %1\n\nPlan a government body's media campaigns, content calendar "
                "and visual identity, offline.\nFonts: Noto Sans Arabic and Noto Sans (SIL Open "
                "Font License). Icons: Font Awesome Free (CC BY 4.0)."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        super().closeEvent(event)


def _with_suffix(path: Path) -> Path:
    return path if path.suffix else path.with_suffix(".planner")
