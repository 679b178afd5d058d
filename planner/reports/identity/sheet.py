"""The one-page brand-kit sheet: colours with their hex values, fonts with samples, logos.

`paint_brand_sheet` draws on any paint device (a QImage for the PNG export, a QPdfWriter page
for the PDF export) inside the rectangle it is given; every size is relative to that
rectangle's width, so it looks the same at any resolution. SVG logos stay vectors.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

from planner.domain.bidi import isolate
from planner.domain.content import AssetRefusedError
from planner.domain.contrast import readable_on, verdict
from planner.domain.identity import Asset, AssetFormat, AssetKind, BrandKit, ColourRole
from planner.formatting import Formatter
from planner.palette import ACCENT
from planner.reports.identity import labels
from planner.reports.identity.fonts import face_for
from planner.reports.identity.imaging import decode, is_light, paint_svg
from planner.storage.workspace import Workspace

INK, MUTED, TILE, RULE = "#1f2933", "#52606d", "#f1f3f5", "#d9dee3"
SAMPLE_AR = "بلدية مسقط في خدمتكم: أبجد هوز حطي كلمن ١٢٣"
SAMPLE_LATIN = "Muscat Municipality: The quick brown fox 0123"
MAX_COLOURS, MAX_FONTS, MAX_LOGOS = 12, 4, 4
ISOLATE = "\u2066{}\u2069"  # left-to-right isolate: "#0f6e63" reads the same in Arabic


@dataclass
class SheetFile:
    """An asset with its content, for drawing."""

    asset: Asset
    data: bytes


@dataclass
class KitSheet:
    """Everything the sheet shows of one kit."""

    kit: BrandKit
    logos: list[SheetFile] = field(default_factory=list)
    fonts: list[SheetFile] = field(default_factory=list)
    institution: str = ""


def kit_sheet(workspace: Workspace, kit_id: int) -> KitSheet:
    """Read a kit, its logos (pictures) and its fonts from the workspace."""
    kit = workspace.kits.get(kit_id)
    assets = workspace.assets.of_kit(kit_id)
    logos = [
        a for a in assets if a.kind in (AssetKind.LOGO, AssetKind.WATERMARK) and a.format.is_image
    ]
    fonts = [a for a in assets if a.format.is_font]

    def read(chosen: list[Asset]) -> list[SheetFile]:
        return [SheetFile(a, workspace.assets.data(a.id or 0)) for a in chosen]

    return KitSheet(
        kit, read(logos[:MAX_LOGOS]), read(fonts[:MAX_FONTS]), workspace.meta.get("institution")
    )


class _Layout:
    """Positions measured from the reading side: x 0 is the right edge in Arabic."""

    def __init__(self, painter: QPainter, rect: QRectF, rtl: bool) -> None:
        self.p = painter
        self.rect = rect
        self.rtl = rtl
        self.u = rect.width() / 100
        self.base = QFont(painter.font())
        self.margin = 6 * self.u
        self.width = rect.width() - 2 * self.margin

    def box(self, x: float, y: float, w: float, h: float) -> QRectF:
        """A rectangle `x` from the reading edge of the content area, mirrored in Arabic."""
        left = (
            self.rect.right() - self.margin - x - w
            if self.rtl
            else self.rect.left() + self.margin + x
        )
        return QRectF(left, self.rect.top() + y, w, h)

    def nothing(self, y: float, message: str) -> float:
        """A section with nothing in it yet: `message`, muted, on one line at `y`; returns
        where the next section starts."""
        self.text(self.box(0, y, self.width, 4 * self.u), message, 2.2, MUTED)
        return y + 6 * self.u

    def text(
        self,
        rect: QRectF,
        value: str,
        size: float,
        colour: str = INK,
        bold: bool = False,
        face: QFont | None = None,
        trailing: bool = False,
        wrap: bool = False,
    ) -> None:
        font = QFont(face if face is not None else self.base)
        font.setPixelSize(max(1, round(size * self.u)))
        if bold:
            font.setBold(True)
        self.p.setFont(font)
        self.p.setPen(QColor(colour))
        leading = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        other = Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight
        align = (other if trailing else leading) | Qt.AlignmentFlag.AlignAbsolute
        if wrap:
            flags = align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
            self.p.drawText(rect, int(flags), value)
            return
        elided = self.p.fontMetrics().elidedText(
            value, Qt.TextElideMode.ElideRight, int(rect.width())
        )
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def heading(self, y: float, value: str) -> float:
        self.text(self.box(0, y, self.width, 5 * self.u), value, 3.2, INK, bold=True)
        self.p.setPen(QPen(QColor(RULE), max(1.0, self.u * 0.15)))
        line = self.box(0, y + 5.6 * self.u, self.width, 0)
        self.p.drawLine(line.topLeft(), line.topRight())
        return y + 7.5 * self.u


def paint_brand_sheet(painter: QPainter, rect: QRectF, kit: KitSheet, formatter: Formatter) -> None:
    """Draw the sheet of `kit` inside `rect` on `painter`'s device (a page or an image)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    painter.save()
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(rect, QColor("#ffffff"))
    lay = _Layout(painter, rect, rtl)
    y = _header(lay, kit, formatter)
    y = _colours(
        lay,
        lay.heading(y, QCoreApplication.translate("BrandSheet", "Colour palette")),
        kit,
        formatter,
    )
    y = _fonts(
        lay, lay.heading(y + 1.5 * lay.u, QCoreApplication.translate("BrandSheet", "Fonts")), kit
    )
    _logos(
        lay, lay.heading(y + 1.5 * lay.u, QCoreApplication.translate("BrandSheet", "Logos")), kit
    )
    footer = QCoreApplication.translate(
        "BrandSheet", "Brand kit sheet made with the Campaign Planner on %1"
    ).replace("%1", formatter.date(dt.date.today(), "long"))
    lay.text(lay.box(0, rect.height() - 6 * lay.u, lay.width, 4 * lay.u), footer, 1.8, MUTED)
    painter.restore()


