"""Kit fonts made usable by this process only (QFontDatabase application fonts, loaded from the
workspace's bytes, never installed system-wide), each loaded once."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase

from planner.domain.content import AssetRefusedError
from planner.domain.fonts import font_names

_loaded: dict[str, tuple[int, str]] = {}  # sha256 -> (font id, family)


def family_for(sha256: str, data: bytes) -> str:
    """The family under which the font with this content can be used ("" if Qt refuses it)."""
    if sha256 not in _loaded:
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _loaded[sha256] = (font_id, families[0] if families else "")
    return _loaded[sha256][1]


def face_for(sha256: str, data: bytes) -> QFont:
    """A QFont of exactly that font file: its family and its style ("Bold"...)."""
    font = QFont(family_for(sha256, data))
    with contextlib.suppress(AssetRefusedError):
        font.setStyleName(font_names(data)[1])
    return font


def unload_all() -> None:
    """Forget every kit font (when the workspace closes)."""
    for font_id, _family in _loaded.values():
        if font_id >= 0:
            QFontDatabase.removeApplicationFont(font_id)
    _loaded.clear()
