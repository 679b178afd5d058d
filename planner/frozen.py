"""Set-up that only the frozen build needs, done before anything heavy is imported."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "CampaignPlanner"


def user_cache_dir() -> Path:
    """The user's cache folder for this program (Linux, Windows and macOS conventions)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / APP_FOLDER


def prepare(frozen: bool | None = None) -> None:
    """Give matplotlib a lasting config folder, so that its font cache is built once.

    PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder at every
    start, which rebuilds the font cache (seconds) the first time a chart is drawn. From
    source, matplotlib's own default folder is already lasting: nothing to do.
    """
    if not (getattr(sys, "frozen", False) if frozen is None else frozen):
        return
    folder = user_cache_dir() / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # an unwritable home: keep PyInstaller's temporary folder
    os.environ["MPLCONFIGDIR"] = str(folder)
