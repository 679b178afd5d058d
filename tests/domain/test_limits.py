"""X's weighted length, hashtags, mentions and the per-platform limit check."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner.domain.emoji import emoji_spans
from planner.domain.limits import (
    LimitCode,
    LimitIssue,
    TextPart,
    check,
    hashtags,
    mentions,
    remaining,
    weighted_length,
    x_weighted_length,
)
from planner.domain.model import Platform
from planner.domain.urls import url_spans

X = Platform.X
ZWJ = "\u200d"
FAMILY = f"👨{ZWJ}👩{ZWJ}👧{ZWJ}👦"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("Hello", 5),
        ("مرحبا", 5),  # Arabic letters weigh 1
        ("بلدية مسقط", 10),
        ("بَلَدِيَّةُ مَسْقَط", 19),  # each diacritic is a code point of weight 1
        ("\u0627\u0654", 1),  # alef + hamza above composes (NFC) into أ
        ("٠١٢٣٤٥٦٧٨٩", 10),  # Arabic-Indic digits U+0660-0669 lie in 0000-10FF
        ("۰۱۲", 3),  # Extended Arabic-Indic digits too
        ("2026", 4),
        ("،؛؟", 3),  # Arabic comma, semicolon, question mark
        ("ـ", 1),  # tatweel
        ("ﷺ", 2),  # U+FDFA (presentation forms) is outside the weight-1 ranges
        ("\u200f", 2),  # RLM is outside 2000-200D
        ("\u200c\u200d", 2),  # ZWNJ and ZWJ alone weigh 1 each
        ("“مرحبا”", 7),  # U+201C/201D weigh 1
        ("…", 2),  # U+2026 is outside the ranges
        ("故人西辞", 8),  # CJK weighs 2
        ("the故人", 7),
        ("😀", 2),
        ("😷👾😡🔥💩", 10),
        ("☺", 2),
        ("❤", 2),
        ("❤️", 2),  # heart + VS16: one emoji
        ("👋🏽", 2),  # skin tone: one emoji
        ("🙋🏽👨\u200d🎤", 4),  # twitter-text conformance
        (FAMILY, 2),  # ZWJ family of 7 code points: one emoji
        ("H🐱☺" + FAMILY, 7),  # twitter-text conformance (v3)
        ("🏳️‍🌈", 2),
        ("❤️‍🔥", 2),
        ("🇴🇲", 2),  # a flag is one emoji
        ("🇴🇲🇸🇦", 4),
        ("🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", 2),  # England
        ("1️⃣", 2),  # keycap
        ("#️⃣", 2),
        ("1\u20e3", 2),  # keycap without VS16
        ("©", 1),  # copyright alone is text (U+00A9, weight 1)
        ("©️", 2),  # with VS16 it is an emoji
        ("❤\ufe0e", 4),  # text presentation: not an emoji
        ("ÁB", 2),  # twitter-text conformance: NFC
        ("Aשּׁ", 4),  # twitter-text conformance
        ("Hi http://test.co", 26),  # twitter-text conformance
        ("http://test.co", 23),
        ("https://mm.gov.om/ar", 23),
        ("https://www.example.com/a/very/long/path/that/is/much/longer/than/23", 23),
        ("زوروا https://mm.gov.om/ar للمزيد", 6 + 23 + 7),
        ("زوروا mm.gov.om للمزيد", 6 + 23 + 7),  # bare domain with a path-less subdomain
        ("التفاصيل: example.com/x", 10 + 23),
        ("example.com", 23),
        ("example.om", 23),  # twitter-text v3 finds a bare name.cc too (extract.yml)
        ("example.om/x", 23),
        ("www.mm.gov.om", 23),
        ("t.co", 23),
        ("info@mm.gov.om", 14),  # an e-mail address is not a link
        ("https://mm.gov.om/ar/الخدمات", 23 + 7),  # Arabic path letters count as text
        ("https://mm.gov.om/ar.", 24),  # trailing full stop is not part of the link
        ("(https://mm.gov.om)", 25),
        ("https://mm.gov.om https://mm.gov.om", 47),
        ("الموقع:https://mm.gov.om", 7 + 23),
        ("1.5 و 3.14", 10),  # decimals are not links
        ("randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", 68),
        ("ftp://example.com", 17),  # only http(s); a bare domain may not follow "/"
        ("https://موقع.عمان/ar", 23),
        ("مسقط أجمل بنظافتها #مسقط_أجمل", 29),
        ("#Oman2040 🇴🇲 https://mm.gov.om", 10 + 2 + 1 + 23),
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    """X counts each case as twitter-text v3 does."""
    assert weighted_length(text, X) == expected


def test_general_punctuation_conformance() -> None:
    """twitter-text's general-punctuation case (v3, no ZWJ/ZWNJ) weighs 110."""
    text = (
        "This is a tweet with general punctuation characters: "
        "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
        " ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷"
    )
    assert weighted_length(text, X) == 110


