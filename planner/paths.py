"""Where the bundled files are, the same from source and inside the frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def base_dir() -> Path:
    """The folder holding `resources/` and `translations/`: the repository, or the bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """A file under `resources/`, e.g. resource("fonts", "NotoSansArabic-Regular.ttf")."""
    return base_dir().joinpath("resources", *parts)


def translations_dir() -> Path:
    """The folder of compiled translations (`*.qm`)."""
    return base_dir() / "translations"
