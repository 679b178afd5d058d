"""The Overview screen: today's date, this week's posts, campaigns in flight, warnings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from planner import approval_labels
from planner.domain import overview
from planner.domain.model import Post
from planner.domain.names import display_name
from planner.domain.occasions import occasions_between
from planner.formatting import Formatter
from planner.i18n import posts as counts
from planner.ui import plain
from planner.ui.calendar.holiday_marks import span_text
from planner.ui.campaigns.editor.blocks import grow_to_rows
from planner.ui.crisis.overview_lines import CrisisLines
from planner.ui.delegates import PlatformsDelegate, StatusDelegate
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.overview.models import PlatformsRole, PostTableModel
from planner.ui.table_model import row_table
from planner.ui.widgets import Card, EmptyState, StatCard, caption, clear_layout, heading
from planner.ui.workspace_widget import WorkspacePage

OCCASION_DAYS = 45  # how far ahead the Overview looks for occasions
RESIZE_PRECISION = 50  # rows measured to size the columns of the week's table


class OverviewView(WorkspacePage):
    """What the officer sees first each morning."""

    def __init__(
        self,
        doc: Document,
        formatter: Formatter,
        today: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, formatter, parent)
        self.now = today
        page = QWidget()
        page.setObjectName("page")
        self.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)

        self.title = heading(self.tr("Overview"))
        self.institution = caption()
        self.institution.setObjectName("subtitle")
        self.today = caption()
        self.today.setObjectName("subtitle")
        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.title)
        top.addWidget(self.institution)
        top.addWidget(self.today)
        layout.addLayout(top)

        stats = QHBoxLayout()
        stats.setSpacing(12)
        self.stat_running = StatCard(self.tr("Campaigns in flight"))
        self.stat_week = StatCard(self.tr("Posts this week"))
        self.stat_week.setToolTip(counts.counted_this_week())
        self.stat_ideas = StatCard(self.tr("Ideas without a date"))
        self.stat_followers = StatCard(self.tr("Followers on all accounts"))
        for card in (self.stat_running, self.stat_week, self.stat_ideas, self.stat_followers):
            stats.addWidget(card)
        layout.addLayout(stats)

        grid = QGridLayout()
        grid.setSpacing(16)
        self.week_card = Card(self.tr("Due this week"))
        self.week_model = PostTableModel(formatter, self)
        self.week_table = row_table(self.week_model, self.tr("Posts due this week"))
        self.week_table.setWordWrap(False)
        self.week_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.week_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.week_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # a busy week of a large workspace has hundreds of posts: size the columns on the
        # first rows, not by formatting and measuring every one of them
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(PostTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PostTableModel.CAMPAIGN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PostTableModel.CAMPAIGN, 150)
        self.week_table.setItemDelegateForColumn(
            PostTableModel.PLATFORMS, PlatformsDelegate(PlatformsRole, self)
        )
        self.week_table.setItemDelegateForColumn(PostTableModel.STATUS, StatusDelegate(self))
        self.week_empty = EmptyState(
            self.tr("Nothing is planned for this week. Plan posts from a campaign's calendar.")
        )
        self.week_card.body.addWidget(self.week_table)
        self.week_card.body.addWidget(self.week_empty)
        grid.addWidget(self.week_card, 0, 0, 1, 2)

        self.flight_card = Card(self.tr("Campaigns in flight"))
        self.flight_list = QVBoxLayout()
        self.flight_card.body.addLayout(self.flight_list)
        self.flight_card.body.addStretch(1)
        grid.addWidget(self.flight_card, 1, 0)

        self.warn_card = Card(self.tr("Needs attention"))
        self.warn_list = QListWidget()
        self.warn_list.setAccessibleName(self.tr("Warnings"))
        self.warn_list.setWordWrap(True)
        self.warn_card.body.addWidget(self.warn_list)
        grid.addWidget(self.warn_card, 1, 1)

        self.occasion_card = Card(self.tr("Coming occasions"))
        self.occasion_list = QListWidget()
        self.occasion_list.setAccessibleName(self.tr("Coming occasions"))
        self.occasion_list.setWordWrap(True)
        self.occasion_card.body.addWidget(self.occasion_list)
        grid.addWidget(self.occasion_card, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        # the screen scrolls as one page: its lists grow with their rows, no scroll bar inside
        for view in (self.week_table, self.warn_list, self.occasion_list):
            grow_to_rows(view, 1)

        doc.changed.connect(lambda _topic: self.reload())
        self.reload()

    def reload(self) -> None:
        now = self.now()
        today = now.date()
        ws = self.doc.workspace
        institution = self.doc.institution_in(self.fmt.lang)
        plain.set_text(self.institution, institution)
        self.institution.setVisible(bool(institution))
        self.today.setText(f"{self.fmt.day(today)} — {self.fmt.hijri(today)}")

        campaigns = ws.campaigns.summaries()
        names = {c.id: display_name(c, self.fmt.lang) for c in campaigns}
        start, end = overview.week_of(today)
        week = ws.posts.between(
            dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())
        )
        self.week_model.set_rows(week, names)
        self.week_table.setVisible(bool(week))
        self.week_empty.setVisible(not week)

        live = overview.in_flight(campaigns, today)
        self.stat_running.set_value(self.fmt.integer(len(live)))
        self.stat_week.set_value(self.fmt.integer(len(week)))
        self.stat_ideas.set_value(self.fmt.integer(len(ws.posts.unscheduled())))
        self.stat_followers.set_value(
            self.fmt.integer(sum(a.followers for a in ws.accounts.list()))
        )
        from planner.storage.approval import change_counts

        self._changes = change_counts(ws)
        self._fill_flight(live, today)

        self._fill_occasions(today)
        recent = ws.posts.between(now - dt.timedelta(days=14), now + dt.timedelta(days=7))
        crisis = ws.crisis.alerts(now)
        self._crisis_lines = CrisisLines(crisis, ws.accounts.list(), self.fmt, now)
        self._fill_warnings(overview.warnings(recent, campaigns, now, crisis), recent, names)

    def _fill_flight(self, live: list, today: dt.date) -> None:  # type: ignore[type-arg]
        clear_layout(self.flight_list)
        if not live:
            self.flight_list.addWidget(
                EmptyState(
                    self.tr("No campaign is running. Approve a campaign or set one to running.")
                )
            )
            return
        for c in live:
            row = QWidget()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 4, 0, 4)
            box.setSpacing(2)
            shown = display_name(c, self.fmt.lang)
            name = plain.rich(QLabel(f"<b>{_escape(plain.shown(shown))}</b>"))
            box.addWidget(name)
            box.addWidget(caption(self.fmt.date_range(c.start, c.end)))
            box.addWidget(caption(counts.breakdown(c.counts, self.fmt)))  # as the list's
            if self._changes.get(c.id):
                changed = caption(approval_labels.changes_since(self._changes[c.id], self.fmt))
                changed.setStyleSheet("color: #b45309;")
                box.addWidget(changed)
            bar = QProgressBar()
            bar.setRange(0, 100)
            share = overview.progress(c, today)
            bar.setValue(round(share * 100))
            bar.setFormat(self.fmt.percent(share))
            bar.setAccessibleName(self.tr("Progress of %1").replace("%1", shown))
            box.addWidget(bar)
            self.flight_list.addWidget(row)

    def _fill_occasions(self, today: dt.date) -> None:
        self.occasion_list.clear()
        until = today + dt.timedelta(days=OCCASION_DAYS)
        coming = occasions_between(today, until)
        lines: list[tuple[dt.date, str]] = []
        for holiday in self.doc.workspace.hijri.holidays_between(today, until):
            name = holiday.name_ar if self.fmt.lang == "ar" else holiday.name_en
            text = self.tr("%1 — public holiday: %2").replace("%1", name)
            text = text.replace("%2", span_text(self.fmt, holiday))
            if holiday.forecast:
                text += " · " + self.tr("forecast: not announced yet")
            lines.append((holiday.first, text))
        for occasion in coming:
            name = occasion.name_ar if self.fmt.lang == "ar" else occasion.name_en
            when = f"{self.fmt.weekday(occasion.date)} {self.fmt.date(occasion.date, 'long')}"
            hijri = self.fmt.hijri(occasion.date)
            text = f"{name} — {when} ({hijri})"
            if occasion.approximate:
                text += " · " + self.tr("approximate: depends on the moon sighting")
            lines.append((occasion.date, text))
        for _day, text in sorted(lines, key=lambda line: line[0])[:8]:
            self.occasion_list.addItem(QListWidgetItem(icon("calendar"), text))
        if not lines:
            self.occasion_list.addItem(
                QListWidgetItem(
                    self.fmt.counted(
                        self.tr("No occasion in the next %n days.", "", OCCASION_DAYS),
                        OCCASION_DAYS,
                    )
                )
            )

    def _fill_warnings(
        self, found: list[overview.OverviewWarning], posts: list[Post], names: dict[int, str]
    ) -> None:
        self.warn_list.clear()
        by_id = {p.id: p for p in posts}
        for w in found:
            if w.code in CrisisLines.CODES:
                self.warn_list.addItem(self._crisis_lines.item(w))
                continue
            post = by_id.get(w.post_id)
            when = (
                (
                    f"{self.fmt.date(post.scheduled_at.date(), 'd MMM')} "
                    f"{self.fmt.time(post.scheduled_at)}"
                )
                if post and post.scheduled_at
                else ""
            )
            campaign = names.get(w.campaign_id or 0, "")
            if w.code is overview.WarningCode.OVERDUE_POST:
                text = self.tr("A post due %1 in “%2” is not marked published.")
            elif w.code is overview.WarningCode.UNAPPROVED_SOON:
                text = self.tr("A post due %1 in “%2” is not approved yet.")
            else:
                text = self.tr("“%2” is running but has no posts planned from now on.")
            item = QListWidgetItem(
                icon("warning", "#d97706"), text.replace("%1", when).replace("%2", campaign)
            )
            self.warn_list.addItem(item)
        for campaign_id, count in self._changes.items():
            text = self.tr("“%2” has changed since its approval: %1").replace(
                "%1", approval_labels.changes_since(count, self.fmt)
            )
            self.warn_list.addItem(
                QListWidgetItem(
                    icon("warning", "#d97706"), text.replace("%2", names.get(campaign_id, ""))
                )
            )
        if not found and not self._changes:
            self.warn_list.addItem(
                QListWidgetItem(icon("check", "#16a34a"), self.tr("Nothing needs attention."))
            )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
