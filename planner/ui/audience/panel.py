"""What the accounts and the segments panels share: a table of records, add and delete
buttons, the selection kept across reloads, and a save that says so."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QTableView, QWidget

from planner.formatting import Formatter
from planner.ui.audience.models import IdRole
from planner.ui.campaigns.editor.blocks import tool_button
from planner.ui.campaigns.editor.section import FieldMessage
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.save import Save
from planner.ui.widgets import heading, title_row


class RecordPanel(QWidget):
    """A table of records; subclasses give `build()`, the words and `_show_current()`.

    The words are translated by the subclasses (`tr()` takes the class it is written in)."""

    def __init__(
        self,
        doc: Document,
        fmt: Formatter,
        dialogs: Dialogs,
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc, self.fmt, self.dialogs, self.say = doc, fmt, dialogs, say
        self.model: Any = None
        self.table = QTableView()
        self.build()

    def build(self) -> None:
        """Make the panel: the model (through `setup_table`), the details, the layout."""
        raise NotImplementedError

    def setup_table(self, model: Any, title: str, add_text: str, remove_text: str) -> QHBoxLayout:
        """Show `model` in the table; make the add and delete buttons and the message line;
        return the heading row (title, then the buttons)."""
        self.model = model
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.add_button = tool_button("add", add_text, self.add)
        self.remove_button = tool_button("remove", remove_text, self.remove_current)
        self.message = FieldMessage()
        return title_row(heading(title, 2), self.add_button, self.remove_button)

    def show_rows(self, rows: list[Any]) -> None:
        """Fill the table, keeping the selected record (else the first) selected."""
        current = self.current()
        self.model.set_rows(rows)
        if current is not None:
            self.select(current.id)
        elif self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_current()

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, item_id: int | None, column: int = 0) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(IdRole) == item_id:
                self.table.setCurrentIndex(self.model.index(row, column))
                return

    def save(self, command: Save[Any], saved: str) -> int:
        """Push `command`, say `saved`; the record's id (a new one gets it here)."""
        self.doc.undo_stack.push(command)
        self.say(saved)
        return command.item_id

    def _show_current(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def remove_current(self) -> None:
        raise NotImplementedError
