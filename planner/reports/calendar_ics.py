"""The content calendar as an iCalendar file: one event per dated post, in Asia/Muscat time.

Qt-free, like calendar_export (whose words, names and atomic save it shares).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from planner.domain import progress as progress_
from planner.domain.model import Post, PostStatus
from planner.domain.progress import Progress
from planner.domain.text import clean
from planner.reports.calendar_export import MUSCAT, ExportWords, names_of, save_atomically
from planner.storage.workspace import Workspace

EVENT_MINUTES = 30  # how long a post's event lasts in Outlook


def write_ics(
    ws: Workspace,
    posts: Iterable[Post],
    path: Path,
    words: ExportWords,
    lang: str,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> int:
    """Write one event per dated post, in Asia/Muscat time with its VTIMEZONE; return the
    number of events."""
    posts = list(posts)
    from icalendar import Calendar, Event

    campaigns, _segments = names_of(ws, lang)
    calendar = Calendar()
    calendar.add("prodid", "-//Campaign Planner//Content calendar//AR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", clean(words.calendar_name))
    calendar.add("x-wr-timezone", "Asia/Muscat")
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    count = 0
    events: list[bytes] = []
    for post in posts:
        if post.scheduled_at is None:
            continue
        start = post.scheduled_at.replace(tzinfo=MUSCAT)
        names = [words.platform_names.get(p, p.value) for p in post.platforms]
        base = clean(post.base_text)
        first = " ".join(base.split()[:8])
        event = Event()
        event.add("uid", f"post-{post.id}@campaign-planner")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
        event.add("summary", f"{' · '.join(names)}: {first}" if names else first)
        lines = [base, ""]
        for p, text in post.variants.items():
            if p in post.platforms:
                label = words.text_for.replace("%1", words.platform_names.get(p, p.value))
                lines.append(f"{label}:\n{clean(text)}\n")
        lines.append(f"{words.status}: {words.statuses.get(post.status, post.status.value)}")
        campaign = clean(campaigns.get(post.campaign_id or 0, ""))
        if campaign:
            lines.append(f"{words.campaign}: {campaign}")
            event.add("categories", [campaign])
        if post.notes:
            lines.append(f"{words.notes}: {clean(post.notes)}")
        event.add("description", "\n".join(lines))
        event.add("status", _ics_status(post.status))
        if count == 0:  # its time zone's VTIMEZONE opens the calendar (RFC 5545 §3.6.5)
            probe = Calendar()
            probe.add_component(event)
            probe.add_missing_timezones()
            for zone in probe.timezones:
                calendar.add_component(zone)
        events.append(event.to_ical())  # each event as it is made: the progress is real
        count += 1
        progress_.step(progress, count, len(posts))
    head = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    whole = b"".join([head[: -len(end)], *events, end])
    save_atomically(path, lambda target: Path(target).write_bytes(whole))
    return count


def _ics_status(status: PostStatus) -> str:
    if status in (PostStatus.CANCELLED, PostStatus.PAUSED):
        return "CANCELLED"
    if status in (PostStatus.APPROVED, PostStatus.SCHEDULED, PostStatus.PUBLISHED):
        return "CONFIRMED"
    return "TENTATIVE"
