"""The progress window of long work: shown after half a second, with Cancel; fed by the
domain's Qt-free `progress(done, total) -> bool` callback (planner.domain.progress).

The work runs on the GUI thread, in the chunks the writers already make (a row, a post, a
page), and the callback hands the window its value: a window-modal QProgressDialog's
setValue() lets Qt process the pending events itself (paint, the Cancel click), so no code
of ours calls processEvents() while the work advances. Why not a worker thread: the PDF is
laid out and painted by QTextDocument and QPdfWriter with the application's fonts and
pictures, which Qt wants on the GUI thread, and the workspace's SQLite connection belongs
to the thread that opened it (the undo stack and every view read it). The window is modal
to its window, so no edit can reach the workspace while an export reads it or an import
writes it. (Between stages that have no items, the value does not change and setValue()
would return at once: only there does the callback let Qt handle the events itself,
exactly as setValue() would have.)
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 500  # work that ends sooner never shows a window
REFRESH_S = 0.05  # at most 20 updates a second: 20,000 rows must not mean 20,000 repaints


class ProgressWindow:
    """A progress callback that drives a QProgressDialog; `cancelled` tells if Cancel stopped
    the work. Use as a context manager: the window closes on the way out."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        # The range starts at -1: Qt restarts its half-second clock whenever the value is the
        # minimum, and long work says "0 done" at each of its stages before the first item.
        self.dialog = QProgressDialog(
            label, QCoreApplication.translate("Progress", "Cancel"), -1, 0, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(-1)  # starts Qt's clock for the half second
        self.cancelled = False
        self._started = time.monotonic()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if now - self._last >= REFRESH_S or done >= total:
            self._last = now
            if not self.dialog.isVisible() and (now - self._started) * 1000 >= SHOW_AFTER_MS:
                self.dialog.forceShow()  # also for work that says "0 done" stage after stage
            top = max(total, 0)
            if self.dialog.maximum() != top:
                self.dialog.setMaximum(top)
            value = max(0, min(done, top))
            if value != self.dialog.value():
                self.dialog.setValue(value)  # shown and modal: Qt handles the events here
            elif self.dialog.isVisible():
                # The same value (a stage without items): Qt's setValue() would return at once,
                # so the events (a click on Cancel) are handled here, as setValue() would.
                QCoreApplication.processEvents()
        if self.dialog.wasCanceled():
            self.cancelled = True
        return not self.cancelled

    def __enter__(self) -> ProgressWindow:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def cancelled_message() -> str:
    """The status bar's line after a stop."""
    return QCoreApplication.translate("Progress", "Cancelled: nothing was written.")
