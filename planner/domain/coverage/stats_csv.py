"""Reading platform statistics exports (CSV): X's and Meta Business Suite's own layouts by their
real column names, any other layout through a column mapping. See docs/stats-import.md.

Everything is checked before anything is returned: a bad row refuses the whole file, with the
problem, the line and the column, so the caller writes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from enum import StrEnum

from planner.domain.coverage.values import PostStat
from planner.domain.model import Platform

MUSCAT = dt.timezone(dt.timedelta(hours=4), "Asia/Muscat")  # no daylight saving in Oman
X_EPOCH_MS = 1288834974657  # X ("Twitter") post ids carry their creation time since this


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


class StatField(StrEnum):
    """What a column of an export holds."""

    PUBLISHED = "published"
    POST_ID = "post_id"
    TEXT = "text"
    PLATFORM = "platform"
    IMPRESSIONS = "impressions"
    REACH = "reach"
    ENGAGEMENTS = "engagements"
    LIKES = "likes"
    COMMENTS = "comments"
    SHARES = "shares"
    SAVES = "saves"
    CLICKS = "clicks"


FIGURES = (
    StatField.IMPRESSIONS,
    StatField.REACH,
    StatField.ENGAGEMENTS,
    StatField.LIKES,
    StatField.COMMENTS,
    StatField.SHARES,
    StatField.SAVES,
    StatField.CLICKS,
)


class LayoutKind(StrEnum):
    """The exports recognised by their columns, and the officer's own mapping."""

    X_CONTENT = "x_content"
    X_LEGACY = "x_legacy"
    META_FACEBOOK = "meta_facebook"
    META_INSTAGRAM = "meta_instagram"
    CUSTOM = "custom"


