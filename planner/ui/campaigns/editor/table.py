"""A thin table model over a list of plan items (phases, KPIs, messages...), one per tab table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QIcon

from planner.domain.validation import Severity
from planner.ui import plain
from planner.ui.campaigns.editor.section import issue_icon
from planner.ui.table_model import Index, TableModel

T = TypeVar("T")
OnEdit = Callable[[int, int, Any], bool]


@dataclass
class Column(Generic[T]):
    """One column: its header (a source string in the model's context) and how to show a row.

    `value` gives the edit value (None: the column is read-only); `icon` an optional decoration.
    """

    header: str
    text: Callable[[T], str]
    value: Callable[[T], Any] | None = None
    icon: Callable[[T], QIcon | None] | None = None
    number: bool = False


class RowsModel(TableModel[T]):
    """Rows of one kind of item; edits go to `on_edit(row, column, value)`, never to the rows.

    The rows are replaced by `set_rows` after every saved edit: when their number is the same
    the view keeps its current cell (dataChanged, not a reset), so typing flows on.
    """

    def __init__(
        self,
        context: str,
        columns: Sequence[Column[T]],
        on_edit: OnEdit | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.CONTEXT, self.HEADERS = context, tuple(c.header for c in self.columns)
        self.on_edit = on_edit
        self._marks: dict[tuple[int, int], tuple[Severity, str]] = {}

    @property
    def rows(self) -> list[T]:
        return self._rows

    def set_rows(self, rows: Sequence[T]) -> None:
        if list(rows) != self._rows:
            self._update_rows(rows)

    def set_marks(self, marks: dict[tuple[int, int], tuple[Severity, str]]) -> None:
        """Issues to show on cells: an icon in the cell and the sentence as its tooltip."""
        if marks == self._marks:
            return
        touched = set(marks) | set(self._marks)
        self._marks = dict(marks)
        for row, column in touched:
            if row < len(self._rows) and column < len(self.columns):
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if (
            index.isValid()
            and self.columns[index.column()].value is not None
            and self.on_edit is not None
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        mark = self._marks.get((index.row(), index.column()))
        if role == Qt.ItemDataRole.DisplayRole:
            return plain.shown(column.text(item))
        if role == Qt.ItemDataRole.EditRole:
            return column.value(item) if column.value else column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark[1] if mark else (column.text(item) or None)
        if role == Qt.ItemDataRole.DecorationRole:
            if mark:
                return issue_icon(mark[0])
            return column.icon(item) if column.icon else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and mark:
            return mark[1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.on_edit is None:
            return False
        if self.columns[index.column()].value is None:
            return False
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        return self.on_edit(index.row(), index.column(), value)
