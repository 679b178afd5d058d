"""The list (agenda) view: a month's posts as rows, searched as you type."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from planner import labels
from planner.domain.calendar import PostChip, search_key
from planner.domain.model import PostStatus
from planner.domain.search import normalise
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui import plain
from planner.ui.calendar.agenda_paint import (
    ROLES,
    ChipRole,
    IdRole,
    MarksDelegate,
    OccasionRole,
    PlatformsRole,
    TextDelegate,
    occasion_line,
)
from planner.ui.calendar.holiday_marks import span_text
from planner.ui.calendar.keys import PostList
from planner.ui.calendar.models import chip_tooltip
from planner.ui.calendar.source import CalendarSource, OccasionMark
from planner.ui.table_model import Index, TableModel


@dataclass(frozen=True)
class OccasionRow:
    """An occasion listed among the posts, at the top of its day."""

    date: dt.date
    mark: OccasionMark


Row = PostChip | OccasionRow


def _date_of(row: Row) -> dt.date:
    if isinstance(row, OccasionRow):
        return row.date
    assert row.scheduled_at is not None
    return row.scheduled_at.date()


class AgendaModel(TableModel[Row]):
    """Posts of a period in time order; `set_query` keeps the rows whose text matches."""

    DAY, TIME, PLATFORMS, POST, CAMPAIGN, STATUS = range(6)
    loaded = Signal()  # a new period was read (not a search)
    CONTEXT = "AgendaModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaModel", "Day"),
        QT_TRANSLATE_NOOP("AgendaModel", "Time"),
        QT_TRANSLATE_NOOP("AgendaModel", "Platforms"),
        QT_TRANSLATE_NOOP("AgendaModel", "Post"),
        QT_TRANSLATE_NOOP("AgendaModel", "Campaign"),
        QT_TRANSLATE_NOOP("AgendaModel", "Status"),
    )

    def __init__(self, source: CalendarSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.start = dt.date.today().replace(day=1)
        self.end = self.start
        self._all: list[PostChip] = []
        self._occasions: list[OccasionRow] = []
        self._keys: list[str] | None = None  # search texts, made on the first search
        self._rows: list[Row] = []
        self.shown_posts = 0  # post rows (the others are occasions)
        self._query = ""
        self._days: dict[dt.date, str] = {}
        self._lines: dict[int, str] = {}

    # loading and searching -----------------------------------------------------------------
    def show_range(self, start: dt.date, end: dt.date) -> None:
        """Show the posts of [start, end)."""
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        self._load()
        self.loaded.emit()

    def _load(self) -> None:
        self._all = self.source.chips(
            dt.datetime.combine(self.start, dt.time()),
            dt.datetime.combine(self.end, dt.time()),
            full_text=True,
        )
        marks = self.source.occasions(self.start, self.end - dt.timedelta(days=1))
        self._occasions = [OccasionRow(day, m) for day in sorted(marks) for m in marks[day]]
        self._keys = None
        self._days = {}
        self._lines = {}
        self._refilter()

    def set_query(self, text: str) -> None:
        self._query = text
        self._refilter()

    def _refilter(self) -> None:
        words = normalise(self._query).split()
        self.beginResetModel()
        occasions = self._occasions
        if not words:
            posts = self._all
        else:
            if self._keys is None:
                self._keys = [self._key(c) for c in self._all]
            posts = [
                c for c, k in zip(self._all, self._keys, strict=True) if all(w in k for w in words)
            ]
            days = {_date_of(c) for c in posts}  # a day's occasions stay beside its posts
            occasions = [
                o
                for o in occasions
                if o.date in days or all(w in normalise(o.mark.name) for w in words)
            ]
        self.shown_posts = len(posts)
        self._rows = _merge(occasions, posts)
        self.endResetModel()

    def _key(self, chip: PostChip) -> str:
        return search_key(
            chip.excerpt,
            self.source.campaign_name(chip.campaign_id),
            labels.post_status(chip.status),
            " ".join(labels.platform(p) for p in chip.platforms),
        )

    @property
    def total(self) -> int:
        return len(self._all)

    def chip(self, row: int) -> PostChip | None:
        """The post on a row (None on an occasion's row)."""
        found = self._rows[row]
        return found if isinstance(found, PostChip) else None

    def row_date(self, row: int) -> dt.date:
        return _date_of(self._rows[row])

    def occasion_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if isinstance(r, OccasionRow)]

    def row_of(self, post_id: int) -> int:
        return next(
            (i for i, c in enumerate(self._rows) if isinstance(c, PostChip) and c.id == post_id), -1
        )

    # model ---------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            row = index.row()
            return self._text(row, self._rows[row], index.column())
        if not index.isValid() or (role not in ROLES and role != OccasionRole):
            return None
        chip = self._rows[index.row()]
        if isinstance(chip, OccasionRow):
            return self._occasion_data(chip, role)
        if role == OccasionRole:
            return None
        col = index.column()
        if role == IdRole:
            return chip.id
        if role == PlatformsRole:
            return chip.platforms
        if role == ChipRole:
            return chip
        if role == Qt.ItemDataRole.ToolTipRole:
            return chip_tooltip(self.source, chip)
        if role in (Qt.ItemDataRole.AccessibleTextRole,) and col == self.PLATFORMS:
            return "، ".join(labels.platform(p) for p in chip.platforms)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and isinstance(self._rows[index.row()], OccasionRow):
            return Qt.ItemFlag.NoItemFlags  # not a post: the keyboard and selection skip it
        return super().flags(index)

    def _occasion_data(self, row: OccasionRow, role: int) -> Any:
        if role == OccasionRole:
            return row.mark
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self._occasion_notes(row.mark))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Occasion: %1").replace("%1", ". ".join(self._occasion_notes(row.mark)))
        return None

    def _occasion_notes(self, mark: OccasionMark) -> list[str]:
        notes = [mark.name]
        if mark.approximate:
            notes.append(self.tr("Approximate: depends on the moon sighting."))
        if mark.local:
            notes.append(self.tr("Added by you (More › Occasions, hashtags and snippets…)."))
        return notes

    def _text(self, row: int, chip: Row, col: int) -> str:
        if col == self.DAY:
            day = _date_of(chip)
            if row and _date_of(self._rows[row - 1]) == day:
                return ""  # the day is written once, on its first row
            return self._day_text(day)
        if isinstance(chip, OccasionRow):
            if col not in (self.TIME, self.POST):  # the band spans from the time column on
                return ""
            holiday = chip.mark.holiday
            span = "" if holiday is None else span_text(self.source.fmt, holiday)
            return occasion_line(chip.mark, span)
        assert chip.scheduled_at is not None
        if col == self.TIME:
            return self.source.time_text(chip.scheduled_at)
        if col == self.POST:  # what fits: shaping a long Arabic text costs on every repaint
            line = self._lines.get(chip.id)
            if line is None:
                line = " ".join(chip.excerpt[:100].split())
                line = self._lines[chip.id] = plain.shown(line)
            return line
        if col == self.CAMPAIGN:
            return plain.shown(self.source.campaign_name(chip.campaign_id))
        if col == self.STATUS:
            return labels.post_status(chip.status)
        return ""

    def day_texts(self) -> list[str]:
        """The day headings of the period (to size the column)."""
        days = {c.scheduled_at.date() for c in self._all if c.scheduled_at is not None}
        days |= {o.date for o in self._occasions}
        return [self._day_text(d) for d in sorted(days)]

    def _day_text(self, day: dt.date) -> str:
        text = self._days.get(day)
        if text is None:
            fmt = self.source.fmt
            joint = "، " if fmt.lang == "ar" else " · "  # a middle dot reads as ٠ in Arabic
            text = f"{fmt.date(day, 'EEE d MMM')}{joint}{self.source.hijri_short(day, True)}"
            self._days[day] = text
        return text