def _primary(kit: BrandKit) -> str:
    colours = kit.colours
    chosen = next((c for c in colours if c.role is ColourRole.PRIMARY), None)
    if not colours:
        return ACCENT
    return (chosen or colours[0]).hex


def _header(lay: _Layout, kit: KitSheet, formatter: Formatter) -> float:
    u = lay.u
    band = QRectF(lay.rect.left(), lay.rect.top(), lay.rect.width(), 17 * u)
    primary = _primary(kit.kit)
    ink = readable_on(primary)
    lay.p.fillRect(band, QColor(primary))
    lay.text(
        lay.box(0, 3 * u, lay.width, 3 * u),
        QCoreApplication.translate("BrandSheet", "Brand kit").upper()
        if not lay.rtl
        else QCoreApplication.translate("BrandSheet", "Brand kit"),
        2.2,
        ink,
    )
    lay.text(lay.box(0, 6.2 * u, lay.width, 6.5 * u), isolate(kit.kit.name), 4.6, ink, bold=True)
    subtitle = " · ".join(isolate(v) for v in (kit.kit.name_en, kit.institution) if v)
    lay.text(lay.box(0, 12.5 * u, lay.width * 0.7, 3.5 * u), subtitle, 2.2, ink)
    lay.text(
        lay.box(0, 12.5 * u, lay.width, 3.5 * u),
        formatter.date(dt.date.today(), "long"),
        2.0,
        ink,
        trailing=True,
    )
    return 21 * u


