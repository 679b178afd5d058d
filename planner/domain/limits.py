"""Each platform's text limits: X's weighted length, hashtags, and the check the composer runs."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from planner.domain.model import ContentType, Platform
from planner.domain.urls import url_spans
from planner.domain.xtext import X_INVALID as X_INVALID  # re-exported for callers
from planner.domain.xtext import parse_post, x_weighted_length
from planner.paths import resource


def weighted_length(text: str, platform: Platform) -> int:
    """The length a platform counts for a text.

    X: the weighted length of twitter-text v3 (see `planner.domain.xtext.parse_post`). Every other
    platform: Unicode code points after NFC normalisation. Their documentation says
    "characters" without defining them; code points match what their apps' counters show
    for Arabic and Latin text (an emoji of several code points may count more than 1).
    """
    if platform is Platform.X:
        return x_weighted_length(text)
    return len(unicodedata.normalize("NFC", text))


_HASH_SIGNS = "#＃"
_AT_SIGNS = "@＠"
_TAG_JOINERS = frozenset("_\u200c\u200d\u00b7")


def _tag_char(ch: str) -> bool:
    """Whether a character can be part of a hashtag: a letter, mark, digit or joiner."""
    if "\ufe00" <= ch <= "\ufe0f" or ch == "\u20e3":  # variation selectors, keycap
        return False
    cat = unicodedata.category(ch)
    return cat[0] in "LM" or cat == "Nd" or ch in _TAG_JOINERS


def hashtags(text: str) -> list[str]:
    """The hashtags in a text, with their '#', in order (repeats kept), NFC-normalised.

    A hashtag starts with '#' not glued to a word or '&', holds letters of any script,
    marks (Arabic diacritics), digits and '_', needs at least one letter, and ends at
    whitespace, punctuation other than '_', or a symbol (#مسقط_أجمل, #Oman2040, not #2040).
    One followed at once by another '#' or by "://", or inside a link, is not a hashtag (as
    on X).
    """
    text = unicodedata.normalize("NFC", text)
    in_links = {i for s in url_spans(text) for i in range(s.start, s.end)}
    found: list[str] = []
    i = 0
    while i < len(text):
        glued_before = i > 0 and (_tag_char(text[i - 1]) or text[i - 1] == "&")
        if text[i] not in _HASH_SIGNS or glued_before or i in in_links:
            i += 1
            continue
        j = i + 1
        while j < len(text) and _tag_char(text[j]):
            j += 1
        body = text[i + 1 : j]
        glued = text[j : j + 1] in tuple(_HASH_SIGNS) or text.startswith("://", j)
        if any(unicodedata.category(c)[0] in "LM" for c in body) and not glued:
            found.append(text[i:j])
        i = max(j, i + 1)
    return found


def mentions(text: str) -> list[str]:
    """The @-mentions in a text ("@handle": Latin letters, digits, '_' and inner dots)."""
    found: list[str] = []
    i = 0
    while i < len(text):
        if text[i] not in _AT_SIGNS or (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_@")):
            i += 1
            continue
        j = i + 1
        while j < len(text) and (text[j].isascii() and (text[j].isalnum() or text[j] in "_.")):
            j += 1
        handle = text[i + 1 : j].rstrip(".")
        if handle:
            found.append(text[i] + handle)
        i = max(i + 1 + len(handle), i + 1)
    return found


class CountUnit(StrEnum):
    """How a limit counts a text."""

    X_WEIGHTED = "x_weighted"
    CODE_POINTS = "code_points"


class TextPart(StrEnum):
    """Which of a post's texts a limit applies to."""

    BODY = "body"  # the post, caption or description
    TITLE = "title"  # a video's title (YouTube)


class LimitCode(StrEnum):
    """What is wrong with a text on a platform; the UI maps each to a translated message."""

    TOO_LONG = "too_long"
    TOO_MANY_HASHTAGS = "too_many_hashtags"
    TOO_MANY_MENTIONS = "too_many_mentions"
    FORBIDDEN_CHARACTERS = "forbidden_characters"


@dataclass(frozen=True)
class LimitIssue:
    """One broken limit: what, the allowed maximum, and the text's actual figure."""

    code: LimitCode
    limit: int
    actual: int


class SourceKind(StrEnum):
    """How firmly a limit is known."""

    DOCUMENTED = "documented"  # the platform's own help or developer documentation states it
    ANNOUNCED = "announced"  # the platform announced it (its own account, quoted by the press)
    REPORTED = "reported"  # only secondary reports: the platform publishes no figure


# The limits a row may set; each one it sets needs its own source.
LIMIT_FIELDS = ("max_length", "max_hashtags", "max_mentions", "forbidden")


@dataclass(frozen=True)
class LimitSource:
    """Where one limit comes from, when it was last checked, and, unless the platform
    documents it, why it is not settled."""

    field: str  # one of LIMIT_FIELDS
    source: str
    checked: dt.date
    kind: SourceKind
    why: str = ""


@dataclass(frozen=True)
class TextLimit:
    """One row of the limits table: a platform's documented limits for one part of a post."""

    platform: Platform
    part: TextPart
    max_length: int
    unit: CountUnit
    sources: tuple[LimitSource, ...]
    max_hashtags: int | None = None
    max_mentions: int | None = None
    forbidden: str = ""
    content_types: frozenset[ContentType] = frozenset()  # empty: every content type
    note: str = ""


@dataclass(frozen=True)
class LimitTable:
    """The documented limits of every platform."""

    limits: tuple[TextLimit, ...]

    def find(
        self,
        platform: Platform,
        part: TextPart = TextPart.BODY,
        content_type: ContentType | None = None,
    ) -> TextLimit | None:
        """The limit for a platform's part; one naming the content type wins over a general one."""
        general: TextLimit | None = None
        for limit in self.limits:
            if limit.platform is not platform or limit.part is not part:
                continue
            if not limit.content_types:
                general = general or limit
            elif content_type in limit.content_types:
                return limit
        return general


DEFAULT_LIMITS_PATH = resource("platform_limits.json")


def _source_from(field: str, entry: dict[str, Any]) -> LimitSource:
    """One limit's source from its JSON object: a source, a date, a kind, and a reason when
    the platform does not document the figure (raises ValueError on a missing one)."""
    source = LimitSource(
        field=field,
        source=str(entry["source"]).strip(),
        checked=dt.date.fromisoformat(entry["checked"]),
        kind=SourceKind(entry["kind"]),
        why=str(entry.get("why", "")).strip(),
    )
    if not source.source:
        raise ValueError(f"{field}: empty source")
    if source.kind is not SourceKind.DOCUMENTED and not source.why:
        raise ValueError(f"{field}: a {source.kind} limit must say why it is not documented")
    return source


def _limit_from(entry: dict[str, Any]) -> TextLimit:
    """One table row from its JSON object; every limit it sets must name its source."""
    given = [f for f in LIMIT_FIELDS if entry.get(f) not in (None, "")]
    sources: dict[str, Any] = entry["sources"]
    missing = [f for f in given if f not in sources]
    if missing:
        raise ValueError(f"{entry.get('platform')}: no source for {', '.join(missing)}")
    return TextLimit(
        platform=Platform(entry["platform"]),
        part=TextPart(entry.get("part", "body")),
        max_length=int(entry["max_length"]),
        unit=CountUnit(entry["unit"]),
        sources=tuple(_source_from(f, sources[f]) for f in given),
        max_hashtags=entry.get("max_hashtags"),
        max_mentions=entry.get("max_mentions"),
        forbidden=str(entry.get("forbidden", "")),
        content_types=frozenset(ContentType(c) for c in entry.get("content_types", [])),
        note=str(entry.get("note", "")),
    )


def load_limits(path: Path) -> LimitTable:
    """Read a limits table from a JSON file (raises ValueError/KeyError on a malformed one)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return LimitTable(tuple(_limit_from(e) for e in data["limits"]))


@cache
def default_limits() -> LimitTable:
    """The bundled table, `resources/platform_limits.json`, read once."""
    return load_limits(DEFAULT_LIMITS_PATH)


def measure(text: str, unit: CountUnit) -> int:
    """A text's length in a unit."""
    if unit is CountUnit.X_WEIGHTED:
        return x_weighted_length(text)
    return len(unicodedata.normalize("NFC", text))


def check(
    text: str,
    platform: Platform,
    content_type: ContentType | None = None,
    part: TextPart = TextPart.BODY,
    table: LimitTable | None = None,
) -> list[LimitIssue]:
    """Every limit the text breaks on a platform (empty when it fits, or no limit is known)."""
    limit = (table or default_limits()).find(platform, part, content_type)
    if limit is None:
        return []
    issues: list[LimitIssue] = []
    length = measure(text, limit.unit)
    if length > limit.max_length:
        issues.append(LimitIssue(LimitCode.TOO_LONG, limit.max_length, length))
    if limit.max_hashtags is not None:
        count = len(hashtags(text))
        if count > limit.max_hashtags:
            issues.append(LimitIssue(LimitCode.TOO_MANY_HASHTAGS, limit.max_hashtags, count))
    if limit.max_mentions is not None:
        count = len(mentions(text))
        if count > limit.max_mentions:
            issues.append(LimitIssue(LimitCode.TOO_MANY_MENTIONS, limit.max_mentions, count))
    forbidden = set(limit.forbidden)
    bad = sum(1 for ch in text if ch in forbidden)
    if limit.unit is CountUnit.X_WEIGHTED:
        bad += parse_post(text).invalid_characters  # only U+FFFE, U+FEFF, U+FFFF
    if bad:
        issues.append(LimitIssue(LimitCode.FORBIDDEN_CHARACTERS, 0, bad))
    return issues


def has_title(platform: Platform, table: LimitTable | None = None) -> bool:
    """Whether a platform's posts carry a title of their own (YouTube's video title)."""
    return (table or default_limits()).find(platform, TextPart.TITLE) is not None


def split_title(text: str) -> tuple[str, str]:
    """A titled post's title and description: its first line, and the lines after it.

    One text per platform holds both, as an officer drafts a video in a document or a
    spreadsheet cell: the first line that is not blank is the title, the rest (blank lines
    before it dropped) the description. A one-line text is a title with no description.
    """
    first, _, rest = text.strip().partition("\n")
    return first.strip(), rest.lstrip("\n").rstrip()


def text_parts(
    text: str, platform: Platform, table: LimitTable | None = None
) -> dict[TextPart, str]:
    """The parts a platform publishes from a post's text: its body, and a title if it has one."""
    if not has_title(platform, table):
        return {TextPart.BODY: text}
    title, description = split_title(text)
    return {TextPart.TITLE: title, TextPart.BODY: description}


def check_parts(
    text: str,
    platform: Platform,
    content_type: ContentType | None = None,
    table: LimitTable | None = None,
) -> dict[TextPart, list[LimitIssue]]:
    """Every limit each part of a post's text breaks on a platform (title and body apart)."""
    return {
        part: check(value, platform, content_type, part, table)
        for part, value in text_parts(text, platform, table).items()
    }


def remaining(
    text: str,
    platform: Platform,
    content_type: ContentType | None = None,
    part: TextPart = TextPart.BODY,
    table: LimitTable | None = None,
) -> int | None:
    """How many units are left before the limit (negative past it), or None if none is known."""
    limit = (table or default_limits()).find(platform, part, content_type)
    if limit is None:
        return None
    return limit.max_length - measure(text, limit.unit)
