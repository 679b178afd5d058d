"""Emoji are drawn with the bundled Noto Emoji on screen, whatever fonts the machine has."""

from PySide6.QtGui import QTextLayout

from planner.i18n.language import load_fonts, ui_font


def families(text):
    layout = QTextLayout(text, ui_font())
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def test_emoji_in_arabic_and_english_come_from_noto_emoji(qapp):
    """A post's emoji, a skin-tone sequence and a text-default symbol with VS16 all take the
    bundled emoji font; the letters around them keep the Arabic and Latin fonts."""
    load_fonts()
    assert families("نظفوا الشاطئ 🌊🐢♻️") == {"Noto Sans Arabic", "Noto Emoji"}
    assert "Noto Emoji" in families("Thanks 👍🏽")
    assert "Noto Emoji" not in families("بلدية مسقط Muscat 2026")


def test_the_emoji_font_ships_with_its_licence():
    """The font file and its SIL Open Font License are in resources/fonts."""
    from planner import paths
    from planner.fonts import FONT_FILES

    assert "NotoEmoji-Regular.ttf" in FONT_FILES
    licence = paths.resource("fonts", "OFL-NotoEmoji.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Noto Emoji" in licence
