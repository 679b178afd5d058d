"""Reading an officer's content calendar from Excel or CSV: columns, mapping, checked rows.

Qt-free. `read_table` reads the cells; `guess_mapping` proposes which column holds what;
`parse` checks every row and returns either posts (all rows good) or the problems of the
bad rows, by their row number in the sheet. Nothing is written here.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from planner.domain.model import Platform, Post, PostStatus
from planner.domain.search import normalise

DEFAULT_TIME = dt.time(10, 0)
MAX_ROWS = 20_000


class Field(StrEnum):
    """What a column of the sheet can hold."""

    DATE = "date"
    TIME = "time"
    PLATFORM = "platform"
    TEXT = "text"
    CAMPAIGN = "campaign"
    STATUS = "status"


class Problem(StrEnum):
    """What is wrong with a row (or the file); the UI and the CLI word each one."""

    UNREADABLE = "unreadable"  # the file itself
    EMPTY = "empty"  # no rows under the header
    TOO_MANY_ROWS = "too_many_rows"
    NO_TEXT_COLUMN = "no_text_column"  # the mapping
    BAD_DATE = "bad_date"
    BAD_TIME = "bad_time"
    NO_PLATFORM = "no_platform"
    UNKNOWN_PLATFORM = "unknown_platform"
    NO_TEXT = "no_text"
    UNKNOWN_CAMPAIGN = "unknown_campaign"
    UNKNOWN_STATUS = "unknown_status"
    SCHEDULED_WITHOUT_DATE = "scheduled_without_date"


class TableError(Exception):
    """The file cannot be read as a table."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


@dataclass
class Table:
    """The cells of the first sheet: its header and the rows under it."""

    headers: list[str]
    rows: list[list[Any]]
    first_row: int = 2  # the sheet row number of rows[0]


@dataclass(frozen=True)
class RowProblem:
    """A bad row: its number in the sheet, what is wrong, and the offending value."""

    row: int
    problem: Problem
    value: str = ""


@dataclass
class Parsed:
    """The outcome of checking every row: posts to import, or why not."""

    posts: list[Post] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the sheet row of each post

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.posts)


# Reading -------------------------------------------------------------------------------------
def read_table(path: Path) -> Table:
    """The header and rows of an .xlsx (first sheet) or .csv file (UTF-8, , ; or tab)."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            table = _read_xlsx(path)
        elif path.suffix.lower() in (".csv", ".txt"):
            table = _read_csv(path)
        else:
            raise TableError(Problem.UNREADABLE, path.suffix)
    except TableError:
        raise
    except Exception as exc:  # a broken zip, a bad encoding, a locked file...
        raise TableError(Problem.UNREADABLE, str(exc)) from exc
    while table.rows and all(_blank(v) for v in table.rows[-1]):
        table.rows.pop()  # trailing empty rows; inner ones keep the numbering
    if not any(any(not _blank(v) for v in r) for r in table.rows):
        raise TableError(Problem.EMPTY)
    if len(table.rows) > MAX_ROWS:
        raise TableError(Problem.TOO_MANY_ROWS, str(len(table.rows)))
    return table


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        values = [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    header_at = next((i for i, r in enumerate(values) if any(not _blank(v) for v in r)), 0)
    headers = ["" if v is None else str(v).strip() for v in (values[header_at] if values else [])]
    rows = [(r + [None] * len(headers))[: len(headers)] for r in values[header_at + 1 :]]
    return Table(headers, rows, header_at + 2)


def _read_csv(path: Path) -> Table:
    text = path.read_text("utf-8-sig")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    values = list(csv.reader(text.splitlines(), dialect))
    header_at = next((i for i, r in enumerate(values) if any(v.strip() for v in r)), 0)
    headers = [v.strip() for v in (values[header_at] if values else [])]
    rows: list[list[Any]] = [
        (r + [""] * len(headers))[: len(headers)] for r in values[header_at + 1 :]
    ]
    return Table(headers, rows, header_at + 2)


# The mapping -----------------------------------------------------------------------------------
_HEADER_WORDS = {
    Field.DATE: ("date", "day", "التاريخ", "تاريخ", "اليوم", "تاريخ النشر", "موعد النشر"),
    Field.TIME: ("time", "hour", "الوقت", "الساعة", "وقت النشر"),
    Field.PLATFORM: (
        "platform",
        "platforms",
        "channel",
        "network",
        "المنصة",
        "المنصات",
        "القناة",
        "الحساب",
    ),
    Field.TEXT: (
        "text",
        "post",
        "content",
        "copy",
        "caption",
        "النص",
        "المنشور",
        "نص المنشور",
        "المحتوى",
    ),
    Field.CAMPAIGN: ("campaign", "الحملة", "اسم الحملة"),
    Field.STATUS: ("status", "state", "الحالة", "حالة المنشور"),
}


def guess_mapping(headers: list[str]) -> dict[Field, int | None]:
    """Which column holds each field, judged by the header's words (Arabic or English)."""
    found: dict[Field, int | None] = {f: None for f in Field}
    folded = [normalise(h) for h in headers]
    for f, words in _HEADER_WORDS.items():
        keys = [normalise(w) for w in words]
        exact = next((i for i, h in enumerate(folded) if h in keys), None)
        if exact is None:
            exact = next(
                (
                    i
                    for i, h in enumerate(folded)
                    if any(k in h for k in keys) and i not in found.values()
                ),
                None,
            )
        found[f] = exact
    return found


