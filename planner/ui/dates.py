"""Date boxes that write the officer's language and chosen digits: one rule for every screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from planner.digits import Digits
from planner.formatting import Formatter

_OMAN = (QLocale.Language.Arabic, QLocale.Country.Oman)  # Arabic months, ١٢٣
_EMIRATES = (QLocale.Language.Arabic, QLocale.Country.UnitedArabEmirates)  # same months, 123
_BRITISH = (QLocale.Language.English, QLocale.Country.UnitedKingdom)

# The one pattern of every date box and every date-and-time box (docs/formats.md): day first,
# as Oman writes dates, 24-hour time without seconds.
DATE_BOX = "dd/MM/yyyy"
DATETIME_BOX = "dd/MM/yyyy  HH:mm"
TIME_BOX = "HH:mm"


def date_locale(fmt: Formatter, month_names: bool = False) -> QLocale:
    """The Qt locale that writes dates in the language and digits the officer chose.

    A date box writes its locale's digits whatever the setting: Oman's Arabic writes ١٢٣,
    the Emirates' Arabic (the same month names; not Algeria's, whose months are جانفي,
    فيفري...) 123, British English 123. No English locale writes ١٢٣: English with
    Arabic-Indic digits takes Oman's locale for a numeric date, but keeps English month names
    (and so Latin digits) where the pattern names the month (`month_names`).
    """
    if fmt.lang != "ar" and (month_names or fmt.digits is Digits.LATIN):
        return QLocale(*_BRITISH)
    return QLocale(*(_OMAN if fmt.digits is Digits.ARABIC_INDIC else _EMIRATES))


def follow_digits(edit: QDateTimeEdit, fmt: Formatter, pattern: str) -> None:
    """Write a numeric date box (`pattern` like "dd/MM/yyyy  HH:mm"), and its calendar's day
    numbers, in the chosen digits. The calendar keeps the interface's month names: in
    English it stays British (Latin day numbers)."""
    # Left to right in Arabic too, set before the pattern: Qt reverses the pattern of a
    # right-to-left box ("HH:mm" showed 13:00 as 00:13). Laid out left to right,
    # Arabic-Indic digits still read as Arabic text does, and Latin ones as 2026-11-08.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(pattern)
    locale = date_locale(fmt)
    edit.setLocale(locale)
    calendar = edit.calendarWidget()
    if calendar is not None:
        calendar.setLocale(locale if fmt.lang == "ar" else QLocale(*_BRITISH))


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
