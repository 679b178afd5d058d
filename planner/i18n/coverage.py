"""Translated words of the coverage area: import problems and statistics fields."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.domain.coverage.stats_checks import StatWarning, StatWarningKind
from planner.domain.coverage.stats_csv import ImportProblem, StatsImportError
from planner.domain.coverage.stats_layouts import LayoutKind, StatField
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP, LabelTable, translator

PROBLEMS = {
    ImportProblem.EMPTY: QT_TRANSLATE_NOOP("Coverage", "The file is empty."),
    ImportProblem.BAD_ENCODING: QT_TRANSLATE_NOOP(
        "Coverage", "The file is not UTF-8 text (line %1). Save it again as “CSV UTF-8”."
    ),
    ImportProblem.NO_ROWS: QT_TRANSLATE_NOOP("Coverage", "The file has a header but no rows."),
    ImportProblem.UNKNOWN_LAYOUT: QT_TRANSLATE_NOOP(
        "Coverage",
        "These columns (%3) are not an export of X or Meta Business Suite: map "
        "the columns yourself.",
    ),
    ImportProblem.MISSING_COLUMN: QT_TRANSLATE_NOOP(
        "Coverage", "The column “%2” is not in the file."
    ),
    ImportProblem.NO_PLATFORM: QT_TRANSLATE_NOOP(
        "Coverage", "Say which platform the figures are from, or which column names it."
    ),
    ImportProblem.BAD_PLATFORM: QT_TRANSLATE_NOOP(
        "Coverage", "Line %1: “%3” in column “%2” is not a platform."
    ),
    ImportProblem.BAD_DATE: QT_TRANSLATE_NOOP(
        "Coverage", "Line %1: “%3” in column “%2” is not a date that can be read."
    ),
    ImportProblem.BAD_NUMBER: QT_TRANSLATE_NOOP(
        "Coverage", "Line %1: “%3” in column “%2” is not a number."
    ),
    ImportProblem.NO_FIGURES: QT_TRANSLATE_NOOP(
        "Coverage", "No column of figures (impressions, reach, engagements …) is chosen."
    ),
}

LAYOUTS = {
    LayoutKind.X_CONTENT: QT_TRANSLATE_NOOP("Coverage", "X post analytics (content) export"),
    LayoutKind.X_LEGACY: QT_TRANSLATE_NOOP("Coverage", "X tweet activity export"),
    LayoutKind.META_FACEBOOK: QT_TRANSLATE_NOOP(
        "Coverage", "Meta Business Suite content export (Facebook)"
    ),
    LayoutKind.META_INSTAGRAM: QT_TRANSLATE_NOOP(
        "Coverage", "Meta Business Suite content export (Instagram)"
    ),
    LayoutKind.CUSTOM: QT_TRANSLATE_NOOP("Coverage", "columns mapped by hand"),
}

FIELDS = {
    StatField.PUBLISHED: QT_TRANSLATE_NOOP("Coverage", "Date and time published"),
    StatField.POST_ID: QT_TRANSLATE_NOOP("Coverage", "Post id"),
    StatField.TEXT: QT_TRANSLATE_NOOP("Coverage", "Post text"),
    StatField.PLATFORM: QT_TRANSLATE_NOOP("Coverage", "Platform"),
    StatField.IMPRESSIONS: QT_TRANSLATE_NOOP("Coverage", "Impressions"),
    StatField.REACH: QT_TRANSLATE_NOOP("Coverage", "Reach"),
    StatField.ENGAGEMENTS: QT_TRANSLATE_NOOP("Coverage", "Engagements"),
    StatField.LIKES: QT_TRANSLATE_NOOP("Coverage", "Likes"),
    StatField.COMMENTS: QT_TRANSLATE_NOOP("Coverage", "Comments"),
    StatField.SHARES: QT_TRANSLATE_NOOP("Coverage", "Shares"),
    StatField.SAVES: QT_TRANSLATE_NOOP("Coverage", "Saves"),
    StatField.CLICKS: QT_TRANSLATE_NOOP("Coverage", "Clicks"),
}


tr = translator("Coverage")


def problem(error: StatsImportError) -> str:
    """The refusal in words: line, column and value filled in."""
    return (
        tr(PROBLEMS[error.problem])
        .replace("%1", str(error.line))
        .replace("%2", error.column)
        .replace("%3", error.value)
    )


layout = LabelTable("Coverage", LAYOUTS)
field = LabelTable("Coverage", FIELDS)


def _lines(lines: tuple[int, ...], fmt: Formatter) -> str:
    shown = ("، " if fmt.lang == "ar" else ", ").join(fmt.integer(n) for n in lines[:12])
    return shown + ("…" if len(lines) > 12 else "")


def stat_warning(warning: StatWarning, fmt: Formatter) -> str:
    """A warning of a statistics import in words, with its count and lines in the chosen
    digits."""
    if warning.kind is StatWarningKind.MANGLED_ID:
        text = QCoreApplication.translate(
            "Coverage",
            "%n lines with a post id Excel turned into a rounded number (“%2”): those rows "
            "cannot be told apart or matched (lines %1)",
            "",
            len(warning.lines),
        )
    elif warning.kind is StatWarningKind.DUPLICATE:
        text = QCoreApplication.translate(
            "Coverage",
            "%n lines are the same post (“%2”): only the last is stored (lines %1)",
            "",
            len(warning.lines),
        )
    else:
        text = QCoreApplication.translate(
            "Coverage",
            "%n dates read month/day as the export writes them, but they could be "
            "day/month if the file was saved again by Excel (lines %1)",
            "",
            len(warning.lines),
        )
    text = fmt.counted(text, len(warning.lines))
    return text.replace("%1", _lines(warning.lines, fmt)).replace("%2", warning.value)


def not_accepted(count: int, fmt: Formatter) -> str:
    text = QCoreApplication.translate(
        "Coverage",
        "nothing imported: %n things to check first (import with --accept-warnings once checked)",
        "",
        count,
    )
    return fmt.counted(text, count)


def accept_question() -> str:
    return QCoreApplication.translate("Coverage", "Import the file even so?")


def imported_stats(
    file_name: str, rows: int, layout_name: str, matched: int, unmatched: int, fmt: Formatter
) -> str:
    """The command line's report of a statistics import, its numbers in the chosen digits."""
    text = QCoreApplication.translate(
        "Coverage",
        "%1: %n rows imported (%2), %3 matched to planned posts, %4 unmatched",
        "",
        rows,
    )
    return (
        fmt.counted(text, rows)
        .replace("%3", fmt.integer(matched))
        .replace("%4", fmt.integer(unmatched))
        .replace("%2", layout_name)
        .replace("%1", file_name)
    )


def unmatched_row(description: str) -> str:
    return QCoreApplication.translate("Coverage", "unmatched: %1").replace("%1", description)
