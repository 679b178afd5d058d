"""Benchmark of the Identity screen: 500 assets (about 200 MB) open to a painted grid, and a
scroll through the whole grid that must not read or decode a single file.

    python tests/perf/bench_identity.py [--count 500] [--keep FILE]

Prints `name: value unit` lines like tests/perf/bench.py; exits 1 when a budget is missed.
When tests/perf/bench.py exists, its main can call `bench_identity()`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_OPEN = 0.5  # seconds, from opening the file to a painted grid
RUNS = 3
SIDE = 370  # 370 x 370 random RGB pixels: a PNG of about 400 KB that does not compress


def make_workspace(path: Path, count: int) -> int:
    """A workspace with `count` distinct pictures, imported the normal way (thumbnails made)."""
    from PySide6.QtGui import QImage

    from planner.domain.identity import BrandKit
    from planner.reports.identity.imaging import make_thumbnail
    from planner.storage.workspace import Workspace

    ws = Workspace.create(path)
    kit_id = ws.kits.save(BrandKit("اختبار الأداء", "Performance"))
    total = 0
    for i in range(count):
        pixels = os.urandom(SIDE * SIDE * 3)
        image = QImage(pixels, SIDE, SIDE, SIDE * 3, QImage.Format.Format_RGB888)
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        data = bytes(buffer.data().data())
        total += len(data)
        ws.assets.add(
            data,
            f"صورة {i + 1}",
            suffix=".png",
            kit_id=kit_id if i % 2 else None,
            tags=["أداء", f"دفعة {i // 50}"],
            thumbnailer=make_thumbnail,
        )
    ws.close()
    return total


def _warm_up(app) -> None:  # type: ignore[no-untyped-def]
    """What a running session has already done before the officer opens a workspace: the
    Overview has formatted numbers (babel's locale data) and Qt has drawn a window and
    pictures (its image plug-ins); none of that is the library's cost."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel

    from planner.formatting import Formatter

    Formatter("ar").integer(1234)
    Formatter("ar").datetime(__import__("datetime").datetime(2026, 1, 1))
    for fmt in ("PNG", "JPEG"):
        image = QImage(4, 4, QImage.Format.Format_RGB32)
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, fmt)
        QImage.fromData(bytes(buffer.data().data()))
    label = QLabel("مرحبا")
    label.show()
    app.processEvents()
    label.grab()
    label.close()


def bench_identity(count: int = 500, keep: Path | None = None) -> list[tuple[str, float, str]]:
    """Build the workspace, then measure opening it to a painted grid and scrolling it."""
    from planner.formatting import Formatter
    from planner.qtapp import make_qapplication
    from planner.storage.assets import AssetStore
    from planner.storage.workspace import Workspace
    from planner.ui.dialogs import Dialogs
    from planner.ui.document import Document
    from planner.ui.identity.view import IdentityView

    app = make_qapplication()
    results: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "identity-bench.planner"
        if not path.exists():
            started = time.perf_counter()
            total = make_workspace(path, count)
            results.append(("identity_setup_import", time.perf_counter() - started, "s"))
            results.append(("identity_library_size", total / 1024 / 1024, "MB"))
        reads = {"count": 0}
        for name in ("data", "blob"):
            original = getattr(AssetStore, name)

            def counted(self, *args, _original=original):  # type: ignore[no-untyped-def]
                reads["count"] += 1
                return _original(self, *args)

            setattr(AssetStore, name, counted)

        _warm_up(app)
        opens, screens, totals, cpus = [], [], [], []
        for _ in range(RUNS):  # the median of a few opens: the machine may be shared
            started, cpu = time.perf_counter(), time.process_time()
            doc = Document(Workspace.open(path, backup=False))
            file_opened = time.perf_counter()
            view = IdentityView(doc, Formatter("ar"), Dialogs())
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            view.library.grid.viewport().grab()
            painted = time.perf_counter()
            opens.append(file_opened - started)
            screens.append(painted - file_opened)
            totals.append(painted - started)
            cpus.append(time.process_time() - cpu)
            decoded_at_open = view.library.model.decoded
            if len(totals) < RUNS:
                view.close()
                view.deleteLater()
                doc.close()
                app.processEvents()
        results.append(("identity_open_workspace", statistics.median(opens), "s"))
        results.append(("identity_screen_to_painted_grid", statistics.median(screens), "s"))
        results.append(("identity_open_to_painted_grid", statistics.median(totals), "s"))
        results.append(("identity_open_to_painted_grid_cpu", statistics.median(cpus), "s"))
        results.append(("identity_thumbnails_decoded_at_open", decoded_at_open, "count"))
        deadline = time.perf_counter() + 10  # let the rest of the thumbnails arrive
        while view.library.model.missing_thumbnails() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.02)
        bar = view.library.grid.verticalScrollBar()
        started = time.perf_counter()
        steps = 0
        for value in range(0, bar.maximum() + bar.pageStep(), max(1, bar.pageStep() // 2)):
            bar.setValue(value)
            view.library.grid.viewport().grab()
            steps += 1
        results.append(("identity_scroll_whole_grid", time.perf_counter() - started, "s"))
        results.append(("identity_scroll_steps", steps, "count"))
        results.append(("identity_files_read_while_open_and_scrolling", reads["count"], "count"))
        results.append(
            ("identity_thumbnails_decoded_after_scroll", view.library.model.decoded, "count")
        )
        results.append(
            ("identity_peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
        )
        view.close()
        doc.close()
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="reuse (or keep) the workspace at this path")
    args = parser.parse_args(argv)
    results = bench_identity(args.count, args.keep)
    for name, value, unit in results:
        print(
            f"{name}: {value:.3f} {unit}"
            if unit == "s" or unit == "MB"
            else f"{name}: {int(value)} {unit}"
        )
    values = {name: value for name, value, _ in results}
    ok = (
        values["identity_open_to_painted_grid"] <= BUDGET_OPEN
        and values["identity_files_read_while_open_and_scrolling"] == 0
        and values["identity_thumbnails_decoded_after_scroll"] <= args.count
    )
    print(f"identity_budget: {'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
