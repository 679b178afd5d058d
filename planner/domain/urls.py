"""Find the links in a post's text, modelled on X's open twitter-text URL extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Generic TLDs the officer is likely to meet (twitter-text knows the whole IANA list; a
# domain with a TLD not here is counted as plain characters).
_GENERIC = """
    com net org gov edu int mil info biz name pro mobi asia tel travel jobs museum aero coop
    app dev io ai online site store shop tech news media blog cloud xyz top live world email
    link website space digital network agency center company services solutions group global
    academy education school university college health care clinic city town gallery events
    art design studio photo video tv radio press today social community foundation charity
"""
GENERIC_TLDS = frozenset(_GENERIC.split()) | frozenset({"موقع", "شبكة", "عرب"})

# Country-code TLDs (ISO 3166-1 two-letter codes delegated as TLDs, plus uk, eu, su, ac),
# and a few Arabic internationalised ccTLDs.
_COUNTRY = """
    ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br
    bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do
    dz ec ee eg er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt
    gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp
    kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms
    mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr
    ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx
    sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn
    vu wf ws ye yt za zm zw
"""
_ARABIC_CC = ("عمان", "امارات", "السعودية", "مصر", "قطر", "الاردن")
COUNTRY_TLDS = frozenset(_COUNTRY.split()) | frozenset(_ARABIC_CC)

# Domains with a ccTLD and a single label count as links without a path only when special.
_SPECIAL_SHORT = frozenset({"t.co"})

MAX_LABEL = 63  # DNS limit on one label (after punycode), which twitter-text enforces

_LATIN_ACCENTS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_CYRILLIC = "\u0400-\u04ff"
_PATH_CHAR = f"[a-z0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&{_LATIN_ACCENTS}{_CYRILLIC}]"
_PATH_END = f"[+\\-a-z0-9=_#/{_LATIN_ACCENTS}{_CYRILLIC}]"
_PARENS = f"\\((?:{_PATH_CHAR}|\\({_PATH_CHAR}*\\))*\\)"
_PATH = f"/(?:(?:{_PATH_CHAR}|{_PARENS})*(?:{_PATH_END}|{_PARENS}))?"
_QUERY = r"\?[a-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[a-z0-9\-_&=#/]"
_PORT = r"(?::[0-9]{1,5})?"
# A host label after a scheme: any characters but ASCII punctuation, spaces and the
# characters X refuses, with hyphens (and underscores before the registered name) inside.
_DOMAIN_CHAR = r"[^\s!-/:-@\[-`{-~\ufffe\ufeff\uffff\u202a-\u202e]"
_U_LABEL = rf"{_DOMAIN_CHAR}(?:(?:{_DOMAIN_CHAR}|[_-])*{_DOMAIN_CHAR})?"
_A_LABEL = r"[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?"
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = rf"(?:{_OCTET}\.){{3}}{_OCTET}"
_AFTER_TLD = r"(?![a-z0-9@+\-])"

_TLD = (
    "(?:"
    + "|".join(sorted((re.escape(t) for t in GENERIC_TLDS | COUNTRY_TLDS), key=len, reverse=True))
    + ")"
)

# A link may not be glued after a Latin letter, a digit, '@', '$' or '#'.
_NOT_AFTER_WORD = r"(?<![A-Za-z0-9@＠$#＃\ufffe\ufeff\uffff\u202a-\u202e])"
_WITH_SCHEME = re.compile(
    rf"{_NOT_AFTER_WORD}https?://"
    rf"(?P<host>{_IPV4}(?![0-9])|(?:{_U_LABEL}\.)+{_TLD}{_AFTER_TLD}){_PORT}(?:{_PATH})?(?:{_QUERY})?",
    re.IGNORECASE,
)
# A bare domain may not start inside a word, after '@', '$', '#', '-', '_', '.' or '/'
# (twitter-text's preceding-character rules); as a lookbehind it also keeps the search linear.
_NOT_AFTER = r"(?<![A-Za-z0-9@＠$#＃_.\-/\ufffe\ufeff\uffff\u202a-\u202e])"
_BARE = re.compile(
    rf"{_NOT_AFTER}(?P<host>(?:{_A_LABEL}\.)+{_TLD}{_AFTER_TLD})"
    rf"(?P<path>{_PORT}{_PATH})?(?:{_QUERY})?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class UrlSpan:
    """One link in a text: the code point indices [start, end)."""

    start: int
    end: int


def _labels_ok(host: str) -> bool:
    """Every label fits DNS's 63 octets once punycoded; the registered name has no '_'."""
    labels = host.split(".")
    if len(labels) >= 2 and "_" in labels[-2]:
        return False
    for label in labels:
        size = len(label) if label.isascii() else len(label.encode("punycode")) + 4
        if size > MAX_LABEL:
            return False
    return True


def _scheme_urls(text: str) -> list[UrlSpan]:
    """Links written with http:// or https://."""
    return [
        UrlSpan(m.start(), m.end())
        for m in _WITH_SCHEME.finditer(text)
        if _labels_ok(m.group("host"))
    ]


def _bare_urls(text: str, taken: list[UrlSpan]) -> list[UrlSpan]:
    """Links written without a scheme: an ASCII domain with a known TLD, and its path."""
    spans: list[UrlSpan] = []
    pos = 0
    while (m := _BARE.search(text, pos)) is not None:
        pos = m.start() + 1
        host = m.group("host")
        if any(s.start <= m.start() < s.end for s in taken):
            continue
        if not _labels_ok(host):
            continue
        if m.group("path"):
            end = m.end()
        elif host.lower() in _SPECIAL_SHORT or not _is_short_cc(host):
            end = m.start() + len(host)
        else:
            continue
        spans.append(UrlSpan(m.start(), end))
        pos = end
    return spans


def _is_short_cc(host: str) -> bool:
    """A single name under a country code ("example.om"): X wants a path after it."""
    labels = host.lower().split(".")
    return len(labels) == 2 and labels[1] in COUNTRY_TLDS


def url_spans(text: str) -> list[UrlSpan]:
    """Every link in text, left to right, as X's counter would replace them with t.co links.

    Follows twitter-text's rules in the main: only http(s) schemes; a bare domain must be
    ASCII, end in a known TLD and not follow '-', '_', '.', '/'; a bare "name.cc" needs a
    path; a link may not be glued after a Latin letter, a digit, '@', '$' or '#'; a path
    ends before trailing punctuation and stops at Arabic letters (X counts those as text).
    """
    scheme = _scheme_urls(text)
    spans = scheme + _bare_urls(text, scheme)
    return sorted(spans, key=lambda s: s.start)
