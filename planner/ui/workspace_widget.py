"""The bases of the screens and panels that work on the workspace: they hold its document, the
officer's formatter and the dialogs they ask through, and say what happened in `message`
(the main window shows it in the status bar); `WorkspacePage` is one that scrolls as a whole."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from planner.formatting import Formatter
from planner.ui.dialogs import Dialogs
from planner.ui.document import Document


class WorkspaceWidget(QWidget):
    """A widget over the workspace's document (see the module's note)."""

    message = Signal(str)

    def __init__(
        self, doc: Document, fmt: Formatter, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.fmt = fmt
        self.dialogs = dialogs


class WorkspacePage(QScrollArea):
    """A page over the workspace's document that scrolls as a whole, without a frame; its
    content (set with `setWidget`) takes the page's width."""

    def __init__(self, doc: Document, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.fmt = fmt
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
