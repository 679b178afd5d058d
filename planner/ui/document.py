"""The open workspace as the UI sees it: the file, its undo stack, and change notices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from planner.domain.names import in_language
from planner.ui.undo import SafeUndoStack

if TYPE_CHECKING:
    from planner.storage.workspace import Workspace


class Document(QObject):
    """An open workspace with its undo history.

    Views listen to `changed` and reload what they show; commands call `notify()` after
    every write. The undo stack lives here, not in a window, so it survives switching
    screens and switching language.
    """

    changed = Signal(str)  # what changed: "campaigns", "posts", "accounts", ... or "all"

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = SafeUndoStack(self)

    @property
    def institution(self) -> str:
        return self.workspace.meta.get("institution")

    def institution_in(self, lang: str) -> str:
        """The institution's name in `lang`: its English name in English when it has one."""
        return in_language(self.institution, self.workspace.meta.get("institution_en"), lang)

    def notify(self, topic: str = "all") -> None:
        """Tell the views what changed: one of `Topic` (an unknown name is refused: a typo
        would leave a view showing stale data)."""
        from planner.ui.save import Topic

        self.changed.emit(str(Topic(topic)))

    def close(self) -> None:
        self.undo_stack.clear()
        self.workspace.close()
