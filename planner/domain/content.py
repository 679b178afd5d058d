"""What a file really is: its format by magic bytes, its pixel size read from the header alone,
and the checks that refuse oversized files and decompression bombs before anything decodes them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.identity import AssetFormat

MB = 1024 * 1024


class Refusal(StrEnum):
    """Why a file was refused; the UI and the command line translate each into a sentence."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNKNOWN_TYPE = "unknown_type"
    MISMATCH = "mismatch"  # the extension names another format than the content
    CORRUPT = "corrupt"
    TOO_MANY_PIXELS = "too_many_pixels"
    SVG_MALFORMED = "svg_malformed"
    SVG_ENTITIES = "svg_entities"
    SVG_SCRIPT = "svg_script"
    SVG_EXTERNAL = "svg_external"
    SVG_TOO_COMPLEX = "svg_too_complex"
    FONT_INVALID = "font_invalid"
    PDF_ACTIVE = "pdf_active"  # JavaScript, a launch action, embedded files, or encrypted
    UNREADABLE = "unreadable"  # the file could not be read at all (missing, a folder, no access)


class AssetRefusedError(Exception):
    """A file the library will not store; nothing was written."""

    def __init__(self, reason: Refusal, detail: str = "") -> None:
        super().__init__(reason.value + (f": {detail}" if detail else ""))
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Limits:
    """How big a file and a picture may be. 50 megapixels is 200 MB once decoded (RGBA)."""

    max_bytes: int = 50 * MB
    max_pixels: int = 50_000_000
    max_side: int = 30_000
    max_frames: int = 2_000  # animated GIF frames


DEFAULT_LIMITS = Limits()


def sniff(data: bytes) -> AssetFormat | None:
    """The accepted format `data` holds, judged by its first bytes only; None if none."""
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return AssetFormat.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return AssetFormat.JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return AssetFormat.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return AssetFormat.WEBP
    if head.startswith(b"%PDF-"):
        return AssetFormat.PDF
    if head[:4] in (b"\x00\x01\x00\x00", b"true"):
        return AssetFormat.TTF
    if head[:4] == b"OTTO":
        return AssetFormat.OTF
    if _looks_like_svg(data):
        return AssetFormat.SVG
    return None


def _looks_like_svg(data: bytes) -> bool:
    """XML text whose first element is <svg>: skip a BOM, the declaration, comments, DOCTYPE."""
    text = data[:4096]
    if text.startswith(b"\xef\xbb\xbf"):
        text = text[3:]
    if b"\x00" in text:
        return False
    try:
        head = text.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        head = text.decode("utf-8", errors="ignore")
    while True:
        head = head.lstrip()
        if head.startswith("<?"):
            end = head.find("?>") + 2
        elif head.startswith("<!--"):
            end = head.find("-->") + 3
        elif head[:9].upper() == "<!DOCTYPE":
            if head[9:].lstrip()[:3].lower() == "svg":
                return True  # an SVG with a DOCTYPE: recognised, then refused by the SVG check
            bracket, close = head.find("["), head.find(">")
            end = head.find("]>") + 2 if 0 <= bracket < close else close + 1
        else:
            break
        if end <= 1:
            return False
        head = head[end:]
    return head.startswith("<svg") and (len(head) == 4 or not head[4].isalnum())


def format_of_extension(suffix: str) -> AssetFormat | None:
    """The format a file name's extension ("logo.PNG" -> ".PNG") claims; None if unknown."""
    ext = suffix.lower().lstrip(".")
    return next((f for f in AssetFormat if ext in f.extensions), None)


def check_extension(suffix: str, actual: AssetFormat) -> None:
    """Refuse a renamed file: an extension of one accepted format on the content of another."""
    claimed = format_of_extension(suffix)
    if claimed is not None and claimed is not actual:
        raise AssetRefusedError(Refusal.MISMATCH, f"{suffix} holds {actual.value}")


def image_size(data: bytes, fmt: AssetFormat, limits: Limits = DEFAULT_LIMITS) -> tuple[int, int]:
    """The pixel size of a raster image from its header alone (no decoding).

    Raises AssetRefusedError(CORRUPT) when the header cannot be read.
    """
    try:
        if fmt is AssetFormat.PNG:
            if data[12:16] != b"IHDR":
                raise ValueError("no IHDR")
            width, height = struct.unpack(">II", data[16:24])
            return width, height
        if fmt is AssetFormat.GIF:
            return _gif_size(data, limits)
        if fmt is AssetFormat.JPEG:
            return _jpeg_size(data)
        if fmt is AssetFormat.WEBP:
            return _webp_size(data)
    except (struct.error, ValueError, IndexError) as exc:
        raise AssetRefusedError(Refusal.CORRUPT, str(exc)) from exc
    raise ValueError(f"not a raster format: {fmt}")


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    i = 2
    n = len(data)
    while i < n:
        if data[i] != 0xFF:
            raise ValueError("bad JPEG marker")
        while i < n and data[i] == 0xFF:
            i += 1
        marker = data[i]
        i += 1
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue
        if marker == 0xD9:
            break
        (length,) = struct.unpack(">H", data[i : i + 2])
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[i + 3 : i + 7])
            return width, height
        if length < 2:
            raise ValueError("bad JPEG segment")
        i += length
    raise ValueError("no JPEG frame header")


def _webp_size(data: bytes) -> tuple[int, int]:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        if data[23:26] != b"\x9d\x01\x2a":
            raise ValueError("bad VP8 start code")
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        if data[20] != 0x2F:
            raise ValueError("bad VP8L signature")
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        if len(data) < 30:
            raise ValueError("short VP8X")
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    raise ValueError("unknown WebP chunk")


def _gif_size(data: bytes, limits: Limits) -> tuple[int, int]:
    """The largest extent of the logical screen and of every frame (a frame may be bigger)."""
    width, height, flags = struct.unpack("<HHB", data[6:11])
    i = 13
    if flags & 0x80:
        i += 3 * (2 << (flags & 0x07))
    frames = 0
    n = len(data)
    while i < n:
        block = data[i]
        if block == 0x3B:  # trailer
            break
        if block == 0x21:  # extension: label, then sub-blocks
            i = _skip_sub_blocks(data, i + 2)
        elif block == 0x2C:  # image descriptor
            left, top, w, h, image_flags = struct.unpack("<HHHHB", data[i + 1 : i + 10])
            width, height = max(width, left + w), max(height, top + h)
            frames += 1
            if frames > limits.max_frames:
                raise AssetRefusedError(Refusal.TOO_MANY_PIXELS, f"{frames} frames")
            i += 10
            if image_flags & 0x80:
                i += 3 * (2 << (image_flags & 0x07))
            i = _skip_sub_blocks(data, i + 1)  # after the LZW minimum code size
        else:
            raise ValueError("bad GIF block")
    if frames == 0:
        raise ValueError("GIF without an image")
    return width, height


def _skip_sub_blocks(data: bytes, i: int) -> int:
    while True:
        size = data[i]
        i += 1
        if size == 0:
            return i
        i += size


def check_pixels(width: int, height: int, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a picture that would take too much memory once decoded, or has no size."""
    if width <= 0 or height <= 0:
        raise AssetRefusedError(Refusal.CORRUPT, f"{width}x{height}")
    if width > limits.max_side or height > limits.max_side or width * height > limits.max_pixels:
        raise AssetRefusedError(Refusal.TOO_MANY_PIXELS, f"{width}x{height}")
