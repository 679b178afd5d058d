"""A grid of ticks (best times, the segment x platform matrix): click or Space toggles a cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from planner.ui.table_model import Index


class TickDelegate(QStyledItemDelegate):
    """Draws a cell's tick in its middle (not on the reading edge, where it would seem to
    belong to the next column), over the cell's tint."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        state = item.checkState
        item.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style = option.widget.style() if option.widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, option.widget)
        width = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, option.widget)
        height = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, option.widget)
        tick = QStyleOptionViewItem(option)
        tick.rect = QRect(0, 0, width, height)
        tick.rect.moveCenter(option.rect.center())
        tick.state = option.state | (
            QStyle.StateFlag.State_On
            if state == Qt.CheckState.Checked
            else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, tick, painter, option.widget
        )


def toggle(model: QAbstractItemModel, index: QModelIndex) -> None:
    """Tick the cell, or untick it (the model decides what a tick means)."""
    if not index.isValid():
        return
    checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    model.setData(
        index,
        (Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked).value,
        Qt.ItemDataRole.CheckStateRole,
    )


def tick_grid(model: QAbstractItemModel, cell: int, name: str) -> QTableView:
    """A compact table whose cells are ticks: a click anywhere in a cell, or Space, toggles."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setStyleSheet(
        "QTableView::item { padding: 0px; } QHeaderView::section { padding: 0px 4px; }"
    )
    for header in (view.horizontalHeader(), view.verticalHeader()):
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(cell)
        header.setDefaultSectionSize(cell)
    view.setItemDelegate(TickDelegate(view))
    view.clicked.connect(lambda index: toggle(model, index))
    space = QAction(view)
    space.setShortcut(QKeySequence(Qt.Key.Key_Space))
    space.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    space.triggered.connect(lambda: toggle(model, view.currentIndex()))
    view.addAction(space)
    return view


def fit_height(view: QTableView, rows: int, cell: int) -> None:
    """Exactly tall enough for its rows: no scroll bar for a week of seven days."""
    frame = 2 * view.frameWidth()
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows * cell + frame)
