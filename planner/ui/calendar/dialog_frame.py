"""What the calendar's dialogs (composer, library, Hijri corrections) share: Undo and Redo of the
workspace's history while they hold the keyboard, and tabs above a Close button."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget


def undo_redo_keys(dialog: QWidget, stack: QUndoStack, undo: str, redo: str) -> None:
    """Give `dialog` the Undo and Redo actions of `stack`, named `undo` and `redo` (translated
    by the dialog), on the platform's keys; Ctrl+Shift+Z redoes too where Redo is Ctrl+Y."""
    for action, keys in (
        (stack.createUndoAction(dialog, undo), [QKeySequence(QKeySequence.StandardKey.Undo)]),
        (
            stack.createRedoAction(dialog, redo),
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")],
        ),
    ):
        action.setShortcuts(keys)
        dialog.addAction(action)


def tabs_above_close(dialog: QDialog, tabs: QTabWidget) -> None:
    """Lay `dialog` out as `tabs` above a Close button."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(tabs, 1)
    layout.addWidget(buttons)
