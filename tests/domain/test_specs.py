"""Platform image specs: the resource file is complete and sourced; fitting is measured right."""

import datetime as dt

from planner.domain.identity import AssetFormat
from planner.domain.model import Platform
from planner.domain.specs import Fit, Slot, fit, fits_platform, parse_specs, same_shape
from planner.paths import resource

SPECS = parse_specs(resource("platform_image_specs.json").read_text("utf-8"))


def spec(platform: Platform, slot: Slot):
    return next(s for s in SPECS if s.platform is platform and s.slot is slot)


def test_every_platform_has_specs_with_a_source_and_a_date():
    """All eight platforms are covered; each figure names its source and when it was checked."""
    assert {s.platform for s in SPECS} == set(Platform)
    for s in SPECS:
        assert s.source.startswith("https://"), s
        assert dt.date(2024, 1, 1) <= s.checked <= dt.date.today()
        assert s.width > 0 and s.height > 0 and 0 < s.min_width <= s.width
    slots = {s.slot for s in SPECS}
    assert {Slot.PROFILE, Slot.COVER, Slot.FEED_SQUARE, Slot.STORY, Slot.THUMBNAIL} <= slots


def test_well_known_sizes():
    """The figures the officer looks up most often."""
    assert (spec(Platform.X, Slot.COVER).width, spec(Platform.X, Slot.COVER).height) == (1500, 500)
    thumb = spec(Platform.YOUTUBE, Slot.THUMBNAIL)
    assert (thumb.width, thumb.height, thumb.min_width) == (1280, 720, 640)
    assert spec(Platform.INSTAGRAM, Slot.STORY).ratio == 1080 / 1920


def test_fit():
    """Exact size, same shape larger or smaller than the minimum, another shape, no size."""
    thumb = spec(Platform.YOUTUBE, Slot.THUMBNAIL)
    assert fit(thumb, 1280, 720) is Fit.EXACT
    assert fit(thumb, 1920, 1080) is Fit.SCALES
    assert fit(thumb, 640, 360) is Fit.SCALES
    assert fit(thumb, 480, 270) is Fit.TOO_SMALL
    assert fit(thumb, 1080, 1080) is Fit.WRONG_RATIO
    assert fit(thumb, 0, 0) is Fit.UNKNOWN


def test_same_shape_lists_the_slots_a_picture_could_serve():
    """A 1080x1080 PNG suits square feed posts everywhere, but not covers or stories."""
    checks = same_shape(SPECS, 1080, 1080, AssetFormat.PNG, 200_000)
    slots = {c.spec.slot for c in checks}
    assert Slot.FEED_SQUARE in slots and Slot.COVER not in slots and Slot.STORY not in slots
    assert all(c.fits for c in checks if c.spec.slot is Slot.FEED_SQUARE)


def test_format_and_weight_count():
    """An SVG has the right shape but no platform takes SVG; a 3 MB thumbnail is too heavy."""
    checks = same_shape(SPECS, 400, 400, AssetFormat.SVG, 2_000)
    assert checks and not any(c.fits for c in checks)
    heavy = same_shape(SPECS, 1280, 720, AssetFormat.JPEG, 3 * 1024 * 1024)
    assert not next(c for c in heavy if c.spec.slot is Slot.THUMBNAIL).fits


def test_composer_check_per_platform():
    """A square picture fits an Instagram post; a 3:1 cover does not fit a YouTube post."""
    assert fits_platform(SPECS, Platform.INSTAGRAM, 1080, 1080, AssetFormat.JPEG, 100_000)
    assert not fits_platform(SPECS, Platform.YOUTUBE, 1500, 500, AssetFormat.PNG, 100_000)
