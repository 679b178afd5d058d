"""The dialog every small form shares: its fields, the reason it cannot be accepted, OK/Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from planner.domain.validation import Severity
from planner.ui.campaigns.editor.section import FieldMessage


class FormDialog(QDialog):
    """A form (`form`) with OK/Cancel; the reason it cannot be accepted is said in `message`,
    beside the fields (`show_problem` also turns OK off while there is one)."""

    def __init__(self, title: str, parent: QWidget | None, width: int = 460) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.message = FieldMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def show_problem(self, problem: str, said: bool = True) -> None:
        """OK only without a problem; the problem is said when `said` (a field the officer
        has not touched yet is not an error: the dialog opens without red)."""
        self.message.set_lines([(Severity.ERROR, problem)] if problem and said else [])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
