"""Only self-contained, script-free SVG is accepted: the attacks each get their reason."""

import base64

import pytest

from planner.domain.content import AssetRefusedError, Refusal
from planner.domain.intake import inspect_bytes
from planner.domain.svg_safety import check_svg
from tests.identity_files import LOGO, png_bomb, raster, svg


def reason(data: bytes) -> Refusal:
    with pytest.raises(AssetRefusedError) as caught:
        inspect_bytes(data, ".svg")
    return caught.value.reason


def test_the_sample_logo_is_safe_and_has_its_size():
    """A plain drawing with gradients and local references passes, with its width and height."""
    assert inspect_bytes(LOGO.read_bytes(), ".svg").width == 240
    local = svg(
        '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="9" height="9"/>'
        '<use href="#g"/><use xlink:href="#g"/>',
        attributes='viewBox="0 0 300 150"',
    )
    info = check_svg(local)
    assert (info.width, info.height) == (300, 150)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>'
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>'
)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (BILLION_LAUGHS, Refusal.SVG_ENTITIES),
        (EXTERNAL_ENTITY, Refusal.SVG_ENTITIES),
        (
            svg("", head='<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://x/svg11.dtd">\n'),
            Refusal.SVG_ENTITIES,
        ),
        (svg("<script>alert(1)</script>"), Refusal.SVG_SCRIPT),
        (svg('<script xlink:href="https://evil.example/x.js"/>'), Refusal.SVG_SCRIPT),
        (svg('<rect width="5" height="5" onclick="steal()"/>'), Refusal.SVG_SCRIPT),
        (svg("", attributes='onload="alert(1)"'), Refusal.SVG_SCRIPT),
        (svg('<a href="javascript:alert(1)"><rect/></a>'), Refusal.SVG_SCRIPT),
        (svg('<image href="https://tracker.example/pixel.png"/>'), Refusal.SVG_EXTERNAL),
        (svg('<image xlink:href="file:///etc/passwd"/>'), Refusal.SVG_EXTERNAL),
        (svg('<image href="logo.png"/>'), Refusal.SVG_EXTERNAL),
        (svg('<use href="other.svg#icon"/>'), Refusal.SVG_EXTERNAL),
        (svg('<a href="http://example.com"><rect/></a>'), Refusal.SVG_EXTERNAL),
        (svg("<style>@import url(https://evil.example/a.css);</style>"), Refusal.SVG_EXTERNAL),
        (
            svg("<style>rect { fill: url(http://evil.example/p.svg#p) }</style>"),
            Refusal.SVG_EXTERNAL,
        ),
        (svg("<rect style=\"fill:url('https://evil.example/#x')\"/>"), Refusal.SVG_EXTERNAL),
        (svg('<rect fill="url(file:///tmp/x.svg#g)"/>'), Refusal.SVG_EXTERNAL),
        (
            svg("<foreignObject><p xmlns='http://www.w3.org/1999/xhtml'>hi</p></foreignObject>"),
            Refusal.SVG_EXTERNAL,
        ),
        (svg('<set attributeName="href" to="https://evil.example/"/>'), Refusal.SVG_EXTERNAL),
        (
            b'<?xml-stylesheet href="https://evil.example/s.css"?>'
            b'<svg xmlns="http://www.w3.org/2000/svg"/>',
            Refusal.SVG_EXTERNAL,
        ),
        (svg("<rect>"), Refusal.SVG_MALFORMED),
    ],
)
def test_attacks_are_refused_with_their_reason(data, why):
    """Entities, scripts, handlers and every kind of outside reference are refused."""
    assert reason(data) is why


def test_embedded_raster_images_are_allowed_but_size_checked():
    """A base64 PNG inside the SVG is self-contained; a bomb hidden that way is still refused."""
    small = base64.b64encode(raster("PNG", 8, 8)).decode()
    assert check_svg(svg(f'<image href="data:image/png;base64,{small}"/>')).width == 100
    bomb = base64.b64encode(png_bomb(90_000, 90_000)).decode()
    assert reason(svg(f'<image href="data:image/png;base64,{bomb}"/>')) is Refusal.TOO_MANY_PIXELS
    nested = base64.b64encode(svg("<script>x()</script>")).decode()
    assert (
        reason(svg(f'<image href="data:image/svg+xml;base64,{nested}"/>')) is Refusal.SVG_EXTERNAL
    )


def test_an_svg_with_too_many_elements_is_refused():
    """A file of a million tiny elements would stall the renderer: refused."""
    assert reason(svg("<g/>" * 60_000)) is Refusal.SVG_TOO_COMPLEX


def test_xml_that_is_not_svg_is_not_taken_for_svg():
    """Another XML document is not an SVG."""
    assert reason(b'<?xml version="1.0"?><html><svg/></html>') is Refusal.UNKNOWN_TYPE


def test_unitless_and_relative_sizes():
    """Pixel sizes are read; percentages fall back to the viewBox, else no size."""
    assert check_svg(svg("", attributes='width="120px" height="40"')).height == 40
    relative = check_svg(svg("", attributes='width="100%" height="100%" viewBox="0 0 64 32"'))
    assert (relative.width, relative.height) == (64, 32)
    assert check_svg(svg("", attributes='width="50%"')).width == 0
