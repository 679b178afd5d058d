"""Find the links in a post's text exactly as X's open twitter-text (v3) extractor does."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from planner.paths import resource

# The character classes of twitter-text's js/src/regexp/*.js (v3.1.0), rewritten for Python.
INVALID_CHARS = "\ufffe\ufeff\uffff"  # invalidCharsGroup: what makes X refuse a post
# directionalMarkersGroup: LRE RLE PDF LRO RLO, ALM, LRM RLM, LRI RLI FSI PDI. Allowed in a
# post (Arabic text copied from Word or WhatsApp carries them) and never part of a domain.
DIRECTIONAL_MARKS = "\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"
_SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PUNCT = r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$"
_LATIN_ACCENTS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259"
    "\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = "\u0400-\u04ff"

_PRECEDING = rf"(?:[^A-Za-z0-9@＠$#＃{INVALID_CHARS}]|[{DIRECTIONAL_MARKS}]|^)"
_DOMAIN_CHAR = f"[^{_PUNCT}{_SPACES}{INVALID_CHARS}{DIRECTIONAL_MARKS}]"
_SUBDOMAIN = rf"(?:(?:{_DOMAIN_CHAR}(?:[_-]|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\.)"
_DOMAIN_NAME = rf"(?:(?:{_DOMAIN_CHAR}(?:-|{_DOMAIN_CHAR})*)?{_DOMAIN_CHAR}\.)"
_PUNYCODE = r"(?:xn--[\-0-9a-z]+)"
_TLD_END = r"(?=[^0-9a-zA-Z@+-]|$)"
_PATH_CHAR = rf"[a-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN_ACCENTS}]"
_PARENS = rf"\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*))\)"
_PATH_END = rf"(?:[+\-a-z{_CYRILLIC}0-9=_#/{_LATIN_ACCENTS}]|(?:{_PARENS}))"
_PATH = rf"(?:(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END})|(?:@{_PATH_CHAR}+/))"
_QUERY_CHAR = r"[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
_QUERY_END = r"[a-z0-9\-_&=#/]"
_WITHOUT_PROTOCOL_BAD_BEFORE = re.compile(r"[-_./]$")

MAX_URL_LENGTH = 4096  # twitter-text refuses longer links (after punycode)
MAX_LABEL = 63  # and any domain label longer than DNS allows, once punycoded
MAX_TCO_SLUG = 40


@dataclass(frozen=True)
class TopLevelDomains:
    """The TLDs twitter-text knows (resources/twitter-text/tlds.json, from its tld_lib.yml)."""

    generic: tuple[str, ...]
    country: tuple[str, ...]


@cache
def top_level_domains() -> TopLevelDomains:
    """The bundled TLD list, read once."""
    data = json.loads(resource("twitter-text", "tlds.json").read_text(encoding="utf-8"))
    return TopLevelDomains(tuple(data["generic"]), tuple(data["country"]))


def _alternation(words: tuple[str, ...]) -> str:
    """A regex matching any of the words, the longest first (twitter-text lists them in
    reverse order, which tries a longer TLD before its prefix: the same match)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


class _TldSet:
    """One of twitter-text's TLD alternations, matched by lookup instead of by regex."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = frozenset(w.lower() for w in words)
        self.lengths = sorted({len(w) for w in words}, reverse=True)
        # TLDs that start with an ASCII letter but are not all ASCII (vermögensberatung)
        self.mixed = sorted(
            {len(w) for w in words if w[0] in _ASCII_ALNUM and not set(w) <= _ASCII_ALNUM},
            reverse=True,
        )

    def match(self, text: str, at: int) -> int:
        """The length of the longest TLD at text[at:] followed by what `_TLD_END` allows
        (twitter-text tries the longer of two TLDs first), or 0."""
        if at < len(text) and text[at] in _ASCII_ALNUM:
            # An ASCII TLD may not be followed by an ASCII letter or digit: it is the whole
            # run of them (one lookup, so a long run of dotted labels stays linear).
            size = self._longest(text, at, self.mixed)
            if size:
                return size
            end = at
            while end < len(text) and text[end] in _ASCII_ALNUM:
                end += 1
            if end < len(text) and text[end] in "@+-":
                return 0
            return end - at if text[at:end].lower() in self.words else 0
        return self._longest(text, at, self.lengths)

    def _longest(self, text: str, at: int, lengths: list[int]) -> int:
        """The longest TLD of one of these lengths at text[at:], with `_TLD_END` after it."""
        for size in lengths:
            end = at + size
            if end > len(text):
                continue
            if end < len(text) and _TLD_FORBIDDEN_AFTER.match(text, end):
                continue
            if text[at:end].lower() in self.words:
                return size
        return 0


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_TLD_FORBIDDEN_AFTER = re.compile("[0-9a-zA-Z@+-]")


@dataclass(frozen=True)
class _Patterns:
    generic: _TldSet
    country: _TldSet
    extract: str  # twitter-text's extractUrl, literally (the reference the tests check against)
    tail: re.Pattern[str]  # what may follow a domain: port, path, query
    ascii_domain: re.Pattern[str]
    tco: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """twitter-text's extractUrl, validAsciiDomain and validTcoUrl, built on the TLD list."""
    tlds = top_level_domains()
    gtld = rf"(?:(?:{_alternation(tlds.generic)}){_TLD_END})"
    cctld = rf"(?:(?:{_alternation(tlds.country)}){_TLD_END})"
    domain = rf"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}(?:{gtld}|{cctld}|{_PUNYCODE}))"
    tail = rf"(?::(?P<port>[0-9]+))?(?P<path>/{_PATH}*)?(?P<query>\?{_QUERY_CHAR}*{_QUERY_END})?"
    extract = (
        rf"(?P<before>{_PRECEDING})(?P<url>(?P<protocol>https?://)?(?P<domain>{domain}){tail})"
    )
    ascii_domain = rf"(?:(?:[\-a-z0-9{_LATIN_ACCENTS}]+)\.)+(?:{gtld}|{cctld}|{_PUNYCODE})"
    tco = rf"^https?://t\.co/([a-z0-9]+)(?:\?{_QUERY_CHAR}*{_QUERY_END})?"
    # JavaScript's /i folds a non-ASCII letter only to a non-ASCII one (the Kelvin sign is
    # not a 'k'); re.ASCII does the same for the ASCII classes of the path and query.
    ascii_case = re.IGNORECASE | re.ASCII
    return _Patterns(
        _TldSet(tlds.generic),
        _TldSet(tlds.country),
        extract,
        re.compile(tail, ascii_case),
        re.compile(ascii_domain, re.IGNORECASE),
        re.compile(tco, ascii_case),
    )


