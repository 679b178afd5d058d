"""The officer's Hijri calendar corrections and holiday moves, and the calendar they make."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from planner.domain import hijri
from planner.domain.hijri import HijriCalendar, HijriMonth
from planner.domain.holidays import Holiday, HolidayMove, check_span, holidays_between

TABLES_0008 = [
    """CREATE TABLE hijri_corrections (
        year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        first_day TEXT NOT NULL,
        PRIMARY KEY (year, month))""",
    """CREATE TABLE holiday_moves (
        occurrence TEXT PRIMARY KEY,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '')""",
]


class HijriStore:
    """Reads and writes the corrections; keeps the calendar in use in step with them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._installed: HijriCalendar | None = None

    # month corrections ---------------------------------------------------------------------
    def corrections(self) -> dict[HijriMonth, dt.date]:
        return {
            HijriMonth(int(y), int(m)): dt.date.fromisoformat(day)
            for y, m, day in self.db.execute(
                "SELECT year, month, first_day FROM hijri_corrections ORDER BY year, month"
            )
        }

    def correction(self, month: HijriMonth) -> dt.date | None:
        return self.corrections().get(month)

    def calendar(self) -> HijriCalendar:
        """Umm al-Qura with Oman's announced months and this workspace's corrections."""
        return hijri.shipped().with_corrections(self.corrections())

    def set_correction(self, month: HijriMonth, first_day: dt.date | None) -> None:
        """Set (checked: CorrectionRefusedError) or remove (None) a month's first day."""
        if first_day is not None:
            self.calendar().check(month, first_day)
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM hijri_corrections WHERE year = ? AND month = ?",
                [month.year, month.month],
            )
            if first_day is not None:
                self.db.execute(
                    "INSERT INTO hijri_corrections (year, month, first_day) VALUES (?, ?, ?)",
                    [month.year, month.month, first_day.isoformat()],
                )
        self.apply()

    # holiday moves -------------------------------------------------------------------------
    def moves(self) -> dict[str, HolidayMove]:
        return {
            r[0]: HolidayMove(r[0], dt.date.fromisoformat(r[1]), dt.date.fromisoformat(r[2]), r[3])
            for r in self.db.execute(
                "SELECT occurrence, first_day, last_day, note FROM holiday_moves"
            )
        }

    def set_move(self, occurrence: str, move: HolidayMove | None) -> None:
        """Move one year of a holiday (checked: SpanRefusedError) or put it back (None)."""
        if move is not None:
            check_span(move.first, move.last)
        with self.db.atomic():
            self.db.execute("DELETE FROM holiday_moves WHERE occurrence = ?", [occurrence])
            if move is not None:
                self.db.execute(
                    "INSERT INTO holiday_moves (occurrence, first_day, last_day, note) "
                    "VALUES (?, ?, ?, ?)",
                    [occurrence, move.first.isoformat(), move.last.isoformat(), move.note],
                )
        self.apply()

    def holidays_between(self, start: dt.date, end: dt.date) -> list[Holiday]:
        """Public holidays touching [start, end] on the calendar in use, with the moves."""
        return holidays_between(start, end, self.moves())

    # the calendar in use -------------------------------------------------------------------
    def apply(self) -> None:
        """Put this workspace's calendar in use (after opening, and after every change)."""
        self._installed = self.calendar()
        hijri.use(self._installed)

    def release(self) -> None:
        """Back to the shipped calendar, unless another workspace's is in use by now."""
        if self._installed is not None and hijri.current() is self._installed:
            hijri.use(None)
        self._installed = None
