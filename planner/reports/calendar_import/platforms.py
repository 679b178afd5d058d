"""Platform names as people and other tools write them, accounts, and per-platform mark columns."""

from __future__ import annotations

import re
from typing import Any

from planner.domain.model import Platform
from planner.domain.search import normalise

_WORDS = {
    Platform.X: ("x", "twitter", "tweet", "اكس", "إكس", "تويتر", "منصة اكس", "x.com", "x/twitter"),
    Platform.INSTAGRAM: (
        "instagram",
        "insta",
        "ig",
        "انستغرام",
        "انستجرام",
        "إنستغرام",
        "انستقرام",
        "إنستجرام",
        "انستا",
        "instagram business",
    ),
    Platform.FACEBOOK: ("facebook", "fb", "فيسبوك", "فيس بوك", "facebook page", "meta"),
    Platform.SNAPCHAT: ("snapchat", "snap", "سناب شات", "سناب", "سنابشات"),
    Platform.YOUTUBE: ("youtube", "yt", "يوتيوب", "youtube shorts"),
    Platform.LINKEDIN: (
        "linkedin",
        "linkedin page",
        "linkedin company",
        "لينكد إن",
        "لينكدإن",
        "لينكدان",
        "لينكد ان",
    ),
    Platform.TIKTOK: ("tiktok", "tik tok", "تيك توك", "تيكتوك"),
    Platform.WHATSAPP: (
        "whatsapp",
        "whatsapp channel",
        "واتساب",
        "قناة واتساب",
        "واتس اب",
        "واتس",
    ),
}
NAMES = {normalise(w): p for p, words in _WORDS.items() for w in (*words, p.value)}
_SPLIT = re.compile(r"[,،;|+\n]+")
_PIECES = re.compile(r"\s+[-–—:]\s+|[()\[\]/]")
_TRUE = {"true", "yes", "y", "x", "1", "✓", "✔", "✔️", "☑", "✅", "نعم", "صح", "●", "*"}
_FALSE = {"false", "no", "n", "0", "", "-", "✗", "✘", "لا", "×"}


def platform_named(name: str, handles: dict[str, Platform] | None = None) -> Platform | None:
    """The platform a name stands for: "X (تويتر)", "Twitter/X", "Instagram - Muscat
    Municipality", an account's handle; None when no single platform is named."""
    key = " ".join(normalise(name).split())
    if key in NAMES:
        return NAMES[key]
    handles = handles or {}
    if key.lstrip("@") in handles:
        return handles[key.lstrip("@")]
    found = {NAMES[p] for p in (" ".join(s.split()) for s in _PIECES.split(key)) if p in NAMES}
    if not found:
        found = {
            handles[p.lstrip("@")]
            for p in (" ".join(s.split()) for s in _PIECES.split(key))
            if p.lstrip("@") in handles
        }
    return found.pop() if len(found) == 1 else None


def handle_map(accounts: list[tuple[Platform, str]]) -> dict[str, Platform]:
    """The workspace's account handles (without @, folded), each to its platform."""
    return {normalise(h).strip().lstrip("@"): p for p, h in accounts if h.strip()}


def parse_platforms(
    value: Any, handles: dict[str, Platform] | None = None
) -> tuple[list[Platform], str]:
    """The platforms named in a cell ("X، إنستغرام"), and the first unknown name if any."""
    found: list[Platform] = []
    text = "" if value is None else str(value)
    for part in _SPLIT.split(text):
        if not part.strip():
            continue
        platform = platform_named(part, handles)
        several = [platform_named(p, handles) for p in part.split("/")]
        if platform is not None:
            several = [platform]
        elif len(several) < 2 or None in several:
            return [], part.strip()
        for one in several:
            if one is not None and one not in found:
                found.append(one)
    order = list(Platform)
    return sorted(found, key=order.index), ""


def mark(value: Any) -> bool | None:
    """A tick in a per-platform column: True, False, or None when the cell is no mark."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, int | float):
        return bool(value) if value in (0, 1) else None
    key = normalise(str(value)).strip()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    return None


def is_mark_column(values: list[Any]) -> bool:
    """Whether a column holds only marks (and at least one tick)."""
    marks = [mark(v) for v in values]
    return all(m is not None for m in marks) and any(marks)
