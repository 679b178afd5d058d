"""File > Backups…: the workspace's automatic backups, newest first, and restoring one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.formatting import Formatter
from planner.storage import backups


class BackupsDialog(QDialog):
    """Lists the backups; the one chosen is in `chosen` after the dialog is accepted."""

    def __init__(
        self, workspace: Path, formatter: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.chosen: Path | None = None
        self.resize(520, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A backup is taken automatically when the workspace is opened, at most once a "
                "day; the last %1 are kept. Restoring replaces the workspace with the backup; the "
                "current state is kept as a backup first, so nothing is lost."
            ).replace("%1", formatter.integer(backups.KEEP))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        for backup in backups.list_backups(workspace):
            text = (
                self.tr("%1 — %2 KB")
                .replace("%1", formatter.datetime(backup.taken_at))
                .replace("%2", formatter.integer(max(1, backup.size // 1024)))
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.list.count() == 0:
            empty = QListWidgetItem(self.tr("No backups yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(
            lambda item, _prev: self.restore.setEnabled(
                bool(item and item.data(Qt.ItemDataRole.UserRole))
            )
        )
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item and item.data(Qt.ItemDataRole.UserRole):
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
