"""Cell editors for the plan's tables: dates, choices from a list, and numbers in any digits."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.domain.ranges import number_in_range
from planner.formatting import Formatter
from planner.ui.campaigns.editor.section import date_edit
from planner.ui.dates import pydate, qdate

Index = QModelIndex | QPersistentModelIndex

_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "٫": ".",
        "٬": "",
        ",": "",
        "\u2212": "-",
        "٪": "",
        "%": "",
    }
)


def parse_number(text: str) -> float | None:
    """A number typed in Latin, Arabic-Indic or Persian digits; None when blank or not a number."""
    cleaned = "".join(text.translate(_DIGITS).split())
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def shown_number(fmt: Formatter, value: float, decimals: int = 3) -> str:
    """A number as the officer reads it; one beyond the stored range (typed, refused, still in
    the unsaved draft) in plain scientific notation, which any size can be written in."""
    if number_in_range(value):
        return fmt.number(value, decimals)
    return f"{value:.6g}"


def shown_percent(fmt: Formatter, share: float) -> str:
    """`share` a fraction (0.42 -> 42%), or scientific notation when beyond any real figure."""
    return fmt.percent(share) if number_in_range(share) else f"{share * 100:.3g}%"


class DateDelegate(QStyledItemDelegate):
    """Edits a date cell (EditRole: datetime.date) with a calendar field."""

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = date_edit(self.fmt, str(index.data()))
        editor.setParent(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit) and isinstance(value, dt.date):
            editor.setDate(qdate(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, pydate(editor.date()))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell by choosing one of `choices` (label, value)."""

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            values = [v for _, v in self.choices]
            value = index.data(Qt.ItemDataRole.EditRole)
            if value in values:
                editor.setCurrentIndex(values.index(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())


class NumberDelegate(QStyledItemDelegate):
    """Edits a number cell as text, so that any digits can be typed; blank means "none yet"."""

    def __init__(
        self, fmt: Formatter, optional: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.optional = optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        # \x{a0}: the no-break space that groups thousands in Arabic-Indic digits
        allowed = QRegularExpression(r"[\s\x{a0}\d٠-٩۰-۹.,٫٬%٪\-−]*")
        editor.setValidator(QRegularExpressionValidator(allowed, editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QLineEdit):
            editor.setText("" if value is None else shown_number(self.fmt, float(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QLineEdit):
            return
        value = parse_number(editor.text())
        if value is None and not (self.optional and not editor.text().strip()):
            return
        model.setData(index, value)
