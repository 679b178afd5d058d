"""A grid of calendar slots (month days or week hours): painted chips, drag and drop, keyboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QTableView,
    QToolTip,
    QWidget,
)

from planner.domain.calendar import PostChip
from planner.ui import plain
from planner.ui.calendar.chips import (
    GAP,
    ids_of,
    posts_mime,
)
from planner.ui.calendar.models import Slot, SlotModel, SlotRole, chip_tooltip
from planner.ui.calendar.slot_delegate import SlotDelegate
from planner.ui.calendar.source import CalendarSource

Index = QModelIndex | QPersistentModelIndex


class ChipGrid(QTableView):
    """Slots in seven day columns; a post chip can be selected, opened, dragged and moved."""

    postActivated = Signal(int)  # open in the composer
    newPostRequested = Signal(object)  # a Slot: write a new post there
    moveRequested = Signal(list, object)  # post ids, target Slot
    shiftRequested = Signal(int, object)  # post id, timedelta to move it by
    deleteRequested = Signal(list)  # post ids
    moreRequested = Signal(object)  # a Slot whose chips do not all fit
    pageRequested = Signal(int)  # -1 previous period, +1 next one

    show_day_numbers = True
    vertical_delta = dt.timedelta(days=7)  # what Ctrl+Shift+Up/Down moves a post by

    def __init__(
        self, source: CalendarSource, model: SlotModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.setModel(model)
        self.selected_post: int | None = None
        self.more_selected = False  # the keyboard is on the current slot's "+N more" line
        self._more: dict[int, str] = {}
        self.drop_index: QPersistentModelIndex | None = None
        self._press: tuple[QPoint, PostChip] | None = None
        self.delegate = SlotDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)  # drags start from a chip, see mouseMoveEvent
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setMouseTracking(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_chips()

    def fit_chips(self) -> None:
        """Tell the model how many chips a cell can show, so it reads no more."""
        model = self.slot_model()
        rows = max(1, model.rowCount())
        height = (
            self.viewport().height() // rows
            if self.fills_height
            else self.verticalHeader().defaultSectionSize()
        )
        step = self.delegate.chips.height + GAP
        model.fit(max(1, height // step))

    fills_height = True  # rows share the height (month); the week's rows have a fixed one

    def slot_model(self) -> SlotModel:
        model = self.model()
        assert isinstance(model, SlotModel)
        return model

    def more_text(self, hidden: int) -> str:
        text = self._more.get(hidden)
        if text is None:
            text = self._more[hidden] = self.tr("+%1 more").replace(
                "%1", self.source.fmt.digits_of(str(hidden))
            )
        return text

    # hit testing ---------------------------------------------------------------------------
    def hit(self, pos: QPoint) -> tuple[QModelIndex, PostChip | None, bool]:
        """The cell under `pos`, the chip there (if any), and whether it is the "+N" line."""
        index = self.indexAt(pos)
        if not index.isValid():
            return index, None, False
        slot: Slot = index.data(SlotRole)
        layout = self.delegate.chip_layout(self.visualRect(index), slot)
        for rect, chip in layout.rects:
            if rect.contains(pos):
                return index, chip, False
        return index, None, layout.more is not None and layout.more.contains(pos)

    def chip_rect(self, post_id: int) -> QRect:
        """Where a post's chip is painted (an empty rect when it is not shown)."""
        index = self.slot_model().index_of(post_id)
        if not index.isValid():
            return QRect()
        layout = self.delegate.chip_layout(self.visualRect(index), index.data(SlotRole))
        return next((r for r, c in layout.rects if c.id == post_id), QRect())

    # selection -----------------------------------------------------------------------------
    def current_slot(self) -> Slot | None:
        index = self.currentIndex()
        return index.data(SlotRole) if index.isValid() else None

    def select_post(self, post_id: int | None) -> bool:
        """Select a post's chip and its cell; False when it is not in the visible range."""
        self.more_selected = False
        if post_id is None:
            self.selected_post = None
            self.viewport().update()
            return False
        index = self.slot_model().index_of(post_id)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        if all(chip.id != post_id for _rect, chip in self.shown_chips(index)):
            self.more_selected = True  # it is behind "+N more"
            post_id = None
        self.selected_post = post_id
        self.scrollTo(index)
        self.viewport().update()
        return True

    def select_slot(self, index: QModelIndex, last: bool = False) -> None:
        self.setCurrentIndex(index)
        chips = [c for _r, c in self.shown_chips(index)]
        self.selected_post = (chips[-1] if last else chips[0]).id if chips else None
        slot = self.current_slot()
        self.more_selected = not chips and slot is not None and slot.count > 0
        self.viewport().update()

    def shown_chips(self, index: QModelIndex) -> list[tuple[QRect, PostChip]]:
        """The chips a cell has room for (its slot may hold more: see "+N more")."""
        if not index.isValid():
            return []
        return self.delegate.chip_layout(self.visualRect(index), index.data(SlotRole)).rects

    # mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        index, chip, more = self.hit(event.position().toPoint())
        self._press = None
        if index.isValid():
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.setCurrentIndex(index)
            self.selected_post = chip.id if chip else None
            self.more_selected = more
            if chip is not None and event.button() == Qt.MouseButton.LeftButton:
                self._press = (event.position().toPoint(), chip)
            if more and event.button() == Qt.MouseButton.LeftButton:
                self.moreRequested.emit(index.data(SlotRole))
            self.viewport().update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        start, chip = self._press
        if (
            event.position().toPoint() - start
        ).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(posts_mime([chip.id]))
        drag.setPixmap(self.chip_pixmap(chip))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index, chip, _more = self.hit(event.position().toPoint())
        if chip is not None:
            self.postActivated.emit(chip.id)
        elif index.isValid():
            self.newPostRequested.emit(index.data(SlotRole))
        event.accept()

    def chip_pixmap(self, chip: PostChip) -> QPixmap:
        width = min(240, max(120, self.columnWidth(0) - 8))
        pixmap = QPixmap(width, self.delegate.chips.height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.delegate.chips.paint(painter, pixmap.rect(), chip, self.isRightToLeft(), True)
        painter.end()
        return pixmap

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index, chip, more = self.hit(event.pos())
            if chip is not None:
                tip = plain.tip(chip_tooltip(self.source, chip))  # the post's own words
                QToolTip.showText(event.globalPos(), tip, self)
                return True
            if more:
                QToolTip.showText(event.globalPos(), self.more_tip(), self)
                return True
            if index.isValid():
                tip = plain.tip(index.data(Qt.ItemDataRole.ToolTipRole) or "")
                QToolTip.showText(event.globalPos(), tip, self)
                return True
        return super().viewportEvent(event)

    # drops ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if ids_of(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if not ids_of(event.mimeData()) or not index.isValid():
            event.ignore()
            return
        if self.drop_index != index:
            self.drop_index = QPersistentModelIndex(index)
            self.viewport().update()
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self.drop_index = None
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.drop(event.mimeData(), event.position().toPoint()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def drop(self, mime: object, pos: QPoint) -> bool:
        """Handle dropped posts at `pos`: ask for them to move to that slot."""
        self.drop_index = None
        self.viewport().update()
        ids = ids_of(mime)  # type: ignore[arg-type]
        index = self.indexAt(pos)
        if not ids or not index.isValid():
            return False
        self.moveRequested.emit(ids, index.data(SlotRole))
        return True

    # keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if key in arrows and mods == shift_ctrl:
            if self.selected_post is not None:
                self.shiftRequested.emit(self.selected_post, self._delta(key))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.more_selected and (slot := self.current_slot()) is not None:
                self.moreRequested.emit(slot)
            elif self.selected_post is not None:
                self.postActivated.emit(self.selected_post)
            elif (slot := self.current_slot()) is not None:
                self.newPostRequested.emit(slot)
            event.accept()
            return
        if key == Qt.Key.Key_Delete and self.selected_post is not None:
            self.deleteRequested.emit([self.selected_post])
            event.accept()
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.pageRequested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods and self._within_slot(key):
            event.accept()
            return
        if key in arrows and not mods:
            if not self.currentIndex().isValid():
                self.select_slot(self.model().index(0, 0))
                event.accept()
                return
            before = self.currentIndex()
            super().keyPressEvent(event)
            if self.currentIndex() != before:
                self.select_slot(self.currentIndex(), last=key == Qt.Key.Key_Up)
            return
        super().keyPressEvent(event)

    def _within_slot(self, key: int) -> bool:
        """Up/Down first walk through the chips a slot shows, then its "+N more" line."""
        slot = self.current_slot()
        if slot is None:
            return False
        ids = [c.id for _r, c in self.shown_chips(self.currentIndex())]
        down = key == Qt.Key.Key_Down
        if self.more_selected:
            if down or not ids:
                return False
            self.more_selected = False
            self.selected_post = ids[-1]
        elif self.selected_post in ids:
            i = ids.index(self.selected_post) + (1 if down else -1)
            if 0 <= i < len(ids):
                self.selected_post = ids[i]
            elif down and slot.count > len(ids):
                self.selected_post = None
                self.more_selected = True
            else:
                return False
        else:
            return False
        self.viewport().update()
        return True

    def more_tip(self) -> str:
        return self.tr("Show every post at this time (Enter)")

    def _delta(self, key: int) -> dt.timedelta:
        """How far Ctrl+Shift+arrow moves a post: a day sideways, a row up or down.

        Sideways follows what the eye sees: in right-to-left, Left is the next day.
        """
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return self.vertical_delta * (1 if key == Qt.Key.Key_Down else -1)
        forward = Qt.Key.Key_Left if self.isRightToLeft() else Qt.Key.Key_Right
        return dt.timedelta(days=1 if key == forward else -1)
