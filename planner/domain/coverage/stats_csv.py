"""Reading platform statistics exports (CSV): X's and Meta Business Suite's own layouts by their
real column names, any other layout through a column mapping. See docs/stats-import.md.

Everything is checked before anything is returned: a bad row refuses the whole file, with the
problem, the line and the column, so the caller writes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.coverage.stats_layouts import FIGURES, Layout, LayoutKind, StatField
from planner.domain.coverage.stats_values import _number, _when, platform_named
from planner.domain.coverage.values import PostStat


class ImportProblem(StrEnum):
    """Why a statistics file was refused; the UI and the command line say it in words."""

    EMPTY = "empty"
    BAD_ENCODING = "bad_encoding"
    NO_ROWS = "no_rows"
    UNKNOWN_LAYOUT = "unknown_layout"
    MISSING_COLUMN = "missing_column"
    NO_PLATFORM = "no_platform"
    BAD_PLATFORM = "bad_platform"
    BAD_DATE = "bad_date"
    BAD_NUMBER = "bad_number"
    NO_FIGURES = "no_figures"


class StatsImportError(ValueError):
    """A refused file: `problem`, and where (`line` in the file, `column`, `value`)."""

    def __init__(
        self, problem: ImportProblem, line: int = 0, column: str = "", value: str = ""
    ) -> None:
        super().__init__(f"{problem.value} line {line} column {column!r}: {value!r}")
        self.problem = problem
        self.line = line
        self.column = column
        self.value = value


@dataclass
class Table:
    """A CSV file read as text: its header and its rows with their line numbers."""

    header: list[str]
    rows: list[tuple[int, list[str]]]


def read_table(data: bytes) -> Table:
    """Decode (UTF-8, with or without BOM, or UTF-16 with BOM) and split a CSV file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise StatsImportError(ImportProblem.BAD_ENCODING) from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise StatsImportError(ImportProblem.BAD_ENCODING, line) from exc
    if not text.strip():
        raise StatsImportError(ImportProblem.EMPTY)
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            if not header:
                header = [cell.strip() for cell in record]
            else:
                rows.append((reader.line_num, record))
    except csv.Error as exc:
        raise StatsImportError(ImportProblem.BAD_ENCODING, reader.line_num) from exc
    if not rows:
        raise StatsImportError(ImportProblem.NO_ROWS)
    return Table(header, rows)


def parse(table: Table, layout: Layout) -> list[PostStat]:
    """Every row of `table` as a PostStat. Raises StatsImportError on the first bad value."""
    index = {h.casefold(): i for i, h in reversed(list(enumerate(table.header)))}
    where: dict[StatField, list[tuple[int, str]]] = {}
    for stat_field, names in layout.columns.items():
        found = [(index[n.casefold()], n) for n in names if n.casefold() in index]
        if found:
            where[stat_field] = found
        elif layout.kind is LayoutKind.CUSTOM or stat_field in layout.required:
            raise StatsImportError(ImportProblem.MISSING_COLUMN, 1, names[0] if names else "")
    for needed in layout.required:
        if needed not in where:
            raise StatsImportError(ImportProblem.MISSING_COLUMN, 1, needed.value)
    if layout.platform is None and StatField.PLATFORM not in where:
        raise StatsImportError(ImportProblem.NO_PLATFORM, 1)
    if not any(f in where for f in FIGURES):
        raise StatsImportError(ImportProblem.NO_FIGURES, 1)
    return [_row(line, cells, where, layout) for line, cells in table.rows]


def _row(
    line: int, cells: list[str], where: dict[StatField, list[tuple[int, str]]], layout: Layout
) -> PostStat:
    def cell(f: StatField) -> str:
        """The first non-empty of the columns the field goes by."""
        for i, _ in where.get(f, []):
            if i < len(cells) and cells[i].strip():
                return cells[i].strip()
        return ""

    def name(f: StatField) -> str:
        return where[f][0][1]

    def number(f: StatField) -> int | None:
        raw = cell(f)
        try:
            return _number(raw)
        except ValueError:
            raise StatsImportError(ImportProblem.BAD_NUMBER, line, name(f), raw) from None

    platform = layout.platform
    if platform is None:
        platform = platform_named(cell(StatField.PLATFORM))
        if platform is None:
            raise StatsImportError(
                ImportProblem.BAD_PLATFORM, line, name(StatField.PLATFORM), cell(StatField.PLATFORM)
            )
    raw_when = cell(StatField.PUBLISHED)
    post_id = cell(StatField.POST_ID).lstrip("'")
    parsed = _when(raw_when, layout, post_id)
    if parsed is None:
        raise StatsImportError(ImportProblem.BAD_DATE, line, name(StatField.PUBLISHED), raw_when)
    day, when = parsed
    figures = {f: number(f) for f in FIGURES}
    engagements = figures[StatField.ENGAGEMENTS]
    parts = [
        figures[f] for f in (StatField.LIKES, StatField.COMMENTS, StatField.SHARES, StatField.SAVES)
    ]
    if engagements is None and any(p is not None for p in parts):
        engagements = sum(p or 0 for p in parts)
    return PostStat(
        platform=platform,
        published_at=when,
        published_on=day,
        external_id=post_id,
        text=cell(StatField.TEXT),
        impressions=figures[StatField.IMPRESSIONS],
        reach=figures[StatField.REACH],
        engagements=engagements,
        likes=figures[StatField.LIKES],
        comments=figures[StatField.COMMENTS],
        shares=figures[StatField.SHARES],
        clicks=figures[StatField.CLICKS],
    )
