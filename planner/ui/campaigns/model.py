"""The campaign list as a table model, and the proxy that searches and filters it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from planner import approval_labels, labels
from planner.domain.model import CampaignStatus, CampaignSummary
from planner.domain.names import display_name
from planner.formatting import Formatter
from planner.i18n import posts as counts
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.palette import CAMPAIGN_STATUS
from planner.ui import plain
from planner.ui.delegates import PlatformsRole
from planner.ui.search_proxy import SearchProxy
from planner.ui.table_model import Index, TableModel

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 5
TypeRole = Qt.ItemDataRole.UserRole + 6
DatesRole = Qt.ItemDataRole.UserRole + 7  # (start, end) as dates


class CampaignTableModel(TableModel[CampaignSummary]):
    """Rows of CampaignSummary; the name column is editable (a rename is an undoable edit)."""

    NAME, TYPE, DATES, STATUS, PLATFORMS, POSTS = range(6)
    CONTEXT = "CampaignTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CampaignTableModel", "Campaign"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "Type"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "Dates"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "Status"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "Platforms"),
        QT_TRANSLATE_NOOP("CampaignTableModel", "Posts"),
    )

    renameRequested = Signal(int, str)

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes: dict[int, int] = {}  # changes since approval, by campaign
        self._fmt = formatter

    def set_rows(self, rows: list[CampaignSummary], changes: dict[int, int] | None = None) -> None:
        self._changes = dict(changes or {})
        self._replace_rows(rows)

    def row_of(self, campaign_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == campaign_id), -1)

    def summary(self, row: int) -> CampaignSummary:
        return self._rows[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = index.column()
        if role == IdRole:
            return c.id
        if role == StatusRole:
            return c.status.value
        if role == TypeRole:
            return c.type.value
        if role == DatesRole:
            return (c.start, c.end)
        if role == PlatformsRole:
            return [p.value for p in c.platforms]
        if role == SearchRole:
            return " ".join(
                (c.name, c.name_en, labels.campaign_type(c.type), labels.campaign_status(c.status))
            )
        if role == SortRole:
            return (
                display_name(c, self._fmt.lang),
                c.type.value,
                c.start.toordinal(),
                list(CampaignStatus).index(c.status),
                len(c.platforms),
                c.post_count,
            )[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain.shown(self._text(c, col, False))
        if role == Qt.ItemDataRole.EditRole:
            return self._text(c, col, True)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.PLATFORMS:
            return "، ".join(labels.platform(p) for p in c.platforms)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and c.name_en:
            return c.name_en if self._fmt.lang == "ar" else c.name  # the other language's
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TYPE:
            return labels.campaign_type(c.type)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.POSTS:
            # what the other views count of these posts (docs/look-and-feel.md)
            return counts.breakdown(c.counts, self._fmt)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return QColor(CAMPAIGN_STATUS[c.status])
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            return QColor(c.colour)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.PLATFORMS:
            return "، ".join(labels.platform(p) for p in c.platforms)
        return None

    def _text(self, c: CampaignSummary, col: int, editing: bool) -> str:
        if col == self.NAME:
            return c.name if editing else display_name(c, self._fmt.lang)
        if col == self.TYPE:
            return labels.campaign_type(c.type)
        if col == self.DATES:
            return self._fmt.date_range(c.start, c.end)
        if col == self.STATUS:
            status = labels.campaign_status(c.status)
            changes = self._changes.get(c.id)
            if changes and not editing:
                # not " · " in Arabic: a middle dot before ٣ reads as the digit zero (٣٠)
                sep = "، " if self._fmt.lang == "ar" else " · "
                status += sep + approval_labels.changes_since(changes, self._fmt)
            return status
        if col == self.PLATFORMS:
            return ""  # drawn as icons by PlatformsDelegate; names in the tooltip
        return self._fmt.integer(c.post_count)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.NAME:
            return False
        name = str(value).strip()
        c = self._rows[index.row()]
        if not name or name == c.name:
            return False
        self.renameRequested.emit(c.id, name)
        return True


class CampaignFilterProxy(SearchProxy):
    """Search as you type (Arabic-aware: hamza, diacritics, taa marbuta); filter by status,
    type, and the dates a campaign runs (those overlapping a range)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SearchRole, parent)
        self._status: str | None = None
        self._type: str | None = None
        self._range: tuple[dt.date | None, dt.date | None] = (None, None)
        self._hide_archived = True
        self.setSortRole(SortRole)

    def set_type(self, campaign_type: str | None) -> None:
        self.set_filters(type=campaign_type)

    def set_range(self, start: dt.date | None, end: dt.date | None) -> None:
        """Keep the campaigns running at some time between `start` and `end` (None: open)."""
        self.set_filters(range=(start, end))

    def set_status(self, status: str | None) -> None:
        self.set_filters(status=status)

    def accepts(self, model: QAbstractItemModel, index: QModelIndex) -> bool:
        status = model.data(index, StatusRole)
        if self._status is not None:
            if status != self._status:
                return False
        elif status == CampaignStatus.ARCHIVED.value and self._hide_archived:
            return False
        if self._type is not None and model.data(index, TypeRole) != self._type:
            return False
        first, last = model.data(index, DatesRole)
        start, end = self._range
        return not ((start and last < start) or (end and first > end))

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if isinstance(a, str) and isinstance(b, str):
            return a.casefold() < b.casefold()
        return bool(a < b)
