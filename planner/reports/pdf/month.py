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

from PySide6.QtCore import QCoreApplication, QObject

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
        self.days = {
            day: Day(self, day, by_day.get(day, []))
            for day in (self.first + dt.timedelta(days=i) for i in range(self.last.day))
        }

    # the document -------------------------------------------------------------------------
    def weeks(self) -> list[list[dt.date]]:
        return calendar.Calendar(firstweekday=6).monthdatescalendar(
            self.first.year, self.first.month
        )

    def shorten(self, level: dict[dt.date, int]) -> bool:
        """Print the tallest week shorter: each of its days as tall as the week takes its
        next shorter version. False when no week can be shortened."""
        best: tuple[int, dict[dt.date, int]] | None = None
        for week, tallest in self._heights(level):
            top = [d for d in week if self.days[d].cell(level[d]).lines == tallest]
            moves = {d: self.days[d].shorter(level[d], tallest) for d in top}
            if all(m is not None for m in moves.values()) and (best is None or tallest > best[0]):
                best = (tallest, {d: m for d, m in moves.items() if m is not None})
        if best is None:
            return False
        level.update(best[1])
        return True

    def _heights(self, level: dict[dt.date, int]) -> list[tuple[list[dt.date], int]]:
        """Each week's days of the month and the lines of its tallest day."""
        out = []
        for week in self.weeks():
            days = [d for d in week if d in self.days]
            out.append((days, max(self.days[d].cell(level[d]).lines for d in days)))
        return out

    def grid_lines(self, level: dict[dt.date, int]) -> int:
        """The lines of the rows: each week as tall as its tallest day."""
        return sum(lines for _, lines in self._heights(level))

    def html(self, level: dict[dt.date, int] | None = None, extra: int = 0) -> str:
        """The month with each day in its version `level[day]` (0, the fullest, by default);
        `extra` empty lines after each day (to measure a line's height)."""
        f = self.fmt
        weeks = self.weeks()
        align = "right" if self.rtl else "left"
        head = [
            f'<th bgcolor="#e6efef" width="{COLUMN}">{esc(f.weekday(d))}</th>' for d in weeks[0]
        ]
        rows = []
        for week in weeks:
            cells = [self._cell(day, (level or {}).get(day, 0), align, extra) for day in week]
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
    def _cell(self, day: dt.date, level: int, align: str, extra: int = 0) -> str:
        colour = "#f3f4f6" if day.weekday() in WEEKEND else "#ffffff"
        if not self.first <= day <= self.last:
            return f'<td bgcolor="{colour}"></td>'
        html = self.days[day].cell(level).html + "<br/>&nbsp;" * extra
        return (
            f'<td bgcolor="{colour}" align="{align}" valign="top"'
            f' style="line-height: {LINE_HEIGHT}%;">{html}</td>'
        )

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


class Day:
    """The ways of printing one day, fullest first (LEVELS), each made when first asked for;
    a post is fitted once for each number of lines."""

    def __init__(self, writer: MonthWriter, day: dt.date, posts: list[Post]) -> None:
        self.writer = writer
        self.posts = posts
        top, lines = writer._day_line(day)
        marks = [writer._occasion(o) for o in writer.occasions.get(day, [])]
        self.head = [top] + [html for html, _ in marks]
        self.fixed = lines + sum(n for _, n in marks)
        self._cells: dict[int, Cell] = {}
        self._posts: dict[tuple[int, int], tuple[str, int]] = {}

    def _shown(self, level: int) -> int:
        most = LEVELS[level][1]
        return len(self.posts) if most is None or len(self.posts) <= most else most - 1

    def least(self, level: int) -> int:
        """The fewest lines version `level` can take (a line a post), without fitting."""
        shown = self._shown(level)
        return self.fixed + shown + (1 if shown < len(self.posts) else 0)

    def cell(self, level: int) -> Cell:
        made = self._cells.get(level)
        if made is None:
            made = self._cells[level] = self._make(level)
        return made

    def shorter(self, level: int, than: int) -> int | None:
        """The first version after `level` shorter than `than` lines, or None."""
        for later in range(level + 1, len(LEVELS)):
            if self.least(later) < than and self.cell(later).lines < than:
                return later
        return None

    def _make(self, level: int) -> Cell:
        text_lines = LEVELS[level][0]
        shown = self._shown(level)
        parts = list(self.head)
        lines = self.fixed
        for i in range(shown):
            key = (i, text_lines)
            if key not in self._posts:
                self._posts[key] = self.writer._post(self.posts[i], text_lines)
            html, used = self._posts[key]
            parts.append(html)
            lines += used
        if shown < len(self.posts):
            rest = len(self.posts) - shown
            more = QCoreApplication.translate("MonthWriter", "and %n more", None, rest)
            parts.append(esc(self.writer.fmt.counted(more, rest)))
            lines += 1
        return Cell("<br/>".join(parts), lines)


def lay_out_month(writer: MonthWriter) -> Layout:
    """The month on one page, each day as full as the page allows: while it takes more,
    the tallest week gives up lines. The rows' heights are first estimated from their lines
    (the rest of the page measured once with every day at its shortest), then laid out to be
    sure. A month too full even so goes on to a second page."""
    level = dict.fromkeys(writer.days, 0)
    layout = lay_out(writer.html(level), {}, landscape=True)
    if layout.page_count() <= 1:
        return layout
    # a line's height and the rest of the page, measured with every day at its shortest and
    # then a line taller (a layout past one page counts the space a row leaves at a page's
    # foot); the estimate runs a little short, so that it never shortens too far
    shortest = {d: len(LEVELS) - 1 for d in writer.days}
    low = lay_out(writer.html(shortest), {}, landscape=True).doc.size().height()
    taller = lay_out(writer.html(shortest, extra=1), {}, landscape=True).doc.size().height()
    line = (taller - low) / len(writer.weeks()) * 0.97
    low_lines = writer.grid_lines(shortest)
    page = body_size(landscape=True).height()
    while low + (writer.grid_lines(level) - low_lines) * line > page and writer.shorten(level):
        pass
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
