"""How full each page of a plan PDF is: how far down its body the text and the ink reach.

    python tools/pdf_fill.py PLAN.pdf [MORE.pdf ...]

For each page, two shares of the body's height (between the running header and the
footer): the lowest word (`pdftotext -bbox`) and the lowest ink (`pdftoppm` at 36 dpi,
which also sees table borders and charts). Lists the pages, the last excepted, whose ink
reaches less than half way down (docs/look-and-feel.md, "Plan PDF pages"). Needs poppler.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

A4_HEIGHT = 1122.52  # px at 96 dpi, as planner.reports.pdf.document lays pages out
TOP = 72 * 0.75  # the body's top and bottom in points (document.MARGIN_TOP, MARGIN_BOTTOM)
BOTTOM = (A4_HEIGHT - 64) * 0.75
WORD = re.compile(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"')
DPI = 36


def word_fill(pdf: Path) -> list[float]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    fills = []
    for page in out.split("<page ")[1:]:
        boxes = [(float(a), float(b)) for a, b in WORD.findall(page)]
        inside = [y1 for y0, y1 in boxes if y0 >= TOP - 1 and y1 <= BOTTOM + 2]
        fills.append((max(inside) - TOP) / (BOTTOM - TOP) if inside else 0.0)
    return fills


def ink_fill(pdf: Path) -> list[float]:
    fills = []
    scale = DPI / 72
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), f"{folder}/p"], check=True)
        pages = sorted(Path(folder).glob("p-*.pgm"), key=lambda p: int(p.stem.split("-")[-1]))
        for path in pages:
            data = path.read_bytes()
            _, width, height, _, _ = data.split(maxsplit=4)
            w, h = int(width), int(height)
            pixels = data[-w * h :]
            top, bottom = int(TOP * scale) + 1, int(BOTTOM * scale)
            lowest = max(
                (y for y in range(top, min(bottom, h)) if min(pixels[y * w : (y + 1) * w]) < 200),
                default=None,
            )
            fills.append(0.0 if lowest is None else (lowest / scale - TOP) / (BOTTOM - TOP))
    return fills


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    for name in argv:
        pdf = Path(name)
        words, ink = word_fill(pdf), ink_fill(pdf)
        pairs = enumerate(zip(words, ink, strict=True), 1)
        pages = " ".join(f"{n}:{round(100 * w)}/{round(100 * i)}" for n, (w, i) in pairs)
        print(f"{pdf.name} (page:words%/ink%) {pages}")
        low = [n for n, i in enumerate(ink[:-1], 1) if i < 0.5]
        print(f"  under half, not the last: {low or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
