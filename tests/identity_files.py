"""Small real and forged files for the identity tests: images, fonts, SVG, PDF, bombs."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "NotoSansArabic-Regular.ttf"
LOGO = ROOT / "resources" / "sample" / "identity" / "logo.svg"


def raster(
    fmt: str,
    width: int = 64,
    height: int = 48,
    colour: tuple[int, ...] = (15, 110, 99),
    **options: object,
) -> bytes:
    """A real picture in `fmt` ("PNG", "JPEG", "GIF", "WEBP") made by Pillow."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, fmt, **options)
    return out.getvalue()


def noise_png(width: int, height: int, seed: int) -> bytes:
    """A PNG of pseudo-random pixels (does not compress, so its size is predictable)."""
    import random

    rng = random.Random(seed)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3)).save(out, "PNG")
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (
        struct.pack(">I", len(body))
        + kind
        + body
        + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    )


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims a huge picture: zeros compress a thousandfold."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (1 + 3 * min(width, 4096)) * 64, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", rows)
        + _chunk(b"IEND", b"")
    )


def jpeg_claiming(width: int, height: int) -> bytes:
    """A real small JPEG whose frame header is rewritten to claim another size."""
    data = bytearray(raster("JPEG", 16, 16))
    i = 2
    while True:
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC2):
            struct.pack_into(">HH", data, i + 5, height, width)
            return bytes(data)
        i += 2 + length


def gif_with_big_frame(width: int, height: int) -> bytes:
    """A GIF whose logical screen is small but whose frame descriptor claims a huge size."""
    data = bytearray(raster("GIF", 8, 8))
    frame = data.index(b"\x2c", 13)
    struct.pack_into("<HH", data, frame + 5, width, height)
    return bytes(data)


def webp_claiming(width: int, height: int) -> bytes:
    """An extended (VP8X) WebP header claiming a canvas of this size."""
    canvas = (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    body = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00" + canvas
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def svg(body: str, head: str = "", attributes: str = 'width="100" height="50"') -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{head}'
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f"{attributes}>{body}</svg>"
    ).encode()


def pdf(*extra: bytes, catalog: bytes = b"") -> bytes:
    """A minimal one-page PDF with a correct cross-reference table; `extra` objects (numbered
    from 4) and `catalog` entries let a test add content."""
    bodies = [
        b"<</Type/Catalog/Pages 2 0 R" + catalog + b">>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>",
        *extra,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(bodies, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj" % number + body + b"endobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(bodies) + 1, start)
    return bytes(out)


def otf() -> bytes:
    """A small real CFF-flavoured OpenType font (family "Test Sans") built with fontTools."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    builder = FontBuilder(1000, isTTF=False)
    builder.setupGlyphOrder([".notdef", "A"])
    builder.setupCharacterMap({ord("A"): "A"})
    pen = T2CharStringPen(500, None)
    pen.moveTo((0, 0))
    pen.lineTo((500, 0))
    pen.lineTo((250, 700))
    pen.closePath()
    glyph = pen.getCharString()
    builder.setupCFF(
        "TestSans-Regular", {"FullName": "Test Sans"}, {".notdef": glyph, "A": glyph}, {}
    )
    builder.setupHorizontalMetrics({".notdef": (500, 0), "A": (500, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Test Sans", "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    out = io.BytesIO()
    builder.save(out)
    return out.getvalue()
