"""The ideas column: posts with no date yet, dragged onto the calendar to schedule them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner import labels
from planner.domain.calendar import PostChip
from planner.ui import plain
from planner.ui.calendar.chips import MIME, ChipPainter, ids_of, posts_mime
from planner.ui.calendar.keys import PostList
from planner.ui.calendar.models import chip_tooltip
from planner.ui.calendar.source import CalendarSource
from planner.ui.table_model import ListModel

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 40
ChipRole = Qt.ItemDataRole.UserRole + 41


class IdeasModel(ListModel[PostChip]):
    """The backlog as a list; its items drag out as posts."""

    def __init__(self, source: CalendarSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source

    def reload(self) -> None:
        self._replace_rows(self.source.ideas())

    def row_of(self, post_id: int) -> int:
        return next((i for i, c in enumerate(self._rows) if c.id == post_id), -1)

    def item_data(self, chip: PostChip, role: int) -> Any:
        if role == IdRole:
            return chip.id
        if role == ChipRole:
            return chip
        if role == Qt.ItemDataRole.DisplayRole:
            return plain.shown(chip.first_words(12))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return chip.first_words(12)
        if role == Qt.ItemDataRole.ToolTipRole:
            return chip_tooltip(self.source, chip)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({i.data(IdRole) for i in indexes if i.isValid()})
        return posts_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class IdeaDelegate(QStyledItemDelegate):
    """An idea as a chip (status stripe, platform mark, first words) and its campaign below."""

    show_time = False  # ideas have none; a slot's posts (slot_posts.py) show theirs

    def __init__(self, painter: ChipPainter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chips = painter

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chip: PostChip = index.data(ChipRole)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        top = rect.adjusted(0, 0, 0, -(rect.height() - self.chips.height))
        self.chips.paint(painter, top, chip, rtl, selected, show_time=self.show_time)
        campaign = self.chips.source.campaign_name(chip.campaign_id)
        if self.show_time:  # a slot's posts: their status too, as chips only show its colour
            campaign = " · ".join(t for t in (labels.post_status(chip.status), campaign) if t)
        if campaign:
            below = rect.adjusted(6, self.chips.height, -6, 0)
            painter.setFont(self.chips.font)
            painter.setPen(option.palette.color(option.palette.ColorRole.PlaceholderText))
            painter.drawText(
                below,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.chips.metrics.elidedText(campaign, Qt.TextElideMode.ElideRight, below.width()),
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(160, 2 * self.chips.height + 6)


class IdeasList(PostList, QListView):
    """Drag an idea onto a day to schedule it; drop a post here to take its date away."""

    ID_ROLE = IdRole
    postActivated = Signal(int)
    unscheduleRequested = Signal(list)
    deleteRequested = Signal(list)

    def __init__(self, source: CalendarSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ideas = IdeasModel(source, self)
        self.show_posts(self.ideas, self.tr("Ideas"))
        self.setItemDelegate(IdeaDelegate(ChipPainter(source, self.font()), self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        # the ideas elide to the panel's width: it never scrolls sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def select_post(self, post_id: int) -> bool:
        row = self.ideas.row_of(post_id)
        if row < 0:
            return False
        self.setCurrentIndex(self.ideas.index(row))
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is not self and ids_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is not self and ids_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self and self.drop(event.mimeData()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def drop(self, mime: QMimeData) -> bool:
        ids = ids_of(mime)
        if ids:
            self.unscheduleRequested.emit(ids)
        return bool(ids)
