"""A hidden hook for tests/perf/bench.py: report the main window's first paint, then quit.

With PLANNER_BENCH_EXIT_AFTER_PAINT=1 the program prints a line when the main window is first
painted, `painted matplotlib=no rss_mb=123.4 cpu_s=0.9`, another (`ready ...`) when it is painted
with its workspace open, and exits. The benchmark times the process from its start to each line.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from planner.ui.first_paint import when_painted
from planner.ui.main_window import MainWindow

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


def _report(word: str) -> None:
    loaded = "yes" if "matplotlib" in sys.modules else "no"
    print(
        f"{word} matplotlib={loaded} rss_mb={peak_rss_mb():.1f} cpu_s={cpu_seconds():.3f}",
        flush=True,
    )


def exit_when_ready(app: QApplication, window: MainWindow) -> None:
    """Print `painted ...` once the window's frame is painted, `ready ...` once it is painted
    again with its workspace open and first screen built; then quit the event loop."""

    def ready() -> None:
        _report("ready")
        app.quit()

    def attached() -> None:
        when_painted(window, ready)

    window.attached.connect(attached)
    when_painted(window, lambda: _report("painted"))
