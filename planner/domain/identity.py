"""The visual identity's values: brand kits with their colours, and the assets of the library."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ColourRole(StrEnum):
    """What a colour of a kit is for."""

    PRIMARY = "primary"
    SECONDARY = "secondary"
    ACCENT = "accent"
    BACKGROUND = "background"
    TEXT = "text"
    OTHER = "other"


class AssetKind(StrEnum):
    """What an asset is used as; the library filters by it."""

    LOGO = "logo"
    TEMPLATE = "template"
    PROFILE = "profile_picture"
    COVER = "cover"
    WATERMARK = "watermark"
    IMAGE = "image"
    FONT = "font"


class AssetFormat(StrEnum):
    """The file formats the library accepts, recognised by their content."""

    PNG = "png"
    JPEG = "jpeg"
    WEBP = "webp"
    GIF = "gif"
    SVG = "svg"
    TTF = "ttf"
    OTF = "otf"
    PDF = "pdf"

    @property
    def is_raster(self) -> bool:
        return self in (AssetFormat.PNG, AssetFormat.JPEG, AssetFormat.WEBP, AssetFormat.GIF)

    @property
    def is_image(self) -> bool:
        """Drawn as a picture (raster or SVG); fonts and PDF are not."""
        return self.is_raster or self is AssetFormat.SVG

    @property
    def is_font(self) -> bool:
        return self in (AssetFormat.TTF, AssetFormat.OTF)

    @property
    def extension(self) -> str:
        """The usual file name extension, without the dot."""
        return "jpg" if self is AssetFormat.JPEG else self.value

    @property
    def extensions(self) -> tuple[str, ...]:
        """Every extension a file of this format may carry (lower case, no dot)."""
        if self is AssetFormat.JPEG:
            return ("jpg", "jpeg", "jpe", "jfif")
        return (self.value,)


@dataclass
class BrandColour:
    """A named colour of a kit, as "#rrggbb"."""

    name: str
    hex: str
    role: ColourRole = ColourRole.OTHER
    id: int | None = None


@dataclass
class BrandKit:
    """The look of the institution or of one campaign: colours, guidelines; fonts, logos and
    other files are the assets whose `kit_id` is this kit."""

    name: str
    name_en: str = ""
    guidelines: str = ""  # Markdown: do's and don'ts, clear space, tone of voice
    colours: list[BrandColour] = field(default_factory=list)
    id: int | None = None


@dataclass
class Thumbnail:
    """A small picture of an asset, made once at import and kept in the workspace file."""

    data: bytes
    width: int
    height: int
    format: str = "png"  # "png" or "jpeg"


@dataclass
class Asset:
    """A file of the library; its content is stored once, addressed by its SHA-256."""

    name: str
    kind: AssetKind
    format: AssetFormat
    sha256: str
    size: int
    width: int = 0
    height: int = 0
    kit_id: int | None = None
    tags: list[str] = field(default_factory=list)
    alt_text: str = ""
    family: str = ""  # fonts: the family name read from the font's name table
    added_at: dt.datetime | None = None
    id: int | None = None

    @property
    def has_dimensions(self) -> bool:
        return self.width > 0 and self.height > 0


@dataclass
class AssetUse:
    """A post that uses an asset, as "used by" lists it."""

    post_id: int
    campaign_id: int | None
    campaign_name: str
    text: str
    scheduled_at: dt.datetime | None


_KIND_WORDS = (
    (AssetKind.WATERMARK, ("watermark", "علامة مائية", "علامة_مائية")),
    (AssetKind.LOGO, ("logo", "شعار")),
    (AssetKind.COVER, ("cover", "banner", "header", "غلاف", "بانر")),
    (AssetKind.PROFILE, ("profile", "avatar", "صورة الحساب", "صورة_الحساب", "الملف الشخصي")),
    (AssetKind.TEMPLATE, ("template", "قالب")),
)


def guess_kind(name: str, fmt: AssetFormat) -> AssetKind:
    """A first guess of what a newly imported file is, from its format and name."""
    if fmt.is_font:
        return AssetKind.FONT
    if fmt is AssetFormat.PDF:
        return AssetKind.TEMPLATE
    lowered = name.casefold()
    for kind, words in _KIND_WORDS:
        if any(word in lowered for word in words):
            return kind
    return AssetKind.IMAGE
