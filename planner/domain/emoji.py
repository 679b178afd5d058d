"""Find emoji sequences in text, as X's counter sees them (one emoji = one entity)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

# Extended_Pictographic code point ranges (Unicode emoji-data.txt, stable since Emoji 13):
# the characters that can start an emoji or follow a zero-width joiner inside one.
_PICTOGRAPHIC: tuple[tuple[int, int], ...] = (
    (0x00A9, 0x00A9),
    (0x00AE, 0x00AE),
    (0x203C, 0x203C),
    (0x2049, 0x2049),
    (0x2122, 0x2122),
    (0x2139, 0x2139),
    (0x2194, 0x2199),
    (0x21A9, 0x21AA),
    (0x231A, 0x231B),
    (0x2328, 0x2328),
    (0x2388, 0x2388),
    (0x23CF, 0x23CF),
    (0x23E9, 0x23F3),
    (0x23F8, 0x23FA),
    (0x24C2, 0x24C2),
    (0x25AA, 0x25AB),
    (0x25B6, 0x25B6),
    (0x25C0, 0x25C0),
    (0x25FB, 0x25FE),
    (0x2600, 0x2605),
    (0x2607, 0x2612),
    (0x2614, 0x2685),
    (0x2690, 0x2705),
    (0x2708, 0x2712),
    (0x2714, 0x2714),
    (0x2716, 0x2716),
    (0x271D, 0x271D),
    (0x2721, 0x2721),
    (0x2728, 0x2728),
    (0x2733, 0x2734),
    (0x2744, 0x2744),
    (0x2747, 0x2747),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2763, 0x2767),
    (0x2795, 0x2797),
    (0x27A1, 0x27A1),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2934, 0x2935),
    (0x2B05, 0x2B07),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x3030, 0x3030),
    (0x303D, 0x303D),
    (0x3297, 0x3297),
    (0x3299, 0x3299),
    (0x1F000, 0x1F0FF),
    (0x1F10D, 0x1F10F),
    (0x1F12F, 0x1F12F),
    (0x1F16C, 0x1F171),
    (0x1F17E, 0x1F17F),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F1AD, 0x1F1E5),
    (0x1F201, 0x1F20F),
    (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A),
    (0x1F23C, 0x1F23F),
    (0x1F249, 0x1F3FA),
    (0x1F400, 0x1F53D),
    (0x1F546, 0x1F64F),
    (0x1F680, 0x1F6FF),
    (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF),
    (0x1F80C, 0x1F80F),
    (0x1F848, 0x1F84F),
    (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8FF),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF),
    (0x1FC00, 0x1FFFD),
)
_STARTS = tuple(start for start, _ in _PICTOGRAPHIC)

# Pictographs that are plain text unless followed by VS16 (twemoji-parser's own tests:
# © ® ™ and ♟ alone are not emoji; with U+FE0F they are).
_NEEDS_VS16 = frozenset({0x00A9, 0x00AE, 0x2122, 0x265F})

VS15 = 0xFE0E  # text presentation selector
VS16 = 0xFE0F  # emoji presentation selector
ZWJ = 0x200D
KEYCAP = 0x20E3
_KEYCAP_BASES = frozenset(ord(c) for c in "#*0123456789")
_MODIFIERS = range(0x1F3FB, 0x1F400)  # skin tones
_REGIONAL = range(0x1F1E6, 0x1F200)  # regional indicator letters (flags come in pairs)
_BLACK_FLAG = 0x1F3F4
_TAGS = range(0xE0020, 0xE007F)  # tag letters of subdivision flags
_CANCEL_TAG = 0xE007F


@dataclass(frozen=True)
class EmojiSpan:
    """One emoji sequence in a text: the code point indices [start, end)."""

    start: int
    end: int


def is_pictographic(cp: int) -> bool:
    """Whether a code point is Extended_Pictographic (a possible emoji base)."""
    i = bisect_right(_STARTS, cp) - 1
    return i >= 0 and cp <= _PICTOGRAPHIC[i][1]


def _at(text: str, i: int) -> int:
    """The code point at index i, or -1 past the end."""
    return ord(text[i]) if i < len(text) else -1


def _element_end(text: str, i: int) -> int:
    """The end of one emoji element (a pictograph with its optional VS16 or skin tone)
    starting at i, or i if there is none."""
    cp = _at(text, i)
    if not is_pictographic(cp):
        return i
    j = i + 1
    nxt = _at(text, j)
    if nxt == VS16 or nxt in _MODIFIERS:
        j += 1
    return j


def emoji_end(text: str, i: int) -> int:
    """The end index of the emoji sequence starting at text[i], or i if none starts there.

    Follows the shapes of Unicode UTS #51: keycaps (1️⃣), flags (a pair of regional
    indicators), subdivision flags (🏴 + tags), and a pictograph with an optional VS16 or
    skin tone, joined to more by zero-width joiners (👨‍👩‍👧‍👦). A pictograph followed by
    VS15 asks for text presentation and is not an emoji; a stray VS16 or skin tone is one,
    as in twemoji-parser.
    """
    cp = _at(text, i)
    if cp < 0:
        return i
    nxt = _at(text, i + 1)
    if cp in _KEYCAP_BASES:
        if nxt == KEYCAP:
            return i + 2
        if nxt == VS16 and _at(text, i + 2) == KEYCAP:
            return i + 3
        return i
    if cp in _REGIONAL:
        return i + 2 if nxt in _REGIONAL else i + 1
    if cp == VS16 or cp in _MODIFIERS:
        return i + 1
    if not is_pictographic(cp) or nxt == VS15:
        return i
    if cp in _NEEDS_VS16 and nxt != VS16:
        return i
    if cp == _BLACK_FLAG and nxt in _TAGS:
        j = i + 1
        while _at(text, j) in _TAGS:
            j += 1
        return j + 1 if _at(text, j) == _CANCEL_TAG else i + 1
    end = _element_end(text, i)
    while _at(text, end) == ZWJ:
        after = _element_end(text, end + 1)
        if after == end + 1:
            break
        end = after
    return end


def emoji_spans(text: str) -> list[EmojiSpan]:
    """Every emoji sequence in text, left to right, not overlapping."""
    spans: list[EmojiSpan] = []
    i = 0
    while i < len(text):
        end = emoji_end(text, i)
        if end > i:
            spans.append(EmojiSpan(i, end))
            i = end
        else:
            i += 1
    return spans
