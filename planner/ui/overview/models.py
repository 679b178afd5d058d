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
from planner.ui.table_model import Column, ColumnModel

PlatformsRole = Qt.ItemDataRole.UserRole + 4
IdRole = Qt.ItemDataRole.UserRole + 2


class PostTableModel(ColumnModel[Post]):
    """Posts in time order: when, platforms, text, campaign, status."""

    WHEN, PLATFORMS, TEXT, CAMPAIGN, STATUS = range(5)
    CONTEXT = "PostTableModel"

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._campaigns: dict[int, str] = {}
        self._fmt = formatter
        self._when: dict[int | None, str] = {}  # post id -> its date and time, formatted once
        self.set_columns(
            Column(QT_TRANSLATE_NOOP("PostTableModel", "When"), self._when_text),
            Column(
                QT_TRANSLATE_NOOP("PostTableModel", "Platforms"),
                lambda post: None,  # painted by the view's delegate
                tooltip=_platform_names,
            ),
            Column(
                QT_TRANSLATE_NOOP("PostTableModel", "Post"),
                lambda post: plain.shown(" ".join(post.base_text.split())),
                tooltip=lambda post: post.base_text,
            ),
            Column(
                QT_TRANSLATE_NOOP("PostTableModel", "Campaign"),
                lambda post: plain.shown(self._campaigns.get(post.campaign_id or 0, "")),
            ),
            Column(
                QT_TRANSLATE_NOOP("PostTableModel", "Status"),
                lambda post: labels.post_status(post.status),
            ),
        )

    def set_rows(self, rows: list[Post], campaign_names: dict[int, str]) -> None:
        self._campaigns = dict(campaign_names)
        self._replace_rows(rows)

    def _forget(self) -> None:
        self._when.clear()

    def other(self, post: Post, column: int, role: int) -> Any:
        if role == IdRole:
            return post.id
        if role == PlatformsRole:
            return [p.value for p in post.platforms]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.PLATFORMS:
            return _platform_names(post)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return QColor(POST_STATUS[post.status])
        return None

    def _when_text(self, post: Post) -> str | None:
        if post.scheduled_at is None:
            return None
        text = self._when.get(post.id)
        if text is None:
            day = post.scheduled_at.date()
            text = self._when[post.id] = (
                f"{self._fmt.weekday(day)} {self._fmt.date(day, DAY_MONTH)}"
                f"{self._fmt.comma}{self._fmt.time(post.scheduled_at)}"
            )
        return text


def _platform_names(post: Post) -> str:
    return "، ".join(labels.platform(p) for p in post.platforms)
