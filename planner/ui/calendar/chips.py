"""Painting a post chip (status stripe, platform mark, time, first words) and laying chips out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPalette, QPixmap

from planner.domain.calendar import PostChip
from planner.domain.model import Platform, PostStatus
from planner.palette import POST_STATUS
from planner.ui.calendar.source import CalendarSource
from planner.ui.icons import platform_icon

MIME = "application/x-planner-posts"
STRIPE = 4
PAD = 4
GAP = 2
_STATUS = {s: QColor(c) for s, c in POST_STATUS.items()}
_pixmaps: dict[tuple[Platform, int, float], QPixmap] = {}


def posts_mime(post_ids: list[int]) -> QMimeData:
    """The drag payload: the dragged posts' ids."""
    mime = QMimeData()
    mime.setData(MIME, ",".join(str(i) for i in post_ids).encode("ascii"))
    return mime


def ids_of(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME):
        return []
    raw = bytes(mime.data(MIME).data()).decode("ascii", "replace")
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


def platform_pixmap(platform: Platform, size: int, ratio: float = 1.0) -> QPixmap:
    """The platform's mark as a cached pixmap (painting it from the font costs far more)."""
    key = (platform, size, ratio)
    pixmap = _pixmaps.get(key)
    if pixmap is None:
        pixmap = platform_icon(platform).pixmap(size, size)
        _pixmaps[key] = pixmap
    return pixmap


@dataclass
class ChipLayout:
    """Where the chips of a cell go: one rect per shown chip, and the "+N more" rect."""

    rects: list[tuple[QRect, PostChip]]
    more: QRect | None
    hidden: int


class ChipPainter:
    """Paints chips in a given font; shared by the month, week, ideas and list views."""

    def __init__(self, source: CalendarSource, font: QFont) -> None:
        self.source = source
        self.font = QFont(font)
        self.font.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
        self.metrics = QFontMetrics(self.font)
        self.height = self.metrics.height() + 4
        self.icon = max(12, self.metrics.height() - 2)
        self.strike = QFont(self.font)
        self.strike.setStrikeOut(True)

    def layout(self, area: QRect, chips: list[PostChip]) -> ChipLayout:
        """Stack chips from the top of `area`; the last line says "+N" when they do not fit."""
        rows = max(0, (area.height() + GAP) // (self.height + GAP))
        shown = chips if len(chips) <= rows else chips[:max(0, rows - 1)]
        rects = [(QRect(area.left(), area.top() + i * (self.height + GAP), area.width(),
                        self.height), chip) for i, chip in enumerate(shown)]
        more = None
        if len(shown) < len(chips) and rows > 0:
            more = QRect(area.left(), area.top() + len(shown) * (self.height + GAP),
                         area.width(), self.height)
        return ChipLayout(rects, more, len(chips) - len(shown))

    def paint(self, painter: QPainter, rect: QRect, chip: PostChip, rtl: bool,
              selected: bool = False, show_time: bool = True) -> None:
        palette = QGuiApplication.palette()
        colour = _STATUS[chip.status]
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        painter.fillRect(rect, fill)
        stripe = QRect(rect.right() - STRIPE + 1 if rtl else rect.left(), rect.top(),
                       STRIPE, rect.height())
        painter.fillRect(stripe, colour)
        if selected:
            painter.save()
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()
        inner = rect.adjusted(STRIPE + PAD, 0, -PAD, 0) if not rtl else \
            rect.adjusted(PAD, 0, -(STRIPE + PAD), 0)
        x = inner.right() - self.icon + 1 if rtl else inner.left()
        y = rect.top() + (rect.height() - self.icon) // 2
        if chip.platforms:
            painter.drawPixmap(x, y, platform_pixmap(chip.platforms[0], self.icon))
        used = self.icon + PAD
        painter.setFont(self.strike if chip.status is PostStatus.CANCELLED else self.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        if show_time and chip.scheduled_at is not None:
            time = self.source.time_text(chip.scheduled_at)
            width = self.metrics.horizontalAdvance(time)
            box = QRect(inner.right() - used - width + 1 if rtl else inner.left() + used,
                        rect.top(), width, rect.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter,
                             time)
            used += width + PAD
        rest = inner.adjusted(0, 0, -used, 0) if rtl else inner.adjusted(used, 0, 0, 0)
        if rest.width() > 8:
            words = self.metrics.elidedText(chip.first_words(), Qt.TextElideMode.ElideRight,
                                            rest.width())
            painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             words)

    def paint_more(self, painter: QPainter, rect: QRect, hidden: int, text: str) -> None:
        painter.setFont(self.font)
        painter.setPen(QGuiApplication.palette().color(QPalette.ColorRole.Link))
        painter.drawText(rect.adjusted(PAD, 0, -PAD, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
