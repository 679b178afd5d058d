"""Coverage screen timings for tests/perf/bench.py (`measure_coverage`), or on their own:
`python tests/perf/bench_coverage.py`.

  coverage_first_open  from choosing the Coverage screen to its first chart drawn, in a
                       process that has not imported matplotlib yet (budget 0.8 s)
  coverage_redraw      choosing another campaign until its chart is redrawn, median
                       (budget 150 ms)
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
from planner.app import Application, make_qapplication
from planner.storage.workspace import Workspace
from planner.ui.document import Document
from planner.ui.settings import Settings
scratch = Path(sys.argv[1])
app = make_qapplication()
settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
shell = Application(settings)
shell.show_document(Document(Workspace.open(scratch / "w.planner", backup=False)))
window = shell.window
window.resize(1280, 800)
app.processEvents()
assert "matplotlib" not in sys.modules
started = time.perf_counter()
window.show_screen("coverage")  # builds the screen, imports matplotlib, draws the chart
app.processEvents()
view = window.screen("coverage")
assert view.panes[0].canvas is not None
first = time.perf_counter() - started
times = []
for i in range(10):
    started = time.perf_counter()
    view.campaign.setCurrentIndex(i % 3)
    app.processEvents()
    times.append(time.perf_counter() - started)
print(first, statistics.median(times[1:]))
"""


def coverage_times(workspace: Path, env: dict[str, str], runs: int = 3) -> tuple[float, float]:
    """(first open in s, redraw in s), each the best of `runs` fresh processes."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copyfile(workspace, Path(tmp) / "w.planner")
            out = subprocess.run([sys.executable, "-c", CHILD, tmp], capture_output=True,
                                 text=True, cwd=ROOT, check=True,
                                 env={**env, "PYTHONPATH": str(ROOT),
                                      "PLANNER_BENCH_EXIT_AFTER_PAINT": ""})
        first, redraw = (float(x) for x in out.stdout.split())
        results.append((first, redraw))
    return min(r[0] for r in results), min(r[1] for r in results)


def matplotlib_import(env: dict[str, str]) -> float:
    code = ("import time; t = time.perf_counter(); import matplotlib.figure; "
            "from matplotlib.backends import backend_qtagg; print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**env, "QT_QPA_PLATFORM": "offscreen"})
    return float(out.stdout)


def main() -> int:
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.planner"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--out", str(sample)],
                       check=True, capture_output=True)
        first, redraw = coverage_times(sample, env)
    print(f"coverage_first_open_s: {first:.3f} s")
    print(f"coverage_redraw_ms: {redraw * 1000:.0f} ms")
    print(f"matplotlib_import_s: {min(matplotlib_import(env) for _ in range(3)):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
