"""Paints one tile of the asset grid: the cached thumbnail, the name, format and size."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner.domain.identity import AssetFormat
from planner.formatting import Formatter
from planner.palette import ACCENT
from planner.ui.icons import icon
from planner.ui.identity.model import CaptionRole, FormatRole, LightRole, ThumbRole, UsesRole
from planner.ui.table_model import Index

TILE = QSize(168, 196)
THUMB = 136
PAD = 8
DARK_GROUND = "#3e4c59"  # behind white logos and watermarks


class AssetDelegate(QStyledItemDelegate):
    """Draws a tile from what the model holds; never reads or decodes a file."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt = formatter

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget
            )
        palette = option.palette
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        box = QRect(rect.x() + (rect.width() - THUMB) // 2, rect.y(), THUMB, THUMB)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setPen(Qt.PenStyle.NoPen)
        light = bool(index.data(LightRole))
        painter.setBrush(
            QColor(DARK_GROUND) if light else palette.color(QPalette.ColorRole.AlternateBase)
        )
        painter.drawRoundedRect(QRectF(box), 6, 6)
        pixmap = index.data(ThumbRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            size = pixmap.size().scaled(
                box.size() - QSize(8, 8), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
        else:
            glyph = "pdf" if index.data(FormatRole) == AssetFormat.PDF.value else "file"
            icon(glyph).paint(painter, box.adjusted(40, 40, -40, -40))
        self._uses_badge(painter, box, int(index.data(UsesRole) or 0), option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_rect = QRect(rect.x(), box.bottom() + 6, rect.width(), 20)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(role))
        name = painter.fontMetrics().elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), name)
        painter.setFont(option.font)
        muted = palette.color(role if selected else QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        caption = painter.fontMetrics().elidedText(
            str(index.data(CaptionRole) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(text_rect.translated(0, 20), int(Qt.AlignmentFlag.AlignCenter), caption)
        painter.restore()

    def _uses_badge(
        self, painter: QPainter, box: QRect, uses: int, option: QStyleOptionViewItem
    ) -> None:
        """A pill with the number of posts using the asset, in the box's leading corner."""
        if not uses:
            return
        text = self.fmt.integer(uses)
        width = max(24, painter.fontMetrics().horizontalAdvance(text) + 30)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        x = box.right() - 4 - width if rtl else box.left() + 4
        pill = QRect(x, box.top() + 4, width, 22)
        painter.setBrush(QColor(ACCENT))
        painter.drawRoundedRect(QRectF(pill), 11, 11)
        icon("link", "#ffffff").paint(
            painter, QRect(pill.right() - 20 if rtl else pill.left() + 5, pill.top() + 4, 14, 14)
        )
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            pill.adjusted(20, 0, 0, 0) if not rtl else pill.adjusted(0, 0, -20, 0),
            int(Qt.AlignmentFlag.AlignCenter),
            text,
        )
