"""The content calendar as an Excel workbook (right-to-left, safe cells) or an iCalendar file.

Qt-free: the caller passes the words (headers, status and platform names) in the reader's
language, and a Formatter for Hijri dates and weekdays.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.calendar import PostFilter
from planner.domain.model import ContentType, Platform, Post, PostStatus
from planner.formatting import Formatter
from planner.storage.workspace import Workspace

MUSCAT = ZoneInfo("Asia/Muscat")
EVENT_MINUTES = 30  # how long a post's event lasts in Outlook
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
EARLIEST = dt.datetime(1900, 1, 1)
LATEST = dt.datetime(2200, 1, 1)


def safe_cell(text: str) -> str:
    """A text a spreadsheet shows as text, never runs: a leading = + - @ (or tab, carriage
    return) gets an apostrophe before it (OWASP's advice against formula injection)."""
    return "'" + text if text.startswith(_DANGEROUS) else text


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


def _names(ws: Workspace, lang: str) -> tuple[dict[int, str], dict[int, str]]:
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


def write_xlsx(
    ws: Workspace, posts: Iterable[Post], path: Path, words: ExportWords, fmt: Formatter
) -> int:
    """Write the posts as one sheet (right-to-left in Arabic); return the number of rows.

    The file appears whole or not at all (written beside it, then renamed).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    posts = list(posts)
    campaigns, segments = _names(ws, fmt.lang)
    variant_platforms = [p for p in Platform if any(p in post.variants for post in posts)]
    plans = _plan_names(ws, {p.campaign_id for p in posts if p.campaign_id is not None}, fmt.lang)
    headers = [
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
        *(
            words.text_for.replace("%1", words.platform_names.get(p, p.value))
            for p in variant_platforms
        ),
        words.key_message,
        words.phase,
        words.key,
    ]
    widths = [12, 8, 12, 22, 22, 60, 28, 16, 14, 22, 30, *([50] * len(variant_platforms))]
    widths += [30, 18, 34]
    book = Workbook()
    sheet = book.active
    sheet.title = safe_cell(words.sheet)[:31]
    sheet.sheet_view.rightToLeft = fmt.lang == "ar"
    sheet.append([safe_cell(h) for h in headers])
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="0F6E6E")
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for post in posts:
        assert post.scheduled_at is not None
        day = post.scheduled_at.date()
        sheet.append(
            [
                day,
                post.scheduled_at.time(),
                fmt.weekday(day),
                fmt.hijri(day),
                safe_cell(
                    "، ".join(words.platform_names.get(p, p.value) for p in post.platforms)
                    if fmt.lang == "ar"
                    else ", ".join(words.platform_names.get(p, p.value) for p in post.platforms)
                ),
                safe_cell(post.base_text),
                safe_cell(campaigns.get(post.campaign_id or 0, "")),
                words.statuses.get(post.status, post.status.value),
                words.content_types.get(post.content_type, post.content_type.value),
                safe_cell(segments.get(post.segment_id or 0, "")),
                safe_cell(post.notes),
                *(safe_cell(post.variants.get(p, "")) for p in variant_platforms),
                safe_cell(plans.get(("m", post.message_id), "")),
                safe_cell(plans.get(("p", post.phase_id), "")),
                post.key,
            ]
        )
        row = sheet.max_row
        sheet.cell(row, 1).number_format = "yyyy-mm-dd"
        sheet.cell(row, 2).number_format = "hh:mm"
        for column in range(1, len(headers) + 1):
            cell = sheet.cell(row, column)
            cell.alignment = wrap if column in (6, 11) or column > 11 else top
            if isinstance(cell.value, str):
                cell.data_type = "s"  # a text, even one that looks like a formula
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, sheet.max_row)}"
    book.properties.creator = "Campaign Planner"
    _save_atomically(path, book.save)
    return len(posts)


def write_ics(
    ws: Workspace,
    posts: Iterable[Post],
    path: Path,
    words: ExportWords,
    lang: str,
    now: dt.datetime | None = None,
) -> int:
    """Write one event per dated post, in Asia/Muscat time with its VTIMEZONE; return the
    number of events."""
    from icalendar import Calendar, Event

    campaigns, _segments = _names(ws, lang)
    calendar = Calendar()
    calendar.add("prodid", "-//Campaign Planner//Content calendar//AR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", words.calendar_name)
    calendar.add("x-wr-timezone", "Asia/Muscat")
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    count = 0
    for post in posts:
        if post.scheduled_at is None:
            continue
        start = post.scheduled_at.replace(tzinfo=MUSCAT)
        names = [words.platform_names.get(p, p.value) for p in post.platforms]
        first = " ".join(post.base_text.split()[:8])
        event = Event()
        event.add("uid", f"post-{post.id}@campaign-planner")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
        event.add("summary", f"{' · '.join(names)}: {first}" if names else first)
        lines = [post.base_text, ""]
        lines += [
            f"{words.text_for.replace('%1', words.platform_names.get(p, p.value))}:\n{text}\n"
            for p, text in post.variants.items()
            if p in post.platforms
        ]
        lines.append(f"{words.status}: {words.statuses.get(post.status, post.status.value)}")
        campaign = campaigns.get(post.campaign_id or 0)
        if campaign:
            lines.append(f"{words.campaign}: {campaign}")
            event.add("categories", [campaign])
        if post.notes:
            lines.append(f"{words.notes}: {post.notes}")
        event.add("description", "\n".join(lines))
        event.add("status", _ics_status(post.status))
        calendar.add_component(event)
        count += 1
    calendar.add_missing_timezones()
    _save_atomically(path, lambda target: Path(target).write_bytes(calendar.to_ical()))
    return count


def _ics_status(status: PostStatus) -> str:
    if status in (PostStatus.CANCELLED, PostStatus.PAUSED):
        return "CANCELLED"
    if status in (PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED):
        return "CONFIRMED"
    return "TENTATIVE"


def _save_atomically(path: Path, save: object) -> None:
    """Write with `save(temporary path)` beside `path`, then rename: no half-written file."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        save(temporary)  # type: ignore[operator]
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
