"""Keeping user text in its own direction inside text of the other direction."""

from __future__ import annotations

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


def isolate(text: str) -> str:
    """`text` as a first-strong isolate: an Arabic name keeps its closing «» and brackets on
    the right side inside an English sentence or list, and a Latin one inside Arabic."""
    return f"{FSI}{text}{PDI}" if text else text
