"""Table models of the Overview: the posts due this week."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from planner import labels
from planner.domain.model import Post
from planner.formatting import DAY_MONTH, Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.palette import POST_STATUS
from planner.ui import plain
from planner.ui.table_model import Index, TableModel

PlatformsRole = Qt.ItemDataRole.UserRole + 4
IdRole = Qt.ItemDataRole.UserRole + 2


class PostTableModel(TableModel[Post]):
    """Posts in time order: when, platforms, text, campaign, status."""

    WHEN, PLATFORMS, TEXT, CAMPAIGN, STATUS = range(5)
    CONTEXT = "PostTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PostTableModel", "When"),
        QT_TRANSLATE_NOOP("PostTableModel", "Platforms"),
        QT_TRANSLATE_NOOP("PostTableModel", "Post"),
        QT_TRANSLATE_NOOP("PostTableModel", "Campaign"),
        QT_TRANSLATE_NOOP("PostTableModel", "Status"),
    )

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._campaigns: dict[int, str] = {}
        self._fmt = formatter
        self._when: dict[int, str] = {}  # row -> its formatted date and time, made once

    def set_rows(self, rows: list[Post], campaign_names: dict[int, str]) -> None:
        self._campaigns = dict(campaign_names)
        self._replace_rows(rows)

    def _forget(self) -> None:
        self._when.clear()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        post = self._rows[index.row()]
        col = index.column()
        if role == IdRole:
            return post.id
        if role == PlatformsRole:
            return [p.value for p in post.platforms]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN and post.scheduled_at:
                return self._when_text(index.row(), post)
            if col == self.TEXT:
                return plain.shown(" ".join(post.base_text.split()))
            if col == self.CAMPAIGN:
                return plain.shown(self._campaigns.get(post.campaign_id or 0, ""))
            if col == self.STATUS:
                return labels.post_status(post.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TEXT:
                return post.base_text
            if col == self.PLATFORMS:
                return "، ".join(labels.platform(p) for p in post.platforms)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.PLATFORMS:
            return "، ".join(labels.platform(p) for p in post.platforms)
        if role == Qt.ItemDataRole.DecorationRole and col == self.STATUS:
            return QColor(POST_STATUS[post.status])
        return None

    def _when_text(self, row: int, post: Post) -> str:
        text = self._when.get(row)
        if text is None:
            assert post.scheduled_at is not None
            day = post.scheduled_at.date()
            text = self._when[row] = (
                f"{self._fmt.weekday(day)} {self._fmt.date(day, DAY_MONTH)}"
                f"{self._fmt.comma}{self._fmt.time(post.scheduled_at)}"
            )
        return text
