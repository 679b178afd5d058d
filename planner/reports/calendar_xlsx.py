"""The content calendar as an Excel workbook: right-to-left, streamed, every cell safe and exact."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from planner.domain import progress as progress_
from planner.domain.model import Platform, Post
from planner.domain.progress import Progress
from planner.domain.text import clean
from planner.formatting import Formatter
from planner.reports.calendar_export import (
    _DANGEROUS,
    ExportWords,
    export_header,
    export_rows,
    save_atomically,
    variant_platforms,
)
from planner.storage.workspace import Workspace

EXCEL_CELL_LIMIT = 32_767  # characters (UTF-16 units) a cell holds: Excel's specifications


class CellTooLongError(ValueError):
    """A post's text that no Excel cell can hold whole: the export is refused, naming it."""

    def __init__(self, when: dt.datetime, column: str) -> None:
        super().__init__(f"text longer than {EXCEL_CELL_LIMIT} characters: {when} {column}")
        self.when = when
        self.column = column


WIDTHS = [12, 8, 12, 22, 22, 60, 28, 16, 14, 22, 30]  # then 22 for a column added after
# these, and 50 for each "Text for" column. Columns are found by their header word, not by
# their position, so adding a column to `export_header` and `export_rows` is all it takes.


def _long_text_columns(headers: list[str], words: ExportWords, variants: int) -> list[int]:
    """The columns (from 0) holding long texts: the text, the notes and the variants."""
    first_variant = len(headers) - variants
    return [
        headers.index(words.text),
        headers.index(words.notes),
        *range(first_variant, len(headers)),
    ]


def write_xlsx(
    ws: Workspace,
    posts: Iterable[Post],
    path: Path,
    words: ExportWords,
    fmt: Formatter,
    progress: Progress | None = None,
) -> int:
    """Write the posts as one sheet (right-to-left in Arabic); return the number of rows.

    Streamed (openpyxl's write-only mode), so time and memory grow with the posts, no faster.
    A text that a spreadsheet would take for a formula is a text cell with Excel's quote
    prefix (see `text_cell`). The file appears whole or not at all (written beside it, then
    renamed). `progress(rows written, rows)` may stop it (see planner.domain.progress).
    """
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    posts = list(posts)
    variants = variant_platforms(posts)
    headers = export_header(words, variants)
    wrapped = _long_text_columns(headers, words, len(variants))
    _check_cell_lengths(posts, headers, words, variants)
    book = Workbook(write_only=True)
    for style in _named_styles():
        book.add_named_style(style)
    sheet = book.create_sheet(clean(words.sheet).translate(_SHEET_NAME)[:31] or "1")
    sheet.sheet_view.rightToLeft = fmt.lang == "ar"
    first_variant = len(headers) - len(variants)
    widths = WIDTHS[:first_variant] + [22] * (first_variant - len(WIDTHS)) + [50] * len(variants)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([text_cell(sheet, clean(h), "Calendar heading") for h in headers])
    # A named style per kind of cell: one lookup a cell, where setting its alignment and
    # number format would hash a style object each time (a third of the time of 20,000 posts).
    kinds = ["Calendar text" if c in wrapped else "Calendar cell" for c in range(len(headers))]
    count = 0
    try:
        rows = export_rows(ws, posts, words, fmt, variants)
        count = _append_rows(sheet, rows, kinds, (progress, len(posts)))
    except BaseException:
        _discard(sheet)
        raise
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    book.properties.creator = "Campaign Planner"
    save_atomically(path, book.save)
    return count


