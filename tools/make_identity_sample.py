"""Draw the sample workspace's identity pictures from the sample logo (run once; outputs committed).

    python tools/make_identity_sample.py

Writes profile.png, x-cover.png, clean-post.png, clean-story.png and letterhead.pdf into
resources/sample/identity/. The logos themselves (logo.svg, logo-white.svg) are drawn by hand.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QMarginsF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from planner.i18n.language import ARABIC_FAMILY, LATIN_FAMILY, load_fonts  # noqa: E402

OUT = ROOT / "resources" / "sample" / "identity"
TEAL, SAND, SEA, GOLD, PEARL, INK = "#0f6e63", "#d9c29c", "#7fd0d6", "#b8892f", "#fbf8f2", "#1d2b36"
GREEN, YELLOW, BLUE = "#2e7d32", "#f2c230", "#1f6fb2"


def font(size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies([ARABIC_FAMILY, LATIN_FAMILY])
    f.setPixelSize(round(size))
    f.setBold(bold)
    return f


def logo(painter: QPainter, rect: QRectF, white: bool = False) -> None:
    QSvgRenderer(str(OUT / ("logo-white.svg" if white else "logo.svg"))).render(painter, rect)


def canvas(width: int, height: int, colour: str) -> tuple[QImage, QPainter]:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def waves(
    painter: QPainter, y: float, width: float, colour: str, step: float = 120, thickness: float = 10
) -> None:
    path = QPainterPath()
    path.moveTo(-step, y)
    x = -step
    while x < width + step:
        path.quadTo(x + step / 4, y - step / 6, x + step / 2, y)
        path.quadTo(x + 3 * step / 4, y + step / 6, x + step, y)
        x += step
    pen = QPen(QColor(colour), thickness)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def text(
    painter: QPainter,
    rect: QRectF,
    value: str,
    size: float,
    colour: str,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
) -> None:
    painter.setFont(font(size, bold))
    painter.setPen(QColor(colour))
    painter.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), value)


def profile() -> None:
    image, p = canvas(400, 400, TEAL)
    logo(p, QRectF(20, 20, 360, 360))
    p.end()
    image.save(str(OUT / "profile.png"))


def x_cover() -> None:
    image, p = canvas(1500, 500, TEAL)
    p.fillRect(QRectF(0, 400, 1500, 100), QColor(SAND))
    waves(p, 360, 1500, SEA, 160, 8)
    logo(p, QRectF(1130, 70, 300, 300), white=True)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    text(p, QRectF(300, 110, 800, 110), "بلدية مسقط", 88, PEARL, True, right)
    text(p, QRectF(300, 220, 800, 70), "Muscat Municipality", 44, SAND, False, right)
    text(p, QRectF(0, 410, 1440, 80), "في خدمتكم، من أجل مسقط أجمل", 38, INK, False, right)
    p.end()
    image.save(str(OUT / "x-cover.png"))


def clean_post() -> None:
    image, p = canvas(1080, 1080, PEARL)
    p.fillRect(QRectF(0, 0, 1080, 300), QColor(GREEN))
    p.fillRect(QRectF(0, 1000, 360, 80), QColor(GREEN))
    p.fillRect(QRectF(360, 1000, 360, 80), QColor(YELLOW))
    p.fillRect(QRectF(720, 1000, 360, 80), QColor(BLUE))
    logo(p, QRectF(60, 60, 180, 180), white=True)
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    text(p, QRectF(280, 70, 740, 110), "مسقط أجمل بنظافتها", 76, "#ffffff", True, right)
    text(p, QRectF(280, 180, 740, 70), "#مسقط_أجمل", 44, "#e8f5e9", False, right)
    pen = QPen(QColor(GREEN), 6, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawRoundedRect(QRectF(90, 370, 900, 560), 36, 36)
    text(p, QRectF(120, 520, 840, 260), "مساحة الصورة أو النص الرئيسي", 52, "#5f6f66")
    p.end()
    image.save(str(OUT / "clean-post.png"))


def clean_story() -> None:
    image, p = canvas(1080, 1920, GREEN)
    p.fillRect(QRectF(0, 1500, 1080, 420), QColor(PEARL))
    waves(p, 1500, 1080, YELLOW, 180, 14)
    logo(p, QRectF(390, 250, 300, 300), white=True)
    text(p, QRectF(80, 640, 920, 260), "مسقط أجمل بنظافتها", 96, "#ffffff", True)
    text(p, QRectF(80, 900, 920, 120), "افرز نفايات بيتك: سلة للورق وسلة للبلاستيك", 48, "#e8f5e9")
    text(p, QRectF(80, 1620, 920, 120), "#مسقط_أجمل", 64, GREEN, True)
    p.end()
    image.save(str(OUT / "clean-story.png"))


def letterhead() -> None:
    path = OUT / "letterhead.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setResolution(150)
    writer.setTitle("Letterhead — sample")
    writer.setCreator("Campaign Planner sample")
    p = QPainter(writer)
    width, height = writer.width(), writer.height()
    p.fillRect(QRectF(0, 0, width, 40), QColor(TEAL))
    logo(p, QRectF(width - 260, 90, 170, 170))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    text(p, QRectF(90, 110, width - 380, 70), "بلدية مسقط", 30, TEAL, True, right)
    text(p, QRectF(90, 180, width - 380, 50), "Muscat Municipality", 18, INK, False, right)
    p.fillRect(QRectF(0, height - 90, width, 90), QColor(SAND))
    text(p, QRectF(0, height - 90, width, 90), "مسقط، سلطنة عُمان", 14, INK)
    p.end()


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    load_fonts()
    for make in (profile, x_cover, clean_post, clean_story, letterhead):
        make()
    for path in sorted(OUT.iterdir()):
        print(f"{path.name}: {path.stat().st_size} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
