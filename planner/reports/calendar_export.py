"""The content calendar as CSV, and what every export shares: the words, names, atomic save.

The Excel workbook is calendar_xlsx, the iCalendar file calendar_ics.

Qt-free: the caller passes the words (headers, status and platform names) in the reader's
language, and a Formatter for Hijri dates and weekdays.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
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
    return [p for p in ws.posts.between(start, end, where.campaign_id) if _passes(p, where)]


def ideas_left_out(ws: Workspace, where: PostFilter | None = None) -> int:
    """How many ideas (posts without a date) pass the filter: an export of the calendar
    leaves them out, and says so (planner.domain.post_counts)."""
    where = where or PostFilter()
    return sum(
        1
        for p in ws.posts.unscheduled()
        if (where.campaign_id is None or p.campaign_id == where.campaign_id) and _passes(p, where)
    )


def _passes(p: Post, where: PostFilter) -> bool:
    return (
        (not where.no_campaign or p.campaign_id is None)
        and (where.platform is None or where.platform in p.platforms)
        and (where.status is None or p.status is where.status)
        and (where.segment_id is None or p.segment_id == where.segment_id)
    )


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
