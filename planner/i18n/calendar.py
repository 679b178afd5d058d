"""Translated messages for the calendar's codes: text limits, schedule warnings, import problems."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain.limits import LimitCode
from planner.domain.model import ContentType, Platform, PostStatus
from planner.domain.scheduling import WarningCode
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP, LabelTable, translator
from planner.reports.calendar_export import ExportWords
from planner.reports.calendar_import import MAX_ROWS, Field, Problem, RowProblem
from planner.reports.calendar_xlsx import EXCEL_CELL_LIMIT, CellTooLongError
from planner.reports.handoff import (
    HOOTSUITE_LEAD,
    Handoff,
    HandoffError,
    HandoffProblem,
    HandoffTool,
)

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


tr = translator("CalendarLabels")


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


warning = LabelTable("CalendarLabels", WARNINGS)


IMPORT_PROBLEMS = {
    Problem.UNREADABLE: QT_TRANSLATE_NOOP(
        "CalendarLabels", "The file could not be read as a spreadsheet (.xlsx or .csv)."
    ),
    Problem.ENCODING: QT_TRANSLATE_NOOP(
        "CalendarLabels",
        "The file is not text in any of the encodings tried (%1): save it from Excel as "
        "“CSV UTF-8” or as .xlsx.",
    ),
    Problem.DATE_ORDER: QT_TRANSLATE_NOOP(
        "CalendarLabels",
        "The dates can be read as day/month or as month/day: choose the order of the dates.",
    ),
    Problem.MIXED_DATE_ORDER: QT_TRANSLATE_NOOP(
        "CalendarLabels",
        "Some dates are written day/month and others month/day: correct them in the file.",
    ),
    Problem.UNKNOWN_TYPE: QT_TRANSLATE_NOOP("CalendarLabels", "“%1” is not a type of post"),
    Problem.UNKNOWN_SEGMENT: QT_TRANSLATE_NOOP("CalendarLabels", "no segment is called “%1”"),
    Problem.UNKNOWN_MESSAGE: QT_TRANSLATE_NOOP(
        "CalendarLabels", "the campaign has no key message “%1”"
    ),
    Problem.UNKNOWN_PHASE: QT_TRANSLATE_NOOP("CalendarLabels", "the campaign has no phase “%1”"),
    Problem.BAD_MARK: QT_TRANSLATE_NOOP(
        "CalendarLabels", "“%1” is not a mark (TRUE/FALSE, x, ✓ or empty)"
    ),
    Problem.EMPTY: QT_TRANSLATE_NOOP("CalendarLabels", "The file has no rows under its header."),
    Problem.NO_TEXT_COLUMN: QT_TRANSLATE_NOOP(
        "CalendarLabels", "Choose the column that holds the posts' text."
    ),
    Problem.BAD_DATE: QT_TRANSLATE_NOOP("CalendarLabels", "“%1” is not a date"),
    Problem.BAD_TIME: QT_TRANSLATE_NOOP("CalendarLabels", "“%1” is not a time"),
    Problem.NO_PLATFORM: QT_TRANSLATE_NOOP(
        "CalendarLabels", "no platform: name one in the file, or choose the platform of every row"
    ),
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
    Field.CONTENT_TYPE: QT_TRANSLATE_NOOP("CalendarLabels", "Type"),
    Field.SEGMENT: QT_TRANSLATE_NOOP("CalendarLabels", "Segment"),
    Field.NOTES: QT_TRANSLATE_NOOP("CalendarLabels", "Notes"),
    Field.KEY_MESSAGE: QT_TRANSLATE_NOOP("CalendarLabels", "Key message"),
    Field.PHASE: QT_TRANSLATE_NOOP("CalendarLabels", "Phase"),
    Field.KEY: QT_TRANSLATE_NOOP("CalendarLabels", "Post key"),
}


field_name = LabelTable("CalendarLabels", FIELDS)


def import_problem(problem: RowProblem) -> str:
    """ "Row 7, column “Channel”: “Threads” is not a platform" (the file's problem alone)."""
    text = _t(IMPORT_PROBLEMS[problem.problem]).replace("%1", problem.value)
    if problem.row <= 0:
        return text
    if problem.column:
        return (
            _t("Row %1, column “%2”: %3")
            .replace("%1", str(problem.row))
            .replace("%2", problem.column)
            .replace("%3", text)
        )
    return _t("Row %1: %2").replace("%1", str(problem.row)).replace("%2", text)


def import_problem_text(problem: str, value: str = "") -> str:
    """One problem's words, without a row (the CLI's --platform NAME, for one)."""
    return _t(IMPORT_PROBLEMS[Problem(problem)]).replace("%1", value)


def table_problem(problem: Problem, detail: str, fmt: Formatter) -> str:
    """Why a whole file is refused; a limit it names is written by `fmt` (counted)."""
    if problem is Problem.TOO_MANY_ROWS:
        text = QCoreApplication.translate(
            "CalendarLabels", "The file has more than %n rows: split it first.", None, MAX_ROWS
        )
        return fmt.counted(text, MAX_ROWS)
    return _t(IMPORT_PROBLEMS[problem]).replace("%1", detail)


# The counts below are written by `fmt` before any %1 is filled, so that the digits of a
# file name or a campaign name are never taken for the count.
def nothing_imported(n: int, shown: str, fmt: Formatter) -> str:
    """The command line's refusal: how many bad rows, and the first of them."""
    text = QCoreApplication.translate("CalendarLabels", "nothing imported, %n bad rows: %1", "", n)
    return fmt.counted(text, n).replace("%1", shown)


def imported(n: int, file_name: str, fmt: Formatter) -> str:
    text = QCoreApplication.translate("CalendarLabels", "%n posts imported from %1", "", n)
    return fmt.counted(text, n).replace("%1", file_name)


def skipped(n: int, fmt: Formatter) -> str:
    text = QCoreApplication.translate(
        "CalendarLabels", "%n rows already in the workspace, skipped", "", n
    )
    return fmt.counted(text, n)


def updated(n: int, fmt: Formatter) -> str:
    return fmt.counted(QCoreApplication.translate("CalendarLabels", "%n posts updated", "", n), n)


def created(n: int, names: str, fmt: Formatter) -> str:
    text = QCoreApplication.translate("CalendarLabels", "%n campaigns created: %1", "", n)
    return fmt.counted(text, n).replace("%1", names)


def untimed(n: int, time: str, fmt: Formatter) -> str:
    text = QCoreApplication.translate("CalendarLabels", "%n posts without a time set at %1", "", n)
    return fmt.counted(text, n).replace("%1", time)


def ready(n: int, fmt: Formatter) -> str:
    text = QCoreApplication.translate("CalendarLabels", "%n posts are ready to import.", "", n)
    return fmt.counted(text, n)


def to_correct(n: int, fmt: Formatter) -> str:
    text = QCoreApplication.translate(
        "CalendarLabels",
        "%n rows need correcting: correct them in the file, or choose other columns. "
        "Nothing is imported until every row is good.",
        "",
        n,
    )
    return fmt.counted(text, n)


def already(n: int, rows: str, fmt: Formatter) -> str:
    text = QCoreApplication.translate(
        "CalendarLabels", "%n of them already in the workspace (rows %1).", "", n
    )
    return fmt.counted(text, n).replace("%1", rows)


def wrong_suffix(file_name: str, suffix: str) -> str:
    return _t("%1: expected a %2 file").replace("%1", file_name).replace("%2", suffix)


def no_such_file(file_name: str) -> str:
    return _t("%1: no such file").replace("%1", file_name)


def not_imported(columns: str) -> str:
    return _t("Columns not imported: %1").replace("%1", columns)


def missing_campaigns(n: int, names: str, fmt: Formatter) -> str:
    text = QCoreApplication.translate(
        "CalendarLabels", "%n campaigns named in the file do not exist yet: %1", "", n
    )
    return fmt.counted(text, n).replace("%1", names)


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
        key_message=_t("Key message"),
        phase=_t("Phase"),
        key=_t("Post key"),
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
    QT_TRANSLATE_NOOP("CalendarLabels", "Row %1, column “%2”: %3"),
    QT_TRANSLATE_NOOP("CalendarLabels", "Columns not imported: %1"),
    QT_TRANSLATE_NOOP("CalendarLabels", "%1: expected a %2 file"),
    QT_TRANSLATE_NOOP("CalendarLabels", "%1: no such file"),
)


