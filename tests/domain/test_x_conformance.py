"""X's counter against twitter-text's published conformance data (tests/data/twitter-text/)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.limits import LimitCode, check, hashtags, mentions
from planner.domain.model import Platform
from planner.domain.urls import reference_url_spans, url_spans
from planner.domain.xtext import (
    TWITTER_TEXT_V1,
    TWITTER_TEXT_V2,
    TWITTER_TEXT_V3,
    TwitterTextConfig,
    parse_post,
)
from planner.domain.xvalidate import is_valid_list, is_valid_url
from planner.paths import resource

DATA = Path(__file__).resolve().parents[1] / "data" / "twitter-text"


@cache
def _load(name: str) -> Any:
    """A conformance file, parsed once (with libyaml's loader when PyYAML has it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=loader)


def _cases(name: str, section: str) -> list[Any]:
    return [pytest.param(c, id=c["description"][:60]) for c in _load(name)["tests"][section]]


# validate.yml's sections that count and judge a whole post, with the configuration
# twitter-text's own conformance tests give each (rb/test/conformance_test.rb).
COUNTER_SECTIONS = {
    "WeightedTweetsCounterTest": TWITTER_TEXT_V2,
    "WeightedTweetsWithDiscountedEmojiCounterTest": TWITTER_TEXT_V3,
    "UnicodeDirectionalMarkerCounterTest": TWITTER_TEXT_V3,
}
COUNTER_CASES = [
    pytest.param(config, *case.values, id=f"{section}: {case.id}")
    for section, config in COUNTER_SECTIONS.items()
    for case in _cases("validate.yml", section)
]


@pytest.mark.parametrize(("config", "case"), COUNTER_CASES)
def test_weighted_length_and_validity(config: TwitterTextConfig, case: dict[str, Any]) -> None:
    """Every case of validate.yml's counter sections: weighted length, valid, permillage."""
    parsed = parse_post(case["text"], config)
    expected = case["expected"]
    assert parsed.weighted_length == expected["weightedLength"]
    assert parsed.valid is expected["valid"]
    assert parsed.weighted_length * 1000 // config.max_weighted_length == expected["permillage"]


@pytest.mark.parametrize("case", _cases("validate.yml", "tweets"))
def test_tweet_validity(case: dict[str, Any]) -> None:
    """validate.yml's `tweets` section: valid or not under the 140-character v1 rules it was
    written for (twitter-text's deprecated isValidTweetText)."""
    assert parse_post(case["text"], TWITTER_TEXT_V1).valid is case["expected"]


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in url_spans(text)]


@pytest.mark.parametrize("case", _cases("extract.yml", "urls"))
def test_extract_urls(case: dict[str, Any]) -> None:
    """extract.yml's link cases: the links X replaces with t.co links are the ones found."""
    assert _found(case["text"]) == case["expected"]


@pytest.mark.parametrize(
    "case",
    [
        *_cases("extract.yml", "urls_with_indices"),
        *_cases("extract.yml", "urls_with_directional_markers"),
        *_cases("extract.yml", "tco_urls_with_params"),
    ],
)
def test_extract_urls_with_indices(case: dict[str, Any]) -> None:
    """extract.yml's links with their code point indices."""
    text = case["text"]
    expected = case["expected"]
    if expected and isinstance(expected[0], str):
        assert _found(text) == expected
        return
    assert [(text[s.start : s.end], [s.start, s.end]) for s in url_spans(text)] == [
        (e["url"], e["indices"]) for e in expected
    ]


TLD_CASES = [*_cases("tlds.yml", "country"), *_cases("tlds.yml", "generic")]


@pytest.mark.parametrize("case", TLD_CASES)
def test_every_tld(case: dict[str, Any]) -> None:
    """tlds.yml: a link under each of twitter-text's 1,574 TLDs is found whole."""
    assert _found(case["text"]) == case["expected"]


def test_bundled_tld_list_is_twitter_texts() -> None:
    """resources/twitter-text/tlds.json holds tld_lib.yml's lists unchanged, with its source."""
    bundled = json.loads(resource("twitter-text", "tlds.json").read_text(encoding="utf-8"))
    published = _load("tld_lib.yml")
    assert bundled["generic"] == published["generic"]
    assert bundled["country"] == published["country"]
    assert "30e2430d90cff3b46393ea54caf511441983c260" in bundled["source"]
    assert "Apache" in resource("twitter-text", "LICENSE").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("config", "path"), [(TWITTER_TEXT_V1, "v1"), (TWITTER_TEXT_V2, "v2"), (TWITTER_TEXT_V3, "v3")]
)
def test_configurations_are_twitter_texts(config: TwitterTextConfig, path: str) -> None:
    """The weights are those of twitter-text's config/v1–v3.json."""
    data = json.loads((DATA / f"{path}.json").read_text(encoding="utf-8"))
    assert config.max_weighted_length == data["maxWeightedTweetLength"]
    assert config.scale == data["scale"]
    assert config.default_weight == data["defaultWeight"]
    assert config.transformed_url_length == data["transformedURLLength"]
    assert config.emoji_parsing is data.get("emojiParsingEnabled", False)
    assert [(r.start, r.end, r.weight) for r in config.ranges] == [
        (r["start"], r["end"], r["weight"]) for r in data["ranges"]
    ]


LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"


