"""Translated messages for the calendar's codes: text limits, schedule warnings, import problems."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner import labels
from planner.domain.limits import LimitCode
from planner.domain.model import ContentType, Platform, PostStatus
from planner.domain.scheduling import WarningCode
from planner.reports.calendar_export import ExportWords
from planner.reports.calendar_import import Field, Problem, RowProblem

WARNINGS = {
    WarningCode.SAME_ACCOUNT_WITHIN_HOUR: QT_TRANSLATE_NOOP(
        "CalendarLabels", "Another post goes out on %1 within an hour of this one (at %2)."
    ),
    WarningCode.OUTSIDE_CAMPAIGN: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The date is outside the campaign (%1)."
    ),
    WarningCode.OUTSIDE_PHASE: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The date is outside its phase (%1)."
    ),
    WarningCode.ON_QUIET_OCCASION: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The day is a quiet occasion: campaign posts should not go out."
    ),
}


def tr(source: str) -> str:
    return QCoreApplication.translate("CalendarLabels", source)


_t = tr  # for literals below: lupdate reads them from QT_TRANSLATE_NOOP, not from here


def limit(code: LimitCode, n: int) -> str:
    """A broken limit, counted: `n` is the figure (for TOO_LONG, how far over), written by
    Qt's %n; the limit itself stays %1."""
    if code is LimitCode.TOO_LONG:
        return QCoreApplication.translate("CalendarLabels", "%n over the limit of %1", None, n)
    if code is LimitCode.TOO_MANY_HASHTAGS:
        return QCoreApplication.translate(
            "CalendarLabels", "%n hashtags: at most %1 are allowed", None, n
        )
    if code is LimitCode.TOO_MANY_MENTIONS:
        return QCoreApplication.translate(
            "CalendarLabels", "%n mentions: at most %1 are allowed", None, n
        )
    return QCoreApplication.translate(
        "CalendarLabels", "%n characters the platform refuses", None, n
    )


def warning(code: WarningCode) -> str:
    return tr(WARNINGS[code])


IMPORT_PROBLEMS = {
    Problem.UNREADABLE: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The file could not be read as a spreadsheet (.xlsx or .csv)."
    ),
    Problem.EMPTY: QT_TRANSLATE_NOOP("CalendarLabels", "The file has no rows under its header."),
    Problem.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The file has more than 20,000 rows: split it first."
    ),
    Problem.NO_TEXT_COLUMN: QT_TRANSLATE_NOOP(
        "CalendarLabels", "Choose the column that holds the posts' text."
    ),
    Problem.BAD_DATE: QT_TRANSLATE_NOOP("CalendarLabels", "“%1” is not a date"),
    Problem.BAD_TIME: QT_TRANSLATE_NOOP("CalendarLabels", "“%1” is not a time"),
    Problem.NO_PLATFORM: QT_TRANSLATE_NOOP("CalendarLabels", "no platform"),
    Problem.UNKNOWN_PLATFORM: QT_TRANSLATE_NOOP("CalendarLabels", "“%1” is not a platform"),
    Problem.NO_TEXT: QT_TRANSLATE_NOOP("CalendarLabels", "no text"),
    Problem.UNKNOWN_CAMPAIGN: QT_TRANSLATE_NOOP("CalendarLabels", "no campaign is called “%1”"),
    Problem.UNKNOWN_STATUS: QT_TRANSLATE_NOOP("CalendarLabels", "“%1” is not a status"),
    Problem.SCHEDULED_WITHOUT_DATE: QT_TRANSLATE_NOOP(
        "CalendarLabels", "scheduled but without a date"
    ),
}

FIELDS = {
    Field.DATE: QT_TRANSLATE_NOOP("CalendarLabels", "Date"),
    Field.TIME: QT_TRANSLATE_NOOP("CalendarLabels", "Time"),
    Field.PLATFORM: QT_TRANSLATE_NOOP("CalendarLabels", "Platforms"),
    Field.TEXT: QT_TRANSLATE_NOOP("CalendarLabels", "Text"),
    Field.CAMPAIGN: QT_TRANSLATE_NOOP("CalendarLabels", "Campaign"),
    Field.STATUS: QT_TRANSLATE_NOOP("CalendarLabels", "Status"),
}


def field_name(f: Field) -> str:
    return tr(FIELDS[f])


def import_problem(problem: RowProblem) -> str:
    """ "Row 7: “Threads” is not a platform" (or the file's problem, without a row)."""
    text = _t(IMPORT_PROBLEMS[problem.problem]).replace("%1", problem.value)
    if problem.row <= 0:
        return text
    return _t("Row %1: %2").replace("%1", str(problem.row)).replace("%2", text)


def table_problem(problem: Problem) -> str:
    return _t(IMPORT_PROBLEMS[problem])


def export_words() -> ExportWords:
    """The words of an export, in the interface's language."""
    return ExportWords(
        sheet=_t("Content calendar"),
        date=_t("Date"),
        time=_t("Time"),
        weekday=_t("Day"),
        hijri=_t("Hijri date"),
        platforms=_t("Platforms"),
        text=_t("Text"),
        campaign=_t("Campaign"),
        status=_t("Status"),
        content_type=_t("Type"),
        segment=_t("Segment"),
        notes=_t("Notes"),
        text_for=_t("Text for %1"),
        statuses={s: labels.post_status(s) for s in PostStatus},
        platform_names={p: labels.platform(p) for p in Platform},
        content_types={t: labels.content_type(t) for t in ContentType},
        calendar_name=_t("Content calendar"),
    )


_EXPORT_WORDS = (
    QT_TRANSLATE_NOOP("CalendarLabels", "Content calendar"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Day"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Hijri date"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Type"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Segment"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Notes"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Text for %1"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Row %1: %2"),
)