@dataclass(frozen=True)
class UrlSpan:
    """One link in a text: the code point indices [start, end)."""

    start: int
    end: int


def _punycode_ok(domain: str) -> int | None:
    """The domain's length once punycoded, or None when a label is empty or over 63
    (twitter-text's idna.toAscii)."""
    if domain[:4] == "xn--" and not _patterns().ascii_domain.search(domain):
        return None
    total = 0
    for label in domain.split("."):
        size = len(label) if label.isascii() else len("xn--") + len(label.encode("punycode"))
        if not 1 <= size <= MAX_LABEL:
            return None
        total += size
    return total + domain.count(".")


def _url_ok(url: str, protocol: str, domain: str) -> bool:
    """twitter-text's isValidUrl: the domain punycodes, and the link is at most 4,096 long."""
    ascii_length = _punycode_ok(domain)
    if ascii_length is None:
        return False
    return len(protocol or "https://") + len(url) - len(domain) + ascii_length <= MAX_URL_LENGTH


@dataclass(frozen=True)
class _Match:
    """One match of twitter-text's extractUrl regex: its groups that the extractor reads."""

    before: str
    start: int
    end: int
    protocol: str
    domain: str
    has_path: bool


def _expand(ranges: str) -> frozenset[str]:
    """The characters of a regex class body made of single characters and a-b ranges."""
    chars: set[str] = set()
    i = 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            chars.update(chr(c) for c in range(ord(ranges[i]), ord(ranges[i + 2]) + 1))
            i += 3
        else:
            chars.add(ranges[i])
            i += 1
    return frozenset(chars)


_NOT_DOMAIN = (
    frozenset("!'#%&()*+,\\-./:;<=>?@[]^_{|}~$")
    | _expand(_SPACES)
    | frozenset(INVALID_CHARS)
    | _expand(DIRECTIONAL_MARKS)
)
_NOT_BEFORE = frozenset("@＠$#＃" + INVALID_CHARS) | _expand("A-Za-z0-9")
_PROTOCOL = re.compile(r"https?://", re.IGNORECASE)
_PUNYCODE_AT = re.compile(_PUNYCODE, re.IGNORECASE)