class DateOrder(StrEnum):
    """How a custom file writes its dates: 31/12/2026, 12/31/2026 or 2026-12-31."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


@dataclass
class Layout:
    """Which column holds what. Each field lists the names it goes by, first found wins."""

    kind: LayoutKind
    columns: dict[StatField, list[str]]
    platform: Platform | None = None  # None: a PLATFORM column says it row by row
    date_order: DateOrder = DateOrder.MDY
    required: list[StatField] = field(default_factory=lambda: [StatField.PUBLISHED])


# The real column names (see docs/stats-import.md for where each comes from).
X_CONTENT = Layout(
    LayoutKind.X_CONTENT,
    {
        StatField.POST_ID: ["Post id"],
        StatField.PUBLISHED: ["Date"],
        StatField.TEXT: ["Post text"],
        StatField.IMPRESSIONS: ["Impressions"],
        StatField.ENGAGEMENTS: ["Engagements"],
        StatField.LIKES: ["Likes"],
        StatField.COMMENTS: ["Replies"],
        StatField.SHARES: ["Reposts"],
        StatField.CLICKS: ["URL Clicks"],
    },
    Platform.X,
)
X_LEGACY = Layout(
    LayoutKind.X_LEGACY,
    {
        StatField.POST_ID: ["Tweet id"],
        StatField.PUBLISHED: ["time"],
        StatField.TEXT: ["Tweet text"],
        StatField.IMPRESSIONS: ["impressions"],
        StatField.ENGAGEMENTS: ["engagements"],
        StatField.LIKES: ["likes"],
        StatField.COMMENTS: ["replies"],
        StatField.SHARES: ["retweets"],
        StatField.CLICKS: ["url clicks"],
    },
    Platform.X,
)
META_FACEBOOK = Layout(
    LayoutKind.META_FACEBOOK,
    {
        StatField.POST_ID: ["Post ID"],
        StatField.PUBLISHED: ["Publish time"],
        StatField.TEXT: ["Title", "Description"],
        StatField.IMPRESSIONS: ["Views", "Impressions"],
        StatField.REACH: ["Reach"],
        StatField.ENGAGEMENTS: ["Reactions, Comments and Shares"],
        StatField.LIKES: ["Reactions"],
        StatField.COMMENTS: ["Comments"],
        StatField.SHARES: ["Shares"],
        StatField.CLICKS: ["Total clicks", "Link clicks"],
    },
    Platform.FACEBOOK,
)
META_INSTAGRAM = Layout(
    LayoutKind.META_INSTAGRAM,
    {
        StatField.POST_ID: ["Post ID"],
        StatField.PUBLISHED: ["Publish time"],
        StatField.TEXT: ["Description"],
        StatField.IMPRESSIONS: ["Views", "Impressions"],
        StatField.REACH: ["Reach"],
        StatField.LIKES: ["Likes"],
        StatField.COMMENTS: ["Comments"],
        StatField.SHARES: ["Shares"],
        StatField.SAVES: ["Saves"],
    },
    Platform.INSTAGRAM,
)


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


def detect(header: list[str]) -> Layout | None:
    """The known export whose columns these are, or None."""
    names = {h.casefold() for h in header}

    def has(*wanted: str) -> bool:
        return all(w.casefold() in names for w in wanted)

    if has("Post id", "Date", "Impressions"):
        return X_CONTENT
    if has("Tweet id", "time", "impressions"):
        return X_LEGACY
    if has("Post ID", "Publish time") and (has("Page ID") or has("Page name")):
        return META_FACEBOOK
    if has("Post ID", "Publish time") and (has("Account username") or has("Account ID")):
        return META_INSTAGRAM
    return None


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


_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        "٬": ",",
        "٫": ".",
    }
)


def _number(raw: str) -> int | None:
    """A count as exports write it ("12,400", "980", "", "-"); ValueError otherwise."""
    text = raw.translate(_DIGITS).replace("\u00a0", "").replace(" ", "")
    if text in ("", "-", "--", "N/A", "n/a"):
        return None
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", text):
        return round(float(text.replace(",", "")))
    raise ValueError(raw)


_PLATFORM_NAMES = {
    "twitter": Platform.X,
    "x": Platform.X,
    "ig": Platform.INSTAGRAM,
    "fb": Platform.FACEBOOK,
    "whatsapp channel": Platform.WHATSAPP,
    "إكس": Platform.X,
    "تويتر": Platform.X,
    "إنستغرام": Platform.INSTAGRAM,
    "انستغرام": Platform.INSTAGRAM,
    "فيسبوك": Platform.FACEBOOK,
    "سناب شات": Platform.SNAPCHAT,
    "يوتيوب": Platform.YOUTUBE,
    "لينكد إن": Platform.LINKEDIN,
    "تيك توك": Platform.TIKTOK,
    "واتساب": Platform.WHATSAPP,
    "قناة واتساب": Platform.WHATSAPP,
}


def platform_named(text: str) -> Platform | None:
    """A platform from how a file names it: "X", "Twitter", "instagram", "فيسبوك" ..."""
    key = text.strip().casefold()
    try:
        return Platform(key)
    except ValueError:
        return _PLATFORM_NAMES.get(key)


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_X_CONTENT_DATE = re.compile(r"(?:[A-Za-z]{3},\s*)?([A-Za-z]{3})\s+(\d{1,2}),\s*(\d{4})")
_NUMERIC = re.compile(
    r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"\s*([AaPp][Mm])?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)


def _when(raw: str, layout: Layout, post_id: str) -> tuple[dt.date, dt.datetime | None] | None:
    """The local day and, when the file says it, the local time of a row."""
    if layout.kind is LayoutKind.X_CONTENT:
        found = _X_CONTENT_DATE.fullmatch(raw)
        if found and found[1].casefold() in _MONTHS:
            try:
                day = dt.date(int(found[3]), _MONTHS[found[1].casefold()], int(found[2]))
            except ValueError:
                return None
            when = _x_id_time(post_id, day)
            return (when.date() if when else day), when
        if _NUMERIC.fullmatch(raw) is None:
            return None
    order = {
        LayoutKind.X_LEGACY: DateOrder.YMD,
        LayoutKind.X_CONTENT: DateOrder.YMD,
        LayoutKind.META_FACEBOOK: DateOrder.MDY,
        LayoutKind.META_INSTAGRAM: DateOrder.MDY,
    }.get(layout.kind, layout.date_order)
    found = _NUMERIC.fullmatch(raw)
    if not found:
        return None
    a, b, c = (int(found[i]) for i in (1, 2, 3))
    if len(found[1]) == 4:
        year, month, day_ = a, b, c
    elif order is DateOrder.DMY:
        day_, month, year = a, b, c
    else:
        month, day_, year = a, b, c
    try:
        day = dt.date(year, month, day_)
        if found[4] is None:
            return day, None
        hour = (
            int(found[4]) % 12 + (12 if (found[7] or "").lower() == "pm" else 0)
            if found[7]
            else int(found[4])
        )
        when = dt.datetime.combine(day, dt.time(hour, int(found[5]), int(found[6] or 0)))
    except ValueError:
        return None
    if found[8]:
        offset = found[8].replace(":", "")
        tz = (
            dt.UTC
            if offset == "Z"
            else dt.timezone(
                dt.timedelta(hours=int(offset[:3]), minutes=int(offset[0] + offset[3:]))
            )
        )
        when = when.replace(tzinfo=tz).astimezone(MUSCAT).replace(tzinfo=None)
    return when.date(), when


def _x_id_time(post_id: str, day: dt.date) -> dt.datetime | None:
    """The Muscat time an X post was made, read from its id; None when the id is more than a
    day away from the export's date (not a real id). The export's date may be in UTC."""
    if not post_id.isdigit() or int(post_id) < 1 << 22:
        return None
    millis = (int(post_id) >> 22) + X_EPOCH_MS
    when = dt.datetime.fromtimestamp(millis / 1000, dt.UTC).astimezone(MUSCAT)
    if abs((when.date() - day).days) > 1:
        return None
    return when.replace(tzinfo=None, microsecond=0)
