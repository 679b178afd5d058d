"""The tables of the Hijri calendar dialog: months with their first day, public holidays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner.domain import hijri
from planner.domain.hijri import HijriMonth, StartOrigin
from planner.domain.holidays import Holiday, HolidayStatus
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.document import Document

Index = QModelIndex | QPersistentModelIndex
FIRST_YEAR, LAST_YEAR = 1445, 1449  # the months the dialog lists
HOLIDAY_YEARS = (2025, 2027)  # the Gregorian years of the holidays it lists

ORIGIN_NAMES = {
    StartOrigin.FORECAST: QT_TRANSLATE_NOOP("HijriDialog", "Umm al-Qura forecast"),
    StartOrigin.ANNOUNCED: QT_TRANSLATE_NOOP("HijriDialog", "Announced in Oman"),
    StartOrigin.CORRECTED: QT_TRANSLATE_NOOP("HijriDialog", "Your correction"),
}
STATUS_NAMES = {
    HolidayStatus.FORECAST: QT_TRANSLATE_NOOP("HijriDialog", "Forecast from the decree"),
    HolidayStatus.ANNOUNCED: QT_TRANSLATE_NOOP("HijriDialog", "Announced"),
    HolidayStatus.MOVED: QT_TRANSLATE_NOOP("HijriDialog", "Moved by you"),
}
# The counted refusals ("length", "long") are the dialog's own tr(..., n): they take %n.
REFUSALS = {
    "range": QT_TRANSLATE_NOOP("HijriDialog", "This month is outside the Hijri calendar's range."),
    "shift": QT_TRANSLATE_NOOP(
        "HijriDialog",
        "%1 begins at most two days before or after the Umm al-Qura date (%2).",
    ),
    "order": QT_TRANSLATE_NOOP("HijriDialog", "The last day is before the first day."),
}


def translate(text: str) -> str:
    return QCoreApplication.translate("HijriDialog", text)


class MonthsModel(QAbstractTableModel):
    """Hijri months with their first day, length and where the first day comes from."""

    MONTH, FIRST, DAYS, ORIGIN = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("HijriDialog", "Hijri month"),
        QT_TRANSLATE_NOOP("HijriDialog", "First day"),
        QT_TRANSLATE_NOOP("HijriDialog", "Days"),
        QT_TRANSLATE_NOOP("HijriDialog", "Source"),
    )

    def __init__(self, fmt: Formatter) -> None:
        super().__init__()
        self.fmt = fmt
        self.months = [
            HijriMonth(y, m) for y in range(FIRST_YEAR, LAST_YEAR + 1) for m in range(1, 13)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.months)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.HEADERS[section])
        return None

    def month_name(self, month: HijriMonth) -> str:
        names = hijri.MONTH_NAMES_AR if self.fmt.lang == "ar" else hijri.MONTH_NAMES_EN
        return f"{names[month.month - 1]} {self.fmt.digits_of(str(month.year))}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        month = self.months[index.row()]
        calendar = hijri.current()
        info = calendar.start_info(month)
        if role == Qt.ItemDataRole.DisplayRole and info is not None:
            column = index.column()
            if column == self.MONTH:
                return self.month_name(month)
            if column == self.FIRST:
                return f"{self.fmt.weekday(info.first_day)} {self.fmt.date(info.first_day)}"
            if column == self.DAYS:
                length = calendar.length(month)
                return "" if length is None else self.fmt.integer(length)
            return translate(ORIGIN_NAMES[info.origin])
        if role == Qt.ItemDataRole.ToolTipRole and info is not None and info.source:
            return info.source
        return None

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class HolidaysModel(QAbstractTableModel):
    """Public holidays of 2025-2027 as spans, with their status and source."""

    NAME, FIRST, LAST, STATUS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("HijriDialog", "Public holiday"),
        QT_TRANSLATE_NOOP("HijriDialog", "First day"),
        QT_TRANSLATE_NOOP("HijriDialog", "Last day"),
        QT_TRANSLATE_NOOP("HijriDialog", "Status"),
    )

    def __init__(self, doc: Document, fmt: Formatter) -> None:
        super().__init__()
        self.doc, self.fmt = doc, fmt
        self.rows: list[Holiday] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        first, last = HOLIDAY_YEARS
        self.rows = self.doc.workspace.hijri.holidays_between(
            dt.date(first, 1, 1), dt.date(last, 12, 31)
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        holiday = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == self.NAME:
                return holiday.name_ar if self.fmt.lang == "ar" else holiday.name_en
            if column in (self.FIRST, self.LAST):
                day = holiday.first if column == self.FIRST else holiday.last
                return f"{self.fmt.weekday(day)} {self.fmt.date(day)}"
            return translate(STATUS_NAMES[holiday.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            return holiday.source
        return None
