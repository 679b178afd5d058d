"""Form fields of the crisis screen that commit an edit when it is finished: optional dates
and times with a "Now" button, notes that commit when left, and combo boxes of codes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from enum import Enum
from typing import Any, cast

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from planner.formatting import Formatter
from planner.ui.crisis import labels
from planner.ui.dates import DATE_BOX, DATETIME_BOX, follow_digits
from planner.ui.icons import icon

_UNSET = QDateTime(QDate(2000, 1, 1), QTime(0, 0))


class _Optional(QWidget):
    """A date field that may be unset (shown as `_UNSET`): its edit and a button beside it
    (`button`, which commits what `set_now` gives), in a row; `committed` carries the new
    value once an edit is finished. Subclasses say how the edit shows a value."""

    committed = Signal(object)

    def __init__(
        self,
        edit: QDateTimeEdit,
        fmt: Formatter,
        box: str,
        set_now: Callable[[], Any],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.edit = edit
        self.edit.setCalendarPopup(True)
        follow_digits(self.edit, fmt, box)
        self.edit.editingFinished.connect(self._finished)
        self.button = QToolButton()
        self.button.clicked.connect(lambda: self.committed.emit(set_now()))
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.row.addWidget(self.edit, 1)
        self.row.addWidget(self.button)
        self._value: Any = None

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._value = value
        self.edit.blockSignals(True)
        self._show(value)
        self.edit.blockSignals(False)

    def _finished(self) -> None:
        value = self.value()
        if value != self._value:
            self._value = value
            self.committed.emit(value)


class OptionalDateTime(_Optional):
    """A date and time that may be unset ("Not yet"), with Now and Clear buttons.

    `committed` carries the new value (a datetime or None) once an edit is finished.
    """

    def __init__(
        self,
        now: Callable[[], dt.datetime],
        fmt: Formatter,
        optional: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(QDateTimeEdit(), fmt, DATETIME_BOX, now, parent)
        self.edit.setMinimumDateTime(_UNSET)
        if optional:
            self.edit.setSpecialValueText(self.tr("Not yet"))
        self.now_button = self.button
        self.now_button.setText(self.tr("Now"))
        self.now_button.setToolTip(self.tr("Set to the current date and time"))
        self.clear_button: QToolButton | None = None
        if optional:
            self.clear_button = QToolButton()
            self.clear_button.setIcon(icon("close"))
            self.clear_button.setToolTip(self.tr("Clear"))
            self.clear_button.setAccessibleName(self.tr("Clear"))
            self.clear_button.clicked.connect(lambda: self.committed.emit(None))
            self.row.addWidget(self.clear_button)

    def _show(self, value: dt.datetime | None) -> None:
        self.edit.setDateTime(QDateTime(value) if value is not None else _UNSET)

    def value(self) -> dt.datetime | None:
        shown = self.edit.dateTime()
        if shown == _UNSET:
            return None
        return cast(dt.datetime, shown.toPython()).replace(second=0, microsecond=0)


class OptionalDate(_Optional):
    """A date that may be unset, with a Today button; `committed` carries a date or None."""

    def __init__(
        self, today: Callable[[], dt.date], fmt: Formatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(QDateEdit(), fmt, DATE_BOX, today, parent)
        self.edit.setMinimumDate(_UNSET.date())
        self.edit.setSpecialValueText(self.tr("Never"))
        self.today_button = self.button
        self.today_button.setText(self.tr("Today"))

    def _show(self, value: dt.date | None) -> None:
        self.edit.setDate(QDate(value) if value is not None else _UNSET.date())

    def value(self) -> dt.date | None:
        shown = self.edit.date()
        return None if shown == _UNSET.date() else cast(dt.date, shown.toPython())


class NotesEdit(QPlainTextEdit):
    """Multi-line text that commits when the officer leaves it (one undo step per visit)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._value = ""

    def set_value(self, text: str) -> None:
        self._value = text
        if self.toPlainText() != text:
            self.blockSignals(True)
            self.setPlainText(text)
            self.blockSignals(False)

    def commit(self) -> None:
        text = self.toPlainText()
        if text != self._value:
            self._value = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)


def code_combo(
    values: Iterable[Any], none_label: str | None = None, label: Callable[[Any], str] = labels.name
) -> QComboBox:
    """A combo box of codes (enum members) shown by their translated names; the item data
    is the member itself. `none_label` adds a first entry for None."""
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def select(combo: QComboBox, value: Any) -> None:
    """Show `value` in a combo of codes without emitting a change."""
    combo.blockSignals(True)
    for i in range(combo.count()):
        data = combo.itemData(i)
        if data == value or (isinstance(data, Enum) and data is value):
            combo.setCurrentIndex(i)
            break
    combo.blockSignals(False)


def current(combo: QComboBox, kind: type[Enum]) -> Any:
    """The code chosen in a combo of codes, as a member of `kind` (None for the None entry).

    Qt hands string enums back as plain strings; this turns them back into members.
    """
    data = combo.currentData()
    return None if data is None else kind(data)
