"""A hidden hook for tests/perf/bench.py: report the main window's first paint, then quit.

With PLANNER_BENCH_EXIT_AFTER_PAINT=1 the program prints one line when the main window is
first painted, `painted matplotlib=no rss_mb=123.4 cpu_s=0.9`, and exits. The benchmark times the
process from its start to that line.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "PLANNER_BENCH_EXIT_AFTER_PAINT"


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used so far."""
    times = os.times()
    return times.user + times.system


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (0 where the platform cannot tell)."""
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


class _FirstPaint(QObject):
    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(app)
        self.app = app
        self.window = window
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self.window):
            self.seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self.app.removeEventFilter(self)
        loaded = "yes" if "matplotlib" in sys.modules else "no"
        print(f"painted matplotlib={loaded} rss_mb={peak_rss_mb():.1f} "
              f"cpu_s={cpu_seconds():.3f}", flush=True)
        self.app.quit()


def exit_after_first_paint(app: QApplication, window: QWidget) -> None:
    """Print the report line once `window` has painted, then quit the event loop."""
    app.installEventFilter(_FirstPaint(app, window))
