"""The table of imported statistics rows that match no planned post."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
)

from planner import labels
from planner.domain.coverage.values import PostStat
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.table_model import Index, TableModel


class UnmatchedModel(TableModel[PostStat]):
    """One row per statistics row without a planned post."""

    WHEN, PLATFORM, TEXT, IMPRESSIONS, REACH, ENGAGEMENTS = range(6)
    CONTEXT = "UnmatchedModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("UnmatchedModel", "Published"),
        QT_TRANSLATE_NOOP("UnmatchedModel", "Platform"),
        QT_TRANSLATE_NOOP("UnmatchedModel", "Text"),
        QT_TRANSLATE_NOOP("UnmatchedModel", "Impressions"),
        QT_TRANSLATE_NOOP("UnmatchedModel", "Reach"),
        QT_TRANSLATE_NOOP("UnmatchedModel", "Engagements"),
    )

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = formatter

    def set_rows(self, rows: list[PostStat]) -> None:
        self._replace_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                if row.published_at is not None:
                    return f"{self.fmt.date(row.published_on)} {self.fmt.time(row.published_at)}"
                return self.fmt.date(row.published_on)
            if column == self.PLATFORM:
                return labels.platform(row.platform)
            if column == self.TEXT:
                return row.text.replace("\n", " ")
            value = {
                self.IMPRESSIONS: row.impressions,
                self.REACH: row.reach,
                self.ENGAGEMENTS: row.engagements,
            }[column]
            return "—" if value is None else self.fmt.integer(value)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return row.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.IMPRESSIONS:
            return int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
        return None
