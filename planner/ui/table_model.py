"""The part every table of the app shares: rows in a list, one column per header; the view.

A subclass names its headers (QT_TRANSLATE_NOOP sources) in HEADERS and their translation
context in CONTEXT (a model built from column specs sets both per instance), keeps its rows
in `_rows` (or says how many there are in `row_total`), and answers `data`; the row and
column counts, the translated headers and the replacing of rows come from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
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


class TableModel(QAbstractTableModel, Generic[R]):
    """Rows in `_rows`, columns named by HEADERS, translated in CONTEXT."""

    CONTEXT: str = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def _replace_rows(self, rows: Iterable[R]) -> None:
        """Show `rows` instead of the rows shown; `_forget` drops what was cached for them."""
        self.beginResetModel()
        self._rows = list(rows)
        self._forget()
        self.endResetModel()

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

    def _forget(self) -> None:
        """Drop what is cached about the old rows (nothing, unless a subclass caches)."""

    def row_total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

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
