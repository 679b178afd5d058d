"""Item delegates shared by several views: platform marks, status badges."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from planner.domain.model import Platform
from planner.ui.icons import platform_icon
from planner.ui.table_model import Index

ICON = 18
GAP = 6
PlatformsRole = Qt.ItemDataRole.UserRole + 4  # a cell's platform codes, for PlatformsDelegate


class PlatformsDelegate(QStyledItemDelegate):
    """Draws the platform marks given by `role` (a list of platform codes), in reading order."""

    def __init__(self, role: int = PlatformsRole, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.role = role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        codes = index.data(self.role) or []
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        rect = option.rect
        y = rect.top() + (rect.height() - ICON) // 2
        x = rect.right() - GAP - ICON if rtl else rect.left() + GAP
        for code in codes:
            if (rtl and x < rect.left()) or (not rtl and x + ICON > rect.right()):
                break
            platform_icon(Platform(code)).paint(painter, QRect(x, y, ICON, ICON))
            x += -(ICON + GAP) if rtl else ICON + GAP

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        count = len(index.data(self.role) or [])
        return QSize(GAP + count * (ICON + GAP), ICON + 10)


class StatusDelegate(QStyledItemDelegate):
    """Draws the status text beside a coloured dot (the colour repeats, never replaces, it)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        colour = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(colour, QColor):
            option.icon = _dot(colour)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration
            option.decorationSize = QSize(12, 12)


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 20, 20)
    painter.end()
    return QIcon(pixmap)
