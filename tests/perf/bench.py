"""Performance figures, one a line as `name: value unit` (not part of the test run).

    python tests/perf/bench.py                   # every measure
    python tests/perf/bench.py --only startup    # the measures whose names contain "startup"

Start-up is timed from before the process starts to the line the program prints at the first
paint of its main window (PLANNER_BENCH_EXIT_AFTER_PAINT=1, planner/startup_probe.py), and to
the line it prints when the window is painted again with its workspace open (`..._ready_s`):
the median of RUNS fresh processes after one warm-up, offscreen, with settings and caches in a
temporary folder. A bare PySide6 window is timed the same way, so the ratio holds on any
machine. Each measure is one function in MEASURES: add yours with one line there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
RUNS = 5
TIMEOUT_S = 120
BUNDLE = (
    ROOT
    / "dist"
    / "CampaignPlanner"
    / ("CampaignPlanner.exe" if sys.platform == "win32" else "CampaignPlanner")
)

BARE_QT = """
import os
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Campaign Planner"))
window.resize(1280, 800)
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        times = os.times()
        print(f"painted cpu_s={times.user + times.system:.3f}", flush=True)
        app.quit()
probe = FirstPaint()
app.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Bench:
    """What the measures share: a scratch folder, the environment, and earlier results."""

    tmp: Path
    runs: int = RUNS
    bundle: Path = BUNDLE
    results: dict[str, float | str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            PLANNER_BENCH_EXIT_AFTER_PAINT="1",
            XDG_CONFIG_HOME=str(self.tmp / "config"),
            XDG_DATA_HOME=str(self.tmp / "data"),
            XDG_CACHE_HOME=str(self.tmp / "cache"),
            PYTHONDONTWRITEBYTECODE="",
        )
        return env

    def emit(self, name: str, value: float | str, unit: str = "") -> None:
        self.results[name] = value
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{name}: {shown} {unit}".rstrip(), flush=True)

    def sample(self) -> Path:
        """The sample workspace (made once)."""
        path = self.tmp / "sample.planner"
        if not path.exists():
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "demo", "--out", str(path)],
                check=True,
                capture_output=True,
                env=self.env | {"PLANNER_BENCH_EXIT_AFTER_PAINT": ""},
            )
        return path


@dataclass
class Paint:
    """One timed start: seconds to the first paint (and to `ready`, when the program reports
    it), and what the program reported."""

    seconds: float
    report: dict[str, str]
    ready_seconds: float = float("nan")


