"""Coverage screen timings for tests/perf/bench.py (`measure_coverage`), or on their own:
`python tests/perf/bench_coverage.py`.

  coverage_first_open  from choosing the Coverage screen to its first chart drawn, in a
                       process that has not imported matplotlib yet (budget 0.8 s)
  coverage_redraw      choosing another campaign until its chart is redrawn, median of 9
                       switches round three campaigns (budget 150 ms)
  coverage_redraw_new  the same for the switches to a campaign not charted before in that
                       process (for reference: nothing of its own text is remembered yet)
"Drawn" means painted: the events are processed until the chart's figure has been drawn
(matplotlib clears `figure.stale` when it draws), so a chart left to draw later is waited for.
  matplotlib_import    a bare `import matplotlib.figure` and the Qt canvas, for reference:
                       on a busy machine every figure grows with it
Each is the best of `runs` fresh processes on a copy of the sample workspace.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, sys, time, statistics
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
from planner.qtapp import make_qapplication
from planner.app import Application
from planner.storage.workspace import Workspace
from planner.ui.document import Document
from planner.settings import Settings
scratch = Path(sys.argv[1])
app = make_qapplication()
settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
shell = Application(settings)
shell.show_document(Document(Workspace.open(scratch / "w.planner", backup=False)))
window = shell.window
window.resize(1280, 800)
app.processEvents()
assert "matplotlib" not in sys.modules
def drawn(pane):
    return pane.canvas is not None and not pane.canvas.figure.stale
def wait_until_drawn(pane, started):
    app.processEvents()
    while not drawn(pane):
        assert time.perf_counter() - started < 60, "the chart was never drawn"
        app.processEvents()
started = time.perf_counter()
window.show_screen("coverage")  # builds the screen, imports matplotlib, draws the chart
view = window.screen("coverage")
wait_until_drawn(view.panes[0], started)
first = time.perf_counter() - started
times, new, charted = [], [], {view.campaign.currentIndex()}
for i in range(10):
    started = time.perf_counter()
    view.campaign.setCurrentIndex(i % 3)
    wait_until_drawn(view.panes[0], started)
    times.append(time.perf_counter() - started)
    if i % 3 not in charted:
        new.append(times[-1])
        charted.add(i % 3)
print(first, statistics.median(times[1:]), statistics.median(new))
"""


def coverage_times(
    workspace: Path, env: dict[str, str], runs: int = 3
) -> tuple[float, float, float]:
    """(first open, redraw, redraw to a new campaign) in s, each the best of `runs` fresh
    processes."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copyfile(workspace, Path(tmp) / "w.planner")
            out = subprocess.run(
                [sys.executable, "-c", CHILD, tmp],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
                env={**env, "PYTHONPATH": str(ROOT), "PLANNER_BENCH_EXIT_AFTER_PAINT": ""},
            )
        first, redraw, new = (float(x) for x in out.stdout.split())
        results.append((first, redraw, new))
    return tuple(min(r[i] for r in results) for i in range(3))  # type: ignore[return-value]


def matplotlib_import(env: dict[str, str]) -> float:
    code = (
        "import time; t = time.perf_counter(); import matplotlib.figure; "
        "from matplotlib.backends import backend_qtagg; print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    return float(out.stdout)


def main() -> int:
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.planner"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "demo", "--out", str(sample)],
            check=True,
            capture_output=True,
        )
        first, redraw, new = coverage_times(sample, env)
    print(f"coverage_first_open_s: {first:.3f} s")
    print(f"coverage_redraw_ms: {redraw * 1000:.0f} ms")
    print(f"coverage_redraw_new_ms: {new * 1000:.0f} ms")
    print(f"matplotlib_import_s: {min(matplotlib_import(env) for _ in range(3)):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
