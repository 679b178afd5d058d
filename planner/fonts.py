"""The bundled font families, in the order every surface falls back through them."""

from __future__ import annotations

ARABIC = "Noto Sans Arabic"
LATIN = "Noto Sans"  # Noto Sans Arabic has no Latin letters or ASCII brackets
EMOJI = "Noto Emoji"  # monochrome outlines: emoji on any machine, and vector glyphs in a PDF
FAMILIES = (ARABIC, LATIN, EMOJI)
FONT_FILES = (
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoEmoji-Regular.ttf",
)
