"""WCAG 2.x contrast: relative luminance, the contrast ratio, and the AA/AAA verdicts.

The thresholds (success criteria 1.4.3 and 1.4.6) are applied to the exact ratio, never to a
rounded one: #777777 on white is 4.478:1, shown as 4.48, and fails AA for normal text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")

AA_NORMAL = 4.5
AA_LARGE = 3.0
AAA_NORMAL = 7.0
AAA_LARGE = 4.5


def parse_hex(text: str) -> tuple[int, int, int]:
    """ "#1f6f8b", "1F6F8B" or "#abc" -> (r, g, b); ValueError for anything else."""
    match = _HEX.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a hex colour: {text!r}")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def normalise_hex(text: str) -> str:
    """The canonical "#rrggbb" (lower case) form of a hex colour; ValueError when invalid."""
    r, g, b = parse_hex(text)
    return f"#{r:02x}{g:02x}{b:02x}"


def is_hex(text: str) -> bool:
    return _HEX.fullmatch(text.strip()) is not None


def _channel(value: int) -> float:
    """sRGB channel (0-255) to linear light, as WCAG 2.x defines it."""
    c = value / 255
    # WCAG 2.0 wrote 0.03928; 2.2 corrected it to sRGB's 0.04045. No 8-bit value lies
    # between the two, so both give the same result.
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """The relative luminance of a hex colour, 0 (black) to 1 (white)."""
    r, g, b = parse_hex(colour)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1.0 to 21.0, order does not matter."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class ContrastVerdict:
    """The ratio of a text/background pair and whether it passes each WCAG level."""

    ratio: float
    aa_normal: bool
    aa_large: bool
    aaa_normal: bool
    aaa_large: bool


def verdict(foreground: str, background: str) -> ContrastVerdict:
    """Check a text colour on a background colour against AA and AAA, normal and large text.

    Large text is at least 18 pt, or 14 pt bold.
    """
    ratio = contrast_ratio(foreground, background)
    return ContrastVerdict(
        ratio=ratio,
        aa_normal=ratio >= AA_NORMAL,
        aa_large=ratio >= AA_LARGE,
        aaa_normal=ratio >= AAA_NORMAL,
        aaa_large=ratio >= AAA_LARGE,
    )


def readable_on(background: str) -> str:
    """Black or white, whichever contrasts more with `background` (for labels on swatches)."""
    black, white = contrast_ratio("#000000", background), contrast_ratio("#ffffff", background)
    return "#000000" if black >= white else "#ffffff"
