"""The look-and-feel survey: every `screenshot` view in Arabic and English, light and dark, on a
laptop at 125% and on a 1920x1080 screen, with one contact sheet per view (its eight pictures).

    python tools/survey.py OUT_FOLDER [--views calendar:month,dialog:post] [--jobs 2]

Writes OUT_FOLDER/shots/VIEW__LANG-SCHEME-SIZE.png and OUT_FOLDER/sheets/VIEW.png. The pictures
are for looking at, not for the repository. A view that fails is named with its error and the
survey goes on.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"laptop": ("1366x768", "1.25"), "fhd": ("1920x1080", "1")}
LANGS = ("ar", "en")
SCHEMES = ("light", "dark")
CELL = 960  # a picture's width on the sheet


@dataclass(frozen=True)
class Variant:
    lang: str
    scheme: str
    size: str

    @property
    def tag(self) -> str:
        return f"{self.lang}-{self.scheme}-{self.size}"


VARIANTS = [Variant(lang, scheme, size) for size in SIZES for lang in LANGS for scheme in SCHEMES]


def shot_path(out: Path, view: str, variant: Variant) -> Path:
    return out / "shots" / f"{view.replace(':', '_')}__{variant.tag}.png"


def worker(out: Path, variant: Variant, views: list[str]) -> None:
    """Picture `views` in this process (one process per variant: the scaling is fixed when
    Qt starts); a failing view is reported on stderr and skipped."""
    import tempfile
    import traceback

    width, height = (int(v) for v in SIZES[variant.size][0].split("x"))
    scale = float(SIZES[variant.size][1])
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    from planner.screenshot import Shot, take_many, virtual_screen

    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        virtual_screen((width, height), scratch)
        digits = "latin" if variant.lang == "en" else "arabic"
        shot = Shot(views[0], variant.lang, digits, (width, height), scale, variant.scheme)
        pictures = [(view, shot_path(out, view, variant)) for view in views]
        for view, problem in take_many(shot, pictures, None, scratch):
            lines = traceback.format_exception(problem)
            print(f"{view} {variant.tag}: {lines[-1].strip()}", file=sys.stderr, flush=True)


def run_worker(out: Path, variant: Variant, views: list[str]) -> str:
    """Picture `views` in worker processes for `variant`: a worker that dies (a long run of
    windows can exhaust a small machine) is followed by another for the views still missing."""
    problems: list[str] = []
    left = [v for v in views if not shot_path(out, v, variant).exists()]
    while left:
        command = [sys.executable, __file__, str(out), "--worker", variant.tag]
        command += ["--views", ",".join(left)]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
        failed = {
            line.split(" ", 1)[0]
            for line in done.stderr.splitlines()
            if f" {variant.tag}: " in line
        }
        problems += [line for line in done.stderr.splitlines() if f" {variant.tag}: " in line]
        missing = [v for v in left if not shot_path(out, v, variant).exists() and v not in failed]
        if done.returncode == 0:
            problems += [f"{v} {variant.tag}: no picture" for v in missing]
            break
        if missing and missing[0] == left[0]:
            problems.append(f"{left[0]} {variant.tag}: the worker stopped ({done.returncode})")
            missing = missing[1:]  # it dies on this view: go on without it
        left = missing
    return "\n".join(problems)


def sheet(out: Path, view: str) -> Path:
    """The view's pictures on one sheet: a row per screen size, a column per language and
    scheme, each scaled to CELL pixels wide with its name above it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    label = 28
    images = {v: QImage(str(shot_path(out, view, v))) for v in VARIANTS}
    columns = len(LANGS) * len(SCHEMES)
    rows = len(SIZES)
    heights = []
    for size in SIZES:
        row = [img for v, img in images.items() if v.size == size and not img.isNull()]
        heights.append(max((round(i.height() * CELL / i.width()) for i in row), default=100))
    page = QImage(
        columns * (CELL + 16), sum(heights) + rows * (label + 16), QImage.Format.Format_RGB32
    )
    page.fill(QColor("#808080"))
    painter = QPainter(page)
    painter.setFont(QFont("Noto Sans", 14))
    y = 0
    for r, size in enumerate(SIZES):
        for c, variant in enumerate(v for v in VARIANTS if v.size == size):
            x = c * (CELL + 16) + 8
            painter.setPen(QColor("white"))
            painter.drawText(x, y + label - 8, f"{view}  {variant.tag}")
            image = images[variant]
            if image.isNull():
                painter.drawText(x, y + label + 40, "(no picture)")
                continue
            scaled = image.scaledToWidth(CELL, Qt.TransformationMode.SmoothTransformation)
            painter.drawImage(x, y + label, scaled)
        y += heights[r] + label + 16
    painter.end()
    target = out / "sheets" / f"{view.replace(':', '_')}.png"
    page.save(str(target))
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--views", default="", help="comma-separated views (default: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sheets-only", action="store_true", help="only remake the sheets")
    parser.add_argument("--worker", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner import screenshot_views

    views = args.views.split(",") if args.views else screenshot_views.names()
    if args.worker:
        worker(args.out, next(v for v in VARIANTS if v.tag == args.worker), views)
        return 0
    (args.out / "shots").mkdir(parents=True, exist_ok=True)
    (args.out / "sheets").mkdir(parents=True, exist_ok=True)
    if not args.sheets_only:
        with ThreadPoolExecutor(args.jobs) as pool:
            jobs = [pool.submit(run_worker, args.out, v, views) for v in VARIANTS]
            for errors in (job.result() for job in jobs):
                if errors:
                    print(errors, file=sys.stderr)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    for view in views:
        print(sheet(args.out, view))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
