"""The kit's colour palette as an editable table (name, hex, role) beside the contrast checker."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.contrast import is_hex, normalise_hex
from planner.domain.identity import BrandColour, BrandKit, ColourRole
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.reports.identity import labels
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.identity.commands import SaveKit
from planner.ui.identity.contrast import ContrastChecker
from planner.ui.table_model import Index, TableModel, row_table
from planner.ui.widgets import EmptyState

RoleRole = Qt.ItemDataRole.UserRole + 1


class ColourTableModel(TableModel[BrandColour]):
    """The colours of one kit; an edit is reported, never written here."""

    NAME, HEX, ROLE = range(3)
    CONTEXT = "ColourTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ColourTableModel", "Colour"),
        QT_TRANSLATE_NOOP("ColourTableModel", "Hex value"),
        QT_TRANSLATE_NOOP("ColourTableModel", "Role"),
    )

    editRequested = Signal(int, int, object)  # row, column, new value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_rows(self, colours: list[BrandColour]) -> None:
        self._replace_rows(copy.deepcopy(colours))

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.NAME:
                return c.name
            if col == self.HEX:
                return c.hex if role == Qt.ItemDataRole.EditRole else f"\u2066{c.hex.upper()}\u2069"
            return labels.role(c.role) if role == Qt.ItemDataRole.DisplayRole else c.role.value
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return QColor(c.hex)
        if role == RoleRole:
            return c.role.value
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{c.name}، {c.hex}، {labels.role(c.role)}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        if index.column() == self.HEX and not is_hex(text):
            return False
        if index.column() == self.NAME and not text:
            return False
        self.editRequested.emit(index.row(), index.column(), text)
        return True


class RoleDelegate(QStyledItemDelegate):
    """Edits a colour's role with a list of the roles."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for r in ColourRole:
            combo.addItem(labels.role(r), r.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(RoleRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ColoursPanel(QWidget):
    """Add, rename, recolour, reorder and remove the kit's colours; check any pair's contrast."""

    message = Signal(str)

    def __init__(self, doc: Document, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.kit: BrandKit | None = None
        self.pick_colour: Callable[[QColor, QWidget, str], QColor] = QColorDialog.getColor
        self.model = ColourTableModel(self)
        self.model.editRequested.connect(self._edited)
        self.table = row_table(
            self.model,
            self.tr("Colours of the kit"),
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked,
        )
        self.table.setItemDelegateForColumn(ColourTableModel.ROLE, RoleDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ColourTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.empty = EmptyState(
            self.tr(
                "No colours yet. Add the kit's primary, secondary and "
                "text colours, then check their contrast."
            )
        )
        self.add_button = self._button("add", self.tr("Add colour"), self.add_colour)
        self.pick_button = self._button("eyedropper", self.tr("Pick colour…"), self.pick)
        self.remove_button = self._button("delete", self.tr("Remove colour"), self.remove_colour)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.pick_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.empty, 1)
        left.addLayout(buttons)
        self.checker = ContrastChecker(formatter)
        self.checker.setMinimumWidth(360)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(left, 3)
        layout.addWidget(self.checker, 2)
        self.set_kit(None)

    def _button(self, icon_name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(slot)
        return button

    def select_row(self, row: int) -> None:
        """Make `row` current and selected (QTableView.selectRow misses in right-to-left)."""
        index = self.model.index(row, ColourTableModel.NAME)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentIndex().row()

    def set_kit(self, kit: BrandKit | None) -> None:
        row = self.current_row()
        self.kit = copy.deepcopy(kit)
        colours = kit.colours if kit else []
        self.model.set_rows(colours)
        self.table.setVisible(bool(colours))
        self.empty.setVisible(not colours)
        for button in (self.add_button, self.pick_button, self.remove_button):
            button.setEnabled(kit is not None)
        self.pick_button.setEnabled(bool(colours))
        self.remove_button.setEnabled(bool(colours))
        if colours:
            self.select_row(min(max(row, 0), len(colours) - 1))
        self.checker.set_colours(colours)

    def _save(self, after: BrandKit, text: str, merge_key: str = "") -> None:
        assert self.kit is not None
        self.doc.undo_stack.push(SaveKit(self.doc, self.kit, after, text, merge_key))
        self.message.emit(self.tr("Colours saved"))

    def _edited(self, row: int, column: int, value: object) -> None:
        if self.kit is None:
            return
        after = copy.deepcopy(self.kit)
        colour = after.colours[row]
        if column == ColourTableModel.NAME:
            colour.name = str(value)
        elif column == ColourTableModel.HEX:
            colour.hex = normalise_hex(str(value))
        else:
            colour.role = ColourRole(str(value))
        if after != self.kit:
            self._save(after, self.tr("Edit colour"))

    def add_colour(self) -> None:
        if self.kit is None:
            return
        after = copy.deepcopy(self.kit)
        after.colours.append(BrandColour(self.tr("New colour"), "#808080", ColourRole.OTHER))
        self._save(after, self.tr("Add colour"))
        self.select_row(len(after.colours) - 1)
        self.table.edit(self.model.index(len(after.colours) - 1, ColourTableModel.NAME))

    def remove_colour(self) -> None:
        row = self.current_row()
        if self.kit is None or not 0 <= row < len(self.kit.colours):
            return
        after = copy.deepcopy(self.kit)
        del after.colours[row]
        self._save(after, self.tr("Remove colour"))

    def pick(self) -> None:
        row = self.current_row()
        if self.kit is None or not 0 <= row < len(self.kit.colours):
            return
        chosen = self.pick_colour(QColor(self.kit.colours[row].hex), self, self.tr("Pick colour"))
        if chosen.isValid():
            self._edited(row, ColourTableModel.HEX, chosen.name())

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == ColourTableModel.NAME and index.isValid():
            self.table.edit(index)