TOOL_NAMES = {HandoffTool.HOOTSUITE: "Hootsuite", HandoffTool.META: "Meta Business Suite"}
HANDOFF_PROBLEMS = {
    HandoffProblem.NOT_DOCUMENTED: QT_TRANSLATE_NOOP(
        "CalendarLabels",
        "%1 does not publish the layout of its bulk upload file, so no file is made for it "
        "(the program does not guess). Use the Excel export instead.",
    ),
    HandoffProblem.NOTHING: QT_TRANSLATE_NOOP(
        "CalendarLabels", "There is no approved or scheduled post to hand off to %1 here."
    ),
}
_HANDOFF_LINES = (
    QT_TRANSLATE_NOOP("CalendarLabels", "%1 — %2, posts: %3"),
    QT_TRANSLATE_NOOP(
        "CalendarLabels", "Not handed off — %1, posts: %2 (%3 does not publish there)"
    ),
)


def handoff_problem(exc: HandoffError) -> str:
    return _t(HANDOFF_PROBLEMS[exc.problem]).replace("%1", TOOL_NAMES[exc.tool])


def handoff_summary(tool: HandoffTool, done: Handoff, fmt: Formatter) -> list[str]:
    """One line per file written, and one per kind of post left out, with its count in the
    chosen digits."""
    lines = [
        _t("%1 — %2, posts: %3")
        .replace("%1", f.path.name)
        .replace("%2", labels.platform(f.platform))
        .replace("%3", fmt.integer(f.posts))
        for f in done.files
    ]
    lines += [
        _t("Not handed off — %1, posts: %2 (%3 does not publish there)")
        .replace("%1", labels.platform(platform))
        .replace("%2", fmt.integer(count))
        .replace("%3", TOOL_NAMES[tool])
        for platform, count in done.unsupported.items()
    ]
    if done.too_soon:
        minutes = HOOTSUITE_LEAD // dt.timedelta(minutes=1)
        text = QCoreApplication.translate(
            "CalendarLabels",
            "Not handed off — posts in the past or less than %n minutes ahead: %1",
            None,
            minutes,
        )
        lines.append(fmt.counted(text, minutes).replace("%1", fmt.integer(done.too_soon)))
    return lines


def cell_too_long(exc: CellTooLongError, when: str, fmt: Formatter) -> str:
    """Why the Excel export was refused; `when` is the post's date and time, formatted."""
    text = QCoreApplication.translate(
        "CalendarLabels",
        "The post of %1 cannot go into Excel: its “%2” is longer than the %n characters a "
        "cell holds. Nothing was written; export the calendar as CSV instead.",
        None,
        EXCEL_CELL_LIMIT,
    )
    return fmt.counted(text, EXCEL_CELL_LIMIT).replace("%1", when).replace("%2", exc.column)
