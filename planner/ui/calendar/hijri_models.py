"""The tables of the Hijri calendar dialog: months with their first day, public holidays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
)

from planner.domain import hijri
from planner.domain.hijri import HijriMonth, MonthStart, StartOrigin
from planner.domain.holidays import Holiday, HolidayStatus
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.document import Document
from planner.ui.table_model import Column, ColumnModel

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


class MonthsModel(ColumnModel[HijriMonth]):
    """Hijri months with their first day, length and where the first day comes from."""

    MONTH, FIRST, DAYS, ORIGIN = range(4)
    CONTEXT = "HijriDialog"

    def __init__(self, fmt: Formatter) -> None:
        super().__init__()
        self.fmt = fmt
        self._rows = [
            HijriMonth(y, m) for y in range(FIRST_YEAR, LAST_YEAR + 1) for m in range(1, 13)
        ]
        source = _known(lambda month, info: info.source or None)
        self.set_columns(
            Column(QT_TRANSLATE_NOOP("HijriDialog", "Hijri month"), _known(self._name), source),
            Column(QT_TRANSLATE_NOOP("HijriDialog", "First day"), _known(self._first), source),
            Column(QT_TRANSLATE_NOOP("HijriDialog", "Days"), _known(self._length), source),
            Column(QT_TRANSLATE_NOOP("HijriDialog", "Source"), _known(self._origin), source),
        )

    @property
    def months(self) -> list[HijriMonth]:
        return self._rows

    def month_name(self, month: HijriMonth) -> str:
        names = hijri.MONTH_NAMES_AR if self.fmt.lang == "ar" else hijri.MONTH_NAMES_EN
        return f"{names[month.month - 1]} {self.fmt.digits_of(str(month.year))}"

    def _name(self, month: HijriMonth, info: MonthStart) -> str:
        return self.month_name(month)

    def _first(self, month: HijriMonth, info: MonthStart) -> str:
        return f"{self.fmt.weekday(info.first_day)} {self.fmt.date(info.first_day)}"

    def _length(self, month: HijriMonth, info: MonthStart) -> str:
        length = hijri.current().length(month)
        return "" if length is None else self.fmt.integer(length)

    def _origin(self, month: HijriMonth, info: MonthStart) -> str:
        return translate(ORIGIN_NAMES[info.origin])

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


def _known(
    text: Callable[[HijriMonth, MonthStart], str | None],
) -> Callable[[HijriMonth], str | None]:
    """`text` of a month whose first day the calendar knows; nothing for the others."""

    def shown(month: HijriMonth) -> str | None:
        info = hijri.current().start_info(month)
        return None if info is None else text(month, info)

    return shown


class HolidaysModel(ColumnModel[Holiday]):
    """Public holidays of 2025-2027 as spans, with their status and source."""

    NAME, FIRST, LAST, STATUS = range(4)
    CONTEXT = "HijriDialog"

    def __init__(self, doc: Document, fmt: Formatter) -> None:
        super().__init__()
        self.doc, self.fmt = doc, fmt
        source = self._source
        self.set_columns(
            Column(QT_TRANSLATE_NOOP("HijriDialog", "Public holiday"), self._name, source),
            Column(
                QT_TRANSLATE_NOOP("HijriDialog", "First day"), lambda h: self._day(h.first), source
            ),
            Column(
                QT_TRANSLATE_NOOP("HijriDialog", "Last day"), lambda h: self._day(h.last), source
            ),
            Column(QT_TRANSLATE_NOOP("HijriDialog", "Status"), self._status, source),
        )
        self.reload()

    @property
    def rows(self) -> list[Holiday]:
        return self._rows

    def reload(self) -> None:
        first, last = HOLIDAY_YEARS
        self._replace_rows(
            self.doc.workspace.hijri.holidays_between(dt.date(first, 1, 1), dt.date(last, 12, 31))
        )

    def _name(self, holiday: Holiday) -> str:
        return holiday.name_ar if self.fmt.lang == "ar" else holiday.name_en

    def _day(self, day: dt.date) -> str:
        return f"{self.fmt.weekday(day)} {self.fmt.date(day)}"

    def _status(self, holiday: Holiday) -> str:
        return translate(STATUS_NAMES[holiday.status])

    def _source(self, holiday: Holiday) -> str | None:
        return holiday.source
