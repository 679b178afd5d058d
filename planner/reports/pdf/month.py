"""A printable month of the content calendar: a landscape grid, Sunday to Saturday."""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

from planner import labels
from planner.domain import progress as progress_
from planner.domain.model import Post
from planner.domain.names import in_language
from planner.domain.progress import Progress
from planner.formatting import Formatter
from planner.reports.pdf.document import Chrome, lay_out, write_pdf
from planner.reports.pdf.html import FONT_STACK, bidi, esc
from planner.storage.workspace import Workspace

WEEKEND = (4, 5)  # Friday and Saturday (Monday = 0)
MAX_SHOWN = 3  # posts written out in a day; the rest are counted


class MonthWriter(QObject):
    """Lays out one month of posts with Gregorian and Hijri dates in every day."""

    def __init__(self, workspace: Workspace, month: dt.date, formatter: Formatter) -> None:
        super().__init__()
        self.ws = workspace
        self.first = month.replace(day=1)
        self.fmt = formatter
        self.rtl = formatter.lang == "ar"

    def html(self) -> str:
        f = self.fmt
        last = self.first.replace(day=calendar.monthrange(self.first.year, self.first.month)[1])
        posts = self.ws.posts.between(
            dt.datetime.combine(self.first, dt.time()),
            dt.datetime.combine(last + dt.timedelta(days=1), dt.time()),
        )
        by_day: dict[dt.date, list[Post]] = {}
        for post in posts:
            assert post.scheduled_at is not None
            by_day.setdefault(post.scheduled_at.date(), []).append(post)
        weeks = calendar.Calendar(firstweekday=6).monthdatescalendar(
            self.first.year, self.first.month
        )
        align = "right" if self.rtl else "left"
        head = [f'<th bgcolor="#e6efef" width="14%">{esc(f.weekday(d))}</th>' for d in weeks[0]]
        rows = []
        for week in weeks:
            cells = [self._cell(day, by_day.get(day, []), align) for day in week]
            if self.rtl:
                cells.reverse()
            rows.append("<tr>" + "".join(cells) + "</tr>")
        if self.rtl:
            head.reverse()
        direction = "rtl" if self.rtl else "ltr"
        start, end = f.hijri(self.first).split(" ", 1)[1], f.hijri(last).split(" ", 1)[1]
        hijri = start if start == end else f"{start.rsplit(' ', 2)[0]} – {end}"
        title = f"{f.date(self.first, 'MMMM y')} — {hijri}"
        count = f.counted(self.tr("%n planned posts", "", len(posts)), len(posts))
        return (
            f'<html dir="{direction}"><body style="font-family: {FONT_STACK};'
            f' font-size: 7.5pt;"><h2 style="font-size: 15pt;">{esc(title)}</h2>'
            f'<p style="color: #52606d;">{esc(count)}</p>'
            '<table width="100%" border="0.5" cellspacing="0" cellpadding="4"'
            ' style="border-color: #b9c4c9;"><thead><tr>'
            + "".join(head)
            + "</tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table></body></html>"
        )

    def title(self) -> str:
        return self.tr("Content calendar")

    def _cell(self, day: dt.date, posts: list[Post], align: str) -> str:
        f = self.fmt
        inside = day.month == self.first.month
        colour = "#f3f4f6" if day.weekday() in WEEKEND else "#ffffff"
        if not inside:
            return f'<td bgcolor="{colour}"></td>'
        hijri = f.hijri(day).split(" ")
        lines = [
            f'<b>{esc(f.integer(day.day))}</b> <span style="color: #52606d;">'
            f"{esc(' '.join(hijri[:-2] if len(hijri) > 2 else hijri))}</span>"
        ]
        shown = posts if len(posts) <= MAX_SHOWN else posts[: MAX_SHOWN - 1]
        for post in shown:
            assert post.scheduled_at is not None
            platform = labels.platform(post.platforms[0]) if post.platforms else ""
            more = f"+{f.integer(len(post.platforms) - 1)}" if len(post.platforms) > 1 else ""
            words = " ".join(post.base_text.split()[:3])
            lines.append(
                f"<b>{esc(f.time(post.scheduled_at))}</b> {esc(platform)}{esc(more)}"
                f"<br/>{bidi(words, self.rtl)}"
            )
        if len(posts) > len(shown):
            rest = f.integer(len(posts) - len(shown))
            lines.append(esc(self.tr("and %1 more").replace("%1", rest)))
        lines += ["&nbsp;"] * max(0, 3 - len(lines))  # rows of even height
        return (
            f'<td bgcolor="{colour}" align="{align}" valign="top">' + "<br/>".join(lines) + "</td>"
        )


def export_month(
    workspace: Workspace,
    month: dt.date,
    out: Path,
    formatter: Formatter,
    progress: Progress | None = None,
) -> int:
    """Write one month of the calendar to `out`; return the number of pages. `progress`
    (pages painted, pages) may stop it: then no file is left."""
    writer = MonthWriter(workspace, month, formatter)
    html = writer.html()
    progress_.step(progress, 0, 1)
    layout = lay_out(html, {}, landscape=True)
    progress_.step(progress, 0, layout.page_count())
    title = writer.title()
    chrome = Chrome(
        rtl=writer.rtl,
        header_start=in_language(
            workspace.meta.get("institution"), workspace.meta.get("institution_en"), formatter.lang
        ),
        header_end=title,
        title=title,
        footer=lambda n, total: formatter.integer(n),
    )
    return write_pdf(layout, out, chrome, cover_pages=0, progress=progress)
