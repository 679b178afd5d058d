"""The one rule for text coming in: control characters become what they meant, or go.

Every way in (typing, paste, calendar import, campaign file, statistics import) reaches the
stores' save functions, which call `normalise_fields`; so no stored text holds a character
that an export (xlsx, csv, ics, json, pdf) cannot carry. See docs/text-and-exports.md.
"""

from __future__ import annotations

import dataclasses
import re
from enum import Enum
from typing import Any

# What a line break looked like where the text came from: CR LF and CR (old Mac, Excel cells),
# VT (Word's manual line break), FF (page break), NEL (C1 "next line"), LINE and PARAGRAPH
# SEPARATOR (Unicode, InDesign, some web pages).
LINE_BREAKS = "\r\x0b\x0c\x85\u2028\u2029"
# Dropped: the rest of C0 (NUL, ESC...), DEL, the rest of C1, and the two noncharacters that
# XML 1.0 (xlsx) forbids. Tab and newline are kept.
_DROPPED = (
    "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n" + LINE_BREAKS)
    + "\x7f"
    + "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
    + "\ufffe\uffff"
)
_SPECIAL = re.compile("[" + re.escape(LINE_BREAKS + _DROPPED) + "\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TABLE = str.maketrans({**{c: "\n" for c in LINE_BREAKS}, **{c: None for c in _DROPPED}})


class TextError(ValueError):
    """A text that is not valid Unicode (a lone surrogate): refused, naming the field."""

    def __init__(self, field: str) -> None:
        super().__init__(f"invalid text: {field or '(text)'}")
        self.field = field


def needs_normalising(text: str) -> bool:
    """Whether `normalise` would change (or refuse) the text."""
    return _SPECIAL.search(text) is not None


def normalise(text: str, field: str = "") -> str:
    """The text with line breaks of every kind as "\\n" and other control characters dropped.

    Tab and newline are kept; a lone surrogate (half of a UTF-16 pair, which no file can
    encode) raises TextError naming `field`. Idempotent: normalise(normalise(t)) == normalise(t).
    """
    if _SPECIAL.search(text) is None:
        return text
    if _SURROGATE.search(text):
        raise TextError(field)
    return text.replace("\r\n", "\n").translate(_TABLE)


def clean(text: str) -> str:
    """For writers of stored text that may predate the rule: normalise, and a lone surrogate
    becomes U+FFFD instead of an error (an export never fails on what is already stored)."""
    if _SPECIAL.search(text) is None:
        return text
    return normalise(_SURROGATE.sub("\ufffd", text))


def normalise_fields(obj: Any, name: str) -> Any:
    """Normalise, in place, every text of a dataclass: its str fields, the texts in its lists
    and dicts, and those of the dataclasses it holds. `name` starts the field path a TextError
    names ("post.variants[x]", "campaign.messages[1].text"). Returns `obj`."""
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        new = _normalised(value, f"{name}.{f.name}")
        if new is not value:
            setattr(obj, f.name, new)
    return obj


def _normalised(value: Any, path: str) -> Any:
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return normalise(value, path)
    if isinstance(value, list):
        items = [_normalised(v, f"{path}[{i}]") for i, v in enumerate(value)]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, dict):
        pairs = {k: _normalised(v, f"{path}[{k}]") for k, v in value.items()}
        return pairs if any(pairs[k] is not value[k] for k in value) else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return normalise_fields(value, path)
    return value
