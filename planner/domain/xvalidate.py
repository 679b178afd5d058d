"""twitter-text's validators of a list name and of a URL's syntax (isValidList, isValidUrl)."""

from __future__ import annotations

import re

# twitter-text js/src/regexp/validMentionOrList.js and validMentionPrecedingChars.js (v3.1.0)
_MENTION_OR_LIST = re.compile(
    r"^((?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?))"
    r"([@＠])([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?$"
)

# The validateUrl*.js expressions: RFC 3986's grammar as twitter-text checks it.
_UNRESERVED = r"[a-z\u0400-\u04ff0-9\-._~]"
_PCT = r"(?:%[0-9a-f]{2})"
_SUB_DELIMS = r"[!$&'()*+,;=]"
_PCHAR = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|[:|@])"
_USERINFO = rf"(?:{_UNRESERVED}|{_PCT}|{_SUB_DELIMS}|:)*"
_OCTET = r"(?:[0-9]|(?:[1-9][0-9])|(?:1[0-9]{2})|(?:2[0-4][0-9])|(?:25[0-5]))"
_IP = rf"(?:(?:{_OCTET}(?:\.{_OCTET}){{3}})|(?:\[[a-f0-9:\.]+\]))"
_U = r"[^\u0000-\u007f]"  # any non-ASCII character may stand in a Unicode domain
_SUB_SEGMENT = rf"(?:(?:[a-z0-9]|{_U})(?:(?:[a-z0-9_\-]|{_U})*(?:[a-z0-9]|{_U}))?)"
_SEGMENT = rf"(?:(?:[a-z0-9]|{_U})(?:(?:[a-z0-9\-]|{_U})*(?:[a-z0-9]|{_U}))?)"
_TLD = rf"(?:(?:[a-z]|{_U})(?:(?:[a-z0-9\-]|{_U})*(?:[a-z0-9]|{_U}))?)"
_HOST = rf"(?:{_IP}|(?:(?:{_SUB_SEGMENT}\.)*(?:{_SEGMENT}\.){_TLD}))"
_AUTHORITY = rf"(?:({_USERINFO})@)?({_HOST})(?::([0-9]{{1,5}}))?"

_UNENCODED = re.compile(r"^(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.I)
_SCHEME = re.compile(r"(?:[a-z][a-z0-9+\-.]*)", re.I)
_PATH = re.compile(rf"(/{_PCHAR}*)*", re.I)
_QUERY = re.compile(rf"({_PCHAR}|/|\?)*", re.I)
_AUTHORITY_RE = re.compile(_AUTHORITY, re.I)


def _whole(text: str | None, pattern: re.Pattern[str], optional: bool = False) -> bool:
    """JavaScript's `text.match(pattern)[0] === text`: the first match is the whole text."""
    if optional and not text:
        return True
    if text is None:
        return False
    found = pattern.search(text)
    return found is not None and found.group(0) == text


def is_valid_list(text: str) -> bool:
    """twitter-text's isValidList: "@account/list", nothing before or after."""
    found = _MENTION_OR_LIST.match(text)
    return bool(found and found.group(1) == "" and found.group(4))


def is_valid_url(url: str, require_protocol: bool = True) -> bool:
    """twitter-text's isValidUrl with Unicode domains allowed (its default): an http(s) URL,
    or with `require_protocol` False one without a scheme, whose parts follow RFC 3986."""
    parts = _UNENCODED.match(url) if url else None
    if parts is None or parts.group(0) != url:
        return False
    scheme, authority, path, query, fragment = parts.groups()
    if require_protocol and not (
        _whole(scheme, _SCHEME) and re.fullmatch("https?", scheme or "", re.I)
    ):
        return False
    return (
        _whole(path, _PATH)
        and _whole(query, _QUERY, optional=True)
        and _whole(fragment, _QUERY, optional=True)
        and _whole(authority, _AUTHORITY_RE)
    )
