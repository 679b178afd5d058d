"""Building blocks of the editor's tabs: a titled table with add/remove buttons and its messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.campaigns.editor.section import FieldMessage
from planner.ui.campaigns.editor.table import RowsModel
from planner.ui.icons import icon
from planner.ui.widgets import caption, heading, title_row


def tool_button(
    icon_name: str, text: str, slot: Callable[[], None], with_text: bool = False
) -> QToolButton:
    """A button with an icon; its text shows beside it or, when icon-only, as its tooltip."""
    button = QToolButton()
    button.setIcon(icon(icon_name))
    button.setText(text)
    button.setToolTip(text)
    button.setAccessibleName(text)
    button.setToolButtonStyle(
        Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if with_text
        else Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    button.clicked.connect(slot)
    return button


class TableBlock(QWidget):
    """A section heading, an explanation, add/remove buttons, the table and its messages."""

    def __init__(
        self,
        title: str,
        hint: str,
        model: RowsModel[Any],
        add: tuple[str, Callable[[], None]] | None,
        remove: tuple[str, Callable[[int], None]] | None,
        stretch: tuple[int, ...] = (0,),
        wrap: bool = False,
        parent: QWidget | None = None,
        grow: bool = True,  # the editor's tabs scroll as pages: no list scrolls inside one
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.title = heading(title, 2)
        self.hint = caption(hint)
        add_text, on_add = add or ("", lambda: None)
        remove_text, on_remove = remove or ("", lambda _: None)
        self.add_button = tool_button("add", add_text, on_add)
        self.remove_button = tool_button("remove", remove_text, lambda: self._remove(on_remove))
        self.add_button.setVisible(add is not None)
        self.remove_button.setVisible(remove is not None)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(wrap)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        if wrap:  # long sentences: rows grow to show them whole, whatever the columns' widths
            self.table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents
            )
            header.sectionResized.connect(
                lambda *_: QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
            )
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:  # the text columns share the width; the rest fit their content
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        self.message = FieldMessage()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(title_row(self.title, self.add_button, self.remove_button))
        if hint:
            layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()
        if grow:
            grow_to_rows(self.table)
            layout.addStretch(1)  # beside a taller block, the spare height goes under it

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def go_to(self, row: int, column: int = 0, edit: bool = False) -> None:
        """Make a cell current (e.g. the first cell of a row just added), optionally editing."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(index)
        if edit:
            self.table.setFocus()
            self.table.edit(index)

    def _remove(self, remove: Callable[[int], None]) -> None:
        row = self.current_row()
        if row >= 0:
            remove(row)
            self.go_to(min(row, self.model.rowCount() - 1))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_row() >= 0)
        self.table.setMinimumHeight(min(3, max(1, self.model.rowCount())) * 34 + 44)


def grow_to_rows(view: QAbstractItemView, least_rows: int = 2) -> None:
    """Let `view` grow to show all its rows, with no scroll bar of its own: on a page that
    scrolls, a list that scrolls too is a scroll area inside a scroll area."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)

    def fit() -> None:
        model = view.model()
        rows = model.rowCount() if model is not None else 0
        if isinstance(view, QTableView):
            header = view.horizontalHeader()
            height = (header.height() if header.isVisible() else 0) + sum(
                view.rowHeight(r) for r in range(rows)
            )
            empty_row = view.verticalHeader().defaultSectionSize()
        else:
            height = sum(max(view.sizeHintForRow(r), 0) for r in range(rows))
            empty_row = max(view.fontMetrics().height() + 8, 24)
        height += max(0, least_rows - rows) * empty_row + 2 * view.frameWidth() + 2
        view.setFixedHeight(height)

    def later(*_args: object) -> None:
        if shiboken6.isValid(view):  # a list widget's own model outlives it on closing
            QTimer.singleShot(0, view, fit)

    model = view.model()
    if model is not None:
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(later)
        model.dataChanged.connect(later)
    if isinstance(view, QTableView):
        view.verticalHeader().sectionResized.connect(later)
    later()