def time_to_paint(command: list[str], env: dict[str, str]) -> Paint:
    """Start `command` and time, from just before the start, its `painted ...` line and, if
    it prints one, its `ready ...` line (the app: painted again with its workspace open)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    seen: dict[str, tuple[float, str]] = {}
    for line in process.stdout:
        word = line.split(" ", 1)[0]
        if word in ("painted", "ready"):
            seen[word] = (time.perf_counter() - started, line)
    _, errors = process.communicate(timeout=TIMEOUT_S)
    if "painted" not in seen:
        raise RuntimeError(
            f"{command[0]}: no first paint (exit {process.returncode}):\n{errors[-2000:]}"
        )
    seconds, line = seen["painted"]
    report = dict(part.split("=", 1) for part in line.split()[1:] if "=" in part)
    ready = seen.get("ready")
    if ready is not None:
        report["ready_cpu_s"] = ready[1].split("cpu_s=")[1].split()[0]
        report["rss_mb"] = ready[1].split("rss_mb=")[1].split()[0]
    return Paint(seconds, report, ready[0] if ready else float("nan"))


def median_start(command: list[str], env: dict[str, str], runs: int) -> list[Paint]:
    """One warm-up start (disk cache, daily backup), then `runs` timed ones."""
    time_to_paint(command, env)
    return [time_to_paint(command, env) for _ in range(runs)]


def _median(paints: list[Paint]) -> float:
    return statistics.median(p.seconds for p in paints)


def _median_cpu(paints: list[Paint]) -> float:
    return statistics.median(float(p.report.get("cpu_s", "nan")) for p in paints)


# The measures ------------------------------------------------------------------------------
def measure_startup(b: Bench) -> None:
    """The app on the sample workspace: start to first paint, memory, no matplotlib."""
    paints = median_start(
        [sys.executable, str(ROOT / "main.py"), "--workspace", str(b.sample())], b.env, b.runs
    )
    b.emit("startup_s", _median(paints), "s")
    b.emit("startup_cpu_s", _median_cpu(paints), "s")
    # the window is painted before its workspace opens; then painted again with the Overview
    b.emit("startup_ready_s", statistics.median(p.ready_seconds for p in paints), "s")
    b.emit(
        "startup_ready_cpu_s",
        statistics.median(float(p.report.get("ready_cpu_s", "nan")) for p in paints),
        "s",
    )
    b.emit("peak_rss_mb", max(float(p.report.get("rss_mb", 0)) for p in paints), "MB")
    loaded = {p.report.get("matplotlib", "?") for p in paints}
    b.emit("matplotlib_at_startup", "yes" if "yes" in loaded else "no")


def measure_bare_qt_startup(b: Bench) -> None:
    """A bare PySide6 QMainWindow, timed the same way; and the app's ratio to it."""
    paints = median_start([sys.executable, "-c", BARE_QT], b.env, b.runs)
    b.emit("bare_qt_startup_s", _median(paints), "s")
    b.emit("bare_qt_startup_cpu_s", _median_cpu(paints), "s")
    if isinstance(b.results.get("startup_s"), float):
        b.emit("startup_ratio", float(b.results["startup_s"]) / _median(paints), "x")
        # CPU time barely moves when other processes share the cores; wall time does.
        b.emit("startup_cpu_ratio", float(b.results["startup_cpu_s"]) / _median_cpu(paints), "x")


def make_large_workspace(path: Path, campaigns: int = 50, posts: int = 20_000) -> Path:
    """A workspace with `campaigns` campaigns and `posts` posts, written in one transaction."""
    from planner.domain.model import Campaign, CampaignStatus, Platform, Post, PostStatus
    from planner.storage.workspace import Workspace

    platforms = list(Platform)
    statuses = list(PostStatus)
    start = dt.date(2026, 1, 1)
    workspace = Workspace.create(path, "بلدية مسقط")
    try:
        with workspace.transaction():
            ids = [
                workspace.campaigns.save(
                    Campaign(
                        name=f"حملة رقم {n + 1}",
                        name_en=f"Campaign {n + 1}",
                        start=start + dt.timedelta(days=7 * n),
                        end=start + dt.timedelta(days=7 * n + 60),
                        status=list(CampaignStatus)[n % len(CampaignStatus)],
                    )
                )
                for n in range(campaigns)
            ]
            for n in range(posts):
                when = dt.datetime(2026, 1, 1, 9) + dt.timedelta(hours=7 * n % (24 * 365))
                workspace.posts.save(
                    Post(
                        base_text=f"منشور رقم {n + 1} عن خدمات البلدية #مسقط https://mm.gov.om",
                        platforms=[platforms[n % 8], platforms[(n + 3) % 8]],
                        status=statuses[n % len(statuses)],
                        scheduled_at=when,
                        campaign_id=ids[n % campaigns],
                    )
                )
    finally:
        workspace.close()
    return path


def measure_large_workspace(b: Bench) -> None:
    """Opening 50 campaigns and 20,000 posts: start to the Overview's first paint."""
    path = b.tmp / "large.planner"
    started = time.perf_counter()
    make_large_workspace(path)
    b.emit("make_large_workspace_s", time.perf_counter() - started, "s")
    paints = median_start(
        [sys.executable, str(ROOT / "main.py"), "--workspace", str(path)], b.env, b.runs
    )
    b.emit("open_large_workspace_frame_s", _median(paints), "s")
    b.emit("open_large_workspace_s", statistics.median(p.ready_seconds for p in paints), "s")
    b.emit(
        "open_large_workspace_cpu_s",
        statistics.median(float(p.report.get("ready_cpu_s", "nan")) for p in paints),
        "s",
    )


