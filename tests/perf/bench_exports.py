"""Export figures for bench.py: the calendar's xlsx, csv and ics of 20,000 posts, through
the real commands (wall clock and CPU time, process start included) and in-process (the
writer's CPU time at 5,000 and 20,000 posts, whose ratio near 4 shows linear time)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
KINDS = ("xlsx", "csv", "ics")


def measure_exports(b: Any) -> None:
    from tests.perf.bench_calendar import large_workspace

    path = large_workspace(b.tmp)
    env = {**os.environ, "PLANNER_LANG": "ar", "QT_QPA_PLATFORM": "offscreen"}
    for kind in KINDS:
        command = [sys.executable, str(ROOT / "main.py"), "export", kind, "--workspace"]
        out = b.tmp / f"calendar.{kind}"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [*command, str(path), "--out", str(out)],
            check=True,
            capture_output=True,
            env=env,
        )
        b.emit(f"export_{kind}_20000_posts_command_s", time.perf_counter() - started, "s")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        b.emit(f"export_{kind}_20000_posts_command_cpu_s", cpu, "s")  # shared cores: see CPU
        b.emit(f"export_{kind}_20000_posts_bytes", float(out.stat().st_size), "bytes")
    _in_process(b, path)


def _in_process(b: Any, path: Path) -> None:
    from planner.formatting import Formatter
    from planner.reports.calendar_export import posts_to_export, write_csv
    from planner.reports.calendar_ics import write_ics
    from planner.reports.calendar_xlsx import write_xlsx
    from planner.storage.workspace import Workspace
    from tests.reports.test_calendar_export import WORDS

    workspace = Workspace.open(path, backup=False)
    try:
        posts = posts_to_export(workspace)
        fmt = Formatter("ar")
        writers = {
            "xlsx": lambda p, out: write_xlsx(workspace, p, out, WORDS, fmt),
            "csv": lambda p, out: write_csv(workspace, p, out, WORDS, fmt),
            "ics": lambda p, out: write_ics(workspace, p, out, WORDS, "ar"),
        }
        for kind, write in writers.items():
            cpu = {}
            for count in (5_000, 20_000):
                started = time.process_time()
                write(posts[:count], b.tmp / f"part.{kind}")
                cpu[count] = time.process_time() - started
                b.emit(f"export_{kind}_{count}_posts_cpu_s", cpu[count], "s")
            b.emit(f"export_{kind}_cpu_ratio_20000_to_5000", cpu[20_000] / cpu[5_000], "")
    finally:
        workspace.close()