def _append_rows(
    sheet: Any,
    rows: Iterator[list[object]],
    kinds: list[str],
    told: tuple[Progress | None, int],
) -> int:
    """Append the rows, each cell of its kind's style; `told` is the progress and the total."""
    from openpyxl.cell import WriteOnlyCell

    progress, total = told
    count = 0
    for values in rows:
        row = []
        for value, kind in zip(values, kinds, strict=True):
            if isinstance(value, str):
                row.append(text_cell(sheet, value, kind))
            else:
                cell = WriteOnlyCell(sheet, value)  # a date, a time, a number or nothing
                if isinstance(value, dt.time):
                    kind = "Calendar time"
                elif isinstance(value, dt.date):
                    kind = "Calendar date"
                cell.style = kind
                row.append(cell)
        sheet.append(row)
        count += 1
        progress_.step(progress, count, total)
    return count


def _discard(sheet: Any) -> None:
    """Close a write-only sheet left part-way and remove its temporary file at once (else
    openpyxl complains when the sheet is collected, and keeps the file till exit)."""
    with contextlib.suppress(Exception):
        sheet.close()
        sheet._writer.cleanup()  # openpyxl's own removal of its temporary file


def _check_cell_lengths(
    posts: list[Post], headers: list[str], words: ExportWords, variants: list[Platform]
) -> None:
    """Refuse, before anything is written, a text longer than an Excel cell holds (Excel
    would cut it or call the file damaged): exact or refused, never silently shorter."""
    for post in posts:
        texts = [(headers.index(words.text), post.base_text)]
        texts.append((headers.index(words.notes), post.notes))
        first_variant = len(headers) - len(variants)
        texts += [(first_variant + i, post.variants.get(p, "")) for i, p in enumerate(variants)]
        for column, text in texts:
            if len(text) * 2 <= EXCEL_CELL_LIMIT:
                continue  # even if every character were escaped or a surrogate pair
            cell = _ESCAPE_LOOKALIKE.sub("_x005F_", clean(text))
            if len(cell.encode("utf-16-le")) // 2 > EXCEL_CELL_LIMIT:
                assert post.scheduled_at is not None
                raise CellTooLongError(post.scheduled_at, headers[column])


def _named_styles() -> list[Any]:
    """The sheet's cell formats, named as Excel's Styles gallery shows them."""
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill

    top = Alignment(vertical="top")
    heading = NamedStyle("Calendar heading")
    heading.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
    heading.fill = PatternFill("solid", fgColor="0F6E6E")
    heading.alignment = Alignment(vertical="center", wrap_text=True)
    styles = [heading]
    for name, number_format, alignment in (
        ("Calendar text", "General", Alignment(wrap_text=True, vertical="top")),
        ("Calendar cell", "General", top),
        ("Calendar date", "yyyy-mm-dd", top),
        ("Calendar time", "hh:mm", top),
    ):
        style = NamedStyle(name, number_format=number_format)
        style.font = Font(name="Calibri", size=11)
        style.alignment = alignment
        styles.append(style)
    return styles


# Excel reads "_xHHHH_" in a cell as the character U+HHHH (ECMA-376's escape for characters
# XML cannot hold); a text that holds such a sequence literally has its "_" escaped as
# "_x005F_", so Excel shows it exactly. (A reader that unescapes in one pass gets it back.)
_ESCAPE_LOOKALIKE = re.compile("_(?=x[0-9A-Fa-f]{4}_)")
# Characters Excel refuses in a sheet's name.
_SHEET_NAME = str.maketrans({c: " " for c in "[]:*?/\\"})


def text_cell(sheet: object, text: str, style: str) -> Any:
    """A cell of the named `style` that holds `text` exactly, as text: one that a spreadsheet
    would read as a formula (starting with = + - @, a tab or a carriage return) is marked with
    Excel's quote prefix (the cell format's quotePrefix), which Excel shows without an
    apostrophe and never evaluates; the text itself gains nothing."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, _ESCAPE_LOOKALIKE.sub("_x005F_", text) or None)
    if text:
        cell.data_type = "s"  # openpyxl takes "=..." for a formula: it is a text
    cell.style = style
    if text.startswith(_DANGEROUS):
        cell.quotePrefix = True
    return cell