def _bundle_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def measure_bundle(b: Bench) -> None:
    """The frozen build in dist/ (when there is one): size, compressed size, start-up."""
    if not b.bundle.exists():
        b.emit("bundle", f"none at {b.bundle.relative_to(ROOT)} (make build)")
        return
    folder = b.bundle.parent
    b.emit("bundle_size_mb", _bundle_bytes(folder) / 1e6, "MB")
    archive = b.tmp / "bundle.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    b.emit("bundle_tar_gz_mb", archive.stat().st_size / 1e6, "MB")
    archive.unlink()
    paints = median_start([str(b.bundle), "--workspace", str(b.sample())], b.env, b.runs)
    b.emit("bundle_startup_s", _median(paints), "s")
    b.emit("bundle_startup_cpu_s", _median_cpu(paints), "s")
    b.emit("bundle_startup_ready_s", statistics.median(p.ready_seconds for p in paints), "s")
    if isinstance(b.results.get("startup_s"), float):
        b.emit("bundle_vs_source_ratio", _median(paints) / float(b.results["startup_s"]), "x")
        b.emit(
            "bundle_vs_source_cpu_ratio",
            _median_cpu(paints) / float(b.results["startup_cpu_s"]),
            "x",
        )


def measure_pdf_export(b: Bench) -> None:
    """The plan of a 300-post campaign (with every section it has, its charts drawn afresh) as
    a PDF: its charts drawn by the chart worker, started beforehand as File > Export as PDF
    does; the same plan again, whose unchanged charts are kept from the first; the plan as
    File > Export as PDF writes it (prepared: its charts asked for as the dialog opens and
    made while the officer chooses a file; timed from the file's choice); the first export
    with no worker started (cold: the export starts none, its charts are recorded in-process);
    and the worker's memory."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.domain.model import Platform, Post, PostStatus
    from planner.formatting import Formatter
    from planner.i18n.language import install_language
    from planner.qtapp import make_qapplication
    from planner.reports.charts import pool
    from planner.reports.pdf import coverage_section
    from planner.reports.pdf.plan import export_plan, prepare_plan
    from planner.storage.full_sample import create_sample

    make_qapplication()
    install_language("ar")
    path = b.tmp / "pdf-bench.planner"
    workspace = create_sample(path)
    try:
        campaign = next(c for c in workspace.campaigns.summaries() if c.status == "running")
        plan = workspace.campaigns.get(campaign.id)
        existing = len(workspace.posts.for_campaign(campaign.id))
        workspace.posts.save_many(
            Post(
                f"منشور إضافي رقم {n} عن فرز النفايات في ولايات مسقط #مسقط_أجمل",
                [Platform.X, Platform.INSTAGRAM],
                PostStatus.DRAFT,
                scheduled_at=dt.datetime.combine(plan.start, dt.time(9))
                + dt.timedelta(hours=3 * n),
                campaign_id=campaign.id,
                phase_id=plan.phases[0].id if plan.phases else None,
            )
            for n in range(300 - existing)
        )
        pool.warm("ar")
        pool.submit(pool.probe, "ar", lang="ar").result()  # the worker is ready
        times, again, cold = [], [], []
        for run in range(3):
            coverage_section.forget_pictures()  # every run draws its charts
            started = time.perf_counter()
            pages = export_plan(workspace, campaign.id, b.tmp / f"plan-{run}.pdf", Formatter("ar"))
            times.append(time.perf_counter() - started)
            started = time.perf_counter()  # the same plan again: its charts are kept
            export_plan(workspace, campaign.id, b.tmp / f"again-{run}.pdf", Formatter("ar"))
            again.append(time.perf_counter() - started)
        prepared = []
        for run in range(3):  # as File > Export as PDF: its charts asked for as it opens,
            coverage_section.forget_pictures()  # made while the officer chooses a file
            prepare_plan(workspace, campaign.id, Formatter("ar"))
            for job in list(coverage_section._cache.values()):
                job.result()
            started = time.perf_counter()
            export_plan(workspace, campaign.id, b.tmp / f"prepared-{run}.pdf", Formatter("ar"))
            prepared.append(time.perf_counter() - started)
        rss = [_rss_mb(pid) for pid in pool.pool().worker_pids()]
        for run in range(3):
            pool.shutdown()  # no worker started ahead: the charts are recorded in-process
            coverage_section.forget_pictures()
            started = time.perf_counter()
            export_plan(workspace, campaign.id, b.tmp / f"cold-{run}.pdf", Formatter("ar"))
            cold.append(time.perf_counter() - started)
        in_process = pool.pool().failures
    finally:
        workspace.close()
        pool.shutdown()
    b.emit("pdf_export_300_posts_s", statistics.median(times), "s")
    b.emit("pdf_export_300_posts_again_s", statistics.median(again), "s")
    b.emit("pdf_export_300_posts_prepared_s", statistics.median(prepared), "s")
    b.emit("pdf_export_300_posts_cold_s", statistics.median(cold), "s")
    b.emit("pdf_export_300_posts_pages", float(pages), "pages")
    if rss:
        b.emit("pdf_chart_worker_rss_mb", max(rss), "MB")
    if in_process:
        b.emit("pdf_charts_drawn_in_process", "; ".join(in_process))


def _rss_mb(pid: int) -> float:
    """The resident memory of process `pid` (Linux), 0 where /proc is missing."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    kb = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")), 0)
    return int(kb) / 1024


