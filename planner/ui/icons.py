"""Icons drawn from the bundled Font Awesome fonts: actions, and the platforms' own marks.

qtawesome would do the same, but it imports all of QtCore/QtGui/QtWidgets/QtOpenGL through
qtpy at start-up (0.34 s measured here); a glyph engine of our own costs nothing.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from planner.paths import resource

if TYPE_CHECKING:  # the window's frame draws icons before the domain is imported
    from planner.domain.model import Platform

SOLID = {
    "overview": 0xF015,
    "campaigns": 0xF0A1,
    "calendar": 0xF073,
    "search": 0xF002,
    "add": 0x2B,
    "delete": 0xF1F8,
    "duplicate": 0xF0C5,
    "archive": 0xF187,
    "restore": 0xF49E,
    "undo": 0xF2EA,
    "redo": 0xF2F9,
    "pdf": 0xF1C1,
    "identity": 0xF53F,
    "audience": 0xF0C0,
    "coverage": 0xE0E3,
    "crisis": 0xF3ED,
    "edit": 0xF044,
    "info": 0xF05A,
    "warning": 0xF071,
    "open": 0xF07C,
    "export": 0xF56E,
    "import": 0xF56F,
    "back": 0xF053,
    "forward": 0xF054,
    "clock": 0xF017,
    "bell": 0xF0F3,
    "check": 0xF00C,
    "close": 0xF00D,
    "filter": 0xF0B0,
    "settings": 0xF013,
    "language": 0xF1AB,
    "save": 0xF0C7,
    "error": 0xF06A,
    "remove": 0xF068,
    "matrix": 0xF00A,
    "font": 0xF031,
    "image": 0xF03E,
    "file": 0xF15B,
    "link": 0xF0C1,
    "bold": 0xF032,
    "italic": 0xF033,
    "list": 0xF0CA,
    "numbered": 0xF0CB,
    "heading": 0xF1DC,
    "eyedropper": 0xF1FB,
    "swap": 0xF362,
}
_MIRRORED = {"back": "forward", "forward": "back"}
# by Platform's values: a Platform member (a StrEnum) finds its glyph
BRANDS: dict[str, int] = {
    "x": 0xE61B,
    "instagram": 0xF16D,
    "facebook": 0xF09A,
    "snapchat": 0xF2AB,
    "youtube": 0xF167,
    "linkedin": 0xF08C,
    "tiktok": 0xE07B,
    "whatsapp": 0xF232,
}


@cache
def _family(file_name: str) -> str:
    font_id = QFontDatabase.addApplicationFont(str(resource("icons", file_name)))
    families = QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else ""


class GlyphEngine(QIconEngine):
    """Paints one glyph of an icon font, in a fixed colour or the palette's text colour."""

    def __init__(self, family: str, codepoint: int, colour: str | None) -> None:
        super().__init__()
        self.family = family
        self.codepoint = codepoint
        self.colour = colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        colour = QColor(self.colour) if self.colour else palette.color(QPalette.ColorRole.Text)
        if mode == QIcon.Mode.Disabled:
            colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        elif mode == QIcon.Mode.Selected and not self.colour:
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        font = QFont(self.family)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.82)))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(colour)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chr(self.codepoint))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.codepoint, self.colour)


def icon(name: str, colour: str | None = None) -> QIcon:
    """An action icon by name (see SOLID); "back"/"forward" follow the reading direction."""
    if QGuiApplication.isRightToLeft():
        name = _MIRRORED.get(name, name)
    return QIcon(GlyphEngine(_family("fa-solid-900.ttf"), SOLID[name], colour))


def platform_icon(platform: Platform, coloured: bool = True) -> QIcon:
    """The platform's own mark, in its colour (the same colour as charts and the PDF), made
    readable on the scheme's fields (platform_colour)."""
    colour = platform_colour(platform) if coloured else None
    return QIcon(GlyphEngine(_family("fa-brands-400.ttf"), BRANDS[platform], colour))


MARK_CONTRAST = 3.0  # WCAG 1.4.11: a mark that tells one thing from another


def platform_colour(platform: Platform) -> str:
    """The platform's colour as its mark is drawn on screen: its own where it stands out
    from the fields and buttons around it (at least 3:1), else the nearest shade of it that
    does (darker in the light scheme, lighter in the dark one). Snapchat's yellow, TikTok's
    cyan and WhatsApp's green vanished on white (1.7 to 2.1:1), LinkedIn's and Instagram's
    on the dark buttons (2.2 and 2.5:1)."""
    from planner.palette import PLATFORM
    from planner.ui import theme

    c = theme.colours()
    return _standing_out(PLATFORM[platform], (c["base"], c["button"], c["window"]), c["text"])


@cache  # marks are painted with every row and chip: each shade is worked out once
def _standing_out(own: str, grounds: tuple[str, ...], text: str) -> str:
    from planner.domain.contrast import contrast_ratio

    dark = QColor(grounds[0]).lightness() < 128
    colour = QColor(own)
    if dark and colour.lightness() < 60:
        return text  # X's near-black mark: as the text is written
    for _ in range(24):
        if min(contrast_ratio(colour.name(), g) for g in grounds) >= MARK_CONTRAST:
            return colour.name()
        colour = colour.lighter(112) if dark else colour.darker(112)
    return text
