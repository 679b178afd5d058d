"""Arabic-aware search: fold away diacritics, hamza forms, taa marbuta and digit shapes."""

from __future__ import annotations

import re
import unicodedata

# Marks a writer may or may not type: Arabic tashkeel and Quranic annotation signs, the
# superscript alef, tatweel, Latin combining accents, and invisible joiners / direction marks.
_DROPPED = re.compile(
    "[\u064b-\u065f\u0670\u0640\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u0300-\u036f\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]"
)

# Letters that people write interchangeably, folded to one form. The hamza-carrying letters
# أ إ آ ؤ ئ are already split into a base letter and a (dropped) hamza mark by NFKD; they are
# listed too so the folding does not depend on that.
_FOLDED = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # alef maqsura, Farsi yeh
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",  # keheh
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian (Eastern Arabic-Indic) digits
    }
)


def normalise(text: str) -> str:
    """The form of `text` that search compares: case, diacritics and letter variants folded.

    NFKC first (presentation forms such as "ﻻ" become "لا"), then casefold, then a
    compatibility decomposition so that hamza and Latin accents become separate marks,
    which are dropped with the tashkeel; the rest is recomposed. Idempotent.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DROPPED.sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", text.translate(_FOLDED))


def matches(query: str, *fields: str) -> bool:
    """Whether every word of `query` occurs in one of `fields` (an empty query matches all)."""
    haystacks = [normalise(f) for f in fields]
    return all(any(word in h for h in haystacks) for word in normalise(query).split())