def measure_coverage(b: Bench) -> None:
    """The Coverage screen: first open with matplotlib's import (budget 0.8 s), and a redraw
    after choosing another campaign (budget 150 ms). See bench_coverage.py."""
    from tests.perf.bench_coverage import coverage_times, matplotlib_import

    first, redraw, new = coverage_times(b.sample(), b.env, min(b.runs, 3))
    b.emit("coverage_first_open_s", first, "s")
    b.emit("coverage_redraw_ms", redraw * 1000, "ms")
    b.emit("coverage_redraw_new_ms", new * 1000, "ms")
    b.emit("matplotlib_import_s", matplotlib_import(b.env), "s")


def measure_identity_library(b: Bench) -> None:
    """500 assets (about 200 MB): the Identity screen from opening the file to a painted grid;
    scrolling the whole grid reads no file (tests/perf/bench_identity.py)."""
    from tests.perf.bench_identity import bench_identity

    for name, value, unit in bench_identity(500, b.tmp / "identity.planner"):
        b.emit(
            f"{name}_{unit}" if unit == "s" else name,
            float(value) if unit in ("s", "MB") else str(int(value)),
            unit,
        )


def measure_crisis(b: Bench) -> None:
    """A busy year of crisis logs (300 incidents, 5,000 follower requests) on the sample:
    the Overview's crisis warnings, building the Crisis screen, and its first chart."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.domain.crisis import FollowerRequest, Incident, RequestKind, Severity
    from planner.domain.model import Platform
    from planner.formatting import Formatter
    from planner.qtapp import make_qapplication
    from planner.storage.full_sample import create_sample
    from planner.ui.crisis.view import CrisisView
    from planner.ui.dialogs import Dialogs
    from planner.ui.document import Document

    make_qapplication()
    workspace = create_sample(b.tmp / "crisis-bench.planner")
    now = dt.datetime.now().replace(second=0, microsecond=0)
    platforms, severities = list(Platform), list(Severity)
    try:
        crisis = workspace.crisis
        with workspace.transaction():
            for n in range(300):
                seen = now - dt.timedelta(hours=29 * n + 5)
                crisis.incidents.save(
                    Incident(
                        f"حادثة رقم {n}",
                        seen,
                        severities[n % 4],
                        platform=platforms[n % 8],
                        response_at=seen + dt.timedelta(minutes=20 + n % 90),
                        closed_at=seen + dt.timedelta(hours=6) if n % 10 else None,
                    )
                )
            for n in range(5000):
                received = now - dt.timedelta(minutes=97 * n + 30)
                crisis.requests.save(
                    FollowerRequest(
                        f"طلب رقم {n}",
                        platforms[n % 8],
                        received,
                        list(RequestKind)[n % 4],
                        severities[n % 4],
                        received + dt.timedelta(minutes=15 + n % 600) if n % 7 else None,
                    )
                )
        started = time.perf_counter()
        crisis.alerts(now)
        b.emit("crisis_overview_alerts_s", time.perf_counter() - started, "s")
        started = time.perf_counter()
        view = CrisisView(Document(workspace), Formatter("ar"), Dialogs())
        b.emit("crisis_screen_build_s", time.perf_counter() - started, "s")
        started = time.perf_counter()
        view.stats.draw_chart()
        b.emit("crisis_first_chart_s", time.perf_counter() - started, "s")
    finally:
        workspace.close()


def measure_calendar(b: Bench) -> None:
    """20,000 posts: open to a painted month, month switch, list keystroke, drag-reschedule
    (tests/perf/bench_calendar.py)."""
    from tests.perf.bench_calendar import measure_calendar as calendar_figures

    calendar_figures(b)


def measure_exports(b: Bench) -> None:
    """The calendar's xlsx, csv and ics exports of 20,000 posts (tests/perf/bench_exports.py)."""
    from tests.perf.bench_exports import measure_exports as export_figures

    export_figures(b)


