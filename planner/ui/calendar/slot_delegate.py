"""Painting one calendar slot: its day and Hijri date, occasions, and the chips that fit."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from planner.palette import ACCENT
from planner.ui.calendar.chips import GAP, PAD, TEXTS, ChipLayout, ChipPainter
from planner.ui.calendar.holiday_marks import band_colours, shows_name, span_band
from planner.ui.calendar.models import Slot
from planner.ui.calendar.source import column_of

if TYPE_CHECKING:
    from planner.ui.calendar.grid import ChipGrid

Index = QModelIndex | QPersistentModelIndex
_HEADERS: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
_SEEN: set[tuple[object, ...]] = set()  # headings painted once, kept when they come back


class SlotDelegate(QStyledItemDelegate):
    """Paints one slot: its day and Hijri date, occasions, then as many chips as fit."""

    HEADERS_KEPT = 300  # day headings kept as pixmaps: a few months' worth, about 5 MB
    keep_at_once = False  # True for the view's offscreen painter of the months ahead

    def __init__(self, grid: ChipGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.chips = ChipPainter(grid.source, grid.font())
        self.small = QFont(self.chips.font)
        self.bold = QFont(grid.font())
        self.bold.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold)
        self.palette = QGuiApplication.palette()
        self.base = self.palette.color(QPalette.ColorRole.Base)
        self.alternate = self.palette.color(QPalette.ColorRole.AlternateBase)
        self.drop_tint = QColor(ACCENT)
        self.drop_tint.setAlpha(50)
        self.focus_tint = QColor(self.palette.color(QPalette.ColorRole.Highlight))
        self.focus_tint.setAlpha(22)
        self.today_pen = QPen(QColor(ACCENT))
        self.today_pen.setWidth(2)
        self.line = self.chips.height
        self.font_key = (self.bold.toString(), self.chips.key, self.base.rgba())
        self._headers = _HEADERS  # shared: the view paints the months either side ahead

    def occasion_lines(self, rect: QRect, slot: Slot) -> int:
        """How many occasions a day cell shows: up to two, leaving a line for its chips."""
        if not slot.whole_day or not slot.occasions:
            return 0
        free = (rect.height() - 2 * GAP - self.line) // (self.line + GAP)
        if slot.chips:
            free -= 1
        return max(0, min(2, len(slot.occasions), free))

    def chips_area(self, rect: QRect, slot: Slot) -> QRect:
        top = rect.top() + GAP
        if slot.whole_day:
            top += self.line + GAP
            top += self.occasion_lines(rect, slot) * (self.line + GAP)
        return QRect(rect.left() + GAP, top, rect.width() - 2 * GAP, rect.bottom() - GAP - top + 1)

    def chip_layout(self, rect: QRect, slot: Slot) -> ChipLayout:
        return self.chips.layout(
            self.chips_area(rect, slot), slot.chips, slot.count, self.grid.isRightToLeft()
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # straight from the model: index.data() wraps the slot in a QVariant and back
        slot = self.grid.slot_model().slot_at(index.row(), index.column())
        if slot is None:
            return
        palette = self.palette
        rect = option.rect
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        painter.save()
        painter.fillRect(rect, self.alternate if slot.weekend or not slot.in_month else self.base)
        if slot.whole_day:
            pixmap = self._header(painter, rect, slot, rtl, palette)
            if pixmap is not None:
                painter.drawPixmap(rect.topLeft(), pixmap)
            else:
                self._paint_header(painter, rect, slot, rtl, palette)
        if self.grid.drop_index is not None and self.grid.drop_index == index:
            painter.fillRect(rect, self.drop_tint)
        elif self.grid.currentIndex() == index and self.grid.hasFocus():
            painter.fillRect(rect, self.focus_tint)
        if slot.today and slot.whole_day:
            painter.setPen(self.today_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        self._paint_chips(painter, rect, slot, rtl)
        painter.restore()

    def _header(
        self, painter: QPainter, rect: QRect, slot: Slot, rtl: bool, palette: QPalette
    ) -> QPixmap | None:
        """A day's heading (day number, Hijri date, occasions) on its background, painted
        once and kept: it only changes with the day, its occasions and the cell's size, and
        shaping the Arabic of a month's headings cost more than all its chips.

        A heading seen for the first time is painted straight (None): making the pixmap
        costs more than one paint, so it is made when the heading comes back, or at once
        by the view's offscreen painter of the months ahead (`keep_at_once`)."""
        lines = self.occasion_lines(rect, slot)
        height = min(rect.height(), GAP + (self.line + GAP) * (1 + lines) + GAP)
        ratio = painter.device().devicePixelRatioF()
        key = (
            slot.date,
            rect.width(),
            height,
            slot.in_month,
            slot.today,
            slot.day_text,
            slot.hijri_text,
            tuple(slot.occasions[:lines]),
            rtl,
            ratio,
            self.font_key,
        )
        pixmap = self._headers.get(key)
        if pixmap is not None:
            self._headers.move_to_end(key)
            return pixmap
        if not self.keep_at_once and key not in _SEEN:
            if len(_SEEN) > 2 * self.HEADERS_KEPT:
                _SEEN.clear()
            _SEEN.add(key)
            return None
        pixmap = QPixmap(round(rect.width() * ratio), round(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.alternate if slot.weekend or not slot.in_month else self.base)
        band = QPainter(pixmap)
        band.setRenderHints(painter.renderHints())
        self._paint_header(band, QRect(0, 0, rect.width(), rect.height()), slot, rtl, palette)
        band.end()
        self._headers[key] = pixmap
        if len(self._headers) > self.HEADERS_KEPT:
            self._headers.popitem(last=False)
        return pixmap

    def _paint_header(
        self, painter: QPainter, rect: QRect, slot: Slot, rtl: bool, palette: QPalette
    ) -> None:
        line = QRect(rect.left() + PAD, rect.top() + GAP, rect.width() - 2 * PAD, self.line)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if self.grid.show_day_numbers:
            painter.setFont(self.bold)
            width = self.bold_metrics.horizontalAdvance(slot.day_text) + 8
            box = QRect(
                line.right() - width + 1 if rtl else line.left(), line.top(), width, line.height()
            )
            if slot.today:
                painter.setBrush(QColor(ACCENT))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(box, 6, 6)
                painter.setPen(QColor("#ffffff"))
            else:
                painter.setPen(palette.color(QPalette.ColorRole.Text) if slot.in_month else muted)
            TEXTS.draw(painter, box, slot.day_text, "bold", rtl, Qt.AlignmentFlag.AlignHCenter)
            line = line.adjusted(0, 0, -width, 0) if rtl else line.adjusted(width, 0, 0, 0)
        painter.setFont(self.small)
        painter.setPen(muted)
        line = line.adjusted(0, 0, -PAD, 0) if rtl else line.adjusted(PAD, 0, 0, 0)
        TEXTS.draw(
            painter,
            line,
            TEXTS.elided(self.chips.metrics, self.chips.key, slot.hijri_text, line.width()),
            self.chips.key,
            rtl,
            Qt.AlignmentFlag.AlignTrailing
            if self.grid.show_day_numbers
            else Qt.AlignmentFlag.AlignLeading,
        )
        y = rect.top() + GAP + self.line + GAP
        first_column = column_of(slot.date) == 0
        for occasion in slot.occasions[: self.occasion_lines(rect, slot)]:
            band = span_band(rect, y, self.line, GAP, occasion, rtl)
            colour, fill = band_colours(occasion)
            painter.fillRect(band, fill)
            if shows_name(occasion, first_column):
                painter.setPen(colour)
                name = ("~ " if occasion.approximate else "") + occasion.name
                inner = QRect(rect.left() + GAP, y, rect.width() - 2 * GAP, self.line)
                inner = inner.adjusted(PAD, 0, -PAD, 0)
                TEXTS.draw(
                    painter,
                    inner,
                    TEXTS.elided(self.chips.metrics, self.chips.key, name, inner.width()),
                    self.chips.key,
                    rtl,
                )
            y += self.line + GAP

    def _paint_chips(self, painter: QPainter, rect: QRect, slot: Slot, rtl: bool) -> None:
        if not slot.count:
            return
        layout = self.chip_layout(rect, slot)
        selected = self.grid.selected_post
        for chip_rect, chip in layout.rects:
            self.chips.paint(painter, chip_rect, chip, rtl, chip.id == selected)
        if layout.more is not None:
            text = (
                "+" + self.grid.source.fmt.digits_of(str(layout.hidden))
                if layout.short_more
                else self.grid.more_text(layout.hidden)
            )
            self.chips.paint_more(painter, layout.more, text, rtl)
            current = self.grid.current_slot() if self.grid.more_selected else None
            if current is not None and current.start == slot.start:
                painter.setPen(self.chips.selected_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(layout.more.adjusted(1, 1, -1, -1))
