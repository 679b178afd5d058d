"""The Audience & accounts screen: accounts per platform, segments, and the matrix between."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner.formatting import Formatter
from planner.ui.audience.accounts import AccountsPanel
from planner.ui.audience.segments import MatrixPanel, SegmentsPanel
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document
from planner.ui.widgets import heading
from planner.ui.workspace_widget import WorkspaceWidget


class AudienceView(WorkspaceWidget):
    """Where the officer keeps the reference data every campaign draws on."""

    def __init__(
        self, doc: Document, fmt: Formatter, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(doc, fmt, dialogs, parent)
        self.accounts = AccountsPanel(doc, fmt, dialogs, self.message.emit)
        self.segments = SegmentsPanel(doc, fmt, dialogs, self.message.emit)
        self.matrix = MatrixPanel(doc)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.segments, self.tr("Segments"))
        self.tabs.addTab(self.matrix, self.tr("Who reaches whom"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("Audience and accounts")))
        layout.addWidget(self.tabs, 1)
        doc.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        self.accounts.reload()
        self.segments.reload()
        self.matrix.reload()

    def _on_changed(self, topic: str) -> None:
        if topic in ("accounts", "segments", "all"):
            self.reload()
