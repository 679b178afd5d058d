"""How the list (agenda) view paints its cells: platform marks, status dots, kept texts and
the occasions' bands; and the roles its model answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner import labels
from planner.domain.calendar import PostChip
from planner.palette import POST_STATUS
from planner.ui.calendar.chips import TEXTS, platform_pixmap
from planner.ui.calendar.holiday_marks import band_colours
from planner.ui.calendar.models import Index
from planner.ui.calendar.source import CalendarSource, OccasionMark
from planner.ui.icons import icon

IdRole = Qt.ItemDataRole.UserRole + 30
PlatformsRole = Qt.ItemDataRole.UserRole + 31
ChipRole = Qt.ItemDataRole.UserRole + 32
OccasionRole = Qt.ItemDataRole.UserRole + 33
ROLES = {
    IdRole,
    PlatformsRole,
    ChipRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
}


class MarksDelegate(QStyledItemDelegate):
    """The platform marks (cached pixmaps) or a status dot with its name: the shared
    delegates draw each mark from the icon font on every repaint, too slow for a month."""

    def __init__(self, source: CalendarSource, status: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.source = source
        self.status = status
        self.size = 16

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        chip: PostChip | None = index.data(ChipRole)
        if chip is None:
            return
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        rect = option.rect.adjusted(8, 0, -8, 0)
        y = rect.top() + (rect.height() - self.size) // 2
        x = rect.right() - self.size + 1 if rtl else rect.left()
        if not self.status:
            for p in chip.platforms:
                if (rtl and x < rect.left()) or (not rtl and x + self.size > rect.right()):
                    break
                painter.drawPixmap(x, y, platform_pixmap(p, self.size))
                x += -(self.size + 4) if rtl else self.size + 4
            return
        dot = QRect(x + 2, y + 3, self.size - 6, self.size - 6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_STATUS_COLOURS[chip.status])
        painter.drawEllipse(dot)
        text = (
            rect.adjusted(0, 0, -(self.size + 6), 0)
            if rtl
            else rect.adjusted(self.size + 6, 0, 0, 0)
        )
        painter.setPen(
            option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        painter.setFont(option.font)
        TEXTS.draw(painter, text, labels.post_status(chip.status), "status", rtl)


class TextDelegate(QStyledItemDelegate):
    """A cell's text, elided and shaped once then kept (see chips.TextCache); an occasion
    as a tinted band in the month view's colours (red on a quiet day) with a calendar mark
    (its day stays in `day_column`)."""

    def __init__(self, day_column: int, parent: QObject) -> None:
        super().__init__(parent)
        self.day_column = day_column

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        mark: OccasionMark | None = index.data(OccasionRole)
        if mark is not None and index.column() != self.day_column:
            self._paint_occasion(painter, option, mark, index.data(Qt.ItemDataRole.DisplayRole))
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        rect = option.rect.adjusted(8, 0, -8, 0)
        painter.setFont(option.font)
        painter.setPen(
            option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        TEXTS.draw(
            painter, rect, TEXTS.elided(option.fontMetrics, "cell", text, rect.width()), "cell", rtl
        )

    def _paint_occasion(
        self, painter: QPainter, option: QStyleOptionViewItem, mark: OccasionMark, shown: str
    ) -> None:
        colour, fill = band_colours(mark)
        rect = option.rect.adjusted(2, 3, -2, -3)
        painter.fillRect(rect, fill)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        size = min(16, rect.height() - 4)
        key = (colour.name(), size)
        glyph = _GLYPHS.get(key)
        if glyph is None:
            glyph = _GLYPHS[key] = icon("calendar", colour.name()).pixmap(size)
        x = rect.right() - 8 - size + 1 if rtl else rect.left() + 8
        painter.drawPixmap(x, rect.top() + (rect.height() - size) // 2, glyph)
        text = rect.adjusted(8, 0, -(16 + size), 0) if rtl else rect.adjusted(16 + size, 0, -8, 0)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        line = shown or occasion_line(mark)
        TEXTS.draw(
            painter,
            text,
            TEXTS.elided(QFontMetrics(font), "occasion", line, text.width()),
            "occasion",
            rtl,
        )


def occasion_line(mark: OccasionMark, span: str = "") -> str:
    """ "~ Eid al-Fitr" / "… (quiet day: …)" / "Eid al-Fitr holiday (public holiday: 19 – 23
    March 2026)": what an occasion row says; `span` is a holiday's days, written."""
    name = ("~ " if mark.approximate else "") + mark.name
    if mark.holiday is not None:
        return (
            QCoreApplication.translate("AgendaModel", "%1 (public holiday: %2)")
            .replace("%1", name)
            .replace("%2", span)
        )
    if mark.quiet:
        return QCoreApplication.translate(
            "AgendaModel", "%1 (quiet day: no campaign posts)"
        ).replace("%1", name)
    return name


_GLYPHS: dict[tuple[str, int], QPixmap] = {}
_STATUS_COLOURS = {s: QColor(c) for s, c in POST_STATUS.items()}
