"""Reading an officer's content calendar from Excel or CSV: columns, mapping, checked rows.

Qt-free. `read_table` reads the cells (any encoding, the header row wherever it is);
`guess_mapping` proposes which column holds what; `parse` checks every row and returns
either posts (all rows good) or the problems of the bad rows, by their row number and
column in the sheet. Nothing is written here.
"""

from __future__ import annotations

from pathlib import Path

from planner.domain.progress import Progress
from planner.reports.calendar_import.dates import parse_date, parse_time
from planner.reports.calendar_import.layouts import (
    HEADERLESS,
    guess_mapping,
    header_score,
    unused_columns,
)
from planner.reports.calendar_import.model import (
    MAX_ROWS,
    CampaignName,
    DateOrder,
    Field,
    Names,
    OnDuplicate,
    Options,
    Parsed,
    Problem,
    RowProblem,
    Table,
    TableError,
)
from planner.reports.calendar_import.platforms import parse_platforms, platform_named
from planner.reports.calendar_import.reading import TRIED
from planner.reports.calendar_import.reading import read_table as _read_table
from planner.reports.calendar_import.rows import parse

__all__ = [
    "MAX_ROWS",
    "TRIED",
    "CampaignName",
    "DateOrder",
    "Field",
    "Names",
    "OnDuplicate",
    "Options",
    "Parsed",
    "Problem",
    "RowProblem",
    "Table",
    "TableError",
    "guess_mapping",
    "parse",
    "parse_date",
    "parse_platforms",
    "parse_time",
    "platform_named",
    "read_table",
    "unused_columns",
]


def read_table(path: Path, progress: Progress | None = None) -> Table:
    """The header and rows of an .xlsx (first sheet) or .csv file, the header found by its
    column names (title rows above it skipped); `progress` hears each row of a workbook."""
    return _read_table(path, header_score, HEADERLESS, progress)
