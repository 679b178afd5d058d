"""Small building blocks shared by the screens: headings, title rows, cards, empty states,
search boxes, OK/Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.ui.icons import icon


def heading(text: str, level: int = 1) -> QLabel:
    """A title (level 1) or section heading (level 2), styled by the theme."""
    label = QLabel(text)
    label.setObjectName("title" if level == 1 else "section")
    label.setAccessibleName(text)
    return label


def title_row(title: QWidget, *buttons: QWidget) -> QHBoxLayout:
    """A row with `title` at its start and `buttons` at its end."""
    row = QHBoxLayout()
    row.addWidget(title)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def clear_layout(layout: QLayout) -> None:
    """Take every item out of `layout` and delete the widgets it held."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


def side_by_side(widget: QWidget, *columns: tuple[QLayout, int]) -> QHBoxLayout:
    """Lay out `widget` as columns side by side (each with its stretch), the tabs' margins."""
    layout = QHBoxLayout(widget)
    layout.setContentsMargins(8, 12, 8, 12)
    layout.setSpacing(24)
    for column, stretch in columns:
        layout.addLayout(column, stretch)
    return layout


def search_field(placeholder: str, name: str) -> QLineEdit:
    """A search box: a magnifier at its start, `placeholder` inside, a button to clear it."""
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(name)
    field.setClearButtonEnabled(True)
    field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    return field


def caption(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("caption")
    label.setWordWrap(True)
    return label


class Card(QFrame):
    """A framed panel with a heading."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 14)
        self.body.setSpacing(8)
        self.title = heading(title, 2)
        self.body.addWidget(self.title)


class StatCard(QFrame):
    """A big number with its label underneath."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stat")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        self.value = QLabel("")
        self.value.setObjectName("statValue")
        self.label = caption(label)
        layout.addWidget(self.value)
        layout.addWidget(self.label)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleName(f"{self.label.text()}: {text}")


class EmptyState(QLabel):
    """Centred guidance shown instead of an empty list: says what to do next."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("empty")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


def literal(text: str) -> str:
    """`text` for a menu entry, tab or button, every & shown as written ("Crisis & security"):
    Qt takes a lone & there as the mark of a keyboard shortcut and hides it."""
    return text.replace("&", "&&")


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel buttons that accept and reject `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
