"""The month grid (a cell per day) and the week grid (a row per hour, a top row per day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from planner.palette import ACCENT
from planner.ui.calendar.chips import GAP, PAD
from planner.ui.calendar.grid import ChipGrid
from planner.ui.calendar.holiday_marks import band_colours, span_band
from planner.ui.calendar.models import MonthModel, Slot, SlotRole, WeekModel
from planner.ui.calendar.source import CalendarSource


class MonthGrid(ChipGrid):
    """Six weeks of day cells that share the height; weekdays over the columns."""

    def __init__(self, source: CalendarSource, parent: QWidget | None = None) -> None:
        self.month_model = MonthModel(source)
        super().__init__(source, self.month_model, parent)
        self.month_model.setParent(self)
        self.setAccessibleName(self.tr("Month"))
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(48)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(60)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class WeekHeader(QHeaderView):
    """The week's day headings: weekday and date, the Hijri date, the day's first occasion."""

    LINES = 3

    def __init__(self, grid: ChipGrid) -> None:
        super().__init__(Qt.Orientation.Horizontal, grid)
        self.grid = grid
        self.setSectionsClickable(False)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.LINES * (self.grid.delegate.line + GAP) + 3 * GAP)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        slot: Slot | None = self.model().headerData(logical, Qt.Orientation.Horizontal, SlotRole)
        if slot is None:
            return
        palette = QGuiApplication.palette()
        painter.save()
        painter.fillRect(
            rect,
            palette.color(
                QPalette.ColorRole.AlternateBase if slot.weekend else QPalette.ColorRole.Base
            ),
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        line = self.grid.delegate.line
        box = QRect(rect.left() + PAD, rect.top() + GAP, rect.width() - 2 * PAD, line)
        font = QFont(self.grid.delegate.bold)
        painter.setFont(font)
        painter.setPen(QColor(ACCENT) if slot.today else palette.color(QPalette.ColorRole.Text))
        title = self.model().headerData(logical, Qt.Orientation.Horizontal)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignCenter,
            painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, box.width()),
        )
        if slot.today:
            painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 3), QColor(ACCENT))
        painter.setFont(self.grid.delegate.small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        box.translate(0, line + GAP)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, slot.hijri_text)
        if slot.occasions:
            band = QRect(rect.left() + GAP, box.bottom() + GAP + 1, rect.width() - 2 * GAP, line)
            occasion = slot.occasions[0]
            colour, fill = band_colours(occasion)
            rtl = self.isRightToLeft()
            painter.fillRect(span_band(rect, band.top(), line, GAP, occasion, rtl), fill)
            painter.setPen(colour)
            name = ("~ " if occasion.approximate else "") + occasion.name
            if len(slot.occasions) > 1:
                name += f" (+{self.grid.source.fmt.integer(len(slot.occasions) - 1)})"
            painter.drawText(
                band.adjusted(PAD, 0, -PAD, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(
                    name, Qt.TextElideMode.ElideRight, band.width() - 2 * PAD
                ),
            )
        painter.restore()


class WeekGrid(ChipGrid):
    """One week: days across, hours down; a post dropped on an hour keeps its minutes."""

    show_day_numbers = False
    fills_height = False
    vertical_delta = dt.timedelta(hours=1)
    HOUR_HEIGHT = 46
    FIRST_HOUR = 7  # scrolled to on opening a week with no post: the working day starts

    def __init__(self, source: CalendarSource, parent: QWidget | None = None) -> None:
        self.week_model = WeekModel(source)
        super().__init__(source, self.week_model, parent)
        self.week_model.setParent(self)
        self.setAccessibleName(self.tr("Week"))
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # an hour holds one chip of two lines (platform, time, title), or two of one line
        hour = max(self.HOUR_HEIGHT, self.delegate.chips.tall + 3 * GAP)
        vertical.setDefaultSectionSize(hour)
        bold = QFont(self.font())
        bold.setBold(True)
        vertical.setMinimumWidth(QFontMetrics(bold).horizontalAdvance("00:00") + 4 * PAD)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setHorizontalHeader(WeekHeader(self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(60)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def first_post_hour(self) -> int | None:
        """The earliest hour of the week that holds a post, None for an empty week."""
        model = self.week_model
        for row in range(model.rowCount()):
            for column in range(7):
                slot = model.slot_at(row, column)
                if slot is not None and slot.count:
                    return slot.start.hour
        return None

    def scroll_to_first_post(self) -> None:
        """Open a week where its posts are (most go out in the evening), not at 07:00."""
        hour = self.first_post_hour()
        self.scroll_to_hour(self.FIRST_HOUR if hour is None else hour)

    def scroll_to_hour(self, hour: int) -> None:
        self.scrollTo(self.model().index(hour, 0), QAbstractItemView.ScrollHint.PositionAtTop)
