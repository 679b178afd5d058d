"""A printable month of the content calendar: a landscape grid, Sunday to Saturday.

Every day prints its Gregorian and Hijri day (the Hijri month's full name on its first day
and on the month's first day), its occasions and public holidays (the month screen's, from
the domain), and its posts: status, time and platform, then their text, three lines a post in
all. When the month does not fit its page, the tallest week gives way first: its posts to two
lines, then one, then its last posts to "and N more" (month_fit measures what fits, with
Qt's own layout, and cuts a text after a word with "…" only when it must).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from planner import labels
from planner.domain import bidi as rule
from planner.domain import hijri as hijri_calendar
from planner.domain import progress as progress_
from planner.domain.day_occasions import DayOccasion, occasions_by_day
from planner.domain.model import Post, PostStatus
from planner.domain.names import in_language
from planner.domain.occasions import occasions_between
from planner.domain.progress import Progress
from planner.formatting import Formatter
from planner.palette import POST_STATUS
from planner.reports.pdf.document import Chrome, Layout, body_size, lay_out, write_pdf
from planner.reports.pdf.html import FONT_STACK, bidi, esc
from planner.reports.pdf.month_fit import Fitter
from planner.storage.workspace import Workspace

WEEKEND = (4, 5)  # Friday and Saturday (Monday = 0)
POINT_SIZE = 8
# a day's lines at this share of the font's own spacing (Noto Sans Arabic's is about 1.7 em,
# roomy for a cell); marks and descenders still clear the next line
LINE_HEIGHT = 80
PADDING = 4  # px inside a cell
# (lines a post takes, posts written out) from the most to the least a day prints
LEVELS = ((3, None), (2, None), (1, None), (1, 4), (1, 3), (1, 2), (1, 1))
HOLIDAY = "#0f766e"  # as on screen (ui/calendar/holiday_marks)
QUIET = "#dc2626"
OBSERVANCE = "#e6efef"
# Seven columns over the whole text width, as wide as the running header's rule: Qt floors
# each column to whole pixels, so 100/7 % leaves the table 2 px short; 14.3 % is clamped to
# the table's width, which the last column takes up (1-2 px narrower). The grid lines are
# the table's background seen through a cellspacing of 1 px (a border is drawn inside the
# width, 1-2 px short of either edge).
COLUMN = "14.3%"
SPACING = 1


@dataclass(frozen=True)
class Cell:
    """One way of printing a day: its HTML and the lines it takes."""

    html: str
    lines: int


class MonthWriter(QObject):
    """Lays out one month of posts with Gregorian and Hijri dates in every day."""

    def __init__(self, workspace: Workspace, month: dt.date, formatter: Formatter) -> None:
        super().__init__()
        self.ws = workspace
        self.first = month.replace(day=1)
        self.last = self.first.replace(
            day=calendar.monthrange(self.first.year, self.first.month)[1]
        )
        self.fmt = formatter
        self.rtl = formatter.lang == "ar"
        column = (body_size(landscape=True).width() - 8 * SPACING) / 7
        inner = column - 2 * PADDING - 2  # room for Qt's rounding of the columns
        self.fit = Fitter(POINT_SIZE, inner, self.rtl)
        self.posts = self.ws.posts.between(
            dt.datetime.combine(self.first, dt.time()),
            dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time()),
        )
        self.occasions = occasions_by_day(
            self.ws.hijri.holidays_between(self.first, self.last),
            occasions_between(self.first, self.last),
            self.ws.calendar.occasions.between(self.first, self.last),
            self.first,
            self.last,
            formatter.lang,
        )
        by_day: dict[dt.date, list[Post]] = {}
        for post in self.posts:
            assert post.scheduled_at is not None
            by_day.setdefault(post.scheduled_at.date(), []).append(post)
        self.cells = {
            day: self._versions(day, by_day.get(day, []))
            for day in (self.first + dt.timedelta(days=i) for i in range(self.last.day))
        }

    # the document -------------------------------------------------------------------------
    def weeks(self) -> list[list[dt.date]]:
        return calendar.Calendar(firstweekday=6).monthdatescalendar(
            self.first.year, self.first.month
        )

    def shorten(self, level: dict[dt.date, int]) -> bool:
        """Print the tallest week shorter by one line: each of its days as tall as the week
        takes its next shorter version. False when no week can be shortened."""
        best: tuple[int, list[dt.date]] | None = None
        for week in self.weeks():
            days = [d for d in week if d in self.cells]
            tallest = max(self.cells[d][level[d]].lines for d in days)
            at_top = [d for d in days if self.cells[d][level[d]].lines == tallest]
            can = all(level[d] + 1 < len(self.cells[d]) for d in at_top)
            if can and (best is None or tallest > best[0]):
                best = (tallest, at_top)
        if best is None:
            return False
        for day in best[1]:
            level[day] += 1
        return True

    def html(self, level: dict[dt.date, int] | None = None) -> str:
        """The month with each day in its version `level[day]` (0, the fullest, by default)."""
        f = self.fmt
        weeks = self.weeks()
        align = "right" if self.rtl else "left"
        head = [
            f'<th bgcolor="#e6efef" width="{COLUMN}">{esc(f.weekday(d))}</th>' for d in weeks[0]
        ]
        rows = []
        for week in weeks:
            cells = [self._cell(day, (level or {}).get(day, 0), align) for day in week]
            if self.rtl:
                cells.reverse()
            rows.append("<tr>" + "".join(cells) + "</tr>")
        if self.rtl:
            head.reverse()
        direction = "rtl" if self.rtl else "ltr"
        title = f"{f.date(self.first, 'MMMM y')} — {self.hijri_months()}"
        count = self.count()
        return (
            f'<html dir="{direction}"><body style="font-family: {FONT_STACK};'
            f' font-size: {POINT_SIZE}pt;"><h2 style="font-size: 15pt;">{esc(title)}</h2>'
            f'<p style="color: #52606d;">{esc(count)}{self._key()}</p>'
            f'<table width="100%" border="0" cellspacing="{SPACING}" cellpadding="{PADDING}"'
            ' bgcolor="#b9c4c9"><thead><tr>'
            + "".join(head)
            + "</tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table></body></html>"
        )

    def hijri_months(self) -> str:
        """ "Jumada al-Akhirah – Rajab 1448 AH": the Hijri months the month runs over, by
        their full names (two Jumadas and two Rabi's are told apart)."""
        f = self.fmt
        start, end = hijri_calendar.hijri_of(self.first), hijri_calendar.hijri_of(self.last)
        if start is None or end is None:
            return ""
        era = "هـ" if self.rtl else "AH"

        def name(h: hijri_calendar.HijriDate) -> str:
            return h.month_name_ar if self.rtl else h.month_name_en

        def year(h: hijri_calendar.HijriDate) -> str:
            return f"{f.digits_of(str(h.year))}\u00a0{era}"

        if (start.year, start.month) == (end.year, end.month):
            return f"{name(start)} {year(start)}"
        if start.year == end.year:
            return f"{name(start)} – {name(end)} {year(end)}"
        return f"{name(start)} {year(start)} – {name(end)} {year(end)}"

    def count(self) -> str:
        """ "22 posts (1 of them cancelled)": the month's posts as the month screen counts
        them (every dated post of its days; docs/look-and-feel.md, "Counting posts")."""
        f = self.fmt
        total = len(self.posts)
        text = f.counted(self.tr("%n posts", "", total), total)
        cancelled = sum(1 for p in self.posts if p.status is PostStatus.CANCELLED)
        if cancelled:
            text += " " + f.counted(self.tr("(%n of them cancelled)", "", cancelled), cancelled)
        return text

    def title(self) -> str:
        return self.tr("Content calendar")

    def _key(self) -> str:
        """What the marks of the occasions mean, after the count."""
        holiday = esc(self.tr("public holiday"))
        quiet = esc(self.tr("quiet day: no campaign posts"))
        moon = esc(self.tr("~ depends on the moon sighting"))
        parts = [
            f'<span style="background-color: {HOLIDAY}; color: #ffffff;">'
            f"&nbsp;{holiday}&nbsp;</span>",
            f'<span style="color: {QUIET};">{quiet}</span>',
            moon,
        ]
        return "&nbsp;&nbsp;&nbsp;" + "&nbsp;&nbsp;&nbsp;".join(parts)

    # a day --------------------------------------------------------------------------------
    def _cell(self, day: dt.date, level: int, align: str) -> str:
        colour = "#f3f4f6" if day.weekday() in WEEKEND else "#ffffff"
        if not self.first <= day <= self.last:
            return f'<td bgcolor="{colour}"></td>'
        html = self.cells[day][level].html
        return (
            f'<td bgcolor="{colour}" align="{align}" valign="top"'
            f' style="line-height: {LINE_HEIGHT}%;">{html}</td>'
        )

    def _versions(self, day: dt.date, posts: list[Post]) -> list[Cell]:
        """The ways of printing a day, from the fullest to the shortest (each shorter)."""
        top, top_lines = self._day_line(day)
        occasions = self.occasions.get(day, [])
        marks = [self._occasion(o) for o in occasions]
        mark_lines = sum(lines for _, lines in marks)
        versions: list[Cell] = []
        for text_lines, most in LEVELS:
            shown = posts if most is None or len(posts) <= most else posts[: most - 1]
            parts = [top] + [html for html, _ in marks]
            lines = top_lines + mark_lines
            for post in shown:
                html, used = self._post(post, text_lines)
                parts.append(html)
                lines += used
            if len(posts) > len(shown):
                rest = len(posts) - len(shown)
                parts.append(esc(self.fmt.counted(self.tr("and %n more", "", rest), rest)))
                lines += 1
            if versions and versions[-1].lines <= lines:
                continue  # no shorter than the one before
            versions.append(Cell("<br/>".join(parts), lines))
        return versions

    def _day_line(self, day: dt.date) -> tuple[str, int]:
        """The day's number, bold, then its Hijri day (with the month's full name on its
        first day and on the Gregorian month's first day)."""
        f = self.fmt
        text = f"<b>{esc(f.integer(day.day))}</b>"
        plain = f.integer(day.day)
        h = hijri_calendar.hijri_of(day)
        if h is not None:
            hijri = f.digits_of(str(h.day))
            if h.day == 1 or day == self.first:
                hijri += " " + (h.month_name_ar if self.rtl else h.month_name_en)
            text += f' <span style="color: #52606d;">{esc(hijri)}</span>'
            plain += " " + hijri
        return text, self.fit.lines(plain, len(f.integer(day.day)))

    def _occasion(self, mark: DayOccasion) -> tuple[str, int]:
        name = ("~ " if mark.approximate or mark.forecast else "") + mark.name
        if mark.holiday:
            style = f"background-color: {HOLIDAY}; color: #ffffff;"
        elif mark.quiet:
            style = f"background-color: #fdecec; color: {QUIET};"
        else:
            style = f"background-color: {OBSERVANCE}; color: #0f4f4f;"
        return f'<span style="{style}">{bidi(name, self.rtl)}</span>', self.fit.lines(
            rule.shown(name)
        )

    def _post(self, post: Post, text_lines: int) -> tuple[str, int]:
        """A post: its status's dot, its time and platforms (bold), then its text on the same
        line and the next, `text_lines` lines in all."""
        f = self.fmt
        assert post.scheduled_at is not None
        platforms = [labels.platform(p) for p in post.platforms]
        head = f.time(post.scheduled_at)
        if platforms:
            head += " " + platforms[0]
            if len(platforms) > 1:
                head += "+" + f.integer(len(platforms) - 1)
        dot = f'<span style="color: {POST_STATUS[post.status]};">●</span>'
        words = post.base_text or next(iter(post.variants.values()), "")
        fitted = self.fit.fit(f"● {head}", words, text_lines)
        html = f"{dot} <b>{esc(head)}</b>"
        if fitted.text:
            html += f" {bidi(fitted.text, self.rtl)}"
        return html, fitted.lines


def lay_out_month(writer: MonthWriter) -> Layout:
    """The month on one page, each day as full as the page allows: while it takes more,
    the tallest week gives up a line (one layout a try). A month too full even so goes on
    to a second page."""
    level = dict.fromkeys(writer.cells, 0)
    layout = lay_out(writer.html(level), {}, landscape=True)
    while layout.page_count() > 1 and writer.shorten(level):
        layout = lay_out(writer.html(level), {}, landscape=True)
    return layout


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
    progress_.step(progress, 0, 1)
    layout = lay_out_month(writer)
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
