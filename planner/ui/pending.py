"""A long text's edit saved once the typing pauses, or at once when the view moves on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class PendingSave(QObject):
    """Calls `save` `delay` ms after the last `typed()` (one undo step per pause in the
    typing, not one per key), or at `flush()` when a save is still pending. While `filling()`
    is true the view is showing a value, not the officer typing: nothing is to save."""

    def __init__(
        self,
        save: Callable[[], None],
        filling: Callable[[], bool],
        parent: QObject,
        delay: int = 700,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._filling = filling
        self._timer = QTimer(self, singleShot=True, interval=delay)
        self._timer.timeout.connect(save)

    def typed(self) -> None:
        if not self._filling():
            self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Save now what is pending (before the view shows another item)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save()
