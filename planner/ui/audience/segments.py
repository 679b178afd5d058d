"""The segments of society: a table, the platforms that reach the chosen one, and the matrix."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QListView,
    QVBoxLayout,
    QWidget,
)

from planner import labels
from planner.domain import bidi
from planner.domain.model import Platform, Segment
from planner.domain.validation import Severity
from planner.ui import plain
from planner.ui.audience.checklist import ChecklistModel, Choice
from planner.ui.audience.commands import DeleteSegment, SaveSegment
from planner.ui.audience.grid import tick_grid
from planner.ui.audience.models import MatrixModel, PlatformsRole, SegmentsModel
from planner.ui.audience.panel import RecordPanel
from planner.ui.delegates import PlatformsDelegate
from planner.ui.document import Document
from planner.ui.icons import platform_icon
from planner.ui.widgets import caption, heading, side_by_side


class SegmentsPanel(RecordPanel):
    """Segments with their description; tick the platforms that reach the chosen one."""

    def build(self) -> None:
        top = self.setup_table(
            SegmentsModel(self.fmt, self._edited, self),
            self.tr("Segments"),
            self.tr("Add segment"),
            self.tr("Delete segment"),
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SegmentsModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(
            SegmentsModel.PLATFORMS, PlatformsDelegate(PlatformsRole, self.table)
        )
        self.platforms = ChecklistModel(self._toggle_platform, self)
        platforms_view = QListView()
        platforms_view.setModel(self.platforms)
        platforms_view.setAccessibleName(self.tr("Platforms that reach it"))
        self.detail_title = heading("", 2)
        side_of_reading = (
            Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        )  # an Arabic name, in English too
        self.detail_title.setAlignment(side_of_reading | Qt.AlignmentFlag.AlignAbsolute)

        side = QVBoxLayout()
        side.addWidget(self.detail_title)
        side.addWidget(caption(self.tr("The platforms that reach this segment.")))
        side.addWidget(platforms_view, 1)
        main = QVBoxLayout()
        main.addLayout(top)
        main.addWidget(self.table, 1)
        main.addWidget(self.message)
        side_by_side(self, (main, 3), (side, 1))

    def reload(self) -> None:
        workspace = self.doc.workspace
        counts: dict[int, int] = {}
        for account in workspace.accounts.list():
            for segment_id in account.segment_ids:
                counts[segment_id] = counts.get(segment_id, 0) + 1
        self.model.account_counts = counts
        self.show_rows(workspace.segments.list())

    def _show_current(self) -> None:
        segment = self.current()
        self.remove_button.setEnabled(segment is not None)
        plain.set_text(self.detail_title, segment.name if segment else "")
        self.platforms.set_choices(
            [Choice(p, labels.platform(p), platform_icon(p)) for p in Platform] if segment else [],
            set(segment.platforms) if segment else set(),
        )

    def _save(self, before: Segment | None, after: Segment, text: str) -> int:
        return self.save(SaveSegment(self.doc, before, after, text), self.tr("Segment saved"))

    def _edited(self, row: int, column: int, value: Any) -> bool:
        before = self.model.row(row)
        after = copy.deepcopy(before)
        if column == SegmentsModel.NAME:
            after.name = str(value).strip()
            if not after.name:
                self.message.set_lines([(Severity.ERROR, self.tr("Give the segment a name."))])
                return False
        else:
            after.description = str(value)
        self.message.set_lines([])
        self._save(before, after, self.tr("Edit a segment"))
        return True

    def add(self) -> None:
        new_id = self._save(None, Segment(self.tr("New segment")), self.tr("Add a segment"))
        self.select(new_id)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def remove_current(self) -> None:
        segment = self.current()
        if segment is None or segment.id is None:
            return
        command = DeleteSegment(self.doc, segment.id, self.tr("Delete a segment"))
        accounts, campaigns, posts = command.uses()
        text = self.tr("Delete the segment “%1”?").replace("%1", bidi.isolate(segment.name))
        if accounts or campaigns or posts:
            text += " " + (
                self.tr("It is used by %1, %2 and %3, which will no longer refer to it.")
                .replace("%1", self.fmt.counted(self.tr("%n accounts", "", accounts), accounts))
                .replace("%2", self.fmt.counted(self.tr("%n campaigns", "", campaigns), campaigns))
                .replace("%3", self.fmt.counted(self.tr("%n posts", "", posts), posts))
            )
        text += " " + self.tr("You can undo this with Ctrl+Z.")
        if self.dialogs.confirm(self, self.tr("Delete segment"), text):
            self.doc.undo_stack.push(command)
            self.say(self.tr("Segment deleted"))

    def _toggle_platform(self, platform: Platform, checked: bool) -> bool:
        before = self.current()
        if before is None:
            return False
        return toggle_platform(
            self.doc,
            before,
            platform,
            checked,
            self.tr("Change the platforms that reach a segment"),
        )


def toggle_platform(
    doc: Document, before: Segment, platform: Platform, checked: bool, text: str
) -> bool:
    """Save the segment with `platform` reaching it (or not), as one undo step."""
    after = copy.deepcopy(before)
    chosen = (set(after.platforms) - {platform}) | ({platform} if checked else set())
    after.platforms = [p for p in Platform if p in chosen]
    doc.undo_stack.push(SaveSegment(doc, before, after, text))
    return True


class MatrixPanel(QWidget):
    """Which platforms reach which segment, at a glance; a click changes it."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = MatrixModel(self._toggle, self)
        self.view = tick_grid(self.model, 44, self.tr("Segments and platforms"))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a name
        # longer than its column ("WhatsApp channel" on a laptop) ends in …, not cut both sides
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 12)
        layout.addWidget(heading(self.tr("Who reaches whom"), 2))
        layout.addWidget(
            caption(
                self.tr(
                    "A tick: the platform reaches the segment. Hover a "
                    "cell to see the institution's accounts there."
                )
            )
        )
        layout.addWidget(self.view, 1)

    def reload(self) -> None:
        self.segments = self.doc.workspace.segments.list()
        self.model.set_rows(self.segments, self.doc.workspace.accounts.list())

    def _toggle(self, segment_id: int, platform: Platform, checked: bool) -> bool:
        before = next((s for s in self.segments if s.id == segment_id), None)
        return before is not None and toggle_platform(
            self.doc,
            before,
            platform,
            checked,
            self.tr("Change the platforms that reach a segment"),
        )
