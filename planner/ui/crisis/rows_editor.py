"""A small editable table of dataclass rows (steps, contacts, access holders, targets) with
add, remove and move buttons; every edit hands the whole new list to the owner, which makes
it one undoable command."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.formatting import Formatter
from planner.ui import plain
from planner.ui.dates import DATE_BOX, follow_digits
from planner.ui.icons import icon
from planner.ui.number_box import CountBox
from planner.ui.table_model import row_table
from planner.ui.widgets import heading

Index = QModelIndex | QPersistentModelIndex
_NO_DATE = QDate(2000, 1, 1)


@dataclass
class Field:
    """One column: a translated header, the attribute it edits and how ("text", "int",
    "date" or "choice" with (label, value) pairs). `stretch` takes the spare width."""

    header: str
    attr: str
    kind: str = "text"
    choices: list[tuple[str, Any]] = field(default_factory=list)
    stretch: bool = False
    ltr: bool = False  # a handle, phone or email: shown left to right inside Arabic
    width: int = 0  # a fixed starting width (the user may drag it); 0 fits the contents


class RowsModel(QAbstractTableModel):
    """The rows being edited; `edited` carries the whole new list after each change."""

    edited = Signal(list)

    def __init__(
        self, fields: Sequence[Field], fmt: Formatter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.fields = list(fields)
        self.fmt = fmt
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.fields[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.fields[index.column()]
        value = getattr(self._rows[index.row()], f.attr)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return plain.shown(self.text(f, value))
        return None

    def text(self, f: Field, value: Any) -> str:
        if value is None or value == "":
            return "—" if f.kind != "text" else ""
        if f.kind == "choice":
            return next((label for label, v in f.choices if v == value), str(value))
        if f.kind == "date":
            return self.fmt.date(value)
        if f.kind == "int":
            return self.fmt.integer(value)
        return f"\u2066{value}\u2069" if f.ltr else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        f = self.fields[index.column()]
        if f.kind == "text":
            value = str(value).strip()
        old = self._rows[index.row()]
        if getattr(old, f.attr) == value:
            return False
        rows = list(self._rows)
        rows[index.row()] = dataclasses.replace(old, **{f.attr: value})
        self.edited.emit(rows)
        return True


class _Delegate(QStyledItemDelegate):
    """Editors by kind: a combo for choices, a date edit, a spin box for whole numbers."""

    def __init__(self, fields: Sequence[Field], fmt: Formatter, parent: QObject) -> None:
        super().__init__(parent)
        self.fields = fields
        self.fmt = fmt

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        f = self.fields[index.column()]
        if f.kind == "choice":
            combo = QComboBox(parent)
            for label, value in f.choices:
                combo.addItem(label, value)
            return combo
        if f.kind == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            follow_digits(edit, self.fmt, DATE_BOX)
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText("—")
            return edit
        if f.kind == "int":
            spin = CountBox(self.fmt, parent)
            spin.setRange(0, 1_000_000)
            spin.setSpecialValueText("—")
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value) if isinstance(value, dt.date) else _NO_DATE)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        f = self.fields[index.column()]
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            model.setData(index, next((v for _, v in f.choices if v == data), data))
        elif isinstance(editor, QDateEdit):
            chosen = editor.date()
            model.setData(index, None if chosen == _NO_DATE else chosen.toPython())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value() or None)
        else:
            super().setModelData(editor, model, index)


class RowsEditor(QWidget):
    """A titled, editable list of rows; `edited` carries the whole new list."""

    edited = Signal(list)

    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        new_row: Callable[[], Any],
        fmt: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.new_row = new_row
        self.model = RowsModel(fields, fmt, self)
        self.model.edited.connect(self.edited)
        self.table = row_table(self.model, title)
        self.table.setItemDelegate(_Delegate(fields, fmt, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for i, f in enumerate(fields):
            if f.stretch:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            elif f.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(i, max(f.width, header.sectionSizeHint(i)))  # its name
        # wrapped rows are measured again when their columns change width
        header.sectionResized.connect(
            lambda *_: QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(heading(title, 2))
        buttons.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for name, tip, slot in (
            ("add", self.tr("Add a row"), self.add_row),
            ("delete", self.tr("Remove the selected row"), self.remove_row),
            ("up", self.tr("Move up"), lambda: self.move_row(-1)),
            ("down", self.tr("Move down"), lambda: self.move_row(1)),
        ):
            button = QToolButton()
            if name in ("add", "delete"):
                button.setIcon(icon(name))
            else:
                button.setText("↑" if name == "up" else "↓")
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        self._pending_row: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: Sequence[Any]) -> None:
        row = (
            self._pending_row if self._pending_row is not None else self.table.currentIndex().row()
        )
        self._pending_row = None
        self.model.set_rows(rows)
        if self.table.isVisible():  # hidden tabs size their rows when shown
            self.table.resizeRowsToContents()
        if 0 <= row < len(rows):
            self.table.selectRow(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def add_row(self) -> None:
        rows = [*self.model.rows(), self.new_row()]
        self._pending_row = len(rows) - 1
        self.edited.emit(rows)

    def remove_row(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            rows = self.model.rows()
            del rows[row]
            self.edited.emit(rows)

    def move_row(self, step: int) -> None:
        row = self.table.currentIndex().row()
        rows = self.model.rows()
        if 0 <= row < len(rows) and 0 <= row + step < len(rows):
            rows[row], rows[row + step] = rows[row + step], rows[row]
            self._pending_row = row + step
            self.edited.emit(rows)
