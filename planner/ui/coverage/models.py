"""The table of imported statistics rows that match no planned post."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from planner import labels
from planner.domain.coverage.values import PostStat
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui.table_model import Column, ColumnModel


class UnmatchedModel(ColumnModel[PostStat]):
    """One row per statistics row without a planned post."""

    WHEN, PLATFORM, TEXT, IMPRESSIONS, REACH, ENGAGEMENTS = range(6)
    CONTEXT = "UnmatchedModel"

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self.fmt = formatter
        counted = self._counted
        self.set_columns(
            Column(QT_TRANSLATE_NOOP("UnmatchedModel", "Published"), self._published),
            Column(
                QT_TRANSLATE_NOOP("UnmatchedModel", "Platform"),
                lambda r: labels.platform(r.platform),
            ),
            Column(
                QT_TRANSLATE_NOOP("UnmatchedModel", "Text"),
                lambda r: r.text.replace("\n", " "),
                tooltip=lambda r: r.text,
            ),
            counted(QT_TRANSLATE_NOOP("UnmatchedModel", "Impressions"), lambda r: r.impressions),
            counted(QT_TRANSLATE_NOOP("UnmatchedModel", "Reach"), lambda r: r.reach),
            counted(QT_TRANSLATE_NOOP("UnmatchedModel", "Engagements"), lambda r: r.engagements),
        )

    def set_rows(self, rows: list[PostStat]) -> None:
        self._replace_rows(rows)

    def _published(self, row: PostStat) -> str:
        if row.published_at is not None:
            return f"{self.fmt.date(row.published_on)} {self.fmt.time(row.published_at)}"
        return self.fmt.date(row.published_on)

    def _counted(self, header: str, value: Callable[[PostStat], int | None]) -> Column[PostStat]:
        """A column of a count, "—" where the file gave none."""

        def text(row: PostStat) -> str:
            count = value(row)
            return "—" if count is None else self.fmt.integer(count)

        return Column(header, text, trailing=True)
