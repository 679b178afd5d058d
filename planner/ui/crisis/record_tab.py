"""The shape every log of the crisis screen shares: a toolbar, a table of records and, beside
it, the form of the selected record; an empty state that says what to do first."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.formatting import Formatter
from planner.ui.crisis.commands import TOPIC, SaveItem
from planner.ui.crisis.record_form import RecordForm
from planner.ui.crisis.table import Column, IdRole, RecordTableModel
from planner.ui.delegates import PlatformsDelegate, StatusDelegate
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.table_model import row_table
from planner.ui.widgets import EmptyState
from planner.ui.workspace_widget import WorkspaceWidget

F = TypeVar("F", bound=RecordForm)


class RecordTab(WorkspaceWidget):
    """A table of records and the selected record's form; subclasses fill in the parts.

    The records are those of the crisis store named STORE; IDENT names the field that tells
    one record from another."""

    STORE = ""
    IDENT = "id"

    def __init__(
        self,
        doc: Document,
        fmt: Formatter,
        dialogs: Dialogs,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, fmt, dialogs, parent)
        self.now = now
        self.current: Any = None

        self.add_button = QPushButton(icon("add"), "")
        self.delete_button = QPushButton(
            icon("delete"), QCoreApplication.translate("RecordTab", "Delete")
        )
        self.delete_button.clicked.connect(self.delete_current)
        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(self.add_button)
        self.toolbar.addWidget(self.delete_button)
        self.toolbar.addStretch(1)

        self.table = row_table()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = EmptyState()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_area.setMinimumWidth(420)
        # The list on top, the selected record below: its form first (on the reading side),
        # then whatever a tab adds beside it (a checklist, contacts...).
        self.detail = QSplitter(Qt.Orientation.Horizontal)
        self.detail.addWidget(self.form_area)
        self.detail.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([400, 600])
        self.stack.setMinimumHeight(150)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self.toolbar)
        layout.addWidget(self.splitter, 1)
        doc.changed.connect(self._on_changed)
        self.build()
        self.reload()

    def build(self) -> None:
        """Make the tab's own parts: columns, form, what sits beside the form (the records are
        loaded next)."""
        raise NotImplementedError

    def set_table(
        self, context: str, columns: Sequence[Column], stretch: int, name: str, empty: str
    ) -> None:
        """Show the records in `columns` (headers translated in `context`); column `stretch`
        takes the spare width. `name` is what screen readers call the table, `empty` what the
        tab says while there is no record. A column of platforms shows their marks, a column
        with a colour a dot of it beside its text."""
        self.model = RecordTableModel(context, columns, self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(name)
        self.empty.setText(empty)
        for n, column in enumerate(columns):
            if column.platforms is not None:
                self.table.setItemDelegateForColumn(n, PlatformsDelegate(parent=self.table))
            elif column.decoration is not None:
                self.table.setItemDelegateForColumn(n, StatusDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(40)  # fit the columns to 40 rows, not a year's log
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())

    def set_add(self, text: str, add: Callable[[], object]) -> None:
        """Name the add button and say what it does."""
        self.add_button.setText(text)
        self.add_button.clicked.connect(lambda: add())

    def set_form(self, form: F) -> F:
        """Show `form` for the selected record; what the officer edits in it goes to `_edit`."""
        form.edited.connect(self._edit)
        self.form_area.setWidget(form)
        return form

    def set_side(self, side: QWidget, stretch: tuple[int, int] | None = None) -> None:
        """Put `side` beside the form; `stretch` shares the width out between the two."""
        self.detail.addWidget(side)
        if stretch is not None:
            self.detail.setStretchFactor(0, stretch[0])
            self.detail.setStretchFactor(1, stretch[1])

    def beside_form(self, widget: QWidget, stretch: int = 1) -> None:
        """Put `widget` (steps, contacts, a panel) beside the form, in its scroll area: the
        record scrolls as one page. In a splitter of its own it was squeezed to a line or two
        on a laptop at 125%, or its parts drawn over each other."""
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.form_area.takeWidget(), 1)
        row.addWidget(widget, stretch)
        self.form_area.setWidget(page)

    def _edit(self, name: str, value: Any) -> None:
        """Save the selected record with `name` set to `value`."""
        raise NotImplementedError

    @property
    def store(self) -> Any:
        """The store of the tab's records (the workspace makes it afresh on each access)."""
        return getattr(self.doc.workspace.crisis, self.STORE)

    # to fill in ---------------------------------------------------------------------------
    def load(self) -> list[Any]:
        """The records to show (and whatever the tab reads beside them)."""
        return list(self.store.list())

    def show_record(self, record: Any | None) -> None:
        raise NotImplementedError

    def delete_command(self, record: Any) -> QUndoCommand | None:
        raise NotImplementedError

    # behaviour ----------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.current.id if self.current is not None else None
        self.model.set_rows(self.load())
        if self.model.rowCount():
            self.select(selected if self.model.row_of(selected) >= 0 else self.model.record(0).id)
            self.stack.setCurrentWidget(self.table)
        else:
            self.stack.setCurrentWidget(self.empty)
            self._selected()
        self.delete_button.setEnabled(self.model.rowCount() > 0)

    def select(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        unchanged = self.table.currentIndex().row() == row
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if unchanged:  # no currentRowChanged signal: show the record (it may have changed)
            self._selected()

    def push(self, command: QUndoCommand, message: str = "") -> None:
        self.doc.undo_stack.push(command)
        if message:
            self.message.emit(message)

    def add_record(self, record: Any, title: str, message: str, first: QLineEdit) -> int:
        """Add `record` to the store as an undo step, select it and put the cursor in its first
        field (`first`, a line edit of the form), text selected to be typed over; return its
        id."""
        command = SaveItem(self.doc, self.store, None, record, title)
        self.push(command, message)
        self.select(command.item_id)
        first.setFocus()
        first.selectAll()
        return command.item_id

    def save_field(
        self,
        name: str,
        value: Any,
        title: str,
        message: str,
        *,
        adjust: Callable[[Any], None] | None = None,
        stored: bool = True,
    ) -> Any:
        """Save one field of the selected record as an undo step: typing in a field merges into
        one step (a list, such as ticked steps, never merges). `adjust` completes the new
        version; `stored` False adds the record. Returns the new version (None: nothing shown)."""
        before = self.current
        if before is None:
            return None
        after = copy.deepcopy(before)
        setattr(after, name, value)
        if adjust is not None:
            adjust(after)
        merge = (
            "" if isinstance(value, list) else f"{self.STORE}:{getattr(before, self.IDENT)}:{name}"
        )
        self.push(
            SaveItem(self.doc, self.store, before if stored else None, after, title, merge),
            message,
        )
        return after

    def delete_current(self) -> None:
        if self.current is None:
            return
        command = self.delete_command(self.current)
        if command is not None:
            self.push(command, self.tr("Deleted. Ctrl+Z brings it back."))

    def _selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_of(index.data(IdRole)) if index.isValid() else -1
        self.current = self.model.record(row) if row >= 0 else None
        form = self.form_area.widget()
        if form is not None:
            form.setEnabled(self.current is not None)
        self.show_record(self.current)

    def _on_changed(self, topic: str) -> None:
        if topic in ("all", TOPIC, "posts", "accounts"):
            self.reload()
