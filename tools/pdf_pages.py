"""Put pages of a PDF side by side in one PNG (the README's pictures of the plan).

    python tools/pdf_pages.py PLAN.pdf 1-3 OUT.png [--dpi 50] [--rtl]

Needs poppler's pdftoppm. With --rtl the first page is on the right, as an Arabic reader
lays a document out.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("pages", help="FIRST-LAST, e.g. 1-3")
    parser.add_argument("out", type=Path)
    parser.add_argument("--dpi", type=int, default=50)
    parser.add_argument("--rtl", action="store_true", help="first page on the right")
    args = parser.parse_args(argv)
    first, _, last = args.pages.partition("-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QImage needs it)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(args.dpi),
                "-f",
                first,
                "-l",
                last or first,
                "-png",
                str(args.pdf),
                f"{folder}/p",
            ],
            check=True,
        )
        pages = [QImage(str(p)) for p in sorted(Path(folder).glob("p-*.png"))]
    if args.rtl:
        pages.reverse()
    gap = 10
    width = sum(p.width() for p in pages) + gap * (len(pages) - 1)
    sheet = QImage(width, max(p.height() for p in pages), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8a9399"))
    painter = QPainter(sheet)
    x = 0
    for page in pages:
        painter.drawImage(x, 0, page)
        x += page.width() + gap
    painter.end()
    return 0 if sheet.save(str(args.out)) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
