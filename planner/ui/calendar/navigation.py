"""Moving about the calendar: month, week or list, the period shown, and the selected post.

A mixin of CalendarView (it uses the view's source, grids and bars); it holds no translated
text, so every string stays in the "CalendarView" translation context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from planner.ui.calendar.agenda import AgendaView
from planner.ui.calendar.grids import MonthGrid, WeekGrid
from planner.ui.calendar.models import Slot
from planner.ui.calendar.slot_posts import SlotPosts
from planner.ui.calendar.source import CalendarSource
from planner.ui.calendar.toolbar import FilterBar, PeriodBar

if TYPE_CHECKING:
    from planner.formatting import Formatter


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class Navigation:
    """The period around `anchor` in the chosen view, and which post is selected in it."""

    # given by CalendarView
    fmt: Formatter
    now: Callable[[], dt.datetime]
    source: CalendarSource
    anchor: dt.date
    mode: str
    title: QLabel
    period: QLabel
    bar: PeriodBar
    filters: FilterBar
    stack: QStackedWidget
    month: MonthGrid
    week: WeekGrid
    agenda: AgendaView
    _warmer: MonthGrid | None
    _warm_timer: QTimer

    if TYPE_CHECKING:

        def show_period(self) -> None: ...

        def open_post(self, post_id: int) -> None: ...

    # navigation ----------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.bar.set_mode(mode)
        self.stack.setCurrentWidget(
            {"month": self.month, "week": self.week, "list": self.agenda}[mode]
        )
        self.filters.search.setVisible(mode == "list")
        self.show_period()
        if mode == "week":
            self.week.scroll_to_first_post()

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            self.anchor = add_months(self.anchor, direction)
        self.show_period()
        if self.mode == "week":
            self.week.scroll_to_first_post()

    def go_today(self) -> None:
        self.anchor = self.now().date()
        self.show_period()
        if self.mode == "week":
            self.week.scroll_to_first_post()

    def show_day(self, day: dt.date) -> None:
        """Show one day's posts in full: the week view, scrolled to the first of them."""
        self.anchor = day
        self.set_mode("week")

    def show_slot_posts(self, slot: Slot) -> SlotPosts:
        """List every post of a crowded week slot in a popup under its "+N more" line."""
        index = self.week.week_model.index_of_time(slot.start)
        rect = self.week.visualRect(index)
        more = self.week.delegate.chip_layout(rect, slot).more or rect
        popup = SlotPosts(self.source, cast(QWidget, self))
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.postActivated.connect(self.open_post)
        popup.show_slot(slot, QRect(self.week.viewport().mapToGlobal(more.topLeft()), more.size()))
        return popup

    def show_date_of(self, when: dt.datetime | None) -> None:
        if when is not None:
            self.anchor = when.date()
            self.show_period()

    def warm_neighbours(self) -> None:
        """While the officer reads a month, read and paint the months before and after it
        offscreen: posts, day headings and shaped texts are then ready for the next step
        (a first visit to a month otherwise costs several times a second one)."""
        if self.mode != "month" or not self.month.isVisible():
            return
        if self._warmer is None:
            self._warmer = MonthGrid(self.source, cast(QWidget, self))
            self._warmer.hide()
            self._warmer.delegate.keep_at_once = True
        warmer = self._warmer
        warmer.resize(self.month.size())
        image = QImage(self.month.size(), QImage.Format.Format_ARGB32_Premultiplied)
        for direction in (1, -1):
            warmer.month_model.per_slot = self.month.month_model.per_slot
            warmer.month_model.show_month(add_months(self.anchor, direction), self.now().date())
            warmer.render(image)

    def _week_title(self, first: dt.date, last: dt.date) -> str:
        """ "22 – 28 November 2026" (or across months: "29 November – 5 December 2026")."""
        if first.month == last.month:
            return f"{self.fmt.digits_of(str(first.day))} – {self.fmt.date(last, 'd MMMM y')}"
        return self.fmt.date_range(first, last)

    def _month_title(self, day: dt.date) -> None:
        first = day.replace(day=1)
        last = add_months(first, 1) - dt.timedelta(days=1)
        self.title.setText(self.fmt.date(first, "MMMM y"))
        self.period.setText(
            f"{self.source.hijri_short(first, True)} – {self.source.hijri_short(last, True)}"
        )

    # selection -----------------------------------------------------------------------------
    def current_grid(self) -> MonthGrid | WeekGrid | None:
        return {"month": self.month, "week": self.week}.get(self.mode)  # type: ignore[return-value]

    def selected_post(self) -> int | None:
        grid = self.current_grid()
        if grid is not None:
            return grid.selected_post
        return self.agenda.selected_post()

    def select_post(self, post_id: int) -> bool:
        grid = self.current_grid()
        if grid is not None:
            return grid.select_post(post_id)
        return self.agenda.select_post(post_id)
