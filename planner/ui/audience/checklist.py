"""A list of choices with ticks (an account's segments, a segment's platforms, a campaign's
channels), as a model."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon

from planner.ui.table_model import Index, ListModel


@dataclass
class Choice:
    """One tickable line: what it stands for, its words, an optional icon and tooltip."""

    key: Hashable
    label: str
    icon: QIcon | None = None
    tooltip: str | None = None


class ChecklistModel(ListModel[Choice]):
    """Choices with ticks; ticking calls `on_toggle(key, checked)`, which decides."""

    def __init__(
        self, on_toggle: Callable[[Any, bool], bool] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.on_toggle = on_toggle
        self._ticked: set[Hashable] = set()

    def set_choices(self, choices: list[Choice], ticked: set[Hashable]) -> None:
        if [c.key for c in choices] == [c.key for c in self._rows]:
            self._rows, self._ticked = list(choices), set(ticked)
            if choices:
                self.dataChanged.emit(self.index(0), self.index(len(choices) - 1))
            return
        self._ticked = set(ticked)
        self._replace_rows(choices)

    def ticked(self) -> set[Hashable]:
        return set(self._ticked)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.on_toggle is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def item_data(self, choice: Choice, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return choice.label
        if role == Qt.ItemDataRole.DecorationRole:
            return choice.icon
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if choice.key in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice.tooltip
        if role == Qt.ItemDataRole.UserRole:
            return choice.key
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.on_toggle is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return bool(self.on_toggle(self._rows[index.row()].key, checked))
