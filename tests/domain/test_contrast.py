"""WCAG 2.x contrast maths checked against published examples."""

import pytest

from planner.domain.contrast import (
    contrast_ratio,
    is_hex,
    normalise_hex,
    parse_hex,
    readable_on,
    relative_luminance,
    verdict,
)


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),  # the maximum (WCAG 2.x definition)
        ("#ffffff", "#ffffff", 1.0),  # the minimum
        ("#777777", "#ffffff", 4.48),  # WebAIM's classic example: just fails AA
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
        ("#0000ff", "#ffffff", 8.59),  # pure blue on white (WebAIM contrast checker)
        ("#ff0000", "#ffffff", 4.0),  # pure red on white: large text only
        ("#595959", "#ffffff", 7.0),  # the lightest grey that passes AAA on white
    ],
)
def test_published_ratios(fg, bg, ratio):
    """The ratio rounds to the published two-decimal figure."""
    assert round(contrast_ratio(fg, bg), 2) == ratio


def test_order_does_not_matter():
    """Text on background and background on text have the same ratio."""
    assert contrast_ratio("#0f6e63", "#fbf8f2") == contrast_ratio("#fbf8f2", "#0f6e63")


def test_luminance_of_black_and_white():
    """Relative luminance runs from 0 (black) to 1 (white)."""
    assert relative_luminance("#000") == 0.0
    assert relative_luminance("#fff") == pytest.approx(1.0)


def test_verdict_uses_the_exact_ratio_not_the_rounded_one():
    """#777777 shows as 4.48 but is 4.478...: it fails AA for normal text, passes for large."""
    v = verdict("#777777", "#ffffff")
    assert not v.aa_normal and v.aa_large and not v.aaa_normal and not v.aaa_large


def test_verdict_levels():
    """Black on white passes everything; #767676 passes AA but not AAA for normal text."""
    black = verdict("#000000", "#ffffff")
    assert black.aa_normal and black.aa_large and black.aaa_normal and black.aaa_large
    grey = verdict("#767676", "#ffffff")
    assert grey.aa_normal and grey.aaa_large and not grey.aaa_normal
    red = verdict("#ff0000", "#ffffff")
    assert red.aa_large and not red.aa_normal


def test_hex_parsing():
    """Short and long forms, with or without "#", any case; anything else is refused."""
    assert parse_hex("#abc") == (0xAA, 0xBB, 0xCC)
    assert normalise_hex(" 1F6F8B ") == "#1f6f8b"
    assert is_hex("#0f6e63") and not is_hex("#12345") and not is_hex("teal")
    with pytest.raises(ValueError):
        parse_hex("#ggg")


def test_readable_on_picks_the_stronger_of_black_and_white():
    """Labels drawn on a swatch use black on light colours and white on dark ones."""
    assert readable_on("#fbf8f2") == "#000000"
    assert readable_on("#0f6e63") == "#ffffff"
