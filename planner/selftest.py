"""`--self-test`: prove that a build works: sample workspace, every screen, the exports."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.storage.workspace import Workspace


def run() -> int:
    """Exercise the program offscreen; print one line; exit 0, or 1 naming the failed step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    step = "start"
    results: list[str] = []
    try:
        from PySide6.QtCore import QSettings

        from planner.app import Application
        from planner.qtapp import make_qapplication
        from planner.settings import Settings
        from planner.storage.full_sample import create_sample
        from planner.storage.workspace import Workspace, inspect
        from planner.ui.document import Document

        with tempfile.TemporaryDirectory() as tmp:
            scratch = Path(tmp)
            step = "sample workspace"
            path = scratch / "sample.planner"
            create_sample(path).close()
            inspect(path, full=True)
            results.append("workspace ok")
            step = "chart worker start"
            from planner.reports.charts import pool

            pool.warm()  # it readies itself while the screens are shown
            step = "window"
            app = make_qapplication()
            settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
            application = Application(settings)
            application.show_document(Document(Workspace.open(path, backup=False)))
            window = application.window
            assert window is not None
            for screen in window.screens:
                step = f"screen {screen.key}"
                window.show_screen(screen.key)
                app.processEvents()
                if window.grab().isNull():
                    raise RuntimeError("blank screen")
            results.append(f"{len(window.screens)} screens ok")
            step = "language"
            application.switch_language("en" if settings.language == "ar" else "ar")
            app.processEvents()
            results.append("languages ok")
            step = "chart"
            results.append(_chart(scratch))
            step = "chart worker"
            results.append(_chart_worker())
            step = "plan pdf"
            assert application.doc is not None
            results.append(_plan_pdf(application.doc.workspace, scratch))
            window = application.window
            assert window is not None
            window.close()
            if application.doc is not None:
                application.doc.close()
            step = "chart worker stop"
            pids = pool.pool().worker_pids()
            pool.shutdown()
            if any(_alive(pid) for pid in pids):
                raise RuntimeError(f"worker {pids} still running")
    except Exception as exc:  # report the step, whatever failed
        print(f"self-test FAILED at {step}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"self-test ok: {', '.join(results)} in {elapsed:.1f} s")
    return 0


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _check(path: Path, magic: bytes, minimum: int = 1000) -> None:
    data = path.read_bytes()
    if len(data) < minimum or not data.startswith(magic):
        raise RuntimeError(f"{path.name}: {len(data)} bytes, starts {data[:8]!r}")


def _chart(folder: Path) -> str:
    """An Arabic bar chart through matplotlib's Agg, SVG and PDF backends (bundled or not)."""
    from matplotlib import font_manager
    from matplotlib.figure import Figure

    from planner.paths import resource

    for name in ("NotoSansArabic-Regular.ttf", "NotoSans-Regular.ttf"):
        font_manager.fontManager.addfont(str(resource("fonts", name)))
    figure = Figure(figsize=(4, 3))
    axes = figure.add_subplot()
    axes.bar(["إكس", "إنستغرام", "يوتيوب"], [12, 7, 3], color="#1f7a8c")
    axes.set_title("المنشورات المخططة", family=["Noto Sans Arabic", "Noto Sans"])
    for suffix, magic in ((".png", PNG_MAGIC), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        path = folder / f"chart{suffix}"
        figure.savefig(path)
        _check(path, magic)
    return "chart ok"


def _chart_worker() -> str:
    """A chart drawn by the worker process, with an English title asked from this process
    (whose strings are Arabic or English), never by the in-process fallback."""
    from planner.reports.charts import pool

    job = pool.submit(pool.probe, "en", lang="en")
    pid, title, width = job.result()
    if not job.in_worker or pid == os.getpid():
        raise RuntimeError("drawn in-process: " + "; ".join(pool.pool().failures))
    if title != "Posts per week" or width != 200:
        raise RuntimeError(f"the worker drew {title!r}, {width} px wide")
    return "chart worker ok"


def _alive(pid: int) -> bool:
    import multiprocessing

    return any(child.pid == pid for child in multiprocessing.active_children())


def _plan_pdf(workspace: Workspace, folder: Path) -> str:
    """The sample campaign's plan as an Arabic PDF (Qt's PDF writer, bundled fonts), its
    charts recorded by the chart worker."""
    from planner.formatting import Digits, Formatter
    from planner.reports.charts import pool
    from planner.reports.pdf.plan import export_plan

    path = folder / "plan.pdf"
    campaign = workspace.campaigns.summaries()[0]
    pages = export_plan(workspace, campaign.id, path, Formatter("ar", Digits.ARABIC_INDIC))
    _check(path, b"%PDF", minimum=10_000)
    if pool.pool().failures:
        raise RuntimeError("charts drawn in-process: " + "; ".join(pool.pool().failures))
    return f"plan pdf ok ({pages} pages)"