@pytest.mark.parametrize(
    ("text", "length"),
    [
        (LRE + "http://foobar.com", 25),  # the issue's case: a mark, then a link
        (RLE + "زوروا موقعنا" + PDF, 2 + 12 + 2),  # marks weigh 2 (outside v3's ranges)
        (RLO + "مسقط" + PDF, 2 + 4 + 2),
        (LRI + "@MuscatMun" + PDI + " تابعونا", 2 + 10 + 2 + 8),
        (RLI + "https://mm.gov.om/ar" + PDI, 2 + 23 + 2),
        (FSI + "mm.gov.om" + PDI, 2 + 23 + 2),
        (RLM + "https://mm.gov.om", 2 + 23),  # RLM (U+200F) lies outside 2000–200D
        (LRM + "mm.gov.om/ar", 2 + 23),
        (ALM + "https://mm.gov.om", 1 + 23),  # ALM (U+061C) lies in 0000–10FF
        ("زوروا https://موقع.عمان/خدمات", 6 + 23 + 5),  # Arabic IDN domain; Arabic path is text
        ("https://بلدية.عمان", 23),
        ("https://www.بلدية-مسقط.عمان/ar", 23),
        ("http://foobar.پاکستان/", 23),
        ("https://example.السعودية", 23),
        ("https://example.امارات/", 23),
        ("https://موقع.شبكة", 23),  # an Arabic generic TLD
        ("https://xn--mgbaam7a8h.xn--mgb9awbf/", 23),  # punycode domain
        ("موقع.عمان", 9),  # without a scheme only ASCII domains are links
        ("تفضلوا mm.gov.om", 7 + 23),
        ("الرابط:" + RLM + "mm.gov.om", 7 + 2 + 23),
        (LRE + "http://foobar.com" + PDF + " و" + LRE + "https://mm.gov.om" + PDF, 27 + 2 + 27),
    ],
)
def test_arabic_with_marks_links_and_idn(text: str, length: int) -> None:
    """Arabic posts with directional marks, links and Arabic domains: counted, and accepted."""
    parsed = parse_post(text)
    assert parsed.weighted_length == length
    assert parsed.valid
    assert not [i for i in check(text, Platform.X) if i.code is LimitCode.FORBIDDEN_CHARACTERS]


@pytest.mark.parametrize("mark", [*"\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"])
def test_no_directional_mark_is_forbidden(mark: str) -> None:
    """Every directional mark is allowed on X (only U+FFFE, U+FEFF, U+FFFF are refused)."""
    assert check(f"بلدية {mark}مسقط", Platform.X) == []


@pytest.mark.parametrize("bad", ["\ufffe", "\ufeff", "\uffff"])
def test_the_three_refused_characters(bad: str) -> None:
    """U+FFFE, U+FEFF and U+FFFF make a post invalid, and the composer says so."""
    assert not parse_post(f"مسقط{bad}").valid
    issues = check(f"مسقط{bad}{bad}", Platform.X)
    assert [(i.code, i.actual) for i in issues] == [(LimitCode.FORBIDDEN_CHARACTERS, 2)]


# Texts made of the characters that decide links: letters, digits, the punctuation of
# domains, paths and queries, spaces, directional marks, Arabic and a few TLD fragments.
_PIECES = st.sampled_from(
    [
        *"ab.-_/:?=#@$()&!,'1 \u202a\u200fمع",
        "http://",
        "https://",
        ".com",
        ".om",
        ".عمان",
        ".co",
        "t.co/",
        "xn--",
        ".jp",
        "日",
        "é",
        "К",
        "\ufffe",
        "\u3000",
        "..",
        "www.",
        ".vermögensberatung",
        ".COM",
        ":8080",
        "?q=1",
        "/x)",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_fast_finder_equals_twitter_texts_regex(text: str) -> None:
    """The linear-time link finder finds what twitter-text's extractUrl regex finds."""
    assert url_spans(text) == reference_url_spans(text)


@pytest.mark.parametrize("case", _cases("validate.yml", "hashtags"))
def test_hashtag_validity(case: dict[str, Any]) -> None:
    """validate.yml's `hashtags`: a text is a valid hashtag when our finder finds it whole
    (twitter-text's isValidHashtag), in Latin, Cyrillic or Hangul, never digits alone."""
    assert (hashtags(case["text"]) == [case["text"]]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "usernames"))
def test_username_validity(case: dict[str, Any]) -> None:
    """validate.yml's `usernames`: valid when our finder finds the mention whole."""
    assert (mentions(case["text"]) == [case["text"]]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls_without_protocol"))
def test_urls_without_protocol_are_links(case: dict[str, Any]) -> None:
    """validate.yml's `urls_without_protocol` (all valid): each is found whole as a link."""
    assert case["expected"] is True
    assert _found(case["text"]) == [case["text"]]


@pytest.mark.parametrize("case", _cases("validate.yml", "lists"))
def test_list_validity(case: dict[str, Any]) -> None:
    """validate.yml's `lists`: "@account/list" and nothing else."""
    assert is_valid_list(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls"))
def test_url_validity(case: dict[str, Any]) -> None:
    """validate.yml's `urls`: http(s) URLs whose parts follow RFC 3986, Unicode domains too."""
    assert is_valid_url(case["text"]) is case["expected"]


@pytest.mark.parametrize("case", _cases("validate.yml", "urls_without_protocol"))
def test_url_validity_without_protocol(case: dict[str, Any]) -> None:
    """validate.yml's `urls_without_protocol`, as twitter-text checks them (no scheme needed)."""
    assert is_valid_url(case["text"], require_protocol=False) is case["expected"]
