"""Long work with progress on (issue 16, point 7), for bench.py: each export of bench.py's
20,000 posts (and the campaign file and PDF plan at their limits: one campaign of 5,000
posts), with no callback, with a counting callback, and with the window's ProgressWindow
(offscreen); and the longest gap between two calls, which is how long the window cannot
answer a click on Cancel.

    python tests/perf/bench.py --only progress
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


class Gaps:
    """A counting callback that records the longest time without a call (see `_timed`)."""

    def __init__(self) -> None:
        self.calls = 0
        self.longest = 0.0
        self._last = time.perf_counter()

    def __call__(self, done: int, total: int) -> bool:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.calls += 1
        return True


def _timed(run: Callable[[Any], object], progress: Any) -> float:
    """Seconds `run(progress)` takes; a Gaps also counts the stretch before its first call
    and after its last (the rename, the COMMIT, the zip of the workbook)."""
    started = time.perf_counter()
    if isinstance(progress, Gaps):
        progress._last = started
    run(progress)
    ended = time.perf_counter()
    if isinstance(progress, Gaps):
        progress.longest = max(progress.longest, ended - progress._last)
    return ended - started


def measure_progress(b: Any) -> None:
    import datetime as dt

    from planner.formatting import Formatter
    from planner.qtapp import make_qapplication
    from planner.reports.calendar_export import posts_to_export, write_csv
    from planner.reports.calendar_ics import write_ics
    from planner.reports.calendar_xlsx import write_xlsx
    from planner.reports.handoff import HandoffTool, write_handoff
    from planner.reports.pdf.plan import export_plan
    from planner.storage.exchange import import_campaign, read_campaign_file, write_campaign_file
    from planner.storage.workspace import Workspace
    from planner.ui.progress import ProgressWindow
    from tests.perf.bench import make_large_workspace
    from tests.perf.bench_calendar import large_workspace
    from tests.reports.test_calendar_export import WORDS

    make_qapplication()
    path = large_workspace(b.tmp)
    one = b.tmp / "one-campaign.planner"
    if not one.exists():
        make_large_workspace(one, campaigns=1, posts=5_000)
    out: Path = b.tmp / "progress-out"
    out.mkdir(exist_ok=True)
    fmt = Formatter("ar")
    large, single = Workspace.open(path, backup=False), Workspace.open(one, backup=False)
    try:
        posts = posts_to_export(large)
        target = Workspace.create(b.tmp / "import-target.planner")
        work: dict[str, Callable[[Any], object]] = {
            "xlsx_20000": lambda p: write_xlsx(large, posts, out / "c.xlsx", WORDS, fmt, p),
            "csv_20000": lambda p: write_csv(large, posts, out / "c.csv", WORDS, fmt, p),
            "ics_20000": lambda p: write_ics(large, posts, out / "c.ics", WORDS, "ar", progress=p),
            "handoff_20000": lambda p: write_handoff(
                HandoffTool.HOOTSUITE, posts, out / "h.csv", dt.datetime(2000, 1, 1), p
            ),
            "json_export_5000": lambda p: write_campaign_file(single, 1, out / "c.json", p),
            "pdf_plan_5000": lambda p: export_plan(single, 1, out / "p.pdf", fmt, progress=p),
        }
        for name, run in work.items():
            bare = _timed(run, None)
            gaps = Gaps()
            counted = _timed(run, gaps)
            with ProgressWindow(None, name, name) as window:
                shown = _timed(run, window)
            b.emit(f"progress_{name}_none_s", bare, "s")
            b.emit(f"progress_{name}_callback_s", counted, "s")
            b.emit(f"progress_{name}_window_s", shown, "s")
            b.emit(f"progress_{name}_calls", float(gaps.calls))
            b.emit(f"progress_{name}_longest_gap_s", gaps.longest, "s")
        bundle = read_campaign_file(out / "c.json")
        for label, progress in (("none", None), ("callback", Gaps())):
            b.emit(
                f"progress_json_import_5000_{label}_s",
                _timed(lambda p: import_campaign(target, bundle, "rename", progress=p), progress),
                "s",
            )
            if isinstance(progress, Gaps):
                b.emit("progress_json_import_5000_longest_gap_s", progress.longest, "s")
        target.close()
    finally:
        large.close()
        single.close()
