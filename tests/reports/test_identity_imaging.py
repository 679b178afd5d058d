"""Qt pictures of assets: thumbnails for every format, made small, and bombs refused by Qt too."""

import pytest
from PySide6.QtGui import QImage

from planner.domain.content import AssetRefusedError, Refusal
from planner.domain.identity import AssetFormat
from planner.reports.identity.imaging import THUMB_SIDE, decode, is_light, make_thumbnail
from tests.identity_files import FONT, LOGO, otf, pdf, png_bomb, raster


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (raster("PNG", 2000, 1000), AssetFormat.PNG),
        (raster("JPEG", 1200, 1600), AssetFormat.JPEG),
        (raster("WEBP", 640, 480), AssetFormat.WEBP),
        (raster("GIF", 100, 50), AssetFormat.GIF),
        (LOGO.read_bytes(), AssetFormat.SVG),
        (FONT.read_bytes(), AssetFormat.TTF),
        (otf(), AssetFormat.OTF),
    ],
)
def test_every_picture_and_font_gets_a_small_thumbnail(qapp, data, fmt):
    """The thumbnail fits 256 px and decodes back to a picture; big pictures are scaled down."""
    thumb = make_thumbnail(data, fmt)
    assert thumb is not None
    assert max(thumb.width, thumb.height) <= THUMB_SIDE
    image = QImage.fromData(thumb.data)
    assert (image.width(), image.height()) == (thumb.width, thumb.height)
    assert len(thumb.data) < 60_000


def test_pdf_has_no_thumbnail(qapp):
    """A PDF template is kept as a file, shown with an icon."""
    assert make_thumbnail(pdf(), AssetFormat.PDF) is None


def test_opaque_pictures_become_jpeg_and_transparent_ones_png(qapp):
    """Photographs are stored small (JPEG); logos keep their transparency (PNG)."""
    assert make_thumbnail(raster("PNG", 400, 300), AssetFormat.PNG).format == "jpeg"
    assert make_thumbnail(LOGO.read_bytes(), AssetFormat.SVG).format == "png"


def test_qt_refuses_a_bomb_before_decoding_it(qapp):
    """Even called directly, the Qt reader checks the header's size before decoding."""
    with pytest.raises(AssetRefusedError) as caught:
        decode(png_bomb(80_000, 80_000), AssetFormat.PNG, 256)
    assert caught.value.reason is Refusal.TOO_MANY_PIXELS


@pytest.mark.qt_log_ignore(".*")
def test_a_damaged_picture_is_refused(qapp):
    """A PNG whose header is sound but whose data is garbage cannot be decoded: refused."""
    data = bytearray(raster("PNG", 64, 64))
    data[40:80] = b"\x00" * 40
    with pytest.raises(AssetRefusedError) as caught:
        make_thumbnail(bytes(data), AssetFormat.PNG)
    assert caught.value.reason is Refusal.CORRUPT


def test_light_logos_are_told_from_dark_ones(qapp):
    """The white logo needs a dark ground on the sheet; the coloured one does not."""
    white = LOGO.with_name("logo-white.svg").read_bytes()
    assert is_light(decode(white, AssetFormat.SVG, 64))
    assert not is_light(decode(LOGO.read_bytes(), AssetFormat.SVG, 64))
