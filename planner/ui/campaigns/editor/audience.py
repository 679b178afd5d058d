"""The Audience tab: which segments the campaign targets, with an insight and barriers for each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QPlainTextEdit,
    QVBoxLayout,
)

from planner import labels
from planner.domain.model import AudienceTarget, Campaign, Segment
from planner.domain.validation import ValidationIssue
from planner.i18n.marker import QT_TRANSLATE_NOOP
from planner.ui import plain
from planner.ui.campaigns.editor.section import (
    FieldMessage,
    Section,
    document_undo,
    set_text,
)
from planner.ui.delegates import PlatformsDelegate, PlatformsRole
from planner.ui.table_model import Index, TableModel, row_table
from planner.ui.widgets import EmptyState, caption, heading, side_by_side

SegmentIdRole = Qt.ItemDataRole.UserRole + 2


class TargetsModel(TableModel[Any]):
    """Every segment of the workspace, ticked when the campaign targets it."""

    SEGMENT, PLATFORMS = range(2)
    CONTEXT = "TargetsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TargetsModel", "Segment"),
        QT_TRANSLATE_NOOP("TargetsModel", "Platforms that reach it"),
    )

    def __init__(self, on_toggle: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_toggle = on_toggle
        self._segments: list[Segment] = []
        self._targeted: set[int] = set()

    def set_rows(self, segments: list[Segment], targeted: set[int]) -> None:
        if [s.id for s in segments] == [s.id for s in self._segments]:
            self._segments, self._targeted = list(segments), set(targeted)
            if segments:
                self.dataChanged.emit(self.index(0, 0), self.index(len(segments) - 1, 1))
            return
        self.beginResetModel()
        self._segments, self._targeted = list(segments), set(targeted)
        self.endResetModel()

    def segment(self, row: int) -> Segment:
        return self._segments[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.SEGMENT and self.on_toggle is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def row_total(self) -> int:
        return len(self._segments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._segments[index.row()]
        column = index.column()
        if role == SegmentIdRole:
            return s.id
        if role == PlatformsRole:
            return [p.value for p in s.platforms]
        if role == Qt.ItemDataRole.DisplayRole and column == self.SEGMENT:
            return plain.shown(s.name)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.SEGMENT:
            return Qt.CheckState.Checked if s.id in self._targeted else Qt.CheckState.Unchecked
        if (
            role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
            and column == self.PLATFORMS
        ):
            return "، ".join(labels.platform(p) for p in s.platforms)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SEGMENT:
            return s.description or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or index.column() != self.SEGMENT
            or self.on_toggle is None
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return bool(self.on_toggle(self._segments[index.row()].id, checked))


class AudienceSection(Section):
    """Segments on the reading side; what we know of the chosen one, and what holds it back."""

    PREFIXES = ("audience",)

    def build(self) -> None:
        self.model = TargetsModel(self._toggle, self)
        self.table = row_table(self.model, self.tr("Segments"), edit=None)
        self.table.setItemDelegateForColumn(
            TargetsModel.PLATFORMS, PlatformsDelegate(parent=self.table)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TargetsModel.SEGMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TargetsModel.PLATFORMS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.message = FieldMessage()
        self.empty = EmptyState(
            self.tr(
                "The workspace has no segments yet. Add them on the "
                "Audience & accounts screen, then choose them here."
            )
        )

        self.segment_title = heading("", 2)
        self.description = caption()
        self.hint = caption()
        self.insight = QPlainTextEdit()
        self.insight.setAccessibleName(self.tr("Insight"))
        self.insight.setPlaceholderText(
            self.tr("What do we know about this segment that the campaign can build on?")
        )
        self.barriers = QPlainTextEdit()
        self.barriers.setAccessibleName(self.tr("Barriers"))
        self.barriers.setPlaceholderText(self.tr("What stops them from acting as we hope?"))
        for field in (self.insight, self.barriers):
            field.setTabChangesFocus(True)
            field.setMinimumHeight(90)
        document_undo(self.insight, self.barriers)
        self.insight.textChanged.connect(lambda: self._text_edited("insight", self.insight))
        self.barriers.textChanged.connect(lambda: self._text_edited("barriers", self.barriers))

        detail = QVBoxLayout()
        detail.setSpacing(8)
        detail.addWidget(self.segment_title)
        detail.addWidget(self.description)
        detail.addWidget(self.hint)
        detail.addWidget(heading(self.tr("Insight"), 2))
        detail.addWidget(self.insight, 1)
        detail.addWidget(heading(self.tr("Barriers"), 2))
        detail.addWidget(self.barriers, 1)
        side = QVBoxLayout()
        side.addWidget(heading(self.tr("Target segments"), 2))
        side.addWidget(caption(self.tr("Tick the segments the campaign speaks to.")))
        side.addWidget(self.table, 1)
        side.addWidget(self.empty, 1)
        side.addWidget(self.message)
        side_by_side(self, (side, 2), (detail, 3))

    def title(self) -> str:
        return self.tr("Audience")

    def _target(self, segment_id: int | None) -> tuple[int, AudienceTarget | None]:
        for i, target in enumerate(self.editor.draft.audience):
            if target.segment_id == segment_id:
                return i, target
        return -1, None

    def _toggle(self, segment_id: int, checked: bool) -> bool:
        def change(c: Campaign) -> None:
            c.audience = [t for t in c.audience if t.segment_id != segment_id]
            if checked:
                c.audience.append(AudienceTarget(segment_id))

        saved = self.editor.edit(
            "audience",
            self.tr("Target a segment") if checked else self.tr("Stop targeting a segment"),
            change,
        )
        self.load(self.editor.draft)
        return saved

    def _text_edited(self, which: str, field: QPlainTextEdit) -> None:
        segment_id = self._current_id()
        i, target = self._target(segment_id)
        if target is None:
            return
        text = field.toPlainText()
        self.editor.edit(
            f"audience[{i}].{which}",
            self.tr("Edit the insight") if which == "insight" else self.tr("Edit the barriers"),
            lambda c: setattr(c.audience[i], which, text),
            merge=True,
        )

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(SegmentIdRole) if index.isValid() else None

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        segment = self.model.segment(index.row()) if index.isValid() else None
        _, target = self._target(segment.id if segment else None)
        plain.set_text(self.segment_title, segment.name if segment else "")
        plain.set_text(self.description, segment.description if segment else "")
        self.hint.setText(
            ""
            if target
            else self.tr("Tick this segment to target it and write what we know about it.")
        )
        self.hint.setVisible(target is None)
        for field, text in (
            (self.insight, target.insight if target else ""),
            (self.barriers, target.barriers if target else ""),
        ):
            field.setEnabled(target is not None)
            set_text(field, text)

    def references_changed(self) -> None:
        self.load(self.editor.draft)

    def load(self, campaign: Campaign) -> None:
        self.model.set_rows(self.editor.segments, {t.segment_id for t in campaign.audience})
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_current()

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        self.message.show_issues(issues, self.fmt)
