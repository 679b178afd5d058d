"""The Calendar screen: month, week and list views across campaigns, filters and the ideas."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.model import Post, PostStatus
from planner.formatting import Formatter
from planner.i18n.posts import counted_in_period
from planner.ui.calendar.actions import CalendarActions
from planner.ui.calendar.agenda import AgendaView
from planner.ui.calendar.composer import Composer
from planner.ui.calendar.grids import MonthGrid, WeekGrid
from planner.ui.calendar.ideas import IdeasList
from planner.ui.calendar.models import Slot
from planner.ui.calendar.navigation import Navigation, add_months
from planner.ui.calendar.rescheduling import DEFAULT_TIME, Rescheduling
from planner.ui.calendar.source import CalendarSource
from planner.ui.calendar.toolbar import FilterBar, PeriodBar
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.icons import icon
from planner.ui.widgets import caption, heading
from planner.ui.workspace_widget import WorkspaceWidget

if TYPE_CHECKING:
    from planner.ui.calendar.hijri_dialog import HijriDialog


IDEAS_BESIDE_FROM = 1040  # the calendar's width (pixels) from which the ideas sit beside it


class CalendarView(Rescheduling, Navigation, WorkspaceWidget):
    """The content calendar: every campaign's posts at their times, and the ideas to place."""

    moveWarned = Signal(list)  # the warnings of a move (empty when none), as sentences

    def __init__(
        self,
        doc: Document,
        formatter: Formatter,
        dialogs: Dialogs,
        today: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(doc, formatter, dialogs, parent)
        self.now = today
        self.source = CalendarSource(doc, formatter)
        self.anchor = today().date()
        self.mode = "month"
        # Opens the composer on a post (tests record the posts instead).
        self.composer_factory: Callable[[Post], object] | None = self.open_composer
        self.composers: dict[int, Composer] = {}

        self.title = heading("")  # the period shown: "November 2026"
        self.period = caption()  # its Hijri months
        self.period.setWordWrap(False)
        self.bar = PeriodBar()
        self.new_button = QPushButton(icon("add"), self.tr("New post"))
        self.new_button.clicked.connect(lambda: self.new_post(None))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.more_button.setMenu(self.more_menu)
        self.filters = FilterBar(self.source)
        self.count = caption()
        self.count.setToolTip(counted_in_period())  # what the number counts
        self.actions_ = CalendarActions(
            doc, formatter, dialogs, lambda: self.source.where, self, today
        )
        self.actions_.report = self.message.emit
        self.paused = QLabel()
        self.paused.setObjectName("pausedBanner")
        self.paused.setWordWrap(True)
        self.paused.setStyleSheet(
            "QLabel#pausedBanner { background: #fee2e2; color: #7f1d1d; "
            "border: 1px solid #fca5a5; border-radius: 6px; "
            "padding: 6px 10px; }"
        )
        self.paused.hide()

        self.month = MonthGrid(self.source)
        self.week = WeekGrid(self.source)
        self.agenda = AgendaView(self.source)
        self.stack = QStackedWidget()
        for widget in (self.month, self.week, self.agenda):
            self.stack.addWidget(widget)
        self.ideas = IdeasList(self.source)
        self.ideas_title = heading(self.tr("Ideas"), 2)
        self.ideas_hint = caption(self.tr("Posts with no date yet: drag one onto a day."))
        self.ideas_panel = ideas_panel = QWidget()
        ideas_layout = QVBoxLayout(ideas_panel)
        ideas_layout.setContentsMargins(8, 0, 0, 0)
        ideas_layout.addWidget(self.ideas_title)
        ideas_layout.addWidget(self.ideas_hint)
        ideas_layout.addWidget(self.ideas, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(ideas_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([900, 230])
        self.splitter.setChildrenCollapsible(False)
        self._ideas_chosen = False  # the officer moved the splitter: her width stays
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_ideas_chosen", True))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(8)
        top.addWidget(self.period, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.bar)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.more_button)
        filters = QHBoxLayout()
        filters.addWidget(self.filters, 1)
        filters.addWidget(self.count)
        self.ideas_button = QToolButton()
        self.ideas_button.setCheckable(True)
        self.ideas_button.setChecked(True)
        self.ideas_button.setToolTip(self.tr("Show or hide the ideas (posts with no date yet)"))
        self.ideas_button.clicked.connect(self._toggle_ideas)
        filters.addWidget(self.ideas_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.paused)
        layout.addWidget(self.splitter, 1)

        self._warmer: MonthGrid | None = None  # paints the months either side, offscreen
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(150)
        self._warm_timer.timeout.connect(self.warm_neighbours)

        self._connect()
        self.set_mode("month")
        self.reload_ideas()
        self.show_pause()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_ideas()

    def _fit_ideas(self) -> None:
        """On a narrow screen (a laptop at 125%) the days need the room: the ideas step
        aside behind their button until the officer opens them; on a wide one they take a
        sixth of the width (170 to 260 pixels)."""
        if self._ideas_chosen:
            return
        show = self.width() >= IDEAS_BESIDE_FROM
        self.ideas_panel.setVisible(show)
        self.ideas_button.setChecked(show)
        total = sum(self.splitter.sizes())
        if show and total > 0:
            ideas = max(170, min(260, total // 6))
            self.splitter.setSizes([total - ideas, ideas])

    def _toggle_ideas(self, shown: bool) -> None:
        self._ideas_chosen = True
        self.ideas_panel.setVisible(shown)

    def _connect(self) -> None:
        self.bar.stepped.connect(self.step)
        self.bar.todayRequested.connect(self.go_today)
        self.bar.modeChosen.connect(self.set_mode)
        self.filters.changed.connect(self.reload)
        self.filters.search.textChanged.connect(self._search)
        for grid in (self.month, self.week):
            grid.postActivated.connect(self.open_post)
            grid.newPostRequested.connect(self.new_post)
            grid.moveRequested.connect(self.move_posts)
            grid.shiftRequested.connect(self.shift_post)
            grid.deleteRequested.connect(self.delete_posts)
            grid.pageRequested.connect(self.step)
        self.month.moreRequested.connect(lambda slot: self.show_day(slot.date))
        self.week.moreRequested.connect(self.show_slot_posts)
        for posts in (self.agenda, self.ideas):  # the lists of posts (keys.PostList)
            posts.postActivated.connect(self.open_post)
            posts.deleteRequested.connect(self.delete_posts)
        self.ideas.unscheduleRequested.connect(self.unschedule)
        self.doc.changed.connect(self._on_changed)
        today = QAction(self.tr("Go to today"), self)
        today.setShortcut(QKeySequence(Qt.Key.Key_Home))
        today.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        today.triggered.connect(self.go_today)
        self.stack.addAction(today)
        self.more_menu.addAction(today)
        self.more_menu.addSeparator()
        for text, glyph, slot in (
            (self.tr("Import a content calendar…"), "import", self.actions_.import_calendar),
            (self.tr("Export to Excel…"), "export", self.actions_.export_xlsx),
            (self.tr("Export to a calendar file (.ics)…"), "export", self.actions_.export_ics),
            (self.tr("Export to CSV…"), "export", self.actions_.export_csv),
            (self.tr("Hand off to Hootsuite…"), "export", self.actions_.export_handoff),
        ):
            self.more_menu.addAction(icon(glyph), text).triggered.connect(slot)
        self.more_menu.addAction(
            icon("edit"), self.tr("Occasions, hashtags and snippets…")
        ).triggered.connect(self.open_library)
        self.more_menu.addAction(
            icon("calendar"), self.tr("Hijri calendar corrections…")
        ).triggered.connect(self.open_hijri)
        self.more_menu.addSeparator()
        self.pause_action = self.more_menu.addAction(
            icon("crisis"), self.tr("Pause all scheduled posts…")
        )
        self.pause_action.triggered.connect(self.actions_.pause_all)
        self.resume_action = self.more_menu.addAction(
            icon("restore"), self.tr("Resume paused posts")
        )
        self.resume_action.triggered.connect(self.actions_.resume_all)

    def reload(self) -> None:
        """Read the shown period and the ideas again (after a change or a filter)."""
        self.show_period()
        self.reload_ideas()
        self.show_pause()

    def open_library(self) -> None:
        from planner.ui.calendar.library import LibraryDialog

        dialog = LibraryDialog(self.doc, self.dialogs, self.fmt, self.now().date(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def open_hijri(self) -> HijriDialog:
        from planner.ui.calendar.hijri_dialog import HijriDialog

        dialog = HijriDialog(self.doc, self.dialogs, self.fmt, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_pause(self) -> None:
        """A banner while "Pause all" is in force: since when, and why."""
        record = self.actions_.pause_state()
        self.paused.setVisible(record is not None)
        if record is not None:
            self.paused.setText(
                self.tr(
                    "Scheduled posts are paused since %1: %2. Choose More › Resume paused posts "
                    "when it is time to post again."
                )
                .replace("%1", self.fmt.datetime(record.paused_at))
                .replace("%2", record.reason)
            )

    def reload_ideas(self) -> None:
        self.ideas.ideas.reload()
        title = self.tr("Ideas (%1)").replace("%1", self.fmt.integer(self.ideas.ideas.rowCount()))
        self.ideas_title.setText(title)
        self.ideas_button.setText(title)

    def show_period(self) -> None:
        """Read the period around `anchor` in the current view (month, week or list)."""
        today = self.now().date()
        if self.mode == "month":
            self.month.month_model.show_month(self.anchor, today)
            total = self.month.month_model.month_total()  # as the list of the month counts
            self._month_title(self.anchor)
            self._warm_timer.start()
        elif self.mode == "week":
            self.week.week_model.show_week(self.anchor, today)
            total = self.week.week_model.total
            first = self.week.week_model.first
            last = first + dt.timedelta(days=6)
            self.title.setText(self._week_title(first, last))
            self.period.setText(
                f"{self.source.hijri_short(first, True)} – {self.source.hijri_short(last, True)}"
            )
        else:
            start = self.anchor.replace(day=1)
            self.agenda.agenda.show_range(start, add_months(start, 1))
            total = self.agenda.agenda.total
            self._month_title(self.anchor)
        self.count.setText(self.fmt.counted(self.tr("%n posts", "", total), total))

    def _search(self, text: str) -> None:
        self.agenda.agenda.set_query(text)
        total = self.agenda.agenda.total
        self.count.setText(
            self.fmt.counted(self.tr("%1 of %n posts", "", total), total).replace(
                "%1", self.fmt.integer(self.agenda.agenda.shown_posts)
            )
            if text
            else self.fmt.counted(self.tr("%n posts", "", total), total)
        )

    def _on_changed(self, topic: str) -> None:
        if topic in ("all", "campaigns", "segments"):
            self.source.refresh_names()
            self.filters.fill_names()
        if topic in ("all", "campaigns", "segments", "posts", "calendar"):
            selected = self.selected_post()
            self.reload()
            if selected is not None:
                self.select_post(selected)

    # edits ---------------------------------------------------------------------------------
    def open_post(self, post_id: int) -> None:
        try:
            post = self.doc.workspace.posts.get(post_id)
        except KeyError:
            return
        self._compose(post)

    def new_post(self, slot: Slot | None) -> None:
        when = None
        if slot is not None:
            when = dt.datetime.combine(slot.date, DEFAULT_TIME) if slot.whole_day else slot.start
        campaign = self.source.where.campaign_id
        self._compose(
            Post(
                "",
                [],
                PostStatus.DRAFT if when else PostStatus.IDEA,
                scheduled_at=when,
                campaign_id=campaign,
                segment_id=self.source.where.segment_id,
            )
        )

    def open_composer(self, post: Post) -> Composer:
        """Show the composer on a post (the one already open for it, if any)."""
        composer = self.composers.get(post.id) if post.id is not None else None
        if composer is None:
            composer = Composer(self.doc, self.fmt, self.dialogs, post, self.now, self)
            composer.setWindowFlag(Qt.WindowType.Window)
            composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if post.id is not None:
                self.composers[post.id] = composer
                composer.destroyed.connect(lambda _=None, i=post.id: self.composers.pop(i, None))
        composer.show()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            composer.raise_()
            composer.activateWindow()
        return composer

    def _compose(self, post: Post) -> None:
        if self.composer_factory is not None:
            self.composer_factory(post)
