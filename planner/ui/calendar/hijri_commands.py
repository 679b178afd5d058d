"""Undo commands of the Hijri calendar: a month's corrected first day, a moved holiday."""

from __future__ import annotations

import datetime as dt

from planner.domain.hijri import HijriMonth
from planner.domain.holidays import HolidayMove
from planner.ui.document import Document
from planner.ui.save import Topic
from planner.ui.undo import Command


class SetMonthStart(Command):
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
        super().__init__(text)
        self.doc, self.month, self.before, self.after = doc, month, before, after

    def redo(self) -> None:
        self.doc.workspace.hijri.set_correction(self.month, self.after)
        self.doc.notify(Topic.ALL)  # every Hijri date on every screen moves

    def undo(self) -> None:
        self.doc.workspace.hijri.set_correction(self.month, self.before)
        self.doc.notify(Topic.ALL)


class MoveHoliday(Command):
    """Give one year of a public holiday other days (None: back to the shipped dates)."""

    def __init__(
        self,
        doc: Document,
        occurrence: str,
        before: HolidayMove | None,
        after: HolidayMove | None,
        text: str,
    ) -> None:
        super().__init__(text)
        self.doc, self.occurrence, self.before, self.after = doc, occurrence, before, after

    def redo(self) -> None:
        self.doc.workspace.hijri.set_move(self.occurrence, self.after)
        self.doc.notify(Topic.CALENDAR)

    def undo(self) -> None:
        self.doc.workspace.hijri.set_move(self.occurrence, self.before)
        self.doc.notify(Topic.CALENDAR)
