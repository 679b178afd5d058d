"""Small building blocks shared by the screens: headings, cards, empty states."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def heading(text: str, level: int = 1) -> QLabel:
    """A title (level 1) or section heading (level 2), styled by the theme."""
    label = QLabel(text)
    label.setObjectName("title" if level == 1 else "section")
    label.setAccessibleName(text)
    return label


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
