"""QT_TRANSLATE_NOOP typed for mypy: marks a string for lupdate and returns it unchanged.

PySide6 types its own QT_TRANSLATE_NOOP as returning `object`, so every table of marked
strings needed a cast. lupdate finds the marker by its name, wherever it is imported from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:
    """Return `source`: the caller translates it later with `context`."""
    return source
