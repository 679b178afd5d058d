"""Content sniffing, renamed files, size limits and decompression bombs, before any decoding."""

import pytest

from planner.domain.content import (
    AssetRefusedError,
    Limits,
    Refusal,
    format_of_extension,
    image_size,
    sniff,
)
from planner.domain.fonts import font_family
from planner.domain.identity import AssetFormat, AssetKind, guess_kind
from planner.domain.intake import inspect_bytes
from tests.identity_files import (
    FONT,
    LOGO,
    gif_with_big_frame,
    jpeg_claiming,
    otf,
    pdf,
    png_bomb,
    raster,
    svg,
    webp_claiming,
)


def refusal(data: bytes, suffix: str = "", limits: Limits | None = None) -> Refusal:
    with pytest.raises(AssetRefusedError) as caught:
        inspect_bytes(data, suffix, limits or Limits())
    return caught.value.reason


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (raster("PNG"), AssetFormat.PNG),
        (raster("JPEG"), AssetFormat.JPEG),
        (raster("GIF"), AssetFormat.GIF),
        (raster("WEBP"), AssetFormat.WEBP),
        (raster("WEBP", lossless=True), AssetFormat.WEBP),
        (pdf(), AssetFormat.PDF),
        (FONT.read_bytes(), AssetFormat.TTF),
        (otf(), AssetFormat.OTF),
        (LOGO.read_bytes(), AssetFormat.SVG),
        (
            svg("<rect/>").replace(b'<?xml version="1.0" encoding="UTF-8"?>\n', b"\xef\xbb\xbf  "),
            AssetFormat.SVG,
        ),
    ],
)
def test_each_accepted_format_is_recognised_by_its_content(data, fmt):
    """The format comes from the first bytes, whatever the file is called."""
    assert sniff(data) is fmt
    assert inspect_bytes(data).format is fmt


@pytest.mark.parametrize(
    "data",
    [
        b"MZ\x90\x00" + b"\x00" * 100,  # a Windows program
        b"PK\x03\x04" + b"\x00" * 100,  # a zip (or .docx)
        b"\x1f\x8b\x08\x00" + b"\x00" * 100,  # gzip (an .svgz, never unpacked)
        b"<html><body>hello</body></html>",
        b"plain text that mentions <svg> later",
        b"BM" + b"\x00" * 100,  # BMP: not accepted
    ],
)
def test_other_content_is_refused_as_unknown(data):
    """Anything that is not one of the accepted formats is refused, whatever its name."""
    assert refusal(data, ".png") is Refusal.UNKNOWN_TYPE


def test_a_renamed_file_is_refused():
    """A JPEG called .png, or a PDF called .svg, is refused: the extension lies."""
    assert refusal(raster("JPEG"), ".png") is Refusal.MISMATCH
    assert refusal(pdf(), ".svg") is Refusal.MISMATCH
    assert refusal(FONT.read_bytes(), ".otf") is Refusal.MISMATCH


def test_extension_synonyms_and_unknown_extensions_are_accepted():
    """.JPEG/.jpg/.jfif all mean JPEG; a file without a known extension is judged by content."""
    for suffix in (".jpg", ".JPEG", ".jfif", "", ".bin"):
        assert inspect_bytes(raster("JPEG"), suffix).format is AssetFormat.JPEG
    assert format_of_extension(".Png") is AssetFormat.PNG
    assert format_of_extension(".txt") is None


def test_empty_and_oversized_files_are_refused():
    """An empty file, and one over the size limit, are refused before anything else."""
    assert refusal(b"") is Refusal.EMPTY
    small = Limits(max_bytes=1000)
    assert (
        refusal(raster("PNG", 400, 400, colour=(1, 2, 3)) + b"\x00" * 2000, "", small)
        is Refusal.TOO_LARGE
    )


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (png_bomb(100_000, 100_000), AssetFormat.PNG),
        (jpeg_claiming(60_000, 50_000), AssetFormat.JPEG),
        (gif_with_big_frame(40_000, 40_000), AssetFormat.GIF),
        (webp_claiming(16_000, 16_000), AssetFormat.WEBP),
    ],
)
def test_decompression_bombs_are_refused_from_their_header(data, fmt):
    """A small file that would decode into gigabytes is refused on its header's size."""
    assert len(data) < 20_000
    assert sniff(data) is fmt
    assert refusal(data) is Refusal.TOO_MANY_PIXELS


def test_pixel_limit_is_on_the_product_and_on_each_side():
    """50 megapixels pass; one more row does not; a very long thin picture is refused too."""
    limits = Limits(max_pixels=10_000, max_side=500)
    assert inspect_bytes(png_bomb(100, 100), limits=limits).width == 100
    assert refusal(png_bomb(100, 101), limits=limits) is Refusal.TOO_MANY_PIXELS
    assert refusal(png_bomb(501, 1), limits=limits) is Refusal.TOO_MANY_PIXELS


def test_a_gif_frame_bigger_than_its_screen_counts():
    """The size checked is the largest of the logical screen and every frame."""
    assert image_size(gif_with_big_frame(900, 700), AssetFormat.GIF) == (900, 700)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 4,  # cut off before the header
        b"\xff\xd8\xff\xe0\x00\x02",  # JPEG without a frame
        b"GIF89a\x01\x00",  # GIF cut off
        b"RIFF\x10\x00\x00\x00WEBPVP8Z" + b"\x00" * 8,  # unknown WebP chunk
        b"%PDF-1.4\n1 0 obj\n",  # PDF without its end
    ],
)
def test_truncated_files_are_refused_as_corrupt(data):
    """A file whose header cannot be read is refused as damaged, not crashed on."""
    assert refusal(data) is Refusal.CORRUPT


def test_font_family_is_read_from_the_name_table():
    """The family of the bundled Arabic font, and of a CFF OpenType font."""
    assert font_family(FONT.read_bytes()) == "Noto Sans Arabic"
    assert inspect_bytes(otf(), ".otf").family == "Test Sans"


def test_a_damaged_font_is_refused():
    """A truncated font, or one whose tables run past its end, is refused."""
    data = FONT.read_bytes()
    assert refusal(data[:2000], ".ttf") is Refusal.FONT_INVALID
    assert refusal(b"\x00\x01\x00\x00" + b"\xff" * 60, ".ttf") is Refusal.FONT_INVALID


def test_the_same_bytes_have_the_same_hash():
    """The SHA-256 is of the content: equal files share it, a one-byte change does not."""
    a, b = raster("PNG"), raster("PNG")
    assert inspect_bytes(a).sha256 == inspect_bytes(b).sha256
    assert inspect_bytes(raster("PNG", colour=(0, 0, 1))).sha256 != inspect_bytes(a).sha256


def test_kind_is_guessed_from_format_and_name():
    """Fonts are fonts, PDFs templates; "logo"/"شعار", "cover"/"غلاف" name the kind."""
    assert guess_kind("anything", AssetFormat.TTF) is AssetKind.FONT
    assert guess_kind("anything", AssetFormat.PDF) is AssetKind.TEMPLATE
    assert guess_kind("شعار البلدية", AssetFormat.SVG) is AssetKind.LOGO
    assert guess_kind("X-Cover-2026", AssetFormat.PNG) is AssetKind.COVER
    assert guess_kind("صورة من الميدان", AssetFormat.JPEG) is AssetKind.IMAGE
