"""Why an attached picture does not fit a platform's post sizes: the composer's warning."""

from __future__ import annotations

import pytest

from planner.domain.identity import AssetFormat
from planner.domain.model import Platform
from planner.domain.specs import Misfit, Slot, parse_specs, post_image_misfit
from planner.paths import resource

SPECS = parse_specs(resource("platform_image_specs.json").read_text("utf-8"))
MB = 1024 * 1024
PNG = AssetFormat.PNG


@pytest.mark.parametrize(
    ("platform", "width", "height"),
    [
        (Platform.INSTAGRAM, 1080, 1080),
        (Platform.INSTAGRAM, 2160, 2700),  # 4:5, larger: scaled down
        (Platform.X, 1600, 900),
        (Platform.YOUTUBE, 1280, 720),
        (Platform.TIKTOK, 1080, 1920),
    ],
)
def test_fitting_pictures_raise_nothing(platform: Platform, width: int, height: int) -> None:
    """A post size of the platform, or the same shape larger, fits."""
    assert post_image_misfit(SPECS, platform, width, height, PNG, MB) is None


def test_a_story_picture_is_the_wrong_shape_for_linkedin() -> None:
    """9:16 matches no LinkedIn post size: cropped; its sizes are offered, nearest first."""
    misfit = post_image_misfit(SPECS, Platform.LINKEDIN, 1080, 1920, PNG, MB)
    assert misfit is not None and misfit.reason is Misfit.WRONG_SHAPE
    assert [(s.width, s.height) for s in misfit.sizes] == [(1200, 1200), (1200, 627)]
    assert all(s.platform is Platform.LINKEDIN for s in misfit.sizes)


def test_a_small_square_is_too_small_for_facebook() -> None:
    """500 px square has Facebook's shape but is under its 600 px minimum."""
    misfit = post_image_misfit(SPECS, Platform.FACEBOOK, 500, 500, PNG, MB)
    assert misfit is not None and misfit.reason is Misfit.TOO_SMALL
    assert misfit.sizes[0].slot is Slot.FEED_SQUARE


def test_an_svg_is_refused_whatever_its_size() -> None:
    """No platform takes an SVG in a post: the format is the reason."""
    misfit = post_image_misfit(SPECS, Platform.INSTAGRAM, 1080, 1080, AssetFormat.SVG, 1000)
    assert misfit is not None and misfit.reason is Misfit.FORMAT


def test_a_heavy_thumbnail_is_too_large_for_youtube() -> None:
    """YouTube thumbnails stop at 2 MB: a 3 MB one of the right size is too heavy."""
    misfit = post_image_misfit(SPECS, Platform.YOUTUBE, 1280, 720, PNG, 3 * MB)
    assert misfit is not None and misfit.reason is Misfit.FILE_TOO_LARGE


def test_a_picture_without_pixel_size_cannot_be_checked() -> None:
    """A picture of unknown size is reported as such (not as the wrong shape)."""
    misfit = post_image_misfit(SPECS, Platform.X, 0, 0, PNG, MB)
    assert misfit is not None and misfit.reason is Misfit.NO_SIZE


def test_a_platform_without_post_sizes_raises_nothing() -> None:
    """With no documented post size, there is nothing to warn about."""
    only_x = [s for s in SPECS if s.platform is Platform.X]
    assert post_image_misfit(only_x, Platform.SNAPCHAT, 10, 10, PNG, MB) is None
