"""The library tab: the grid with search and filters, import, export, undoable delete, detail.

Import by dialog or by drop (the grid and its drops: grid.py); the detail pane shows the chosen
file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import bidi
from planner.domain.bidi import isolate
from planner.domain.filenames import safe_file_name
from planner.domain.identity import AssetFormat, AssetKind, BrandKit
from planner.domain.specs import ImageSpec
from planner.files import write_whole
from planner.formatting import Formatter
from planner.reports.identity import labels
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.identity.commands import DeleteAssets
from planner.ui.identity.delegate import AssetDelegate
from planner.ui.identity.detail import AssetDetail
from planner.ui.identity.grid import AssetGrid, FileDropMixin, draw_missing_thumbnails
from planner.ui.identity.importer import import_files
from planner.ui.identity.model import NO_KIT, AssetFilterProxy, AssetListModel, IdRole, UsesRole
from planner.ui.widgets import EmptyState, caption, search_field
from planner.ui.workspace_widget import WorkspaceWidget

FIRST_THUMBNAILS = 96  # more than a 1920x1080 window shows at once
LATER_MS = 150  # the others are read once the first screenful is painted
IMPORT_FILTER = "*.png *.jpg *.jpeg *.webp *.gif *.svg *.ttf *.otf *.pdf"


class LibraryPanel(FileDropMixin, WorkspaceWidget):
    """Every file of the workspace's visual identity; files dropped anywhere on it are imported."""

    filesDropped = Signal(list)

    def __init__(
        self,
        doc: Document,
        formatter: Formatter,
        dialogs: Dialogs,
        specs: list[ImageSpec],
        current_kit: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, formatter, dialogs, parent)
        self.current_kit = current_kit
        self.kits: list[BrandKit] = []
        self.model = AssetListModel(formatter, self)
        self.proxy = AssetFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = search_field(
            self.tr("Search by name, tag or alt text…"), self.tr("Search files")
        )
        self.search.textChanged.connect(self.proxy.set_query)
        self.kind = self._combo(
            self.tr("Filter by kind"),
            self.tr("All kinds"),
            [(labels.kind(k), k.value) for k in AssetKind],
            self.proxy.set_kind,
        )
        self.kit = self._combo(
            self.tr("Filter by brand kit"), self.tr("All kits"), [], self.proxy.set_kit
        )
        self.format = self._combo(
            self.tr("Filter by format"),
            self.tr("All formats"),
            [(labels.file_format(f), f.value) for f in AssetFormat],
            self.proxy.set_format,
        )
        self.count = caption()

        self.grid = AssetGrid()
        self.grid.setModel(self.proxy)
        self.grid.setItemDelegate(AssetDelegate(formatter, self.grid))
        self.grid.setAccessibleName(self.tr("Files of the visual identity"))
        self.grid.filesDropped.connect(self.import_paths)
        self.setAcceptDrops(True)
        self.filesDropped.connect(self.import_paths)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.empty)
        self.detail = AssetDetail(doc, formatter, specs)

        self.actions_ = {
            "import": self._action(
                "import", self.tr("Import files…"), self.import_dialog, QKeySequence("Ctrl+I")
            ),
            "export": self._action(
                "export", self.tr("Export file…"), self.export_current, QKeySequence("Ctrl+E")
            ),
            "delete": self._action(
                "delete",
                self.tr("Delete"),
                self.delete_selected,
                QKeySequence(QKeySequence.StandardKey.Delete),
            ),
        }
        self.grid.addActions([self.actions_["export"], self.actions_["delete"]])
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        for combo in (self.kind, self.kit, self.format):
            bar.addWidget(combo, 1)
        bar.addWidget(self.count)
        for key in ("import", "export", "delete"):
            button = QToolButton()
            button.setDefaultAction(self.actions_[key])
            button.setAccessibleName(self.actions_[key].text())
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if key == "import"
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
            bar.addWidget(button)
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_state)

    def _combo(
        self,
        name: str,
        everything: str,
        items: list[tuple[str, object]],
        apply: Callable[..., None],
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda: apply(combo.currentData()))
        return combo

    def _action(
        self, icon_name: str, text: str, slot: Callable[[], None], shortcut: QKeySequence
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # loading -----------------------------------------------------------------------------------
    def reload(self, kits: list[BrandKit]) -> None:
        """Read the library again; keeps the selection, the filters and decoded thumbnails."""
        self.detail.flush()
        store = self.doc.workspace.assets
        draw_missing_thumbnails(store)
        current = self.current_id()
        selected = self.selected_ids()
        self.kits = kits
        self._fill_kits(kits)
        assets = store.all()
        self.model.set_rows(assets, {}, store.use_counts())
        missing = self.model.missing_thumbnails()
        # the first screenful now, the rest right after the first paint
        self.model.add_thumbnails(store.thumbnails(missing[:FIRST_THUMBNAILS]))
        if len(missing) > FIRST_THUMBNAILS:
            QTimer.singleShot(LATER_MS, self, self._load_other_thumbnails)
        selection = self.grid.selectionModel()
        for asset_id in selected:
            index = self._proxy_index(asset_id)
            if index is not None:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        if current is not None and (index := self._proxy_index(current)) is not None:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        elif self.proxy.rowCount():
            selection.setCurrentIndex(
                self.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._update_state()
        self._show_current()

    def _load_other_thumbnails(self) -> None:
        if not self.isVisible():  # closed meanwhile: the next reload reads them
            return
        missing = self.model.missing_thumbnails()
        if missing:
            self.model.add_thumbnails(self.doc.workspace.assets.thumbnails(missing))

    def _fill_kits(self, kits: list[BrandKit]) -> None:
        chosen = self.kit.currentData()
        self.kit.blockSignals(True)
        self.kit.clear()
        self.kit.addItem(self.tr("All kits"), None)
        for kit in kits:
            self.kit.addItem(isolate(kit.name), kit.id)
        self.kit.addItem(self.tr("In no kit"), NO_KIT)
        index = self.kit.findData(chosen)
        self.kit.setCurrentIndex(max(0, index))
        self.kit.blockSignals(False)
        if index < 0 and chosen is not None:
            self.proxy.set_kit(None)

    def _proxy_index(self, asset_id: int):  # type: ignore[no-untyped-def]
        row = self.model.row_of(asset_id)
        if row < 0:
            return None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index if index.isValid() else None

    def current_id(self) -> int | None:
        index = self.grid.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        return [i.data(IdRole) for i in self.grid.selectionModel().selectedIndexes()]

    def select(self, asset_id: int) -> None:
        index = self._proxy_index(asset_id)
        if index is not None:
            self.grid.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _show_current(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            self.detail.show_asset(None, None, self.kits)
            return
        asset = self.model.asset(self.proxy.mapToSource(index).row())
        self.detail.show_asset(asset, self.model.pixmap(asset.sha256), self.kits)

    def _update_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.proxy.shown_of_all(
                self.fmt,
                self.tr("%1 of %2"),
                self.fmt.counted(self.tr("%n files", "", total), total),
            )
        )
        if total == 0:
            self.empty.setText(
                self.tr(
                    "No files yet. Import the logos, templates, profile and cover pictures and "
                    "fonts of your accounts with “Import files…”, or drop them here."
                )
            )
        else:
            self.empty.setText(
                self.tr("No file matches the search. Clear the search box or choose other filters.")
            )
        self.stack.setCurrentWidget(self.grid if shown else self.empty)
        has = self.grid.currentIndex().isValid()
        self.actions_["export"].setEnabled(has)
        self.actions_["delete"].setEnabled(has)

    # actions -----------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths = self.dialogs.open_files(
            self,
            self.tr("Import files"),
            self.tr("Pictures, fonts and PDF templates (%1);;All files (*)").replace(
                "%1", IMPORT_FILTER
            ),
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        """Import files (from the dialog or a drop) into the current kit and report."""
        report = import_files(self.doc, list(paths), self.current_kit(), self.fmt, self)
        self.message.emit(report.summary(self.fmt))
        if report.added:
            self.select(report.added[-1].id or 0)
        elif report.duplicates:
            self.select(report.duplicates[-1].id or 0)
        if report.refused:
            self.dialogs.error(
                self,
                self.tr("Some files were not imported"),
                self.tr("These files were refused; nothing of them was stored:")
                + "\n\n"
                + report.refusals(self.fmt),
            )

    def export_current(self) -> None:
        """Write the chosen file back to disk, under a name the officer confirms."""
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        asset = self.model.asset(self.proxy.mapToSource(index).row())
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        ext = asset.format.extension
        path = self.dialogs.save_file(
            self,
            self.tr("Export file"),
            f"{labels.file_format(asset.format)} (*.{ext})",
            str(folder / safe_file_name(asset.name, asset.format)),
        )
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(f".{ext}")
        try:
            write_whole(
                path, lambda p: p.write_bytes(self.doc.workspace.assets.data(asset.id or 0))
            )
        except OSError as exc:
            self.dialogs.error(
                self,
                self.tr("Export file"),
                self.tr("The file could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return
        self.message.emit(self.tr("Exported to %1").replace("%1", str(path)))

    def delete_selected(self) -> None:
        """Delete the selected files after a confirmation that says which posts use them."""
        current = self.current_id()
        ids = self.selected_ids() or ([current] if current else [])
        if not ids:
            return
        rows = [self.model.row_of(i) for i in ids]
        uses = sum(int(self.model.index(r, 0).data(UsesRole) or 0) for r in rows)
        if len(ids) == 1:
            name = self.model.asset(rows[0]).name
            text = (
                self.fmt.counted(
                    self.tr(
                        "“%1” is used by %n posts. Delete it anyway? The posts will lose it.",
                        "",
                        uses,
                    ),
                    uses,
                )
                if uses
                else self.tr("Delete “%1”?")
            ).replace("%1", bidi.isolate(name))
        else:
            files = self.fmt.counted(self.tr("%n files", "", len(ids)), len(ids))
            text = (
                self.fmt.counted(
                    self.tr(
                        "%1 are used by %n posts. Delete them anyway? The posts will lose them.",
                        "",
                        uses,
                    ),
                    uses,
                ).replace("%1", files)
                if uses
                else self.fmt.counted(self.tr("Delete %n files?", "", len(ids)), len(ids))
            )
        text += " " + self.tr("You can undo this with Ctrl+Z.")
        if not self.dialogs.confirm(self, self.tr("Delete files"), text):
            return
        self.doc.undo_stack.push(DeleteAssets(self.doc, ids, self.tr("Delete files")))
        self.message.emit(self.fmt.counted(self.tr("%n files deleted", "", len(ids)), len(ids)))