# Values -----------------------------------------------------------------------------------------
_PLATFORM_WORDS = {
    Platform.X: ("x", "twitter", "tweet", "اكس", "إكس", "تويتر", "منصة اكس"),
    Platform.INSTAGRAM: (
        "instagram",
        "insta",
        "ig",
        "انستغرام",
        "انستجرام",
        "إنستغرام",
        "انستقرام",
    ),
    Platform.FACEBOOK: ("facebook", "fb", "فيسبوك", "فيس بوك"),
    Platform.SNAPCHAT: ("snapchat", "snap", "سناب شات", "سناب", "سنابشات"),
    Platform.YOUTUBE: ("youtube", "yt", "يوتيوب"),
    Platform.LINKEDIN: ("linkedin", "لينكد إن", "لينكدإن", "لينكدان", "لينكد ان"),
    Platform.TIKTOK: ("tiktok", "tik tok", "تيك توك", "تيكتوك"),
    Platform.WHATSAPP: ("whatsapp", "whatsapp channel", "واتساب", "قناة واتساب", "واتس اب"),
}
_PLATFORMS = {normalise(w): p for p, words in _PLATFORM_WORDS.items() for w in (*words, p.value)}

_STATUS_WORDS = {
    PostStatus.IDEA: ("idea", "فكرة"),
    PostStatus.DRAFT: ("draft", "مسودة"),
    PostStatus.READY: ("ready for review", "ready", "review", "جاهز للمراجعة", "للمراجعة"),
    PostStatus.APPROVED: ("approved", "معتمد", "تم الاعتماد"),
    PostStatus.SCHEDULED: ("scheduled", "مجدول", "تمت الجدولة"),
    PostStatus.PUBLISHED: ("published", "posted", "تم النشر", "منشور"),
    PostStatus.PAUSED: ("paused", "موقوف مؤقتا", "موقوف مؤقتًا", "موقوف"),
    PostStatus.CANCELLED: ("cancelled", "canceled", "ملغى", "ملغي", "ملغاة"),
}
_STATUSES = {normalise(w): s for s, words in _STATUS_WORDS.items() for w in (*words, s.value)}
_SPLIT = re.compile(r"[,،;/|+\n]+")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%y")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(am|pm|ص|م|a\.m\.|p\.m\.)?$")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_platforms(value: Any) -> tuple[list[Platform], str]:
    """The platforms named in a cell ("X، إنستغرام"), and the first unknown name if any."""
    found: list[Platform] = []
    for part in _SPLIT.split(_text(value)):
        key = normalise(part).strip()
        if not key:
            continue
        platform = _PLATFORMS.get(key)
        if platform is None:
            return [], part.strip()
        if platform not in found:
            found.append(platform)
    order = list(Platform)
    return sorted(found, key=order.index), ""


