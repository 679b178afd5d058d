"""The content calendar as an Excel workbook (right-to-left, safe cells) or CSV (the
iCalendar file: calendar_ics), and what every export shares: the words, names, atomic save.

Qt-free: the caller passes the words (headers, status and platform names) in the reader's
language, and a Formatter for Hijri dates and weekdays.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from planner.domain import progress as progress_
from planner.domain.calendar import PostFilter
from planner.domain.model import ContentType, Platform, Post, PostStatus
from planner.domain.progress import Progress
from planner.domain.text import clean
from planner.formatting import Formatter
from planner.storage.workspace import Workspace

MUSCAT = ZoneInfo("Asia/Muscat")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
EARLIEST = dt.datetime(1900, 1, 1)
LATEST = dt.datetime(2200, 1, 1)


def safe_cell(text: str) -> str:
    """A text a spreadsheet shows as text, never runs: a leading = + - @ (or tab, carriage
    return) gets an apostrophe before it (OWASP's advice against formula injection)."""
    return "'" + text if text.startswith(_DANGEROUS) else text


EXCEL_CELL_LIMIT = 32_767  # characters (UTF-16 units) a cell holds: Excel's specifications


class CellTooLongError(ValueError):
    """A post's text that no Excel cell can hold whole: the export is refused, naming it."""

    def __init__(self, when: dt.datetime, column: str) -> None:
        super().__init__(f"text longer than {EXCEL_CELL_LIMIT} characters: {when} {column}")
        self.when = when
        self.column = column


@dataclass
class ExportWords:
    """The words of an export in its reader's language (the caller translates them)."""

    sheet: str
    date: str
    time: str
    weekday: str
    hijri: str
    platforms: str
    text: str
    campaign: str
    status: str
    content_type: str
    segment: str
    notes: str
    text_for: str  # "Text for %1"
    statuses: dict[PostStatus, str] = field(default_factory=dict)
    platform_names: dict[Platform, str] = field(default_factory=dict)
    content_types: dict[ContentType, str] = field(default_factory=dict)
    calendar_name: str = "Content calendar"
    key_message: str = "Key message"
    phase: str = "Phase"
    key: str = "Post key"  # the post's stable key: importing the file again finds the post


def posts_to_export(
    ws: Workspace,
    where: PostFilter | None = None,
    start: dt.datetime = EARLIEST,
    end: dt.datetime = LATEST,
) -> list[Post]:
    """The dated posts in [start, end) that pass the filter, in time order."""
    where = where or PostFilter()
    posts = ws.posts.between(start, end, where.campaign_id)
    return [
        p
        for p in posts
        if (not where.no_campaign or p.campaign_id is None)
        and (where.platform is None or where.platform in p.platforms)
        and (where.status is None or p.status is where.status)
        and (where.segment_id is None or p.segment_id == where.segment_id)
    ]


def names_of(ws: Workspace, lang: str) -> tuple[dict[int, str], dict[int, str]]:
    campaigns = {
        i: (name_en if lang == "en" and name_en else name)
        for i, name, name_en, _colour in ws.calendar.campaign_names()
    }
    segments = {s.id: s.name for s in ws.segments.list() if s.id is not None}
    return campaigns, segments


def _plan_names(ws: Workspace, campaign_ids: set[int], lang: str) -> dict[tuple[str, int], str]:
    """The names of the campaigns' key messages ("m", id) and phases ("p", id)."""
    names: dict[tuple[str, int], str] = {}
    for campaign_id in campaign_ids:
        plan = ws.campaigns.get(campaign_id)
        for m in plan.messages:
            if m.id is not None:
                names["m", m.id] = m.text_en if lang == "en" and m.text_en else m.text
        for phase in plan.phases:
            if phase.id is not None:
                names["p", phase.id] = phase.name
    return names


def export_header(words: ExportWords, variant_platforms: list[Platform]) -> list[str]:
    """The header row of the Excel and CSV exports (one "Text for ..." column per platform
    that has a variant)."""
    return [
        words.date,
        words.time,
        words.weekday,
        words.hijri,
        words.platforms,
        words.text,
        words.campaign,
        words.status,
        words.content_type,
        words.segment,
        words.notes,
        words.key_message,
        words.phase,
        words.key,
        *(
            words.text_for.replace("%1", words.platform_names.get(p, p.value))
            for p in variant_platforms
        ),
    ]


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


def variant_platforms(posts: list[Post]) -> list[Platform]:
    """The platforms some post has its own text for, in the canonical order."""
    used = {p for post in posts for p in post.variants}
    return [p for p in Platform if p in used]


def export_rows(
    ws: Workspace,
    posts: list[Post],
    words: ExportWords,
    fmt: Formatter,
    variants: list[Platform],
) -> Iterator[list[object]]:
    """One row per dated post, in the order of `export_header`: the date and time as values,
    every text through the text rule (`clean`), so any stored text can be written."""
    campaigns, segments = names_of(ws, fmt.lang)
    plans = _plan_names(ws, {p.campaign_id for p in posts if p.campaign_id is not None}, fmt.lang)
    joiner = "، " if fmt.lang == "ar" else ", "
    days: dict[dt.date, tuple[str, str]] = {}  # Babel and the Hijri calendar, once a day
    for post in posts:
        assert post.scheduled_at is not None
        day = post.scheduled_at.date()
        if day not in days:
            days[day] = (fmt.weekday(day), fmt.hijri(day))
        weekday, hijri = days[day]
        yield [
            day,
            post.scheduled_at.time(),
            weekday,
            hijri,
            joiner.join(words.platform_names.get(p, p.value) for p in post.platforms),
            clean(post.base_text),
            clean(campaigns.get(post.campaign_id or 0, "")),
            words.statuses.get(post.status, post.status.value),
            words.content_types.get(post.content_type, post.content_type.value),
            clean(segments.get(post.segment_id or 0, "")),
            clean(post.notes),
            clean(plans.get(("m", post.message_id or 0), "")),
            clean(plans.get(("p", post.phase_id or 0), "")),
            post.key,
            *(clean(post.variants.get(p, "")) for p in variants),
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


def write_csv(
    ws: Workspace,
    posts: Iterable[Post],
    path: Path,
    words: ExportWords,
    fmt: Formatter,
    progress: Progress | None = None,
) -> int:
    """Write the posts as CSV (RFC 4180: comma, double quotes, CRLF between records, line
    breaks kept inside quoted cells), UTF-8 with a BOM so Excel reads Arabic; return the rows.

    CSV has no cell types, so a text that starts like a formula (= + - @, tab, carriage return)
    gets an apostrophe before it (`safe_cell`, OWASP's advice against CSV injection).
    """
    import csv

    posts = list(posts)
    variants = variant_platforms(posts)
    count = 0

    def save(target: str) -> None:
        nonlocal count
        with open(target, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle, lineterminator="\r\n")
            out.writerow([safe_cell(clean(h)) for h in export_header(words, variants)])
            for values in export_rows(ws, posts, words, fmt, variants):
                out.writerow(
                    [
                        value.strftime("%H:%M" if isinstance(value, dt.time) else "%Y-%m-%d")
                        if isinstance(value, dt.date | dt.time)
                        else safe_cell("" if value is None else str(value))
                        for value in values
                    ]
                )
                count += 1
                progress_.step(progress, count, len(posts))

    save_atomically(path, save)
    return count


def save_atomically(path: Path, save: object) -> None:
    """Write with `save(temporary path)` beside `path`, then rename: no half-written file,
    whatever stops it (an error, Ctrl+C, a cancelled progress)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        save(temporary)  # type: ignore[operator]
        progress_.finishing()  # Ctrl+C from here on no longer stops the command
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
