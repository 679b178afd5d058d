"""What the calendar's lists of posts share (the agenda, the ideas): the selected post, and
its keys: Enter (or a double-click) opens it, Delete asks to delete it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

if TYPE_CHECKING:
    _View = QAbstractItemView
else:

    class _View:
        """Nothing at run time: the Qt view class comes after PostList in a view's bases."""


def post_key(
    event: QKeyEvent, post: int | None, activated: SignalInstance, delete: SignalInstance
) -> bool:
    """Enter opens the selected post, Delete asks to delete it; False: the key is not ours."""
    if post is None:
        return False
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        activated.emit(post)
        return True
    if event.key() == Qt.Key.Key_Delete:
        delete.emit([post])
        return True
    return False


class PostList(_View):
    """A view of posts whose rows give the post's id in ID_ROLE; the view class declares the
    postActivated(int) and deleteRequested(list) signals."""

    ID_ROLE: int
    postActivated: SignalInstance
    deleteRequested: SignalInstance

    def show_posts(self, model: QAbstractItemModel, name: str) -> None:
        """Show `model`, called `name` by screen readers; a double-click opens a post."""
        self.setModel(model)
        self.setAccessibleName(name)
        self.doubleClicked.connect(lambda index: self.postActivated.emit(index.data(self.ID_ROLE)))

    def selected_post(self) -> int | None:
        index = self.currentIndex()
        return index.data(self.ID_ROLE) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not post_key(event, self.selected_post(), self.postActivated, self.deleteRequested):
            super().keyPressEvent(event)