def parse_date(value: Any) -> dt.date | None:
    """A date from a cell: a real date, an Excel serial number, or a written date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 < value < 200_000:
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    text = normalise(str(value)).strip()
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    try:
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        return None


def parse_time(value: Any) -> dt.time | None:
    """A time from a cell: a real time, a fraction of a day, or "20:00", "8:30 م", "8 PM"."""
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return dt.time(minutes // 60 % 24, minutes % 60)
    match = _TIME.match(normalise(str(value)).strip().lower())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = match.group(3)
    if suffix in ("pm", "p.m.", "م") and hour < 12:
        hour += 12
    elif suffix in ("am", "a.m.", "ص") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


# Checking every row ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CampaignName:
    """A campaign as a sheet may name it."""

    id: int
    name: str
    name_en: str = ""


def parse(table: Table, mapping: dict[Field, int | None], campaigns: list[CampaignName]) -> Parsed:
    """Check every row; the posts when all are good, else every problem found."""
    result = Parsed()
    if mapping.get(Field.TEXT) is None:
        result.problems.append(RowProblem(0, Problem.NO_TEXT_COLUMN))
        return result
    by_name: dict[str, int] = {}
    for c in campaigns:
        by_name[normalise(c.name)] = c.id
        if c.name_en:
            by_name[normalise(c.name_en)] = c.id
        by_name[str(c.id)] = c.id

    def cell(row: list[Any], f: Field) -> Any:
        column = mapping.get(f)
        return row[column] if column is not None and column < len(row) else None

    for offset, row in enumerate(table.rows):
        number = table.first_row + offset
        if all(_blank(v) for v in row):
            continue
        problems: list[RowProblem] = []
        text = "" if _blank(cell(row, Field.TEXT)) else str(cell(row, Field.TEXT)).strip()
        if not text:
            problems.append(RowProblem(number, Problem.NO_TEXT))
        platforms, unknown = parse_platforms(cell(row, Field.PLATFORM))
        if unknown:
            problems.append(RowProblem(number, Problem.UNKNOWN_PLATFORM, unknown))
        elif not platforms:
            problems.append(RowProblem(number, Problem.NO_PLATFORM))
        day, when = None, None
        raw_date = cell(row, Field.DATE)
        if not _blank(raw_date):
            day = parse_date(raw_date)
            if day is None:
                problems.append(RowProblem(number, Problem.BAD_DATE, str(raw_date)))
        raw_time = cell(row, Field.TIME)
        time = DEFAULT_TIME
        if isinstance(raw_date, dt.datetime) and raw_date.time() != dt.time():
            time = raw_date.time().replace(second=0, microsecond=0)
        if not _blank(raw_time):
            parsed_time = parse_time(raw_time)
            if parsed_time is None:
                problems.append(RowProblem(number, Problem.BAD_TIME, str(raw_time)))
            else:
                time = parsed_time
        if day is not None:
            when = dt.datetime.combine(day, time)
        campaign_id = None
        raw_campaign = cell(row, Field.CAMPAIGN)
        if not _blank(raw_campaign):
            campaign_id = by_name.get(normalise(_text(raw_campaign)))
            if campaign_id is None:
                problems.append(RowProblem(number, Problem.UNKNOWN_CAMPAIGN, str(raw_campaign)))
        status = PostStatus.DRAFT if when else PostStatus.IDEA
        raw_status = cell(row, Field.STATUS)
        if not _blank(raw_status):
            found = _STATUSES.get(normalise(str(raw_status)).strip())
            if found is None:
                problems.append(RowProblem(number, Problem.UNKNOWN_STATUS, str(raw_status)))
            else:
                status = found
        if (
            status is PostStatus.SCHEDULED
            and when is None
            and not any(p.problem is Problem.BAD_DATE for p in problems)
        ):
            problems.append(RowProblem(number, Problem.SCHEDULED_WITHOUT_DATE))
        if problems:
            result.problems += problems
            continue
        result.posts.append(
            Post(text, platforms, status, scheduled_at=when, campaign_id=campaign_id)
        )
        result.rows.append(number)
    return result