def _merge(occasions: list[OccasionRow], posts: list[PostChip]) -> list[Row]:
    """Posts in time order, each day's occasions before its first post."""
    rows: list[Row] = []
    i = 0
    for post in posts:
        day = _date_of(post)
        while i < len(occasions) and occasions[i].date <= day:
            rows.append(occasions[i])
            i += 1
        rows.append(post)
    return rows + list(occasions[i:])


class AgendaView(PostList, QTableView):
    """The agenda table; Enter or a double-click opens a post, Delete deletes it."""

    ID_ROLE = IdRole
    postActivated = Signal(int)
    deleteRequested = Signal(list)

    def __init__(self, source: CalendarSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = AgendaModel(source, self)
        self.show_posts(self.agenda, self.tr("Posts of the month"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaModel.POST, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        metrics = self.fontMetrics()
        header.resizeSection(AgendaModel.TIME, metrics.horizontalAdvance("00:00") + 28)
        header.resizeSection(
            AgendaModel.PLATFORMS,
            max(
                3 * 24 + 8,
                24
                + metrics.horizontalAdvance(
                    self.agenda.headerData(AgendaModel.PLATFORMS, Qt.Orientation.Horizontal)
                ),
            ),
        )
        header.resizeSection(AgendaModel.CAMPAIGN, metrics.horizontalAdvance("W" * 10))
        header.resizeSection(
            AgendaModel.STATUS,
            44 + max(metrics.horizontalAdvance(labels.post_status(s)) for s in PostStatus),
        )
        self.agenda.loaded.connect(self.fit_day_column)
        self.agenda.modelReset.connect(self.span_occasions)
        self.setItemDelegate(TextDelegate(AgendaModel.DAY, self))
        self.setItemDelegateForColumn(AgendaModel.PLATFORMS, MarksDelegate(source, False, self))
        self.setItemDelegateForColumn(AgendaModel.STATUS, MarksDelegate(source, True, self))

    def span_occasions(self) -> None:
        """An occasion's row is one band from the time to the status column."""
        self.clearSpans()
        for row in self.agenda.occasion_rows():
            self.setSpan(row, AgendaModel.TIME, 1, AgendaModel.STATUS - AgendaModel.TIME + 1)

    def fit_day_column(self) -> None:
        texts = self.agenda.day_texts()
        if texts:
            width = max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 20
            self.horizontalHeader().resizeSection(AgendaModel.DAY, width)

    def select_post(self, post_id: int | None) -> bool:
        row = self.agenda.row_of(post_id) if post_id is not None else -1
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self.agenda.index(row, 0))
        return True
