"""A read-only list model of ready-made rows (text, icon, tooltip) for the small lists of the
detail pane: the specs an asset fits and the posts that use it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from planner.ui.table_model import ListModel

KeyRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class Row:
    """One line of a small list."""

    text: str
    icon: QIcon | None = None
    tooltip: str = ""
    key: object = None


class RowsModel(ListModel[Row]):
    """Rows set all at once; nothing is computed in data()."""

    def set_rows(self, rows: list[Row]) -> None:
        self._replace_rows(rows)

    def item_data(self, row: Row, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == Qt.ItemDataRole.DecorationRole:
            return row.icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.text
        if role == KeyRole:
            return row.key
        return None
