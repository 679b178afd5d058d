"""Filling a ready response's placeholders ({الجهة}, {التاريخ}, {الرابط}...) when it is used.

Nothing is dropped silently: a placeholder the program does not know, or one left without a
value, stays in the text exactly as written and is reported, so the officer sees it before
publishing. `{{` and `}}` write a literal brace. Values are inserted as they are, never
filled again (a value holding "{الرابط}" stays so).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Placeholder(StrEnum):
    """The placeholders the program fills; the value is the Arabic name written in braces."""

    INSTITUTION = "الجهة"
    DATE = "التاريخ"
    TIME = "الوقت"
    LINK = "الرابط"
    PLATFORM = "المنصة"
    TOPIC = "الموضوع"
    PARTNER = "الجهة المختصة"
    PARTNER_HANDLE = "حساب الجهة المختصة"
    CHANNEL = "قناة التواصل"


# English names are accepted too, so a response written in English can be filled.
ALIASES = {
    "institution": Placeholder.INSTITUTION,
    "body": Placeholder.INSTITUTION,
    "date": Placeholder.DATE,
    "time": Placeholder.TIME,
    "link": Placeholder.LINK,
    "url": Placeholder.LINK,
    "platform": Placeholder.PLATFORM,
    "topic": Placeholder.TOPIC,
    "partner": Placeholder.PARTNER,
    "partner handle": Placeholder.PARTNER_HANDLE,
    "channel": Placeholder.CHANNEL,
    "hotline": Placeholder.CHANNEL,
}

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]{1,60})\}")
_SPACES = re.compile(r"[\s_]+")


def _normal(name: str) -> str:
    """ "الجهة_المختصة", " الجهة  المختصة " and "الجهة المختصة" are the same name."""
    return _SPACES.sub(" ", name).strip().casefold()


_KNOWN = {_normal(p.value): p for p in Placeholder} | {_normal(k): v for k, v in ALIASES.items()}


def parse(name: str) -> Placeholder | None:
    """The placeholder a name in braces stands for, or None when it is unknown."""
    return _KNOWN.get(_normal(name))


def placeholders(template: str) -> list[str]:
    """The names in braces in `template`, in order of first appearance, each once."""
    seen: dict[str, None] = {}
    for match in _TOKEN.finditer(template):
        if match.group(1) is not None:
            seen.setdefault(match.group(1), None)
    return list(seen)


def known(template: str) -> list[Placeholder]:
    """The program's placeholders used by `template`, in order of first appearance."""
    found: dict[Placeholder, None] = {}
    for name in placeholders(template):
        placeholder = parse(name)
        if placeholder is not None:
            found.setdefault(placeholder, None)
    return list(found)


@dataclass(frozen=True)
class Filled:
    """A filled text, with the names that could not be filled (left in the text as written)."""

    text: str
    unknown: tuple[str, ...] = ()  # names the program does not know
    missing: tuple[Placeholder, ...] = ()  # known, but given no value

    @property
    def complete(self) -> bool:
        return not self.unknown and not self.missing


def fill(template: str, values: Mapping[Placeholder, str]) -> Filled:
    """Put each value in place of its placeholder; report the unknown and the missing."""
    unknown: dict[str, None] = {}
    missing: dict[Placeholder, None] = {}

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        name = match.group(1)
        placeholder = parse(name)
        if placeholder is None:
            unknown.setdefault(name, None)
            return token
        value = values.get(placeholder, "")
        if not value.strip():
            missing.setdefault(placeholder, None)
            return token
        return value

    text = _TOKEN.sub(replace, template)
    return Filled(text, tuple(unknown), tuple(missing))
