"""Undo commands of the Hijri calendar: a month's corrected first day, a moved holiday."""

from __future__ import annotations

import datetime as dt

from planner.domain.hijri import HijriMonth
from planner.domain.holidays import HolidayMove
from planner.ui.document import Document
from planner.ui.save import SetValue, Topic


class SetMonthStart(SetValue[dt.date | None]):
    """Set a Hijri month's first day (None: back to the shipped date). The date was checked
    before the command was made, so redo and undo only put back states that were stored."""

    def __init__(
        self,
        doc: Document,
        month: HijriMonth,
        before: dt.date | None,
        after: dt.date | None,
        text: str,
    ) -> None:
        super().__init__(doc, Topic.ALL, before, after, text)  # every Hijri date moves
        self.month = month

    def put(self, value: dt.date | None) -> None:
        self.doc.workspace.hijri.set_correction(self.month, value)


class MoveHoliday(SetValue[HolidayMove | None]):
    """Give one year of a public holiday other days (None: back to the shipped dates)."""

    def __init__(
        self,
        doc: Document,
        occurrence: str,
        before: HolidayMove | None,
        after: HolidayMove | None,
        text: str,
    ) -> None:
        super().__init__(doc, Topic.CALENDAR, before, after, text)
        self.occurrence = occurrence

    def put(self, value: HolidayMove | None) -> None:
        self.doc.workspace.hijri.set_move(self.occurrence, value)
