"""Translated names of the identity's codes: kinds, roles, refusals, slots, fits.

They live in the reports layer (Qt, no widgets) because the brand-kit sheet, the screen and
the command line all need them, and arrows only point down.
"""

from __future__ import annotations

from planner.domain.content import DEFAULT_LIMITS, MB, Limits, Refusal
from planner.domain.identity import AssetFormat, AssetKind, ColourRole
from planner.domain.specs import Fit, Slot
from planner.formatting import Formatter
from planner.i18n.marker import QT_TRANSLATE_NOOP, LabelTable, translator

CONTEXT = "IdentityLabels"

KINDS = {
    AssetKind.LOGO: QT_TRANSLATE_NOOP("IdentityLabels", "Logo"),
    AssetKind.TEMPLATE: QT_TRANSLATE_NOOP("IdentityLabels", "Template"),
    AssetKind.PROFILE: QT_TRANSLATE_NOOP("IdentityLabels", "Profile picture"),
    AssetKind.COVER: QT_TRANSLATE_NOOP("IdentityLabels", "Cover"),
    AssetKind.WATERMARK: QT_TRANSLATE_NOOP("IdentityLabels", "Watermark"),
    AssetKind.IMAGE: QT_TRANSLATE_NOOP("IdentityLabels", "Image"),
    AssetKind.FONT: QT_TRANSLATE_NOOP("IdentityLabels", "Font"),
}

ROLES = {
    ColourRole.PRIMARY: QT_TRANSLATE_NOOP("IdentityLabels", "Primary"),
    ColourRole.SECONDARY: QT_TRANSLATE_NOOP("IdentityLabels", "Secondary"),
    ColourRole.ACCENT: QT_TRANSLATE_NOOP("IdentityLabels", "Accent"),
    ColourRole.BACKGROUND: QT_TRANSLATE_NOOP("IdentityLabels", "Background"),
    ColourRole.TEXT: QT_TRANSLATE_NOOP("IdentityLabels", "Text"),
    ColourRole.OTHER: QT_TRANSLATE_NOOP("IdentityLabels", "Other"),
}

SLOTS = {
    Slot.PROFILE: QT_TRANSLATE_NOOP("IdentityLabels", "profile picture"),
    Slot.COVER: QT_TRANSLATE_NOOP("IdentityLabels", "cover"),
    Slot.FEED_SQUARE: QT_TRANSLATE_NOOP("IdentityLabels", "square post"),
    Slot.FEED_PORTRAIT: QT_TRANSLATE_NOOP("IdentityLabels", "portrait post"),
    Slot.FEED_LANDSCAPE: QT_TRANSLATE_NOOP("IdentityLabels", "landscape post"),
    Slot.STORY: QT_TRANSLATE_NOOP("IdentityLabels", "story / reel"),
    Slot.THUMBNAIL: QT_TRANSLATE_NOOP("IdentityLabels", "video thumbnail"),
}

FITS = {
    Fit.EXACT: QT_TRANSLATE_NOOP("IdentityLabels", "exact size"),
    Fit.SCALES: QT_TRANSLATE_NOOP("IdentityLabels", "fits (scaled)"),
    Fit.TOO_SMALL: QT_TRANSLATE_NOOP("IdentityLabels", "too small: will look blurred"),
    Fit.WRONG_RATIO: QT_TRANSLATE_NOOP("IdentityLabels", "another shape: will be cropped"),
    Fit.UNKNOWN: QT_TRANSLATE_NOOP("IdentityLabels", "no pixel size"),
}

REFUSALS = {
    Refusal.EMPTY: QT_TRANSLATE_NOOP("IdentityLabels", "The file is empty."),
    Refusal.TOO_LARGE: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The file is larger than the %1 MB limit."
    ),
    Refusal.UNKNOWN_TYPE: QT_TRANSLATE_NOOP(
        "IdentityLabels",
        "This kind of file is not accepted: use PNG, JPEG, WebP, GIF, SVG, TTF, OTF or PDF.",
    ),
    Refusal.MISMATCH: QT_TRANSLATE_NOOP(
        "IdentityLabels",
        "The file's extension names another format than its content (a renamed file).",
    ),
    Refusal.CORRUPT: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The file is damaged or incomplete and cannot be read."
    ),
    Refusal.TOO_MANY_PIXELS: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The picture is too large to open safely (over %1 megapixels)."
    ),
    Refusal.SVG_MALFORMED: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The SVG drawing is not well-formed."
    ),
    Refusal.SVG_ENTITIES: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The SVG declares a DOCTYPE or entities, which can pull in other files."
    ),
    Refusal.SVG_SCRIPT: QT_TRANSLATE_NOOP(
        "IdentityLabels",
        "The SVG contains a script or event handlers: only plain drawings are accepted.",
    ),
    Refusal.SVG_EXTERNAL: QT_TRANSLATE_NOOP(
        "IdentityLabels",
        "The SVG refers to files or addresses outside itself: only self-contained drawings "
        "are accepted.",
    ),
    Refusal.SVG_TOO_COMPLEX: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The SVG drawing has too many elements to show safely."
    ),
    Refusal.FONT_INVALID: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The font is damaged or is not a TrueType/OpenType font."
    ),
    Refusal.UNREADABLE: QT_TRANSLATE_NOOP(
        "IdentityLabels", "The file could not be read (missing, a folder, or no permission)."
    ),
    Refusal.PDF_ACTIVE: QT_TRANSLATE_NOOP(
        "IdentityLabels",
        "The PDF carries JavaScript, actions that start programs, or embedded files (or is "
        "encrypted and cannot be checked): only plain documents are accepted.",
    ),
}


tr = translator(CONTEXT)
kind = LabelTable(CONTEXT, KINDS)
role = LabelTable(CONTEXT, ROLES)
slot = LabelTable(CONTEXT, SLOTS)
fit = LabelTable(CONTEXT, FITS)


def file_format(f: AssetFormat) -> str:
    """Format names are the same in every language: "PNG", "JPEG", "TTF"..."""
    return f.value.upper()


def refusal(
    reason: Refusal, formatter: Formatter | None = None, limits: Limits = DEFAULT_LIMITS
) -> str:
    """Why a file was refused, as one sentence."""
    fmt = formatter or Formatter("en")
    text = tr(REFUSALS[reason])
    if reason is Refusal.TOO_LARGE:
        text = text.replace("%1", fmt.integer(limits.max_bytes // MB))
    elif reason is Refusal.TOO_MANY_PIXELS:
        text = text.replace("%1", fmt.integer(limits.max_pixels // 1_000_000))
    return text
