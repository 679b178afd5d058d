"""Every post of a crowded slot in a popup ("+N more"): click one, or Enter, to open it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.calendar import PostChip
from planner.ui.calendar.chips import ChipPainter
from planner.ui.calendar.ideas import IdeaDelegate, IdeasModel, IdRole
from planner.ui.calendar.models import Slot
from planner.ui.calendar.source import CalendarSource


class SlotPostsModel(IdeasModel):
    """The posts of one slot, in time order (the ideas' model, given its rows)."""

    def set_chips(self, chips: list[PostChip]) -> None:
        self._replace_rows(chips)

    def reload(self) -> None:  # the rows come from set_chips
        pass


class _PostList(QListView):
    """The popup's list: Enter opens the current post as a click does."""

    opened = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.opened.emit(index.data(IdRole))
            return
        super().keyPressEvent(event)


class SlotPosts(QFrame):
    """A popup under a "+N more" line listing all of that slot's posts; Escape closes it."""

    postActivated = Signal(int)
    MOST_ROWS = 9  # taller lists scroll

    def __init__(self, source: CalendarSource, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.source = source
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Posts at this time"))
        self.title = QLabel()
        self.title.setObjectName("slotPostsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.posts = SlotPostsModel(source, self)
        self.list = _PostList()
        self.list.setModel(self.posts)
        self.delegate = IdeaDelegate(ChipPainter(source, self.font()), self.list)
        self.delegate.show_time = True
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(1)
        self.list.setAccessibleName(self.tr("Posts"))
        self.list.clicked.connect(lambda index: self._open(index.data(IdRole)))
        self.list.opened.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # sized by show_slot
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)

    def heading(self, slot: Slot) -> str:
        """ "Thursday 26 November 2026, 10:00–11:00 · 6 posts" (the hour only for an hour)."""
        fmt = self.source.fmt
        text = f"{fmt.weekday(slot.date)} {fmt.date(slot.date, 'long')}"
        if not slot.whole_day:
            text += fmt.comma
            text += f"{self.source.time_text(slot.start)}–{self.source.time_text(slot.end)}"
        n = len(self.posts._rows)
        count = fmt.counted(self.tr("%n posts", "", n), n)
        return f"{text} · {count}"

    def show_slot(self, slot: Slot, below: QRect) -> None:
        """List the slot's posts under `below` (a rect in global coordinates) and focus them."""
        self.posts.set_chips(self.source.chips(slot.start, slot.end))
        self.title.setText(self.heading(slot))
        row = self.delegate.chips.height * 2 + 8
        rows = min(self.MOST_ROWS, max(1, self.posts.rowCount()))
        height = rows * row + 2 * self.list.frameWidth() + 4
        width = max(300, below.width() + 120, self.title.sizeHint().width() + 24)
        self.resize(width, height + self.title.sizeHint().height() + 6 + 16)
        self.move(self._place(below))
        self.show()
        self.list.setFocus(Qt.FocusReason.PopupFocusReason)
        if self.posts.rowCount():
            self.list.setCurrentIndex(self.posts.index(0))

    def _place(self, below: QRect) -> QPoint:
        """Under the line, its reading edge aligned, kept on the screen."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = below.right() - self.width() + 1 if rtl else below.left()
        y = below.bottom() + 1
        screen = QGuiApplication.screenAt(below.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        if y + self.height() > area.bottom():
            y = max(area.top(), below.top() - self.height())
        x = max(area.left(), min(x, area.right() - self.width()))
        return QPoint(x, y)

    def _open(self, post_id: int) -> None:
        self.close()
        self.postActivated.emit(post_id)
