"""The keys the calendar's lists of posts share: Enter opens a post, Delete asks to delete it."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeyEvent


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
