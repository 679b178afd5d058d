"""The frame every crisis form shares: headings over a form, edits told as (field, value), and
the fields that show one attribute of the record and tell its edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from planner import labels as core_labels
from planner.domain.model import Platform
from planner.formatting import Formatter
from planner.ui.crisis.fields import (
    NotesEdit,
    OptionalDate,
    OptionalDateTime,
    code_combo,
    current,
    select,
)
from planner.ui.icons import platform_icon

W = TypeVar("W", bound=QWidget)


class RecordForm(QWidget):
    """A form over one record (`record`): `edited(field, value)` when the officer gives a field
    a new value, never while `show_...` fills the form (`_loading`).

    The `..._field` methods make a field for one attribute of the record (named as in the
    record) and add it to the form beside its `label`: its finished edits go out through
    `edited`, and `showing` fills it."""

    edited = Signal(str, object)

    def __init__(self, record: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self._loading = False
        self._shows: list[tuple[str, Callable[[Any], object]]] = []
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

    @contextmanager
    def showing(self, record: Any) -> Iterator[Any]:
        """Show `record` in the fields made here; the block fills in the rest, and nothing
        shown inside it is told as an edit."""
        self._loading = True
        self.record = record
        try:
            for name, show in self._shows:
                show(getattr(record, name))
            yield record
        finally:
            self._loading = False

    def fill(self, record: Any) -> None:
        """Show `record` in the fields made here."""
        with self.showing(record):
            pass

    # fields ------------------------------------------------------------------------------
    def _field(self, label: str, name: str, widget: W, show: Callable[[Any], object]) -> W:
        self.rows.addRow(label, widget)
        self._shows.append((name, show))
        return widget

    def name_field(self, label: str, name: str) -> QLineEdit:
        """A line of text that may not be emptied (left empty, it keeps what it held)."""
        edit = QLineEdit()
        edit.editingFinished.connect(
            lambda: self._emit(name, edit.text().strip() or getattr(self.record, name))
        )
        return self._field(label, name, edit, edit.setText)

    def line_field(self, label: str, name: str) -> QLineEdit:
        """A line of text, stripped of spaces at its ends."""
        edit = QLineEdit()
        edit.editingFinished.connect(lambda: self._emit(name, edit.text().strip()))
        return self._field(label, name, edit, edit.setText)

    def code_field(
        self, label: str, name: str, kind: type[Enum], none_label: str | None = None
    ) -> QComboBox:
        """A choice among the members of `kind`; `none_label` names a first choice, None."""
        return self._combo_field(label, name, kind, code_combo(kind, none_label))

    def platform_field(self, label: str, name: str, none_label: str | None = None) -> QComboBox:
        """A choice of platform, each with its mark; `none_label` names a first choice, None."""
        combo = QComboBox()
        if none_label is not None:
            combo.addItem(none_label, None)
        for p in Platform:
            combo.addItem(platform_icon(p), core_labels.platform(p), p)
        return self._combo_field(label, name, Platform, combo)

    def _combo_field(self, label: str, name: str, kind: type[Enum], combo: QComboBox) -> QComboBox:
        combo.activated.connect(lambda: self._emit(name, current(combo, kind)))
        return self._field(label, name, combo, lambda value: select(combo, value))

    def notes_field(self, label: str, name: str) -> NotesEdit:
        """Lines of text, told when the officer leaves them."""
        notes = NotesEdit()
        notes.committed.connect(lambda text: self._emit(name, text))
        return self._field(label, name, notes, notes.set_value)

    def time_field(
        self,
        label: str,
        name: str,
        now: Callable[[], dt.datetime],
        fmt: Formatter,
        optional: bool = True,
    ) -> OptionalDateTime:
        """A date and time, with a Now button; `optional`, it may be cleared."""
        field = OptionalDateTime(now, fmt, optional)
        field.committed.connect(lambda value: self._emit(name, value))
        return self._field(label, name, field, field.set_value)

    def date_field(
        self, label: str, name: str, today: Callable[[], dt.date], fmt: Formatter
    ) -> OptionalDate:
        """A date that may be unset, with a Today button."""
        field = OptionalDate(today, fmt)
        field.committed.connect(lambda value: self._emit(name, value))
        return self._field(label, name, field, field.set_value)

    def check_field(self, name: str, text: str) -> QCheckBox:
        """A yes or no, said by `text` (on a row of its own, without a label)."""
        box = QCheckBox(text)
        box.toggled.connect(lambda on: self._emit(name, on))
        return self._field("", name, box, box.setChecked)
