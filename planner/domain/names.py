"""The name a thing goes by in a language: its English name in English, else its Arabic one."""

from __future__ import annotations

from typing import Protocol

from planner.domain.model import KeyMessage


class Named(Protocol):
    """Anything with an Arabic `name` and an optional English `name_en`: campaigns, their
    summaries, brand kits, the officer's own occasions."""

    @property
    def name(self) -> str: ...

    @property
    def name_en(self) -> str: ...


def in_language(arabic: str, english: str, lang: str) -> str:
    """`english` in the English interface and PDF when it is given; `arabic` otherwise (the
    Arabic name is the one every record has)."""
    return english.strip() if lang == "en" and english.strip() else arabic


def display_name(thing: Named | KeyMessage, lang: str) -> str:
    """The name of a campaign, brand kit or occasion, or the text of a key message, as the
    interface or PDF in `lang` shows it."""
    if isinstance(thing, KeyMessage):
        return in_language(thing.text, thing.text_en, lang)
    return in_language(thing.name, thing.name_en, lang)
