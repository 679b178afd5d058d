"""X's count of a post, as twitter-text's parseTweet computes it (configurations v1–v3)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from planner.domain.emoji import emoji_spans
from planner.domain.urls import INVALID_CHARS, url_spans


@dataclass(frozen=True)
class WeightedRange:
    """Code points [start, end] that weigh `weight` (on X's scale) instead of the default."""

    start: int
    end: int
    weight: int


@dataclass(frozen=True)
class TwitterTextConfig:
    """A twitter-text configuration (the format of its config/v*.json files)."""

    max_weighted_length: int
    scale: int
    default_weight: int
    transformed_url_length: int
    emoji_parsing: bool
    ranges: tuple[WeightedRange, ...]


# twitter-text's config/v*.json (https://github.com/twitter/twitter-text/tree/master/config).
# v3 is X's count today: Latin, Arabic and the other scripts up to U+10FF, and some general
# punctuation weigh 1; everything else (CJK, other symbols, directional marks) 2; an
# emoji sequence 2 and a link 23 whatever their lengths. v1 and v2 are kept for the
# conformance tests, which are written for them.
_V2_RANGES = (
    WeightedRange(0x0000, 0x10FF, 100),
    WeightedRange(0x2000, 0x200D, 100),
    WeightedRange(0x2010, 0x201F, 100),
    WeightedRange(0x2032, 0x2037, 100),
)
TWITTER_TEXT_V1 = TwitterTextConfig(140, 1, 1, 23, False, ())
TWITTER_TEXT_V2 = TwitterTextConfig(280, 100, 200, 23, False, _V2_RANGES)
TWITTER_TEXT_V3 = TwitterTextConfig(280, 100, 200, 23, True, _V2_RANGES)

# Characters that make X refuse a post (twitter-text's invalidCharsGroup): only these
# three; directional marks (U+202A–U+202E, U+2066–U+2069, LRM, RLM, ALM) are allowed.
X_INVALID = frozenset(ord(c) for c in INVALID_CHARS)


@dataclass(frozen=True)
class ParsedPost:
    """What twitter-text's parseTweet says of a text: its weighted length, whether X accepts
    it, and how many refused characters it holds."""

    weighted_length: int
    valid: bool
    invalid_characters: int


def _char_weight(cp: int, config: TwitterTextConfig) -> int:
    """One code point's weight on the configuration's scale."""
    for r in config.ranges:
        if r.start <= cp <= r.end:
            return r.weight
    return config.default_weight


def parse_post(text: str, config: TwitterTextConfig = TWITTER_TEXT_V3) -> ParsedPost:
    """twitter-text's parseTweet: the text is NFC-normalised; each link counts
    `transformed_url_length`, each emoji sequence (when the configuration parses them) the
    default weight once, every other code point the weight of its range. A post is valid
    when it holds none of U+FFFE, U+FEFF, U+FFFF and weighs more than 0 and at most the
    maximum."""
    text = unicodedata.normalize("NFC", text)
    urls = {s.start: s.end for s in url_spans(text)}
    emoji = {s.start: s.end for s in emoji_spans(text)} if config.emoji_parsing else {}
    total = 0
    invalid = 0
    i = 0
    while i < len(text):
        if i in urls:
            total += config.transformed_url_length * config.scale
            i = urls[i]
        elif i in emoji:
            total += config.default_weight
            i = emoji[i]
        else:
            cp = ord(text[i])
            total += _char_weight(cp, config)
            invalid += cp in X_INVALID
            i += 1
    length = total // config.scale
    valid = invalid == 0 and 0 < length <= config.max_weighted_length
    return ParsedPost(length, valid, invalid)


def x_weighted_length(text: str, config: TwitterTextConfig = TWITTER_TEXT_V3) -> int:
    """X's weighted length of a post (see `parse_post`)."""
    return parse_post(text, config).weighted_length