def test_ten_urls_conformance() -> None:
    """Ten long links and their spaces weigh 10 × 23 + 10 (twitter-text conformance)."""
    assert weighted_length("https://www.twitter.com/aloha " * 10, X) == 240


def test_long_conformance_with_url_in_the_middle() -> None:
    """twitter-text's 'url in the middle' case weighs 299."""
    text = "285 chars- http://www.twitter.com/jack " + "xxxxxxxxxx-" * 24
    assert weighted_length(text, X) == 299


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("a" * 280, True),
        ("a" * 281, False),
        ("م" * 280, True),
        ("م" * 281, False),
        ("😀" * 140, True),
        ("😀" * 141, False),
        ("中" * 140, True),
        ("中" * 139 + "ab", True),
        ("中" * 140 + "a", False),
        ("a" * 257 + " https://mm.gov.om/" + "x" * 40, False),
        ("a" * 256 + " https://mm.gov.om/" + "x" * 40, True),
    ],
)
def test_x_280_boundary(text: str, fits: bool) -> None:
    """A post of weight 280 fits X; one unit more is too long."""
    issues = check(text, X)
    assert (issues == []) is fits
    if not fits:
        assert issues[0].code is LimitCode.TOO_LONG
        assert issues[0].limit == 280
        assert issues[0].actual == x_weighted_length(text)


def test_other_platforms_count_code_points() -> None:
    """Platforms other than X count NFC code points: an emoji family is 7, a link its length."""
    assert weighted_length(FAMILY, Platform.INSTAGRAM) == 7
    assert weighted_length("https://mm.gov.om/ar", Platform.FACEBOOK) == 20
    assert weighted_length("\u0627\u0654", Platform.LINKEDIN) == 1
    assert weighted_length("中文", Platform.TIKTOK) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مسقط أجمل بنظافتها #مسقط_أجمل", ["#مسقط_أجمل"]),
        ("#Oman2040 #رؤية_عمان_2040", ["#Oman2040", "#رؤية_عمان_2040"]),
        ("#مسقط، #عمان.", ["#مسقط", "#عمان"]),  # Arabic comma and full stop end a hashtag
        ("#بلدية_مسقط!", ["#بلدية_مسقط"]),
        ("#2040", []),  # digits only
        ("#٢٠٤٠_عمان", ["#٢٠٤٠_عمان"]),  # Arabic-Indic digits with letters
        ("#صحتك_تهمنا🌿", ["#صحتك_تهمنا"]),  # an emoji ends it
        ("#نَظَافَة", ["#نَظَافَة"]),  # diacritics are part of it
        ("و#مسقط", []),  # glued to a word
        ("a#b", []),
        ("&#39;", []),
        ("#a#b", []),  # followed at once by another '#'
        ("#️⃣", []),  # a keycap is not a hashtag
        ("＃مسقط", ["＃مسقط"]),  # full-width sign
        ("https://mm.gov.om/#news", []),  # inside a link
        ("#x #x", ["#x", "#x"]),  # repeats kept
        ("", []),
        ("#", []),
        ("# مسقط", []),
    ],
)
def test_hashtags(text: str, expected: list[str]) -> None:
    """Hashtags in Arabic and Latin are found whole, and only real ones."""
    assert hashtags(text) == expected


def test_mentions() -> None:
    """@handles are found; e-mail addresses are not mentions."""
    text = "شكرًا @MuscatMunicipality و @oman.gov. راسلونا info@mm.gov.om @"
    assert mentions(text) == ["@MuscatMunicipality", "@oman.gov"]


@pytest.mark.parametrize(
    ("platform", "limit"),
    [
        (Platform.INSTAGRAM, 2200),
        (Platform.FACEBOOK, 63206),
        (Platform.LINKEDIN, 3000),
        (Platform.TIKTOK, 4000),
        (Platform.YOUTUBE, 5000),
        (Platform.SNAPCHAT, 250),
        (Platform.WHATSAPP, 1024),
    ],
)
def test_code_point_limits(platform: Platform, limit: int) -> None:
    """At the limit a text fits; one Arabic letter more is too long."""
    assert check("م" * limit, platform) == []
    assert check("م" * (limit + 1), platform) == [LimitIssue(LimitCode.TOO_LONG, limit, limit + 1)]
    assert remaining("م" * limit, platform) == 0


