"""The checks a file passes before it enters the library, on its bytes alone, nothing decoded."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from planner.domain.content import (
    DEFAULT_LIMITS,
    AssetRefusedError,
    Limits,
    Refusal,
    check_extension,
    check_pixels,
    image_size,
    sniff,
)
from planner.domain.fonts import font_family
from planner.domain.identity import AssetFormat
from planner.domain.pdf_safety import check_pdf
from planner.domain.svg_safety import check_svg


@dataclass(frozen=True)
class Inspection:
    """What a sound file is: its format, SHA-256, size, pixel size and font family."""

    format: AssetFormat
    sha256: str
    size: int
    width: int = 0
    height: int = 0
    family: str = ""


def inspect_bytes(data: bytes, suffix: str = "", limits: Limits = DEFAULT_LIMITS) -> Inspection:
    """Check `data` (from a file with extension `suffix`, e.g. ".png") or raise AssetRefusedError.

    The order matters: size first, then the real format from the content (a renamed file is
    refused), then each format's own checks, all on headers and structure, before any
    decoder sees the bytes.
    """
    if not data:
        raise AssetRefusedError(Refusal.EMPTY)
    if len(data) > limits.max_bytes:
        raise AssetRefusedError(Refusal.TOO_LARGE, f"{len(data)} bytes")
    fmt = sniff(data)
    if fmt is None:
        raise AssetRefusedError(Refusal.UNKNOWN_TYPE)
    check_extension(suffix, fmt)
    width = height = 0
    family = ""
    if fmt.is_raster:
        width, height = image_size(data, fmt, limits)
        check_pixels(width, height, limits)
    elif fmt is AssetFormat.SVG:
        info = check_svg(data, limits)
        width, height = info.width, info.height
    elif fmt.is_font:
        family = font_family(data)
    elif fmt is AssetFormat.PDF:
        if b"%%EOF" not in data[-8192:]:
            raise AssetRefusedError(Refusal.CORRUPT, "PDF without an end marker")
        check_pdf(data)
    return Inspection(
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        width=width,
        height=height,
        family=family,
    )
