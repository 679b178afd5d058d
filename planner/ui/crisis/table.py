"""A thin table model over a list of crisis records, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)

from planner.ui import plain
from planner.ui.delegates import PlatformsRole
from planner.ui.table_model import Index, TableModel

IdRole = Qt.ItemDataRole.UserRole + 2


@dataclass
class Column:
    """One column: its header (a QT_TRANSLATE_NOOP source in the model's context) and how a
    record shows in it."""

    header: str
    text: Callable[[Any], str]
    decoration: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    platforms: Callable[[Any], list[str]] | None = None
    foreground: Callable[[Any], Any] | None = None


def long_text(header: str, text: Callable[[Any], str]) -> Column:
    """A column of text that may run over several lines: shown on one, whole in the tooltip."""
    return Column(header, lambda record: " ".join(text(record).split()), tooltip=text)


class RecordTableModel(TableModel[Any]):
    """Rows of records with an `id`; the view asks, the model never queries storage."""

    def __init__(
        self, context: str, columns: Sequence[Column], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.CONTEXT, self.HEADERS = context, tuple(c.header for c in self.columns)
        self._texts: dict[tuple[int, int], str] = {}  # formatting is costly: once per cell

    def set_rows(self, rows: Sequence[Any]) -> None:
        self._replace_rows(rows)

    def _forget(self) -> None:
        self._texts.clear()

    def refresh(self) -> None:
        """Repaint every cell (after a change of something the texts depend on)."""
        self._texts.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    def rows(self) -> list[Any]:
        return list(self._rows)

    def record(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, item_id: int | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == IdRole:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column.platforms:
                return ""
            key = (index.row(), index.column())
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = plain.shown(column.text(record))
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column.tooltip is not None:
                return column.tooltip(record)
            return column.text(record) if column.platforms else None
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(record)
        if role == PlatformsRole and column.platforms is not None:
            return column.platforms(record)
        return None
