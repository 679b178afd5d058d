"""Fonts, translators and reading direction for the whole application."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from planner.fonts import ARABIC as ARABIC_FAMILY
from planner.fonts import EMOJI, FAMILIES, FONT_FILES
from planner.fonts import LATIN as LATIN_FAMILY
from planner.paths import resource, translations_dir

__all__ = ["ARABIC_FAMILY", "FONT_FILES", "LATIN_FAMILY", "install_language", "ui_font"]
BASE_POINT_SIZE = 10.5

_installed: list[QTranslator] = []


def load_fonts() -> None:
    """Register the bundled fonts (never installed system-wide)."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    # Emoji go to the bundled monochrome font even where the system has a colour one: the
    # screen then shows what the PDF prints, and a PDF gets outlines, not bitmaps.
    QFontDatabase.setApplicationEmojiFontFamilies([EMOJI])


def ui_font() -> QFont:
    """The UI font: Noto Sans Arabic, falling back to Noto Sans for Latin letters and to
    Noto Emoji for emoji."""
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(BASE_POINT_SIZE)
    return font


def install_language(lang: str, set_direction: bool = True) -> None:
    """Install our translations and Qt's own for `lang` ("ar" or "en"), replacing any others.

    `set_direction` also turns the application's layout right-to-left for Arabic; a PDF
    written in another language than the interface's leaves it as it is.
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Arabic, QLocale.Country.Oman)
        if lang == "ar"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    if lang != "en":
        folders = [
            str(translations_dir()),
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ]
        for folder in folders:
            translator = QTranslator(app)
            if translator.load(f"qtbase_{lang}", folder):
                app.installTranslator(translator)
                _installed.append(translator)
                break
    # English is the source language, but its counted strings still need their forms
    # ("1 post", "2 posts"): the *_en.qm files hold only those.
    for qm in sorted(translations_dir().glob(f"*_{lang}.qm")):
        if qm.name.startswith("qtbase_"):
            continue
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    if set_direction and isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )


@contextlib.contextmanager
def temporary_language(lang: str, restore: str) -> Iterator[None]:
    """Translate into `lang` for the duration (e.g. a PDF in English from the Arabic UI)."""
    if lang == restore:
        yield
        return
    install_language(lang, set_direction=False)
    try:
        yield
    finally:
        install_language(restore, set_direction=False)
