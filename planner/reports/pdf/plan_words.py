"""The plan PDF's tables: their titles and column names, marked for translation in the
PlanWriter context (the context they were first translated under), and their widths.

A table is data (`Grid`): its builder writes it from its rows, so that each table of the
plan is one line where it is used rather than a translation call per column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.reports.pdf.html import table, titled, translated

ACCOUNT = QT_TRANSLATE_NOOP("PlanWriter", "Account")
ACHIEVED = QT_TRANSLATE_NOOP("PlanWriter", "Achieved")
ACTUAL = QT_TRANSLATE_NOOP("PlanWriter", "Actual")
BASELINE = QT_TRANSLATE_NOOP("PlanWriter", "Baseline")
DATE = QT_TRANSLATE_NOOP("PlanWriter", "Date")
DATES = QT_TRANSLATE_NOOP("PlanWriter", "Dates")
DEADLINE = QT_TRANSLATE_NOOP("PlanWriter", "Deadline")
DUE = QT_TRANSLATE_NOOP("PlanWriter", "Due")
FOLLOWERS = QT_TRANSLATE_NOOP("PlanWriter", "Followers")
GOAL = QT_TRANSLATE_NOOP("PlanWriter", "Goal")
INDICATOR = QT_TRANSLATE_NOOP("PlanWriter", "Indicator")
KEY_MESSAGE = QT_TRANSLATE_NOOP("PlanWriter", "Key message")
MEASUREMENT = QT_TRANSLATE_NOOP("PlanWriter", "Measurement")
NAME = QT_TRANSLATE_NOOP("PlanWriter", "Name")
PAID = QT_TRANSLATE_NOOP("PlanWriter", "Paid promotion")
PHASE = QT_TRANSLATE_NOOP("PlanWriter", "Phase")
PLATFORM = QT_TRANSLATE_NOOP("PlanWriter", "Platform")
PLATFORMS = QT_TRANSLATE_NOOP("PlanWriter", "Platforms")
REPORT = QT_TRANSLATE_NOOP("PlanWriter", "Report")
ROLE = QT_TRANSLATE_NOOP("PlanWriter", "Role")
SEGMENT = QT_TRANSLATE_NOOP("PlanWriter", "Segment")
SHARE = QT_TRANSLATE_NOOP("PlanWriter", "Share")
SIGNATURE = QT_TRANSLATE_NOOP("PlanWriter", "Signature")
STATUS = QT_TRANSLATE_NOOP("PlanWriter", "Status")
TARGET = QT_TRANSLATE_NOOP("PlanWriter", "Target")
TEXT = QT_TRANSLATE_NOOP("PlanWriter", "Text")
TIME = QT_TRANSLATE_NOOP("PlanWriter", "Time")
TYPE = QT_TRANSLATE_NOOP("PlanWriter", "Type")


def columns(*names: str) -> list[str]:
    """The column names, translated."""
    return translated("PlanWriter", *names)


@dataclass(frozen=True)
class Grid:
    """A table of the plan: its title (none: the table alone), columns and their widths (%)."""

    title: str | None
    columns: tuple[str, ...]
    widths: tuple[int, ...]

    def html(self, rows: Sequence[Sequence[str]], rtl: bool, caption: str = "") -> str:
        """The table of `rows` (escaped HTML cells) under its translated title; `caption`
        heads the table itself (see html.table)."""
        grid = table(columns(*self.columns), rows, rtl, self.widths, caption=caption)
        if self.title is None:
            return grid
        return titled(QCoreApplication.translate("PlanWriter", self.title), grid)


CHANNELS = Grid(
    QT_TRANSLATE_NOOP("PlanWriter", "Channels"), (PLATFORM, ACCOUNT, FOLLOWERS), (30, 40, 30)
)
PHASES = Grid(QT_TRANSLATE_NOOP("PlanWriter", "Phases"), (PHASE, DATES, GOAL), (22, 30, 48))
POSTS = Grid(
    None,
    (DATE, TIME, PLATFORMS, TYPE, KEY_MESSAGE, SEGMENT, TEXT, STATUS),
    (15, 7, 11, 8, 11, 10, 27, 11),
)
KPIS = Grid(None, (INDICATOR, BASELINE, TARGET, DEADLINE), (34, 22, 22, 22))
PARTNERS = Grid(
    QT_TRANSLATE_NOOP("PlanWriter", "Partners and influencers"), (NAME, ROLE, ACCOUNT), (45, 25, 30)
)
BUDGET = Grid(None, (PLATFORM, PAID, SHARE), (40, 35, 25))
MEASURES = Grid(
    QT_TRANSLATE_NOOP("PlanWriter", "How each indicator is measured"),
    (INDICATOR, MEASUREMENT, TARGET, ACTUAL, ACHIEVED),
    (18, 38, 15, 15, 14),
)
REPORTS = Grid(QT_TRANSLATE_NOOP("PlanWriter", "Reports due"), (REPORT, DUE), (65, 35))
SIGN_OFF = Grid(None, (NAME, ROLE, SIGNATURE, DATE), (28, 20, 30, 22))
