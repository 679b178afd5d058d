"""The platforms' image sizes (profile, cover, feed, story, thumbnail) and whether a picture fits.

The figures live in `resources/platform_image_specs.json`, each with its source and the date
it was checked; `parse_specs` reads that text.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from enum import StrEnum

from planner.domain.identity import AssetFormat
from planner.domain.model import Platform


class Slot(StrEnum):
    """Where on a platform an image goes."""

    PROFILE = "profile"
    COVER = "cover"
    FEED_SQUARE = "feed_square"
    FEED_PORTRAIT = "feed_portrait"
    FEED_LANDSCAPE = "feed_landscape"
    STORY = "story"
    THUMBNAIL = "thumbnail"


POST_SLOTS = (Slot.FEED_SQUARE, Slot.FEED_PORTRAIT, Slot.FEED_LANDSCAPE, Slot.STORY, Slot.THUMBNAIL)


class Fit(StrEnum):
    """How a picture's pixel size meets a spec."""

    EXACT = "exact"  # the recommended size
    SCALES = "scales"  # same shape, large enough: the platform scales it
    TOO_SMALL = "too_small"  # same shape, below the minimum: it will look blurred
    WRONG_RATIO = "wrong_ratio"  # another shape: the platform crops it
    UNKNOWN = "unknown"  # the picture has no pixel size (an SVG without one)


@dataclass(frozen=True)
class ImageSpec:
    """One platform's recommended size for one slot, with where the figure comes from."""

    platform: Platform
    slot: Slot
    width: int
    height: int
    min_width: int
    max_bytes: int
    formats: tuple[AssetFormat, ...]
    source: str
    checked: dt.date
    official: bool = True
    note: str = ""
    tolerance: float = 0.02  # how far the width/height ratio may stray, as a fraction

    @property
    def ratio(self) -> float:
        return self.width / self.height


@dataclass(frozen=True)
class SpecCheck:
    """A picture measured against one spec."""

    spec: ImageSpec
    fit: Fit
    format_ok: bool
    size_ok: bool

    @property
    def fits(self) -> bool:
        return self.fit in (Fit.EXACT, Fit.SCALES) and self.format_ok and self.size_ok


def parse_specs(text: str) -> list[ImageSpec]:
    """Read the specs file's JSON text; ValueError/KeyError when it is malformed."""
    data = json.loads(text)
    specs = []
    for item in data["specs"]:
        specs.append(
            ImageSpec(
                platform=Platform(item["platform"]),
                slot=Slot(item["slot"]),
                width=int(item["width"]),
                height=int(item["height"]),
                min_width=int(item.get("min_width", item["width"])),
                max_bytes=int(item.get("max_mb", 5) * 1024 * 1024),
                formats=tuple(AssetFormat(f) for f in item.get("formats", ["jpeg", "png"])),
                source=item["source"],
                checked=dt.date.fromisoformat(item["checked"]),
                official=bool(item.get("official", True)),
                note=item.get("note", ""),
                tolerance=float(item.get("tolerance", 0.02)),
            )
        )
    return specs


def fit(spec: ImageSpec, width: int, height: int) -> Fit:
    """How a width x height picture meets `spec`."""
    if width <= 0 or height <= 0:
        return Fit.UNKNOWN
    if abs(width / height - spec.ratio) / spec.ratio > spec.tolerance:
        return Fit.WRONG_RATIO
    if (width, height) == (spec.width, spec.height):
        return Fit.EXACT
    return Fit.SCALES if width >= spec.min_width else Fit.TOO_SMALL


def check(spec: ImageSpec, width: int, height: int, fmt: AssetFormat, size: int) -> SpecCheck:
    return SpecCheck(spec, fit(spec, width, height), fmt in spec.formats, size <= spec.max_bytes)


def same_shape(
    specs: list[ImageSpec], width: int, height: int, fmt: AssetFormat, size: int
) -> list[SpecCheck]:
    """The specs whose shape the picture has (fitting or not), for an asset's detail pane."""
    checks = [check(s, width, height, fmt, size) for s in specs]
    return [c for c in checks if c.fit not in (Fit.WRONG_RATIO, Fit.UNKNOWN)]


def fits_platform(
    specs: list[ImageSpec], platform: Platform, width: int, height: int, fmt: AssetFormat, size: int
) -> bool:
    """Whether a picture attached to a post fits one of the platform's post slots; the
    composer warns when it does not."""
    return any(
        check(s, width, height, fmt, size).fits
        for s in specs
        if s.platform is platform and s.slot in POST_SLOTS
    )


class Misfit(StrEnum):
    """Why a picture attached to a post does not fit a platform, the most telling reason."""

    FORMAT = "format"  # the platform takes none of the picture's format (an SVG, a WebP)
    NO_SIZE = "no_size"  # the picture has no pixel size to check
    WRONG_SHAPE = "wrong_shape"  # no post size of the platform has its shape: it is cropped
    TOO_SMALL = "too_small"  # the right shape, below the smallest width: blurred
    FILE_TOO_LARGE = "file_too_large"  # heavier than the platform takes


@dataclass(frozen=True)
class PostImageMisfit:
    """A picture that fits none of a platform's post sizes, why, and the sizes it has."""

    platform: Platform
    reason: Misfit
    sizes: tuple[ImageSpec, ...]  # the platform's post sizes, nearest shape first


def post_image_misfit(
    specs: list[ImageSpec], platform: Platform, width: int, height: int, fmt: AssetFormat, size: int
) -> PostImageMisfit | None:
    """None when the picture fits one of the platform's post sizes (or it documents none);
    else the reason the composer gives, with the post sizes to aim for."""
    post = [s for s in specs if s.platform is platform and s.slot in POST_SLOTS]
    if not post or fits_platform(specs, platform, width, height, fmt, size):
        return None
    checks = [check(s, width, height, fmt, size) for s in post]
    if width > 0 and height > 0:
        ratio = width / height
        post.sort(key=lambda s: abs(s.ratio - ratio) / s.ratio)
    shaped = [c for c in checks if c.fit in (Fit.EXACT, Fit.SCALES, Fit.TOO_SMALL)]
    if not any(c.format_ok for c in checks):
        reason = Misfit.FORMAT
    elif width <= 0 or height <= 0:
        reason = Misfit.NO_SIZE
    elif not shaped:
        reason = Misfit.WRONG_SHAPE
    elif all(c.fit is Fit.TOO_SMALL for c in shaped):
        reason = Misfit.TOO_SMALL
    elif not any(c.format_ok for c in shaped):
        reason = Misfit.FORMAT
    else:
        reason = Misfit.FILE_TOO_LARGE
    return PostImageMisfit(platform, reason, tuple(post))