class _Finder:
    """twitter-text's extractUrl regex, run in linear time.

    The regex backtracks over a domain's labels to find its TLD, which takes quadratic time
    on a long run of dotted labels; this finder computes the same match (the longest chain
    of labels whose last one is followed by a listed TLD) with each label looked at once.
    """

    def __init__(self, text: str, patterns: _Patterns) -> None:
        self.text = text
        self.patterns = patterns
        n = len(text)
        self.run_end = list(range(n + 1))  # end of the run of label characters from p
        self.next_underscore = [n] * (n + 1)
        for i in range(n - 1, -1, -1):
            ch = text[i]
            if ch not in _NOT_DOMAIN or ch in "_-":
                self.run_end[i] = self.run_end[i + 1]
            self.next_underscore[i] = i if ch == "_" else self.next_underscore[i + 1]
        self.tld_memo: dict[int, int] = {}
        self.good_memo: dict[int, int | None] = {}

    def _label(self, p: int, underscore: bool) -> bool:
        """A label starts at p (a domain character, then any with '_' or '-', ending in a
        domain character) and is followed by '.'; with `underscore` False, it has no '_'."""
        end, text = self.run_end[p], self.text
        return (
            end > p
            and end < len(text)
            and text[end] == "."
            and text[p] not in _NOT_DOMAIN
            and text[end - 1] not in _NOT_DOMAIN
            and (underscore or self.next_underscore[p] >= end)
        )

    def _tld(self, p: int) -> int:
        """The length of the TLD at p: a generic one, else a country one, else punycode."""
        if p not in self.tld_memo:
            size = self.patterns.generic.match(self.text, p) or self.patterns.country.match(
                self.text, p
            )
            if not size:
                puny = _PUNYCODE_AT.match(self.text, p)
                size = puny.end() - p if puny else 0
            self.tld_memo[p] = size
        return self.tld_memo[p]

    def _last_good(self, p: int) -> int | None:
        """The furthest label, in the chain of labels from p, that can be the domain's name
        (no '_', followed by a TLD): where the regex's greedy `validSubdomain*` settles."""
        chain: list[int] = []
        while p not in self.good_memo and self._label(p, True):
            chain.append(p)
            p = self.run_end[p] + 1
        found = self.good_memo.get(p)
        for q in reversed(chain):
            if found is None and self._label(q, False) and self._tld(self.run_end[q] + 1):
                found = q
            self.good_memo[q] = found
        return found

    def _url_at(self, u: int, before: str) -> _Match | None:
        """extractUrl's match of a link starting at u, if any."""
        protocol = _PROTOCOL.match(self.text, u)
        d = protocol.end() if protocol else u
        name = self._last_good(d)
        if name is None:
            return None
        tld = self.run_end[name] + 1
        domain_end = tld + self._tld(tld)
        tail = self.patterns.tail.match(self.text, domain_end)
        assert tail is not None  # every part of the tail is optional
        return _Match(
            before,
            u,
            tail.end(),
            protocol.group() if protocol else "",
            self.text[d:domain_end],
            tail.group("path") is not None,
        )

    def matches(self) -> list[_Match]:
        """Every match, left to right, each search resuming where the last match ended."""
        found: list[_Match] = []
        text, i = self.text, 0
        while i < len(text):
            match = None
            if text[i] not in _NOT_BEFORE:
                match = self._url_at(i + 1, text[i]) if i + 1 < len(text) else None
            if match is None and i == 0:
                match = self._url_at(0, "")
            if match is None:
                i += 1
                continue
            found.append(match)
            i = match.end
        return found


def _reference_matches(text: str) -> list[_Match]:
    """The matches of twitter-text's extractUrl regex itself (slow on pathological texts)."""
    pattern = re.compile(_patterns().extract, re.IGNORECASE)
    return [
        _Match(
            m.group("before"),
            m.start("url"),
            m.end(),
            m.group("protocol") or "",
            m.group("domain"),
            m.group("path") is not None,
        )
        for m in pattern.finditer(text)
    ]


def _spans(text: str, matches: list[_Match]) -> list[UrlSpan]:
    """twitter-text's extractUrlsWithIndices, from extractUrl's matches."""
    patterns = _patterns()
    spans: list[UrlSpan] = []
    for m in matches:
        url = text[m.start : m.end]
        if not _url_ok(url, m.protocol, m.domain):
            continue
        if not m.protocol:
            if _WITHOUT_PROTOCOL_BAD_BEFORE.search(m.before):
                continue
            found = [
                UrlSpan(m.start + a.start(), m.start + a.end())
                for a in patterns.ascii_domain.finditer(m.domain)
            ]
            if not found:
                continue
            if m.has_path:
                found[-1] = UrlSpan(found[-1].start, m.end)
            spans.extend(found)
            continue
        end = m.end
        tco = patterns.tco.match(url)
        if tco is not None:
            if len(tco.group(1)) > MAX_TCO_SLUG:
                continue
            end = m.start + tco.end()
        spans.append(UrlSpan(m.start, end))
    return spans


def reference_url_spans(text: str) -> list[UrlSpan]:
    """`url_spans` by twitter-text's own regex: the reference the fast finder is tested
    against (quadratic on long runs of dotted labels: never for the officer's texts)."""
    if "." not in text:
        return []
    return _spans(text, _reference_matches(text))


def url_spans(text: str) -> list[UrlSpan]:
    """Every link in text, left to right, as X's counter replaces them with t.co links.

    twitter-text's extractUrlsWithIndices: a link may follow anything but a Latin letter, a
    digit, '@', '$', '#' or a refused character (so it may follow a directional mark);
    its domain ends in a listed TLD (generic, country or internationalised: .com, .om,
    .عمان, .پاکستان) or a punycode label; only http(s) schemes. Without a scheme, only the
    ASCII domains inside the match count, and not after '-', '_', '.' or '/'.
    """
    if "." not in text:
        return []
    return _spans(text, _Finder(text, _patterns()).matches())
