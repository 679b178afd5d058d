"""Translated messages for the calendar's codes: text limits, schedule warnings, import problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner.domain.limits import LimitCode
from planner.domain.scheduling import WarningCode

LIMITS = {
    LimitCode.TOO_LONG: QT_TRANSLATE_NOOP("CalendarLabels", "%1 over the limit of %2"),
    LimitCode.TOO_MANY_HASHTAGS: QT_TRANSLATE_NOOP(
        "CalendarLabels", "%1 hashtags: at most %2 are allowed"),
    LimitCode.TOO_MANY_MENTIONS: QT_TRANSLATE_NOOP(
        "CalendarLabels", "%1 mentions: at most %2 are allowed"),
    LimitCode.FORBIDDEN_CHARACTERS: QT_TRANSLATE_NOOP(
        "CalendarLabels", "%1 characters the platform refuses"),
}

WARNINGS = {
    WarningCode.SAME_ACCOUNT_WITHIN_HOUR: QT_TRANSLATE_NOOP(
        "CalendarLabels", "Another post goes out on %1 within an hour of this one (at %2)."),
    WarningCode.OUTSIDE_CAMPAIGN: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The date is outside the campaign (%1)."),
    WarningCode.OUTSIDE_PHASE: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The date is outside its phase (%1)."),
    WarningCode.ON_QUIET_OCCASION: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The day is a quiet occasion: campaign posts should not go out."),
}


def tr(source: str) -> str:
    return QCoreApplication.translate("CalendarLabels", source)


def limit(code: LimitCode) -> str:
    return tr(LIMITS[code])


def warning(code: WarningCode) -> str:
    return tr(WARNINGS[code])
