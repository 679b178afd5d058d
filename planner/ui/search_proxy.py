"""The proxy every searchable list shares: rows matching the words typed, and the filters set."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QSortFilterProxyModel

from planner.domain.search import matches
from planner.formatting import Formatter
from planner.ui.table_model import Index


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows whose `search_role` text matches the query (Arabic-aware: hamza,
    diacritics, taa marbuta) and that `accepts` keeps by the other filters. A filter is an
    attribute `_NAME` given by `set_filters(NAME=value)`, which filters the rows again."""

    def __init__(self, search_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search_role = search_role
        self._query = ""

    def set_filters(self, **values: Any) -> None:
        self.beginFilterChange()
        for name, value in values.items():
            setattr(self, "_" + name, value)
        self.endFilterChange()

    def set_query(self, text: str) -> None:
        self.set_filters(query=text)

    def shown_of_all(self, fmt: Formatter, pattern: str, all_shown: str = "") -> str:
        """How many rows show of how many there are: `pattern` ("%1 of %2", translated by the
        view) filled in, or `all_shown` when the filters hide none."""
        shown, total = self.rowCount(), self.sourceModel().rowCount()
        if shown == total:
            return all_shown
        return pattern.replace("%1", fmt.integer(shown)).replace("%2", fmt.integer(total))

    def accepts(self, model: QAbstractItemModel, index: QModelIndex) -> bool:
        """Whether the row at `index` (column 0 of `model`) passes the filters besides the
        query."""
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self.accepts(model, index):
            return False
        return not self._query or matches(self._query, model.data(index, self._search_role))