def _colours(lay: _Layout, y: float, kit: KitSheet, formatter: Formatter) -> float:
    u = lay.u
    colours = kit.kit.colours[:MAX_COLOURS]
    if not colours:
        none = QCoreApplication.translate("BrandSheet", "No colours in this kit yet.")
        return lay.nothing(y, none)
    gap, columns = 2.5 * u, 4
    w = (lay.width - gap * (columns - 1)) / columns
    swatch, row_height = 9 * u, 16.5 * u
    for i, colour in enumerate(colours):
        x, top = (i % columns) * (w + gap), y + (i // columns) * row_height
        box = lay.box(x, top, w, swatch)
        lay.p.setPen(QPen(QColor(RULE), max(1.0, u * 0.12)))
        lay.p.setBrush(QColor(colour.hex))
        lay.p.drawRoundedRect(box, 1.2 * u, 1.2 * u)
        on = readable_on(colour.hex)
        ratio = verdict(on, colour.hex).ratio
        lay.text(
            lay.box(x + 1.5 * u, top + swatch - 3.8 * u, w - 3 * u, 3.2 * u),
            "Aa " + ISOLATE.format(formatter.digits_of(f"{ratio:.1f}:1")),
            1.8,
            on,
        )
        lay.text(
            lay.box(x, top + swatch + 0.5 * u, w, 3.2 * u), isolate(colour.name), 2.1, INK, True
        )
        detail = f"{ISOLATE.format(colour.hex.upper())}  ·  {labels.role(colour.role)}"
        lay.text(lay.box(x, top + swatch + 3.7 * u, w, 2.8 * u), detail, 1.8, MUTED)
    return y + math.ceil(len(colours) / columns) * row_height


def _fonts(lay: _Layout, y: float, kit: KitSheet) -> float:
    u = lay.u
    if not kit.fonts:
        return lay.nothing(y, QCoreApplication.translate("BrandSheet", "No fonts in this kit yet."))
    for item in kit.fonts:
        face = face_for(item.asset.sha256, item.data)
        name = item.asset.family or face.family()
        lay.text(
            lay.box(0, y, lay.width, 3 * u),
            f"{isolate(name)} — {isolate(item.asset.name)}",
            1.9,
            MUTED,
        )
        lay.text(lay.box(0, y + 3 * u, lay.width, 4.6 * u), SAMPLE_AR, 3.2, INK, face=face)
        lay.text(lay.box(0, y + 7.4 * u, lay.width, 3.4 * u), SAMPLE_LATIN, 2.4, INK, face=face)
        y += 12 * u
    return y


def _logos(lay: _Layout, y: float, kit: KitSheet) -> None:
    u = lay.u
    if not kit.logos:
        lay.nothing(y, QCoreApplication.translate("BrandSheet", "No logos in this kit yet."))
        return
    gap, count = 3 * u, MAX_LOGOS
    side = min((lay.width - gap * (count - 1)) / count, lay.rect.height() - y - 12 * u)
    if side < 6 * u:
        return  # no room left on the page: the kit has too many colours and fonts
    for i, item in enumerate(kit.logos):
        tile = lay.box(i * (side + gap), y, side, side)
        try:
            image = decode(item.data, item.asset.format, 64)
        except AssetRefusedError:
            continue
        ground = _primary(kit.kit) if is_light(image) else TILE
        lay.p.setPen(Qt.PenStyle.NoPen)
        lay.p.setBrush(QColor(ground))
        lay.p.drawRoundedRect(tile, 1.5 * u, 1.5 * u)
        inner = tile.adjusted(side * 0.12, side * 0.12, -side * 0.12, -side * 0.12)
        if item.asset.format is AssetFormat.SVG:
            paint_svg(lay.p, item.data, inner)
        else:
            picture = decode(item.data, item.asset.format, 1200)
            size = picture.size().toSizeF().scaled(inner.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(
                inner.center().x() - size.width() / 2,
                inner.center().y() - size.height() / 2,
                size.width(),
                size.height(),
            )
            lay.p.drawImage(target, picture)
        caption = lay.box(i * (side + gap), y + side + 0.8 * u, side + gap * 0.8, 3.4 * u)
        lay.text(caption, isolate(item.asset.name), 1.8, MUTED)


def export_brand_sheet_png(
    path: Path, kit: KitSheet, formatter: Formatter, width: int = 1240
) -> None:
    """Write the sheet as a PNG of `width` pixels (A4 proportions), whole or not at all."""
    image = QImage(width, round(width * 297 / 210), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_brand_sheet(painter, QRectF(0, 0, image.width(), image.height()), kit, formatter)
    painter.end()
    partial = path.with_name(f".{path.name}.partial.png")
    if not image.save(str(partial), "PNG"):  # type: ignore[call-overload]  # PySide6's stubs say bytes; it takes str
        partial.unlink(missing_ok=True)
        raise OSError(f"{path}: could not be written")
    partial.replace(path)
