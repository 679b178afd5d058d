"""Reading a calendar file into a table: encodings, CSV dialects, the header row, xlsx cells.

A CSV file's bytes are decoded by the first rule that fits: a byte-order mark (UTF-8,
UTF-16), UTF-16 without a mark (NUL bytes, all at odd or all at even offsets), strict
UTF-8, else Windows-1256 (Arabic Windows, which maps every byte). No detector library
guesses among 8-bit code pages: on short Arabic cells they confuse Windows-1256 with
others, and the files officers bring are Arabic Windows or Unicode. The text is then parsed
by the csv module as a whole, so a quoted cell keeps its line breaks, and U+2028 or U+0085
inside it stay text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.domain import progress as progress_
from planner.domain.progress import Progress
from planner.reports.calendar_import.model import MAX_ROWS, Problem, Table, TableError

TRIED = "UTF-8, UTF-16, Windows-1256"
HEADER_SEARCH = 30  # rows looked at for the header (title and blank rows above it)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def read_table(
    path: Path,
    header_score: Callable[[list[str]], int] | None = None,
    headerless: list[str] | None = None,
    progress: Progress | None = None,
) -> Table:
    """The header and rows of an .xlsx (first sheet) or .csv/.txt file.

    `header_score` tells how much a row looks like a header (how many known column names
    it holds); the best row among the first ones is the header, title rows above it skipped.
    A file whose first row names nothing and starts with a date has no header row: its
    columns are named `headerless` (Hootsuite's bulk layout: date, message, link).
    `progress(rows read, 0)` (the total is not known before the end) hears each row of a
    workbook, whose reading takes seconds at 20,000 rows, and may stop it.
    """
    path = Path(path)
    score = header_score or (lambda cells: 0)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            values, encoding = _xlsx_values(path, progress), ""
        elif path.suffix.lower() in (".csv", ".txt", ".tsv"):
            text, encoding = decode(path.read_bytes())
            values = parse_csv(text)
        else:
            raise TableError(Problem.UNREADABLE, path.suffix)
    except TableError:
        raise
    except Exception as exc:  # a broken zip, a locked file...
        raise TableError(Problem.UNREADABLE, str(exc)) from exc
    table = _table(values, score, headerless or [])
    table.encoding = encoding
    return table


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding; TableError(ENCODING) if none fits."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _checked(data[3:].decode("utf-8"), strict=False), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _checked(data.decode("utf-16"), strict=False), "UTF-16"
    sample = data[:4000]
    if len(sample) >= 4:
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if len(data) % 2 == 0 and ((odd and not even) or (even and not odd)):
            try:
                text = data.decode("utf-16-le" if odd > even else "utf-16-be")
                return _checked(text, strict=False), "UTF-16"
            except UnicodeDecodeError:
                pass
    try:
        return _checked(data.decode("utf-8"), strict=False), "UTF-8"
    except UnicodeDecodeError:
        pass
    return _checked(data.decode("cp1256"), strict=True), "Windows-1256"


def _checked(text: str, strict: bool) -> str:
    """The text, unless it is a binary file's bytes: a NUL, or (for the Windows-1256 guess,
    which maps every byte) control characters making over 1% of it. Then no encoding fits."""
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or (strict and controls > max(2, len(sample) // 100)):
        raise TableError(Problem.ENCODING, TRIED)
    return text


def parse_csv(text: str) -> list[list[Any]]:
    """The records of a CSV text, its delimiter (comma, semicolon or tab) found from the text."""
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [[_cell(v) for v in record] for record in reader]


def _delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most, and most regular, columns."""
    best, best_score = ",", (-1.0, 0)
    sample = text[:20000]
    for candidate in (",", ";", "\t"):
        try:
            records = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=candidate)]
        except csv.Error:
            continue
        records = [r for r in records[:40] if any(v.strip() for v in r)]
        if not records:
            continue
        widths = [len(r) for r in records]
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        score = (widths.count(common) / len(widths), common)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _cell(value: Any) -> Any:
    """A cell's value with its line breaks as LF (Excel writes CR LF inside cells)."""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _xlsx_values(path: Path, progress: Progress | None = None) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # rows as long as their own cells, never padded to XFD
        values = []
        for row in sheet.iter_rows(values_only=True):
            values.append([_xlsx_cell(v) for v in row])
            progress_.step(progress, len(values), 0)
            if len(values) > MAX_ROWS + HEADER_SEARCH + 1:
                break
    finally:
        book.close()
    return values


def _xlsx_cell(value: Any) -> Any:
    """An xlsx cell's value, with the _xHHHH_ escapes of OOXML turned into their characters."""
    if isinstance(value, str):
        return _cell(_XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value))
    return value


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _trimmed(row: list[Any]) -> list[Any]:
    end = len(row)
    while end and blank(row[end - 1]):
        end -= 1
    return row[:end]


def _table(
    values: list[list[Any]], score: Callable[[list[str]], int], headerless: list[str]
) -> Table:
    rows = [_trimmed(r) for r in values]
    while rows and not rows[-1]:
        rows.pop()  # trailing empty rows; inner ones keep the numbering
    header_at = _header_row(rows, score)
    if header_at is None:
        raise TableError(Problem.EMPTY)
    first = rows[header_at]
    if headerless and score([_text(v) for v in first]) == 0 and _dated(first):
        data = rows[header_at:]
        if len(data) > MAX_ROWS:
            raise TableError(Problem.TOO_MANY_ROWS, str(len(data)))
        used = max(len(r) for r in data)
        names = (headerless + [""] * used)[: max(used, len(headerless))]
        return Table(names, data, header_at + 1)
    data = rows[header_at + 1 :]
    if not any(data):
        raise TableError(Problem.EMPTY)
    if len(data) > MAX_ROWS:
        raise TableError(Problem.TOO_MANY_ROWS, str(len(data)))
    used = max(len(r) for r in data)
    header = rows[header_at][: max(used, _leading_width(rows[header_at]))]
    headers = ["" if v is None else " ".join(str(v).split()) for v in header]
    headers += [""] * (used - len(headers))
    return Table(headers, data, header_at + 2)


def _dated(row: list[Any]) -> bool:
    """Whether a row starts with a date and time (data, not a header)."""
    from planner.reports.calendar_import.dates import UnreadableError, read_moment

    try:
        return read_moment(row[0]).date is not None
    except (UnreadableError, IndexError):
        return False


def _leading_width(header: list[Any]) -> int:
    """How far the header's names run before a gap of 50 empty cells (a stray cell in XFD
    with nothing under it is not a column)."""
    end, gap = 0, 0
    for i, v in enumerate(header):
        if blank(v):
            gap += 1
            if gap >= 50:
                break
        else:
            end, gap = i + 1, 0
    return end


def _header_row(rows: list[list[Any]], score: Callable[[list[str]], int]) -> int | None:
    """The row that names the columns: among the first rows, the one with most known column
    names; without any, the first row with two or more cells (a title row has one)."""
    candidates = [i for i, r in enumerate(rows[:HEADER_SEARCH]) if r]
    if not candidates:
        return None
    scored = [(score([_text(v) for v in rows[i]]), -i) for i in candidates]
    best, at = max(scored)
    if best > 0:
        return -at
    wide = [i for i in candidates if sum(not blank(v) for v in rows[i]) >= 2]
    return wide[0] if wide else candidates[0]


def _text(value: Any) -> str:
    return "" if value is None else str(value)
