"""Run something once a window has first been painted: the start-up's second half."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (started minimised, or on a screen that is off) still gets
# its work done after this long.
FALLBACK_MS = 1000


class _Watcher(QObject):
    """Watches the application's paint events for the first one inside `window`."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback: Callable[[], None] | None = callback
        app = QCoreApplication.instance()
        assert app is not None
        self.app = app
        app.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            # after this paint has reached the screen, not in the middle of it
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is None:
            return
        self.app.removeEventFilter(self)
        callback()


def when_painted(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, just after `window` (or any widget in it) is first painted."""
    _Watcher(window, callback)
