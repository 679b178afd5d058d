"""The list (agenda) view: a month's posts as rows, searched as you type."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from planner import labels
from planner.domain.calendar import PostChip, search_key
from planner.domain.model import PostStatus
from planner.domain.search import normalise
from planner.palette import POST_STATUS
from planner.ui.calendar.models import Index, chip_tooltip
from planner.ui.calendar.source import CalendarSource
from planner.ui.delegates import PlatformsDelegate, StatusDelegate

IdRole = Qt.ItemDataRole.UserRole + 30
PlatformsRole = Qt.ItemDataRole.UserRole + 31


class AgendaModel(QAbstractTableModel):
    """Posts of a period in time order; `set_query` keeps the rows whose text matches."""

    DAY, TIME, PLATFORMS, POST, CAMPAIGN, STATUS = range(6)
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
        self._keys: list[str] | None = None  # search texts, made on the first search
        self._rows: list[PostChip] = []
        self._query = ""
        self._days: dict[dt.date, str] = {}

    # loading and searching -----------------------------------------------------------------
    def show_range(self, start: dt.date, end: dt.date) -> None:
        """Show the posts of [start, end)."""
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        self._all = self.source.chips(dt.datetime.combine(self.start, dt.time()),
                                      dt.datetime.combine(self.end, dt.time()), full_text=True)
        self._keys = None
        self._days = {}
        self._refilter()

    def set_query(self, text: str) -> None:
        self._query = text
        self._refilter()

    def _refilter(self) -> None:
        words = normalise(self._query).split()
        self.beginResetModel()
        if not words:
            self._rows = self._all
        else:
            if self._keys is None:
                self._keys = [self._key(c) for c in self._all]
            self._rows = [c for c, k in zip(self._all, self._keys, strict=True)
                          if all(w in k for w in words)]
        self.endResetModel()

    def _key(self, chip: PostChip) -> str:
        return search_key(chip.excerpt, self.source.campaign_name(chip.campaign_id),
                          labels.post_status(chip.status),
                          " ".join(labels.platform(p) for p in chip.platforms))

    @property
    def total(self) -> int:
        return len(self._all)

    def chip(self, row: int) -> PostChip:
        return self._rows[row]

    def row_of(self, post_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == post_id), -1)

    # model ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AgendaModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        chip = self._rows[index.row()]
        col = index.column()
        if role == IdRole:
            return chip.id
        if role == PlatformsRole:
            return [p.value for p in chip.platforms]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), chip, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return chip_tooltip(self.source, chip)
        if role in (Qt.ItemDataRole.AccessibleTextRole,) and col == self.PLATFORMS:
            return "، ".join(labels.platform(p) for p in chip.platforms)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return QColor(POST_STATUS[chip.status])
        return None

    def _text(self, row: int, chip: PostChip, col: int) -> str:
        assert chip.scheduled_at is not None
        if col == self.DAY:
            day = chip.scheduled_at.date()
            previous = self._rows[row - 1].scheduled_at if row else None
            if previous is not None and previous.date() == day:
                return ""  # the day is written once, on its first post
            return self._day_text(day)
        if col == self.TIME:
            return self.source.time_text(chip.scheduled_at)
        if col == self.POST:
            return " ".join(chip.excerpt.split())
        if col == self.CAMPAIGN:
            return self.source.campaign_name(chip.campaign_id)
        if col == self.STATUS:
            return labels.post_status(chip.status)
        return ""

    def day_texts(self) -> list[str]:
        """The day headings of the period (to size the column)."""
        days = {c.scheduled_at.date() for c in self._all if c.scheduled_at is not None}
        return [self._day_text(d) for d in sorted(days)]

    def _day_text(self, day: dt.date) -> str:
        text = self._days.get(day)
        if text is None:
            fmt = self.source.fmt
            text = (f"{fmt.date(day, 'EEE d MMM')} · {self.source.hijri_short(day, True)}")
            self._days[day] = text
        return text


class AgendaView(QTableView):
    """The agenda table; Enter or a double-click opens a post, Delete deletes it."""

    postActivated = Signal(int)
    deleteRequested = Signal(list)

    def __init__(self, source: CalendarSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = AgendaModel(source, self)
        self.setModel(self.agenda)
        self.setAccessibleName(self.tr("Posts of the month"))
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
        header.resizeSection(AgendaModel.PLATFORMS, max(3 * 24 + 8, 24 + metrics.horizontalAdvance(
            self.agenda.headerData(AgendaModel.PLATFORMS, Qt.Orientation.Horizontal))))
        header.resizeSection(AgendaModel.CAMPAIGN, metrics.horizontalAdvance("W" * 10))
        header.resizeSection(AgendaModel.STATUS, 44 + max(
            metrics.horizontalAdvance(labels.post_status(s)) for s in PostStatus))
        self.agenda.modelReset.connect(self.fit_day_column)
        self.setItemDelegateForColumn(AgendaModel.PLATFORMS,
                                      PlatformsDelegate(PlatformsRole, self))
        self.setItemDelegateForColumn(AgendaModel.STATUS, StatusDelegate(self))
        self.doubleClicked.connect(lambda index: self.postActivated.emit(index.data(IdRole)))

    def fit_day_column(self) -> None:
        texts = self.agenda.day_texts()
        if texts:
            width = max(self.fontMetrics().horizontalAdvance(t) for t in texts) + 20
            self.horizontalHeader().resizeSection(AgendaModel.DAY, width)

    def selected_post(self) -> int | None:
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_post(self, post_id: int | None) -> bool:
        row = self.agenda.row_of(post_id) if post_id is not None else -1
        if row < 0:
            return False
        self.selectRow(row)
        self.scrollTo(self.agenda.index(row, 0))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        post = self.selected_post()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and post is not None:
            self.postActivated.emit(post)
            return
        if event.key() == Qt.Key.Key_Delete and post is not None:
            self.deleteRequested.emit([post])
            return
        super().keyPressEvent(event)
