"""The part every table of the app shares: rows in a list, one column per header; the view.

A subclass names its headers (QT_TRANSLATE_NOOP sources) in HEADERS and their translation
context in CONTEXT (a model built from column specs sets both per instance), keeps its rows
in `_rows` (or says how many there are in `row_total`), and answers `data`; the row and
column counts, the translated headers and the replacing of rows come from here.

A `ColumnModel` is described by its columns instead: each `Column` names its header and says
what a row shows in it (its text, tooltip, alignment), so `data` is written once, here, and a
subclass answers only the roles no column describes (`other`).

A `ListModel` is the same for a list (one column, no headers): rows in `_rows`, and
`item_data` says what a row answers for a role.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


if TYPE_CHECKING:
    _Model = QAbstractItemModel
else:

    class _Model:
        """Nothing at run time: the Qt model class comes after Rows in a model's bases."""


class Rows(_Model, Generic[R]):
    """The rows of a table or list model: a list in `_rows`, replaced whole."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def _replace_rows(self, rows: Iterable[R]) -> None:
        """Show `rows` instead of the rows shown; `_forget` drops what was cached for them."""
        self.beginResetModel()
        self._rows = list(rows)
        self._forget()
        self.endResetModel()

    def _forget(self) -> None:
        """Drop what is cached about the old rows (nothing, unless a subclass caches)."""

    def row_total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()


class TableModel(Rows[R], QAbstractTableModel):
    """Rows in `_rows`, columns named by HEADERS, translated in CONTEXT."""

    CONTEXT: str = ""
    HEADERS: tuple[str, ...] = ()

    def _update_rows(self, rows: Iterable[R]) -> None:
        """As `_replace_rows`, but rows as many as before are repainted in place (dataChanged,
        not a reset), so the view keeps its current cell and typing in it flows on."""
        rows = list(rows)
        if len(rows) != len(self._rows):
            self._replace_rows(rows)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1)
            )

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a ColumnModel: its header (a QT_TRANSLATE_NOOP source in the model's
    CONTEXT), the text a row shows in it and, if any, its tooltip; `trailing` aligns the text
    to the end of the cell (counts)."""

    header: str
    text: Callable[[R], str | None]
    tooltip: Callable[[R], str | None] | None = None
    trailing: bool = False


TRAILING = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)


class ColumnModel(TableModel[R]):
    """A table whose columns say what each row shows (see the module's note)."""

    columns: tuple[Column[R], ...] = ()

    def set_columns(self, *columns: Column[R]) -> None:
        self.columns = columns
        self.HEADERS = tuple(c.header for c in columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.trailing:
            return TRAILING
        return self.other(item, index.column(), role)

    def other(self, item: R, column: int, role: int) -> Any:
        """What `item` answers in `column` for a role its column does not describe."""
        return None


class ListModel(Rows[R], QAbstractListModel):
    """Rows of a list in `_rows`; `item_data` answers for one row (see the module's note)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.item_data(self._rows[index.row()], role)

    def item_data(self, item: R, role: int) -> Any:
        """What `item` answers for `role`."""
        return None


def row_table(
    model: QAbstractItemModel | None = None,
    name: str = "",
    edit: QAbstractItemView.EditTrigger | None = QAbstractItemView.EditTrigger.NoEditTriggers,
) -> QTableView:
    """A table of records: one row selected at a time, no row numbers; `edit` says what
    starts an edit (None: Qt's default), `name` is what screen readers call it."""
    table = QTableView()
    if model is not None:
        table.setModel(model)
    if name:
        table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if edit is not None:
        table.setEditTriggers(edit)
    table.verticalHeader().hide()
    return table
