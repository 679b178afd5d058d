"""Pictures from asset contents with Qt: thumbnails made once at import, logos, font samples.

Raster images are read through QImageReader, which gives the size from the header without
decoding; the size is checked again here (belt and braces after planner.domain.intake), the
global allocation limit is set, and big pictures are decoded straight to thumbnail size.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from planner.domain.content import DEFAULT_LIMITS, AssetRefusedError, Refusal, check_pixels
from planner.domain.identity import AssetFormat, Thumbnail

THUMB_SIDE = 256
ALLOCATION_LIMIT_MB = 256  # Qt refuses to allocate more than this for one decoded image
FONT_SAMPLE = "أبجد Aa"
_QT_FORMAT = {
    AssetFormat.PNG: b"png",
    AssetFormat.JPEG: b"jpeg",
    AssetFormat.WEBP: b"webp",
    AssetFormat.GIF: b"gif",
}


def decode(data: bytes, fmt: AssetFormat, max_side: int) -> QImage:
    """The picture scaled to fit `max_side` (never enlarged); AssetRefusedError if unreadable."""
    if fmt is AssetFormat.SVG:
        return render_svg(data, QSize(max_side, max_side))
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(_QT_FORMAT[fmt]))
    reader.setAutoTransform(True)
    size = reader.size()  # from the header: nothing is decoded yet
    if not size.isValid():
        raise AssetRefusedError(Refusal.CORRUPT, reader.errorString())
    check_pixels(size.width(), size.height(), DEFAULT_LIMITS)
    if size.width() > max_side or size.height() > max_side:
        reader.setScaledSize(size.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise AssetRefusedError(Refusal.CORRUPT, reader.errorString())
    return image


def render_svg(data: bytes, box: QSize) -> QImage:
    """An SVG drawn into a transparent image that fits `box`, keeping its proportions."""
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise AssetRefusedError(Refusal.SVG_MALFORMED, "not drawable")
    size = renderer.defaultSize()
    if size.isEmpty():
        size = renderer.viewBoxF().size().toSize()
    if size.isEmpty():
        size = box
    target = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(
        max(1, target.width()), max(1, target.height()), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def paint_svg(painter: QPainter, data: bytes, rect: QRectF) -> bool:
    """Draw an SVG as vectors into `rect` (centred, proportions kept): sharp in a PDF too."""
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return False
    size = renderer.defaultSize().toSizeF()
    if size.isEmpty():
        size = rect.size()
    fitted = size.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRectF(
        rect.center().x() - fitted.width() / 2,
        rect.center().y() - fitted.height() / 2,
        fitted.width(),
        fitted.height(),
    )
    renderer.render(painter, target)
    return True


@contextmanager
def loaded_font(data: bytes) -> Iterator[str]:
    """Make a font file usable by this process only (never installed system-wide) for the
    duration of the block; yields its family name ("" when Qt cannot load it)."""
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
    try:
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        yield families[0] if families else ""
    finally:
        if font_id >= 0:
            QFontDatabase.removeApplicationFont(font_id)


def font_sample(data: bytes, side: int = THUMB_SIDE) -> QImage:
    """A square picture of a font: "أبجد Aa" in it, dark on transparent."""
    with loaded_font(data) as family:
        if not family:
            raise AssetRefusedError(Refusal.FONT_INVALID, "Qt cannot load it")
        image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        font = QFont(family)
        font.setPixelSize(side // 4)
        painter.setFont(font)
        painter.setPen(QColor("#1f2933"))
        painter.drawText(
            QRectF(0, 0, side, side),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            FONT_SAMPLE,
        )
        painter.end()
    return image


def encode(image: QImage) -> Thumbnail:
    """PNG when the picture has transparency, JPEG otherwise (smaller for photographs)."""
    fmt = "png" if image.hasAlphaChannel() else "jpeg"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt.upper(), 85 if fmt == "jpeg" else -1)  # type: ignore[call-overload]  # PySide6's stubs say bytes; it takes str
    return Thumbnail(bytes(buffer.data().data()), image.width(), image.height(), fmt)


def make_thumbnail(data: bytes, fmt: AssetFormat) -> Thumbnail | None:
    """The thumbnail stored with an asset at import (a Thumbnailer); None for PDF."""
    if fmt is AssetFormat.PDF:
        return None
    if fmt.is_font:
        return encode(font_sample(data))
    return encode(decode(data, fmt, THUMB_SIDE))


def is_light(image: QImage) -> bool:
    """Whether a picture's visible pixels are mostly light (a white logo needs a dark ground)."""
    small = image.scaled(24, 24, Qt.AspectRatioMode.KeepAspectRatio).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    total = weight = 0.0
    for y in range(small.height()):
        for x in range(small.width()):
            colour = small.pixelColor(x, y)
            alpha = colour.alphaF()
            total += alpha * colour.lightnessF()
            weight += alpha
    return weight > 0 and total / weight > 0.85
