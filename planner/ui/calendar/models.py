"""Grid models of the calendar: a month of day cells, a week of hour slots (seven columns each)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner import labels
from planner.domain.calendar import PostChip, SlotChips
from planner.ui.calendar.holiday_marks import span_text
from planner.ui.calendar.source import WEEKEND, CalendarSource, OccasionMark, week_start

Index = QModelIndex | QPersistentModelIndex
SlotRole = Qt.ItemDataRole.UserRole + 20
DateRole = Qt.ItemDataRole.UserRole + 21

DAY = dt.timedelta(days=1)


@dataclass
class Slot:
    """One cell of a grid: a whole day (month view, week's top row) or an hour of a day."""

    date: dt.date
    start: dt.datetime
    end: dt.datetime
    whole_day: bool
    chips: list[PostChip] = field(default_factory=list)  # the first few, see `count`
    occasions: list[OccasionMark] = field(default_factory=list)
    in_month: bool = True
    today: bool = False
    day_text: str = ""
    hijri_text: str = ""
    count: int = 0  # every post in the slot, shown or not

    @property
    def hidden(self) -> int:
        return self.count - len(self.chips)

    @property
    def weekend(self) -> bool:
        return self.date.weekday() in WEEKEND

    @property
    def quiet(self) -> bool:
        return any(o.quiet for o in self.occasions)


class SlotModel(QAbstractTableModel):
    """Rows x 7 slots; reloading only changes the data, never the shape (selection survives)."""

    ROWS = 6
    PER_SLOT = 8  # chips read per slot until the view says how many fit
    HOURLY = False

    def __init__(self, source: CalendarSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = self.ROWS
        self.per_slot = self.PER_SLOT
        self.source = source
        self.today = dt.date.today()
        self.first = week_start(self.today)
        self._slots: list[list[Slot]] = []
        self.total = 0  # posts in the visible range

    # shape -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def slot(self, row: int, column: int) -> Slot:
        return self._slots[row][column]

    def slot_at(self, row: int, column: int) -> Slot | None:
        """The slot of a cell, None outside the grid (a cheap `data(SlotRole)`)."""
        if 0 <= row < len(self._slots) and 0 <= column < 7:
            return self._slots[row][column]
        return None

    def slots(self) -> list[Slot]:
        return [s for row in self._slots for s in row]

    def range(self) -> tuple[dt.datetime, dt.datetime]:
        start = dt.datetime.combine(self.first, dt.time())
        return start, start + dt.timedelta(days=7 * self.weeks())

    def weeks(self) -> int:
        return self.rows

    def index_of(self, post_id: int) -> QModelIndex:
        for r, row in enumerate(self._slots):
            for c, slot in enumerate(row):
                if any(chip.id == post_id for chip in slot.chips):
                    return self.index(r, c)
        return QModelIndex()

    def index_of_time(self, when: dt.datetime) -> QModelIndex:
        for r, row in enumerate(self._slots):
            for c, slot in enumerate(row):
                if slot.start <= when < slot.end:
                    return self.index(r, c)
        return QModelIndex()

    # data --------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._slots:
            return None
        slot = self._slots[index.row()][index.column()]
        if role == SlotRole:
            return slot
        if role == DateRole:
            return slot.date
        if role == Qt.ItemDataRole.DisplayRole:
            return slot.day_text if slot.whole_day else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(slot)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(slot)
        return None

    def describe(self, slot: Slot) -> str:
        """A sentence for screen readers: the day, Hijri date, occasions and post count."""
        fmt = self.source.fmt
        parts = [f"{fmt.weekday(slot.date)} {fmt.date(slot.date, 'long')}"]
        if not slot.whole_day:
            parts.append(self.source.time_text(slot.start))
        parts.append(fmt.hijri(slot.date))
        parts += [o.name for o in slot.occasions]
        parts.append(self.tr("Posts: %1").replace("%1", fmt.integer(slot.count)))
        return "، ".join(p for p in parts if p) if fmt.lang == "ar" else ", ".join(parts)

    def tooltip(self, slot: Slot) -> str:
        fmt = self.source.fmt
        lines = [f"{fmt.weekday(slot.date)} {fmt.date(slot.date, 'long')}", fmt.hijri(slot.date)]
        for o in slot.occasions:
            line = o.name
            if o.holiday is not None:
                line += " " + self.tr("(public holiday: %1)").replace(
                    "%1", span_text(fmt, o.holiday)
                )
                if o.holiday.status.value == "moved":
                    line += " " + self.tr("(moved by you)")
            if o.approximate and o.holiday is not None:
                line += " " + self.tr("(forecast: not announced yet)")
            elif o.approximate:
                line += " " + self.tr("(approximate: depends on the moon sighting)")
            if o.quiet:
                line += " " + self.tr("(quiet day: no campaign posts)")
            lines.append(line)
        return "\n".join(lines)

    # loading -----------------------------------------------------------------------------
    def fit(self, per_slot: int) -> None:
        """Read this many chips per slot from now on (what the cells have room for)."""
        grow = per_slot > self.per_slot
        self.per_slot = per_slot
        if grow and self._slots:
            self.reload()

    def set_first(self, first: dt.date, today: dt.date) -> None:
        self.first = first
        self.today = today
        self.reload()

    def reload(self) -> None:
        """Read the visible range again (after a change, a filter, a move)."""
        start, end = self.range()
        page = self.source.slot_chips(start, end, self.per_slot, self.HOURLY)
        occasions = self.source.occasions(start.date(), (end - DAY).date())
        self.total = page.total
        slots = self._build(page, occasions)
        if len(slots) != len(self._slots):
            self.beginResetModel()
            self._slots = slots
            self.endResetModel()
        else:
            self._slots = slots
            self.dataChanged.emit(self.index(0, 0), self.index(self.rows - 1, 6))

    def _build(
        self, page: SlotChips, occasions: dict[dt.date, list[OccasionMark]]
    ) -> list[list[Slot]]:
        raise NotImplementedError

    def _day_slot(
        self,
        day: dt.date,
        occasions: dict[dt.date, list[OccasionMark]],
        first_in_grid: bool,
        month: int | None,
    ) -> Slot:
        src = self.source
        start = dt.datetime.combine(day, dt.time())
        with_month = first_in_grid or src.hijri_month_starts(day)
        return Slot(
            day,
            start,
            start + DAY,
            True,
            [],
            occasions.get(day, []),
            month is None or day.month == month,
            day == self.today,
            src.number(day.day),
            src.hijri_short(day, with_month),
        )


class MonthModel(SlotModel):
    """Six weeks from the Sunday on or before the first of a month; a cell per day."""

    def __init__(self, source: CalendarSource, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self.month = self.today.replace(day=1)
        self.first = week_start(self.month)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.source.weekday_name(section)
        return None

    def month_total(self) -> int:
        """Posts on the month's own days: what the list of the month counts too (the days
        of the neighbouring months shown in the first and last weeks are not counted)."""
        return sum(
            slot.count for row in self._slots for slot in row if slot.in_month and slot.whole_day
        )

    def show_month(self, month: dt.date, today: dt.date) -> None:
        """Show the weeks (four to six) that hold a month's days."""
        self.month = month.replace(day=1)
        first = week_start(self.month)
        last = calendar.monthrange(self.month.year, self.month.month)[1]
        self.rows = -(-((self.month - first).days + last) // 7)
        self.set_first(first, today)

    def _build(
        self, page: SlotChips, occasions: dict[dt.date, list[OccasionMark]]
    ) -> list[list[Slot]]:
        by_day: dict[dt.date, list[PostChip]] = {}
        for chip in page.chips:
            assert chip.scheduled_at is not None
            by_day.setdefault(chip.scheduled_at.date(), []).append(chip)
        rows = []
        for r in range(self.rows):
            row = []
            for c in range(7):
                day = self.first + dt.timedelta(days=7 * r + c)
                slot = self._day_slot(day, occasions, r == 0 and c == 0, self.month.month)
                slot.chips = by_day.get(day, [])
                slot.count = page.counts.get(slot.start, 0)
                row.append(slot)
            rows.append(row)
        return rows


class WeekModel(SlotModel):
    """One week: a row per hour; the days themselves (Hijri date, occasions) head the columns."""

    ROWS = 24
    PER_SLOT = 3
    HOURLY = True

    def __init__(self, source: CalendarSource, parent: QObject | None = None) -> None:
        super().__init__(source, parent)
        self.days: list[Slot] = []

    def weeks(self) -> int:
        return 1

    def show_week(self, day: dt.date, today: dt.date) -> None:
        self.set_first(week_start(day), today)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.source.time_text(dt.datetime.combine(self.first, dt.time(section)))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            return None
        if not 0 <= section < len(self.days):
            return None
        slot = self.days[section]
        if role == SlotRole:
            return slot
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.source.weekday_name(section)} {slot.day_text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(slot)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.describe(slot)
        return None

    def _build(
        self, page: SlotChips, occasions: dict[dt.date, list[OccasionMark]]
    ) -> list[list[Slot]]:
        by_hour: dict[tuple[dt.date, int], list[PostChip]] = {}
        for chip in page.chips:
            assert chip.scheduled_at is not None
            by_hour.setdefault((chip.scheduled_at.date(), chip.scheduled_at.hour), []).append(chip)
        days = [self.first + dt.timedelta(days=c) for c in range(7)]
        self.days = [self._day_slot(day, occasions, c == 0, None) for c, day in enumerate(days)]
        for when, count in page.counts.items():
            self.days[(when.date() - self.first).days].count += count
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        rows = []
        for hour in range(24):
            row = []
            for day_slot in self.days:
                start = dt.datetime.combine(day_slot.date, dt.time(hour))
                row.append(
                    Slot(
                        day_slot.date,
                        start,
                        start + dt.timedelta(hours=1),
                        False,
                        by_hour.get((day_slot.date, hour), []),
                        day_slot.occasions,
                        True,
                        day_slot.today,
                        day_slot.day_text,
                        day_slot.hijri_text,
                        page.counts.get(start, 0),
                    )
                )
            rows.append(row)
        return rows


def chip_tooltip(source: CalendarSource, chip: PostChip) -> str:
    """A post's tooltip: when, platforms, status, campaign, segment and the start of its text."""
    fmt = source.fmt
    lines = []
    if chip.scheduled_at is not None:
        lines.append(
            f"{fmt.day(chip.scheduled_at.date())}{fmt.comma}{source.time_text(chip.scheduled_at)}"
        )
    lines.append(fmt.join(labels.platform(p) for p in chip.platforms))
    lines.append(f"{labels.post_status(chip.status)} · {labels.content_type(chip.content_type)}")
    campaign = source.campaign_name(chip.campaign_id)
    if campaign:
        lines.append(campaign)
    segment = source.segments.get(chip.segment_id or 0)
    if segment:
        lines.append(segment)
    lines.append("")
    lines.append(chip.excerpt.strip() + ("…" if len(chip.excerpt) >= 80 else ""))
    return "\n".join(lines)
