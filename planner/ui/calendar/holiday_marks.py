"""How an occasion band looks: observances tinted, public holidays solid across their span."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from planner.domain.holidays import Holiday
from planner.formatting import Formatter
from planner.palette import ACCENT
from planner.ui import theme
from planner.ui.calendar.source import OccasionMark

QUIET = "#dc2626"
HOLIDAY = "#0f766e"  # a public holiday: teal, apart from the accent of observances


def _tint(colour: str, alpha: int) -> QColor:
    fill = QColor(colour)
    fill.setAlpha(alpha)
    return fill


def band_colours(mark: OccasionMark) -> tuple[QColor, QColor]:
    """(text colour, fill) of an occasion's band. An announced (or moved) public holiday is
    solid with white text; a forecast one is a strong tint; observances a light tint."""
    if mark.holiday is not None:
        if mark.holiday.forecast:
            return QColor(HOLIDAY).darker(130), _tint(HOLIDAY, 70)
        return QColor("#ffffff"), QColor(HOLIDAY)
    colour = QUIET if mark.quiet else ACCENT
    text = QColor(colour)
    if theme.is_dark():  # the accent on a dark cell is too dim to read: lighten the words
        text = text.lighter(190)
    return text, _tint(colour, 30)


def span_band(cell: QRect, top: int, height: int, gap: int, mark: OccasionMark, rtl: bool) -> QRect:
    """The band of an occasion in a day cell: a holiday's band reaches the cell's edge on a
    side where its span goes on (so the days join into one bar), an observance keeps a gap."""
    left = right = gap
    holiday = mark.holiday
    if holiday is not None and mark.day is not None:
        before, after = holiday.first < mark.day, holiday.last > mark.day
        left_on, right_on = (after, before) if rtl else (before, after)
        left, right = (0 if left_on else gap), (0 if right_on else gap)
    return QRect(cell.left() + left, top, cell.width() - left - right, height)


def shows_name(mark: OccasionMark, first_column: bool) -> bool:
    """A holiday's name is written on its first day and where a week row starts; the other
    days of its span show the bar alone."""
    holiday = mark.holiday
    if holiday is None or mark.day is None:
        return True
    return mark.day == holiday.first or first_column


def span_text(fmt: Formatter, holiday: Holiday) -> str:
    """A holiday's days as written: one date, or "19 – 23 March 2026"."""
    if holiday.first == holiday.last:
        return fmt.date(holiday.first, "d MMMM y")
    return fmt.date_range(holiday.first, holiday.last)
