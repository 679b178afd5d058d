"""Painting a post chip (status stripe, platform mark, time, first words) and laying chips out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
    QTextOption,
    QTransform,
)

from planner.domain.calendar import PostChip
from planner.domain.model import Platform, PostStatus
from planner.palette import POST_STATUS
from planner.ui import plain
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
    """Where the chips of a cell go: one rect per shown chip, and the "+N more" rect (a line
    of its own, or the end of the last chip's line when the cell has room for one line only:
    a day always shows at least one chip before "+N")."""

    rects: list[tuple[QRect, PostChip]]
    more: QRect | None
    hidden: int
    short_more: bool = False  # "+N" alone, at the end of the chip's line


class TextCache:
    """Shaped texts, kept: laying out Arabic costs far more than drawing it, and a calendar
    repaints the same day numbers, Hijri dates, times and first words again and again."""

    LIMIT = 6000

    def __init__(self) -> None:
        self._static: dict[tuple[str, str, bool], tuple[QStaticText, float, float]] = {}
        self._elided: dict[tuple[str, str, int], str] = {}

    def elided(self, metrics: QFontMetrics, key: str, text: str, width: int) -> str:
        found = self._elided.get((key, text, width))
        if found is None:
            if len(self._elided) > self.LIMIT:
                self._elided.clear()
            found = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            self._elided[(key, text, width)] = found
        return found

    def draw(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        key: str,
        rtl: bool,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading,
    ) -> None:
        """Draw `text` in `rect`, vertically centred, at the reading start (or centred)."""
        found = self._static.get((text, key, rtl))
        if found is None:
            if len(self._static) > self.LIMIT:
                self._static.clear()
            static = QStaticText(text)
            option = QTextOption()
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            static.setTextOption(option)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), painter.font())
            size = static.size()
            found = self._static[(text, key, rtl)] = (static, size.width(), size.height())
        static, width, height = found
        y = rect.top() + (rect.height() - height) / 2
        if align == Qt.AlignmentFlag.AlignHCenter:
            x = rect.left() + (rect.width() - width) / 2
        elif (align == Qt.AlignmentFlag.AlignLeading) != rtl:
            x = rect.left()
        else:
            x = rect.right() + 1 - width
        painter.drawStaticText(QPointF(x, y), static)


TEXTS = TextCache()


class ChipPainter:
    """Paints chips in a given font; shared by the month, week, ideas and list views."""

    def __init__(self, source: CalendarSource, font: QFont) -> None:
        self.source = source
        self.font = QFont(font)
        self.font.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
        self.metrics = QFontMetrics(self.font)
        # Arabic fonts reserve deep descents that chips never need in full: a line is the
        # ascent and half the descent (the text is centred on it), which gives a cell at
        # 125% scaling room for two chips instead of one
        self.line_step = self.metrics.ascent() + (self.metrics.descent() + 1) // 2
        self.height = self.line_step + 1
        self.tall = self.height + self.line_step  # a chip of two lines
        self.icon = max(12, self.height - 4)
        self.strike = QFont(self.font)
        self.strike.setStrikeOut(True)
        self.key = f"chip{self.font.toString()}"
        self.strike_key = f"strike{self.font.toString()}"
        self.status = {s: (c, _tint(c)) for s, c in _STATUS.items()}
        palette = QGuiApplication.palette()
        self.text_colour = palette.color(QPalette.ColorRole.Text)
        self.link_colour = palette.color(QPalette.ColorRole.Link)
        self.selected_pen = QPen(palette.color(QPalette.ColorRole.Highlight))
        self.selected_pen.setWidth(2)
        self._labels: dict[tuple[str, dt.datetime | None, bool, bool], str] = {}
        self._lines: dict[tuple[str, int, int], tuple[str, str]] = {}

    def layout(
        self, area: QRect, chips: list[PostChip], count: int | None = None, rtl: bool = False
    ) -> ChipLayout:
        """Stack chips from the top of `area`, two lines each (platform, time and the start
        of the title, then more of the title) when every chip has room for them, else one
        line each; the last line says "+N" when they do not all fit (`count` is the number
        of posts in the slot, when more than `chips`)."""
        total = len(chips) if count is None else max(count, len(chips))
        step = self.height + GAP
        rows = max(0, (area.height() + GAP) // step)
        if total <= rows:
            tall = total * (self.tall + GAP) <= area.height() + GAP
            height = self.tall if tall else self.height
            rects = [
                (QRect(area.left(), area.top() + i * (height + GAP), area.width(), height), chip)
                for i, chip in enumerate(chips[:total])
            ]
            return ChipLayout(rects, None, total - len(rects))
        if rows == 0 or not chips:
            more = QRect(area.left(), area.top(), area.width(), self.height) if rows else None
            return ChipLayout([], more, total)
        if rows == 1:  # one line: the first chip, and "+N" at its end
            hidden = total - 1
            badge = self.metrics.horizontalAdvance(f"+{hidden}") + 2 * PAD
            line = QRect(area.left(), area.top(), area.width(), self.height)
            if rtl:
                chip_rect = line.adjusted(badge, 0, 0, 0)
                more = QRect(line.left(), line.top(), badge, self.height)
            else:
                chip_rect = line.adjusted(0, 0, -badge, 0)
                more = QRect(line.right() - badge + 1, line.top(), badge, self.height)
            return ChipLayout([(chip_rect, chips[0])], more, hidden, short_more=True)
        shown = chips[: rows - 1]
        rects = [
            (QRect(area.left(), area.top() + i * step, area.width(), self.height), chip)
            for i, chip in enumerate(shown)
        ]
        more = QRect(area.left(), area.top() + len(shown) * step, area.width(), self.height)
        return ChipLayout(rects, more, total - len(shown))

    def paint(
        self,
        painter: QPainter,
        rect: QRect,
        chip: PostChip,
        rtl: bool,
        selected: bool = False,
        show_time: bool = True,
    ) -> None:
        colour, fill = self.status[chip.status]
        painter.fillRect(rect, fill)
        stripe = QRect(
            rect.right() - STRIPE + 1 if rtl else rect.left(), rect.top(), STRIPE, rect.height()
        )
        painter.fillRect(stripe, colour)
        if selected:
            painter.setPen(self.selected_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        inner = (
            rect.adjusted(STRIPE + PAD, 0, -PAD, 0)
            if not rtl
            else rect.adjusted(PAD, 0, -(STRIPE + PAD), 0)
        )
        y = rect.top() + (min(rect.height(), self.height) - self.icon) // 2
        if chip.platforms:
            x = inner.right() - self.icon + 1 if rtl else inner.left()
            painter.drawPixmap(x, y, platform_pixmap(chip.platforms[0], self.icon))
        used = self.icon + PAD
        rest = inner.adjusted(0, 0, -used, 0) if rtl else inner.adjusted(used, 0, 0, 0)
        if rest.width() <= 8:
            return
        text = self.label(chip, show_time, rtl)
        cancelled = chip.status is PostStatus.CANCELLED
        key = self.strike_key if cancelled else self.key
        painter.setFont(self.strike if cancelled else self.font)
        painter.setPen(self.text_colour)
        if rect.height() >= self.tall:
            first, second = self.two_lines(text, rest.width(), inner.width())
            top = QRect(rest.left(), rect.top(), rest.width(), self.height)
            TEXTS.draw(painter, top, first, key, rtl)
            if second:
                bottom = QRect(inner.left(), top.bottom() + 1, inner.width(), self.line_step)
                TEXTS.draw(painter, bottom, second, key, rtl)
            return
        TEXTS.draw(painter, rest, TEXTS.elided(self.metrics, key, text, rest.width()), key, rtl)

    def two_lines(self, text: str, first_width: int, width: int) -> tuple[str, str]:
        """`text` broken between words to fill a first line of `first_width` (beside the
        platform's mark) and a second of `width`, elided at its end."""
        found = self._lines.get((text, first_width, width))
        if found is not None:
            return found
        if len(self._lines) > TextCache.LIMIT:
            self._lines.clear()
        if self.metrics.horizontalAdvance(text) <= first_width:
            found = (text, "")
        else:
            words = text.split(" ")
            cut = 1
            while (
                cut < len(words)
                and self.metrics.horizontalAdvance(" ".join(words[: cut + 1])) <= first_width
            ):
                cut += 1
            head = " ".join(words[:cut])
            if self.metrics.horizontalAdvance(head) > first_width:  # one long word: cut it
                size = len(head)
                while size > 1 and self.metrics.horizontalAdvance(head[:size]) > first_width:
                    size -= 1
                head, rest = head[:size], text[size:]
            else:
                rest = " ".join(words[cut:])
            tail = self.metrics.elidedText(rest.strip(), Qt.TextElideMode.ElideRight, width)
            found = (head, tail)
        self._lines[(text, first_width, width)] = found
        return found

    def shown_text(self, rect: QRect, chip: PostChip, rtl: bool, show_time: bool = True) -> str:
        """The words a chip painted in `rect` shows (what the officer can read of it)."""
        inner_width = rect.width() - STRIPE - 2 * PAD
        rest_width = inner_width - self.icon - PAD
        if rest_width <= 8:
            return ""
        text = self.label(chip, show_time, rtl)
        if rect.height() >= self.tall:
            first, second = self.two_lines(text, rest_width, inner_width)
            shown = f"{first} {second}" if second else first
        else:
            shown = TEXTS.elided(self.metrics, self.key, text, rest_width)
        for mark in ("\u2026", "...", "\u200d", "\u200f", "\u200e"):
            shown = shown.replace(mark, "")
        return shown.strip()

    def label(self, chip: PostChip, show_time: bool, rtl: bool = True) -> str:
        """The chip's words: its time (when shown) and the first words of its text.

        A direction mark after the time keeps it at the reading start: Arabic-Indic digits
        next to Arabic words would otherwise join their run and trail it in a left-to-right
        layout.
        """
        key = (chip.excerpt, chip.scheduled_at, show_time, rtl)
        text = self._labels.get(key)
        if text is None:
            if len(self._labels) > TextCache.LIMIT:
                self._labels.clear()
            text = plain.shown(chip.first_words())
            if show_time and chip.scheduled_at is not None:
                mark = "\u200f" if rtl else "\u200e"
                text = f"{self.source.time_text(chip.scheduled_at)}{mark} {text}"
            self._labels[key] = text
        return text

    def paint_more(self, painter: QPainter, rect: QRect, text: str, rtl: bool) -> None:
        painter.setFont(self.font)
        painter.setPen(self.link_colour)
        TEXTS.draw(painter, rect.adjusted(PAD, 0, -PAD, 0), text, self.key, rtl)


def _tint(colour: QColor) -> QColor:
    """The status colour at 16% over the base colour, opaque (cheaper to fill)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    a = 0.16
    return QColor(
        round(colour.red() * a + base.red() * (1 - a)),
        round(colour.green() * a + base.green() * (1 - a)),
        round(colour.blue() * a + base.blue() * (1 - a)),
    )
