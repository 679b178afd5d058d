"""The frame every crisis form shares: headings over a form, edits told as (field, value)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget


class RecordForm(QWidget):
    """A form over one record (`record`): `edited(field, value)` when the officer gives a field
    a new value, never while `show_...` fills the form (`_loading`)."""

    edited = Signal(str, object)

    def __init__(self, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self._loading = False
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(12, 0, 12, 12)
        self.rows = QFormLayout()

    def _frame(self, *above: QWidget) -> QFormLayout:
        """Lay out the widgets `above` (the heading first), then the form; return the form."""
        for widget in above:
            self.outer.addWidget(widget)
        self.outer.addLayout(self.rows)
        return self.rows

    def _emit(self, name: str, value: Any) -> None:
        if not self._loading and getattr(self.record, name) != value:
            self.edited.emit(name, value)
