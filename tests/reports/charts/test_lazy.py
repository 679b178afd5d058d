"""matplotlib stays out of start-up: only drawing a chart loads it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={
            "QT_QPA_PLATFORM": "offscreen",
            "PATH": "/usr/bin:/bin",
            "HOME": str(ROOT / ".no-home"),
        },
    ).stdout.strip()


def test_chart_registry_and_summaries_load_without_matplotlib():
    """The registry, the data and the sentences can be used without loading matplotlib."""
    assert (
        run(
            "import sys, planner.reports.charts, planner.reports.charts.summaries, "
            "planner.reports.charts.data\n"
            "print('matplotlib' in sys.modules)"
        )
        == "False"
    )