def measure_month_pdf(b: Bench) -> None:
    """The printed month of 150 and 600 posts (tests/perf/bench_month.py)."""
    from tests.perf.bench_month import measure_month

    measure_month(b)


def measure_progress(b: Bench) -> None:
    """Exports and imports with progress on, and the longest gap between two progress calls
    (tests/perf/bench_progress.py)."""
    from tests.perf.bench_progress import measure_progress as progress_figures

    progress_figures(b)


def measure_x_counter(b: Bench) -> None:
    """X's counter (twitter-text v3) on a full post, and on pathological pastes of 10,000
    characters that make twitter-text's own regex backtrack (runs of dotted labels)."""
    from planner.domain.xtext import parse_post

    post = "\u202bزوروا موقع البلدية\u202c https://mm.gov.om/ar #مسقط_أجمل 🇴🇲 " * 4
    pastes = {
        "post": post,
        "dotted_labels": "a." * 5000,
        "dotted_then_tld": "a." * 4999 + "com",
        "arabic_word_dot": "م" * 9999 + ".",
        "parens_path": "https://x.com/" + "(" * 9986,
    }
    for name, text in pastes.items():
        runs = []
        for _ in range(max(b.runs, 3)):
            started = time.perf_counter()
            parse_post(text)
            runs.append(time.perf_counter() - started)
        b.emit(f"x_counter_{name}_ms", statistics.median(runs) * 1000, "ms")


MEASURES: list[Callable[[Bench], None]] = [
    measure_startup,
    measure_bare_qt_startup,
    measure_large_workspace,
    measure_bundle,
    measure_pdf_export,
    measure_coverage,
    measure_identity_library,
    measure_crisis,
    measure_calendar,
    measure_exports,
    measure_month_pdf,
    measure_progress,
    measure_x_counter,
]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run the measures whose names contain this")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="planner-bench-") as tmp:
        bench = Bench(Path(tmp), args.runs, args.bundle)
        for measure in MEASURES:
            if args.only in measure.__name__:
                measure(bench)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
