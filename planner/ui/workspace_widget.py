"""The base of the screens and panels that work on the workspace: they hold its document, the
officer's formatter and the dialogs they ask through, and say what happened in `message`
(the main window shows it in the status bar)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

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