def test_youtube_title_refuses_angle_brackets() -> None:
    """A YouTube title of 101 characters with '<' breaks two rules."""
    issues = check("<" + "ع" * 100, Platform.YOUTUBE, part=TextPart.TITLE)
    assert [i.code for i in issues] == [LimitCode.TOO_LONG, LimitCode.FORBIDDEN_CHARACTERS]


def test_x_allows_directional_marks() -> None:
    """X refuses only U+FFFE, U+FEFF and U+FFFF; directional marks (here RLO and RLM) pass."""
    assert check("مرحبا\u202e", X) == []
    assert check("مرحبا\u200f", X) == []
    assert check("مرحبا\ufeff", X) == [LimitIssue(LimitCode.FORBIDDEN_CHARACTERS, 0, 1)]


# Characters that never form a link or join into an emoji sequence: no '.', no joiners,
# no variation selectors, keycap, tags or regional indicators.
_PLAIN = st.characters(
    exclude_categories=("Cs", "Mn", "Mc", "Me"),
    exclude_characters=".\u200d\ufe0e\ufe0f\u20e3",
).filter(
    lambda c: (
        not (
            0x1F1E6 <= ord(c) <= 0x1F1FF
            or 0xE0000 <= ord(c) <= 0xE007F
            or 0x1F3FB <= ord(c) <= 0x1F3FF
        )
    )
)
_NO_DOT = st.characters(exclude_categories=("Cs",), exclude_characters=".")


@given(st.text())
def test_length_is_never_negative(text: str) -> None:
    """Every platform's length of any text is ≥ 0."""
    for platform in Platform:
        assert weighted_length(text, platform) >= 0


@given(st.text(_PLAIN), st.characters(exclude_categories=("Cs",)))
def test_adding_a_char_never_decreases(text: str, char: str) -> None:
    """Appending a character never makes a text shorter."""
    assert weighted_length(text + char, X) >= weighted_length(text, X)
    assert weighted_length(text + char, Platform.INSTAGRAM) >= weighted_length(
        text, Platform.INSTAGRAM
    )


@given(st.text(_PLAIN), st.text(_PLAIN))
def test_concatenation_is_additive(a: str, b: str) -> None:
    """Without links, joiners or combining marks, lengths add up exactly."""
    assert weighted_length(a + b, X) == weighted_length(a, X) + weighted_length(b, X)


@given(st.text(_NO_DOT), st.text(_NO_DOT))
def test_concatenation_is_subadditive(a: str, b: str) -> None:
    """Without links, joining two texts never costs more than both apart (joins merge)."""
    assert weighted_length(a + b, X) <= weighted_length(a, X) + weighted_length(b, X)


def test_x_is_not_monotonic_where_sequences_join() -> None:
    """X's own rules: completing an emoji or a link can shorten a text (documented)."""
    assert weighted_length("👨\u200d", X) == 3
    assert weighted_length("👨\u200d👩", X) == 2
    assert weighted_length("a" * 30 + ".c", X) == 32
    assert weighted_length("a" * 30 + ".co", X) == 23


def test_url_spans_cover_exactly_the_link() -> None:
    """The link recogniser returns each link's exact extent, leaving punctuation outside."""
    text = "زوروا (https://mm.gov.om/ar/news?id=5)، أو mm.gov.om/ar. وشكرًا"
    found = [text[s.start : s.end] for s in url_spans(text)]
    assert found == ["https://mm.gov.om/ar/news?id=5", "mm.gov.om/ar"]


def test_emoji_spans_group_sequences() -> None:
    """Families, flags, keycaps and skin tones are one span each; © alone is none."""
    text = f"{FAMILY}🇴🇲1️⃣👋🏽©"
    spans = [text[s.start : s.end] for s in emoji_spans(text)]
    assert spans == [FAMILY, "🇴🇲", "1️⃣", "👋🏽"]


def test_long_texts_are_counted_quickly() -> None:
    """Pathological pastes (long runs of letters, dots, brackets) are counted in linear time."""
    texts = ["a" * 20000, "a." * 5000, "https://x.com/" + "(" * 5000, "a-" * 5000]
    start = time.perf_counter()
    for text in texts:
        weighted_length(text, X)
        hashtags(text)
    assert time.perf_counter() - start < 2.0
