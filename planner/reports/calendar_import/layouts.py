"""Which column holds what: header words in Arabic and English, our own export's headers, the
bulk-upload layouts of other schedulers, and per-platform columns (texts or tick marks).

The layouts and their sources are listed in docs/calendar-import.md and
tests/data/calendars/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from planner.domain.model import Platform
from planner.domain.search import normalise
from planner.reports.calendar_import.model import Field
from planner.reports.calendar_import.platforms import NAMES, is_mark_column

WORDS: dict[Field, tuple[str, ...]] = {
    Field.DATE: (
        "date",
        "day",
        "publish date",
        "date and time",
        "scheduled at",
        "scheduled_at",
        "scheduledate",
        "schedule date",
        "postatspecifictime",  # SocialBee
        "posting time",
        "scheduled time",
        "scheduled_time",
        "التاريخ",
        "تاريخ",
        "اليوم",
        "تاريخ النشر",
        "موعد النشر",
    ),
    Field.TIME: ("time", "hour", "الوقت", "الساعة", "وقت النشر"),
    Field.PLATFORM: (
        "platform",
        "platforms",
        "channel",
        "channels",
        "network",
        "networks",
        "social network",
        "profile",
        "profiles",
        "account",
        "accounts",
        "المنصة",
        "المنصات",
        "القناة",
        "الحساب",
        "الحسابات",
    ),
    Field.TEXT: (
        "text",
        "post",
        "post text",
        "content",
        "copy",
        "caption",
        "message",  # Hootsuite, Publer
        "النص",
        "المنشور",
        "نص المنشور",
        "المحتوى",
    ),
    Field.CAMPAIGN: ("campaign", "الحملة", "اسم الحملة"),
    Field.STATUS: ("status", "state", "الحالة", "حالة المنشور"),
    Field.CONTENT_TYPE: ("type", "content type", "post type", "format", "النوع", "نوع المحتوى"),
    Field.SEGMENT: ("segment", "audience", "target group", "الشريحة", "الفئة المستهدفة"),
    Field.NOTES: ("notes", "note", "comment", "comments", "ملاحظات", "الملاحظات"),
    Field.KEY_MESSAGE: ("key message", "الرسالة الرئيسية", "رسالة رئيسية"),
    Field.PHASE: ("phase", "المرحلة", "مرحلة"),
    Field.KEY: ("key", "post key", "مفتاح المنشور", "المفتاح"),
}
_KEYS = {f: [normalise(w) for w in words] for f, words in WORDS.items()}
# Hootsuite, Publer, SocialBee: a link to post with the text
_LINK = ("link", "links", "link(s)", "url", "الرابط")
# Publer, SocialBee: pictures and videos by URL; kept in the post's notes (no download offline)
_MEDIA = (
    "media",
    "media url",
    "media urls",
    "media url(s)",
    "imageurls",
    "gifurls",
    "videourls",
    "image url",
    "image",
    "mediaurls",
)
HEADERLESS = ["Date", "Message", "Link"]  # Hootsuite's bulk file has no header row
_TEXT_FOR = (re.compile(r"^text for (.+)$"), re.compile(r"^نص (.+)$"))


@dataclass
class Columns:
    """The columns beyond the fields: a text per platform, ticks per platform, a link column."""

    variants: dict[Platform, int] = field(default_factory=dict)
    marks: dict[Platform, int] = field(default_factory=dict)
    link: int | None = None
    media: list[int] = field(default_factory=list)


def _fold(header: str) -> str:
    return " ".join(normalise(header).replace("_", " ").split())


def header_score(cells: list[str]) -> int:
    """How many cells of a row are known column names (the header row scores highest)."""
    score = 0
    for cell in cells:
        key = _fold(cell)
        if not key:
            continue
        known = any(key in words for words in _KEYS.values()) or key in NAMES
        known = known or key in _LINK or key in _MEDIA
        if known or _variant_of(key) is not None:
            score += 1
    return score


def guess_mapping(headers: list[str]) -> dict[Field, int | None]:
    """Which column holds each field, judged by the header's words (Arabic or English)."""
    found: dict[Field, int | None] = {f: None for f in Field}
    folded = [_fold(h) for h in headers]
    taken: set[int] = set()
    for f, keys in _KEYS.items():  # exact names first, for every field
        at = next((i for i, h in enumerate(folded) if h in keys and i not in taken), None)
        if at is not None:
            found[f] = at
            taken.add(at)
    for f, keys in _KEYS.items():  # then a name inside a longer header ("Publish date")
        if found[f] is not None or f in (Field.KEY, Field.PHASE, Field.CONTENT_TYPE):
            continue
        at = next(
            (
                i
                for i, h in enumerate(folded)
                if i not in taken and not _variant_of(h) and any(f" {k} " in f" {h} " for k in keys)
            ),
            None,
        )
        if at is not None:
            found[f] = at
            taken.add(at)
    return found


def _variant_of(key: str) -> Platform | None:
    for pattern in _TEXT_FOR:
        match = pattern.match(key)
        if match and match.group(1) in NAMES:
            return NAMES[match.group(1)]
    return None


def platform_columns(
    headers: list[str], rows: list[list[Any]], mapping: dict[Field, int | None]
) -> Columns:
    """The per-platform columns: "Text for X"/"نص إكس" hold that platform's own text; a column
    headed by a platform's name holding only ticks (TRUE/FALSE/x/✓) says which platforms a
    row goes to; a "Link" column holds a link that belongs with the text."""
    used = {c for c in mapping.values() if c is not None}
    columns = Columns()
    for i, header in enumerate(headers):
        if i in used:
            continue
        key = _fold(header)
        variant = _variant_of(key)
        if variant is not None:
            columns.variants[variant] = i
        elif key in NAMES:
            values = [r[i] if i < len(r) else None for r in rows]
            if is_mark_column(values):
                columns.marks[NAMES[key]] = i
            else:
                columns.variants[NAMES[key]] = i
        elif key in _LINK and columns.link is None:
            columns.link = i
        elif key in _MEDIA:
            columns.media.append(i)
    return columns


def unused_columns(
    headers: list[str], rows: list[list[Any]], mapping: dict[Field, int | None]
) -> list[str]:
    """The headers of columns that hold something but are not imported (said aloud, never
    dropped in silence): a Hijri date or weekday beside the date, a scheduler's labels..."""
    columns = platform_columns(headers, rows, mapping)
    used = {c for c in mapping.values() if c is not None}
    used |= set(columns.variants.values()) | set(columns.marks.values()) | set(columns.media)
    if columns.link is not None:
        used.add(columns.link)
    return [
        header or str(i + 1)
        for i, header in enumerate(headers)
        if i not in used
        and any(i < len(r) and r[i] is not None and str(r[i]).strip() for r in rows)
    ]
