"""The plan PDF's channels and schedule section: channels, phases, then the posts week by week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from planner import labels
from planner.domain.coverage.values import week_start
from planner.domain.model import Phase, Post
from planner.reports.pdf import approval_section
from planner.reports.pdf import plan_words as w
from planner.reports.pdf.flow import FLOW
from planner.reports.pdf.html import bidi, heading, ltr
from planner.reports.pdf.sections import PlanContext, Section

MESSAGE_WORDS = 4  # words of a key message quoted in the schedule, after its number

_V = TypeVar("_V")


class Schedule:
    """The schedule section of one plan; its strings keep the PlanWriter context they were
    translated under."""

    def __init__(self, ctx: PlanContext) -> None:
        self.ctx = ctx
        self.fmt = ctx.formatter
        self._cells: dict[tuple[object, ...], str] = {}

    def section(self) -> Section:
        c, f = self.ctx.campaign, self.fmt
        html = heading(
            "schedule", QCoreApplication.translate("PlanWriter", "Channels and schedule")
        )
        channels = [a for a in self.ctx.accounts if a.id in c.channel_account_ids]
        if channels:
            rows = [
                [self.u(labels.platform(a.platform)), ltr(a.handle), self.u(f.integer(a.followers))]
                for a in channels
            ]
            html += w.CHANNELS.html(rows, self.ctx.rtl)
        if c.phases:
            rows = [
                [self.u(p.name), self.u(f.date_range(p.start, p.end)), self.u(p.goal or "—")]
                for p in c.phases
            ]
            html += w.PHASES.html(rows, self.ctx.rtl)
        scheduled = [p for p in self.ctx.posts if p.scheduled_at is not None]
        ideas = [p for p in self.ctx.posts if p.scheduled_at is None]
        if not scheduled and not ideas:
            html += (
                '<p class="muted">'
                + QCoreApplication.translate("PlanWriter", "No posts are planned yet.")
                + "</p>"
            )
        if any(p.message_id for p in self.ctx.posts) and c.messages:
            html += (
                '<p class="muted">'
                + QCoreApplication.translate(
                    "PlanWriter",
                    "Each post's key message is named by its number in the Strategy section.",
                )
                + "</p>"
            )
        for phase, posts in self._by_phase(scheduled):
            title = (
                self.u(phase.name)
                if phase
                else QCoreApplication.translate("PlanWriter", "Outside the phases")
            )
            html += f"{FLOW}<h3>{title} ({self.u(f.integer(len(posts)))})</h3>"
            html += self._weeks(posts)
        if ideas:
            count = self.u(f.integer(len(ideas)))
            html += (
                f"{FLOW}<h3>"
                + QCoreApplication.translate("PlanWriter", "Ideas not yet scheduled")
                + f" ({count})</h3>"
            )
            html += self._posts_table(ideas)
        return Section(
            "schedule", QCoreApplication.translate("PlanWriter", "Channels and schedule"), html
        )

    def u(self, text: object) -> str:
        """Escaped text, kept in its own direction inside the document's."""
        return bidi(text, self.ctx.rtl)

    def _by_phase(self, posts: list[Post]) -> list[tuple[Phase | None, list[Post]]]:
        phases = {p.id: p for p in self.ctx.campaign.phases}
        groups: dict[int | None, list[Post]] = {}
        for post in posts:
            key = post.phase_id if post.phase_id in phases else None
            groups.setdefault(key, []).append(post)
        order = [p.id for p in self.ctx.campaign.phases] + [None]
        return [(phases.get(k) if k is not None else None, groups[k]) for k in order if k in groups]

    def _weeks(self, posts: list[Post]) -> str:
        """The posts of a phase week by week (weeks open on Sunday), a table each: easier to
        read, and short tables lay out several times faster than one long one."""
        f = self.fmt
        weeks: dict[dt.date, list[Post]] = {}
        for post in posts:
            assert post.scheduled_at is not None
            weeks.setdefault(week_start(post.scheduled_at.date()), []).append(post)
        html = ""
        for start, group in sorted(weeks.items()):
            day = f"{f.weekday(start)} {f.date(start, 'long')}"
            title = (
                QCoreApplication.translate("PlanWriter", "Week of %1").replace("%1", self.u(day))
                + f" ({self.u(f.integer(len(group)))})"
            )
            html += (FLOW if html else "") + self._posts_table(group, title)
        return html

    def _posts_table(self, posts: list[Post], caption: str = "") -> str:
        f, cell = self.fmt, self._cell
        messages = {
            m.id: self._message_reference(n, m.text)
            for n, m in enumerate(self.ctx.campaign.messages, 1)
        }
        rows = []
        for p in posts:  # posts share days, times, platforms...: each cell is formatted once
            when = "—"
            if p.scheduled_at:
                day = p.scheduled_at.date()
                when = cell(
                    ("day", day),
                    lambda d: (
                        f"{self.u(f.weekday(d))} {self.u(f.date(d, 'd MMM'))}<br/>"
                        f'<span class="small muted">{self.u(f.hijri(d))}</span>'
                    ),
                    day,
                )
            at = p.scheduled_at
            segment = self.ctx.segments.get(p.segment_id) if p.segment_id else None
            rows.append(
                [
                    when,
                    cell(("time", at.time()), lambda a: self.u(f.time(a)), at) if at else "—",
                    cell(
                        ("platforms", *p.platforms),
                        lambda q: "<br/>".join(self.u(labels.platform(x)) for x in q.platforms),
                        p,
                    ),
                    cell(
                        ("type", p.content_type),
                        lambda q: self.u(labels.content_type(q.content_type)),
                        p,
                    ),
                    messages.get(p.message_id, "—") if p.message_id else "—",
                    cell(
                        ("segment", p.segment_id),
                        lambda s: self.u(s.name if s else "—"),
                        segment,
                    ),
                    approval_section.platform_texts(p, self.ctx.rtl),
                    cell(("status", p.status), lambda q: self.u(labels.post_status(q.status)), p),
                ]
            )
        return w.POSTS.html(rows, self.ctx.rtl, caption)

    def _message_reference(self, number: int, text: str) -> str:
        """A key message in the schedule: its number in the Strategy section and its first
        words (the whole message in every row made rows of seven lines)."""
        words = text.split()
        short = " ".join(words[:MESSAGE_WORDS]) + ("…" if len(words) > MESSAGE_WORDS else "")
        return f"<b>{self.u(self.fmt.integer(number))}.</b> {self.u(short)}"

    def _cell(self, key: tuple[object, ...], make: Callable[[_V], str], value: _V) -> str:
        """The cell `key` names, made once from `value` (given, not captured, so each
        row's own value reaches `make`)."""
        found = self._cells.get(key)
        if found is None:
            found = self._cells[key] = make(value)
        return found
